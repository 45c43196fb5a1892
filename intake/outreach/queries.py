"""What the outreach admin page shows, read within the staff member's municipalities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import Case, FollowUp, Invite, OutboxMessage, Resident


@dataclass(frozen=True)
class PlanRow:
    """One resident on a plan, as staff see it (pseudonymous handle only)."""

    resident_id: int
    handle: str
    channel: str
    municipality_id: str | None
    invite_label: str | None
    invite_code: str | None
    step: int
    status: str  # paused | stopped | blocked | ended
    case_id: int | None
    since: datetime | None


@dataclass(frozen=True)
class FailedSend:
    outbox_id: int
    handle: str | None
    channel: str
    kind: str
    attempts: int
    last_error: str | None
    created_at: datetime
    case_id: int | None


def _latest_case_ids(session: Session, resident_ids: list[int]) -> dict[int, int]:
    if not resident_ids:
        return {}
    out: dict[int, int] = {}
    for rid, cid in session.execute(
        select(Case.resident_id, Case.id)
        .where(Case.resident_id.in_(resident_ids))
        .order_by(Case.id)
    ):
        out[rid] = cid
    return out


def waiting_for_worker(session: Session, municipality_ids: list[str] | None) -> list[PlanRow]:
    """Residents who replied: their plan is paused until staff resume it."""
    query = (
        select(FollowUp, Resident, Invite)
        .join(Resident, Resident.id == FollowUp.resident_id)
        .outerjoin(Invite, Invite.id == FollowUp.invite_id)
        .where(
            FollowUp.status == "paused",
            Resident.outreach_stopped_at.is_(None),
            Resident.reachable.is_(True),
        )
        .order_by(Resident.last_seen_at.desc())
    )
    if municipality_ids is not None:
        query = query.where(Resident.municipality_id.in_(municipality_ids))
    rows = session.execute(query).all()
    cases = _latest_case_ids(session, [r.id for _, r, _ in rows])
    return [
        PlanRow(
            resident_id=resident.id,
            handle=resident.handle,
            channel=resident.channel,
            municipality_id=resident.municipality_id,
            invite_label=invite.label if invite else None,
            invite_code=invite.code if invite else None,
            step=followup.step,
            status="paused",
            case_id=cases.get(resident.id),
            since=resident.last_seen_at,
        )
        for followup, resident, invite in rows
    ]


def stopped_plans(
    session: Session, municipality_ids: list[str] | None, limit: int = 200
) -> list[PlanRow]:
    """Residents from an invite who said stop, blocked the bot, or whose plan staff ended."""
    query = (
        select(Resident, Invite)
        .join(Invite, Invite.id == Resident.invite_id)
        .where((Resident.outreach_stopped_at.is_not(None)) | (Resident.reachable.is_(False)))
        .order_by(Resident.outreach_stopped_at.desc())
        .limit(limit)
    )
    if municipality_ids is not None:
        query = query.where(Resident.municipality_id.in_(municipality_ids))
    rows = session.execute(query).all()
    cases = _latest_case_ids(session, [r.id for r, _ in rows])
    last_step = _last_steps(session, [r.id for r, _ in rows])
    out = [
        PlanRow(
            resident_id=resident.id,
            handle=resident.handle,
            channel=resident.channel,
            municipality_id=resident.municipality_id,
            invite_label=invite.label,
            invite_code=invite.code,
            step=last_step.get(resident.id, 0),
            status="blocked" if not resident.reachable else "stopped",
            case_id=cases.get(resident.id),
            since=resident.outreach_stopped_at,
        )
        for resident, invite in rows
    ]
    seen = {row.resident_id for row in out}
    # Plans ended by staff: every follow-up cancelled, the resident did not ask to stop.
    ended = session.execute(
        select(Resident, Invite)
        .join(Invite, Invite.id == Resident.invite_id)
        .where(
            Resident.outreach_stopped_at.is_(None),
            Resident.reachable.is_(True),
            Resident.id.in_(select(FollowUp.resident_id).where(FollowUp.status == "cancelled")),
            ~Resident.id.in_(
                select(FollowUp.resident_id).where(FollowUp.status.in_(("scheduled", "paused")))
            ),
            *(
                [Resident.municipality_id.in_(municipality_ids)]
                if municipality_ids is not None
                else []
            ),
        )
        .limit(limit)
    ).all()
    ended_cases = _latest_case_ids(session, [r.id for r, _ in ended])
    ended_steps = _last_steps(session, [r.id for r, _ in ended])
    for resident, invite in ended:
        if resident.id in seen:
            continue
        out.append(
            PlanRow(
                resident_id=resident.id,
                handle=resident.handle,
                channel=resident.channel,
                municipality_id=resident.municipality_id,
                invite_label=invite.label,
                invite_code=invite.code,
                step=ended_steps.get(resident.id, 0),
                status="ended",
                case_id=ended_cases.get(resident.id),
                since=None,
            )
        )
    return out


def _last_steps(session: Session, resident_ids: list[int]) -> dict[int, int]:
    """The last step actually sent, per resident."""
    if not resident_ids:
        return {}
    out: dict[int, int] = {}
    for rid, step in session.execute(
        select(FollowUp.resident_id, FollowUp.step).where(
            FollowUp.resident_id.in_(resident_ids), FollowUp.status == "sent"
        )
    ):
        out[rid] = max(out.get(rid, 0), step)
    return out


def failed_sends(
    session: Session, municipality_ids: list[str] | None, limit: int = 100
) -> list[FailedSend]:
    """Outbox rows that failed for good (after the last retry), newest first."""
    query = (
        select(OutboxMessage, Resident.handle)
        .outerjoin(Resident, Resident.id == OutboxMessage.resident_id)
        .where(OutboxMessage.status == "failed")
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    if municipality_ids is not None:
        query = query.where(Resident.municipality_id.in_(municipality_ids))
    return [
        FailedSend(
            outbox_id=row.id,
            handle=handle,
            channel=row.channel,
            kind=row.kind,
            attempts=row.attempts,
            last_error=row.last_error,
            created_at=row.created_at,
            case_id=row.case_id,
        )
        for row, handle in session.execute(query).all()
    ]


def resident_in_scope(
    session: Session, resident_id: int, municipality_ids: list[str] | None
) -> Resident | None:
    resident = session.get(Resident, resident_id)
    if resident is None:
        return None
    if municipality_ids is not None and resident.municipality_id not in municipality_ids:
        return None
    return resident
