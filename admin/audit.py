"""The audit trail: who viewed or changed which case, and when. Never message content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from intake.models import AuditEntry, Staff, utcnow


def record(
    session: Session,
    staff: Staff | None,
    action: str,
    *,
    case_id: int | None = None,
    detail: str = "",
    now: datetime | None = None,
) -> AuditEntry:
    """Add one entry; ``detail`` names ids and states only (it is cut at 500 characters)."""
    entry = AuditEntry(
        staff_id=staff.id if staff is not None else None,
        case_id=case_id,
        action=action,
        detail=detail[:500],
        created_at=now or utcnow(),
    )
    session.add(entry)
    return entry
