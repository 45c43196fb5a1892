"""The queue (``/admin``): open cases, crisis first, then compound, then longest waiting.

``/admin/queue.json`` returns the same table for the page's script, which polls it so a
new crisis shows up (with an alert banner) without a reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from admin import labels as L
from admin.auth import current_staff
from admin.contexts import Badge, Option, QueueContext, QueueRow
from admin.deps import get_db, get_deps
from admin.scope import colleagues, visible
from admin.templating import render, render_text
from intake.models import Case, Resident, Staff, utcnow

router = APIRouter()
MAX_ROWS = 500  # closed cases shown at most (newest first)


@dataclass(frozen=True)
class Filters:
    """The queue's GET parameters; empty means "any" (status: any open status)."""

    field: str = ""
    status: str = ""
    channel: str = ""
    assignee: str = ""

    @classmethod
    def from_request(cls, request: Request) -> Filters:
        q = request.query_params
        return cls(
            field=q.get("field", "") if q.get("field", "") in L.FIELDS else "",
            status=q.get("status", "") if q.get("status", "") in L.STATUSES else "",
            channel=q.get("channel", "") if q.get("channel", "") in L.CHANNEL_LABELS else "",
            assignee=q.get("assignee", "")[:16],
        )

    def query(self) -> str:
        return urlencode({k: v for k, v in vars(self).items() if v})


def badges(kind: str, values: list[str]) -> tuple[Badge, ...]:
    label = {"field": L.field_label, "pattern": L.pattern_label, "crisis": L.crisis_label}[kind]
    return tuple(Badge(kind, v, label(v)) for v in values)


def status_badge(status: str) -> Badge:
    return Badge("status", status, L.STATUS_LABELS.get(status, status))


def municipality_name(directory: object, municipality_id: str | None) -> str:
    if municipality_id is None:
        return "自治体未選択"
    try:
        return str(directory.municipality(municipality_id).name)  # type: ignore[attr-defined]
    except KeyError:
        return municipality_id


def queue_order(case: Case) -> tuple[int, int, float, int]:
    """Crisis first, then compound (2+ fields or any pattern), then longest waiting."""
    waited = case.waiting_since.timestamp() if case.waiting_since else float("inf")
    return (
        0 if case.crisis else 1,
        0 if L.is_compound(case.fields or [], case.patterns or []) else 1,
        waited,
        case.id,
    )


def build_queue(
    db: Session, staff: Staff, filters: Filters, directory: object, now: datetime
) -> QueueContext:
    query = (
        select(Case, Resident.handle)
        .join(Resident, Resident.id == Case.resident_id)
        .where(visible(staff))
    )
    if filters.status:
        query = query.where(Case.status == filters.status)
    else:
        query = query.where(Case.status.in_(L.OPEN_STATUSES))
    if filters.channel:
        query = query.where(Case.channel == filters.channel)
    if filters.assignee == "me":
        query = query.where(Case.assignee_id == staff.id)
    elif filters.assignee == "none":
        query = query.where(Case.assignee_id.is_(None))
    elif filters.assignee.isdigit():
        query = query.where(Case.assignee_id == int(filters.assignee))
    query = query.order_by(Case.id.desc())
    if filters.status == "closed":  # open cases are never cut: a crisis must not drop off
        query = query.limit(MAX_ROWS)
    found = db.execute(query).all()
    handles = {case.id: handle for case, handle in found}
    cases = [case for case, _ in found if not filters.field or filters.field in case.fields]
    cases.sort(key=queue_order)

    people = {s.id: s.name for s in db.scalars(select(Staff)).all()}
    rows = tuple(
        QueueRow(
            case_id=case.id,
            handle=handles[case.id],
            channel_label=L.CHANNEL_LABELS.get(case.channel, case.channel),
            municipality=municipality_name(directory, case.municipality_id),
            status=status_badge(case.status),
            fields=badges("field", list(case.fields or [])),
            patterns=badges("pattern", list(case.patterns or [])),
            crisis=badges("crisis", list(case.crisis or [])),
            compound=L.is_compound(case.fields or [], case.patterns or []),
            waiting=L.duration_ja(now - case.waiting_since) if case.waiting_since else "",
            waiting_since_iso=case.waiting_since.isoformat() if case.waiting_since else "",
            assignee=people.get(case.assignee_id, "") if case.assignee_id else "",
        )
        for case in cases
    )

    assignees = [Option("", "全員"), Option("me", "自分"), Option("none", "未割当")]
    mates: dict[int, Staff] = {}
    for municipality_id in staff.municipalities or []:
        for mate in colleagues(db, municipality_id):
            mates[mate.id] = mate
    assignees += [Option(str(m.id), m.name) for m in sorted(mates.values(), key=lambda m: m.name)]

    def options(pairs: list[tuple[str, str]], chosen: str) -> tuple[Option, ...]:
        return tuple(Option(v, label, v == chosen) for v, label in pairs)

    return QueueContext(
        rows=rows,
        crisis_ids=tuple(row.case_id for row in rows if row.crisis),
        field_options=options(
            [("", "すべて")] + [(f, L.field_label(f)) for f in L.FIELDS], filters.field
        ),
        status_options=options(
            [("", "未終結すべて")] + [(s, L.STATUS_LABELS[s]) for s in L.STATUSES], filters.status
        ),
        channel_options=options(
            [("", "すべて")] + [(c, L.CHANNEL_LABELS[c]) for c in L.CHANNELS], filters.channel
        ),
        assignee_options=tuple(
            Option(o.value, o.label, o.value == filters.assignee) for o in assignees
        ),
        query=filters.query(),
        filtered=any(vars(filters).values()),
    )


@router.get("/admin")
def queue_page(
    request: Request, staff: Staff = Depends(current_staff), db: Session = Depends(get_db)
) -> Response:
    page = build_queue(
        db, staff, Filters.from_request(request), get_deps(request).directory, utcnow()
    )
    return render(request, "queue.html", page, staff=staff, title="受付キュー")


@router.get("/admin/queue.json")
def queue_json(
    request: Request, staff: Staff = Depends(current_staff), db: Session = Depends(get_db)
) -> JSONResponse:
    """The queue table for the polling script: crisis ids, count and the table's HTML."""
    page = build_queue(
        db, staff, Filters.from_request(request), get_deps(request).directory, utcnow()
    )
    return JSONResponse(
        {
            "crisis_ids": list(page.crisis_ids),
            "count": len(page.rows),
            "html": render_text("_queue_table.html", page=page),
        }
    )
