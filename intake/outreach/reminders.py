"""Staff reminders for cases handed to 多機関協働 (長井市's rule).

原則、3か月後にモニタリング、6か月後に重層的支援会議で支援プランの見直し（終了）.
A reminder shows from ``LEAD`` days before its date until staff mark it done; "done" is
an :class:`~intake.models.AuditEntry` (``action="reminder_done"``, ``detail`` = the kind),
so who did it and when stays on the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import AuditEntry, Case, Resident
from intake.outreach.timing import add_months

LEAD = timedelta(days=7)
KINDS: dict[str, tuple[int, str]] = {
    "monitoring": (3, "3か月モニタリング"),
    "review": (6, "6か月 支援プラン見直し（重層的支援会議）"),
}
DONE_ACTION = "reminder_done"


@dataclass(frozen=True)
class Reminder:
    case_id: int
    handle: str
    municipality_id: str | None
    kind: str
    label: str
    due_at: datetime
    overdue: bool


def due_reminders(
    session: Session, municipality_ids: list[str] | None, now: datetime, tz: tzinfo
) -> list[Reminder]:
    query = (
        select(Case, Resident.handle)
        .join(Resident, Resident.id == Case.resident_id)
        .where(Case.coordination_at.is_not(None), Case.status != "closed")
    )
    if municipality_ids is not None:
        query = query.where(Case.municipality_id.in_(municipality_ids))
    rows = session.execute(query).all()
    if not rows:
        return []
    done = {
        (entry.case_id, entry.detail)
        for entry in session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == DONE_ACTION,
                AuditEntry.case_id.in_([case.id for case, _ in rows]),
            )
        )
    }
    out = []
    for case, handle in rows:
        assert case.coordination_at is not None
        start = case.coordination_at.astimezone(tz)
        for kind, (months, label) in KINDS.items():
            due = add_months(start, months)
            if (case.id, kind) in done or due - LEAD > now:
                continue
            out.append(
                Reminder(
                    case_id=case.id,
                    handle=handle,
                    municipality_id=case.municipality_id,
                    kind=kind,
                    label=label,
                    due_at=due,
                    overdue=due <= now,
                )
            )
    out.sort(key=lambda r: r.due_at)
    return out


def mark_done(
    session: Session, case_id: int, kind: str, staff_id: int | None, now: datetime
) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown reminder kind {kind!r}")
    session.add(
        AuditEntry(
            staff_id=staff_id, case_id=case_id, action=DONE_ACTION, detail=kind, created_at=now
        )
    )
