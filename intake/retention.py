"""Retention: closed anonymous cases keep their transcript only for a set number of days.

A case is *anonymous* when the resident never consented to be identified; after
``retention_days`` from closing, its transcript, evidence and checklist are deleted. The
case row stays (without content) so the year's figures still count it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from intake.models import Case, Message


def purge_closed_anonymous(session: Session, *, now: datetime, days: int) -> tuple[int, int]:
    """Delete old transcripts; return (cases purged, messages deleted). Never logs content."""
    if days <= 0:
        return 0, 0
    cutoff = now - timedelta(days=days)
    cases = session.scalars(
        select(Case).where(
            Case.status == "closed",
            Case.closed_at.is_not(None),
            Case.closed_at < cutoff,
            or_(Case.consent.is_(None), Case.consent.is_(False)),
        )
    ).all()
    purged = messages = 0
    for case in cases:
        result = session.execute(delete(Message).where(Message.case_id == case.id))
        deleted = int(getattr(result, "rowcount", 0) or 0)
        if deleted or case.evidence or case.checklist:
            purged += 1
            messages += deleted
            case.evidence = []
            case.checklist = {}
            case.contact_phone = None
    return purged, messages
