"""The audit log page (``/admin/audit``), for coordinators.

Shows entries about the coordinator's municipalities: those naming one of their cases,
and those by staff who share a municipality with them (sign-ins, CSV exports).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from admin import labels as L
from admin.auth import require_role
from admin.contexts import AuditContext, AuditRow
from admin.deps import get_db, get_deps
from admin.scope import visible
from admin.templating import render
from intake.models import AuditEntry, Case, Staff

router = APIRouter()
LIMIT = 300


@router.get("/admin/audit")
def audit_page(
    request: Request,
    case: str = "",
    staff: Staff = Depends(require_role("coordinator")),
    db: Session = Depends(get_db),
) -> Response:
    tz = get_deps(request).settings.tz
    people = {s.id: s for s in db.scalars(select(Staff)).all()}
    mates = [
        sid for sid, s in people.items() if set(s.municipalities or []) & set(staff.municipalities)
    ]
    their_cases = select(Case.id).where(visible(staff))
    query = select(AuditEntry).where(
        or_(
            AuditEntry.case_id.in_(their_cases),
            (AuditEntry.case_id.is_(None) & AuditEntry.staff_id.in_(mates)),
        )
    )
    case_filter = case.strip() if case.strip().isdigit() else ""
    if case_filter:
        query = query.where(AuditEntry.case_id == int(case_filter))
    entries = db.scalars(query.order_by(AuditEntry.id.desc()).limit(LIMIT)).all()
    rows = tuple(
        AuditRow(
            time=L.local_time(e.created_at, tz, "%Y-%m-%d %H:%M:%S"),
            staff=people[e.staff_id].name if e.staff_id in people else "—",
            action=L.ACTION_LABELS.get(e.action, e.action),
            case_id=e.case_id or 0,
            detail=e.detail,
        )
        for e in entries
    )
    page = AuditContext(rows=rows, case_filter=case_filter, limit=LIMIT)
    return render(request, "audit.html", page, staff=staff, title="監査ログ")
