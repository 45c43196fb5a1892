"""LINE's monthly push budget per municipality, counted from the outbox.

Pushes cost money on LINE. ``used`` counts this month's sent rows marked ``used_push``
(any kind: replies that fell back to a push and staff messages count too); ``reserved``
counts follow-up pushes queued but not yet sent. Follow-ups stop before
``used + reserved`` would pass the budget; staff replies and crisis answers never look
at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.models import FollowUp, OutboxMessage, Resident
from intake.outreach.config import OutreachConfig
from intake.outreach.timing import month_bounds


@dataclass(frozen=True)
class Budget:
    municipality_id: str
    limit: int
    used: int
    reserved: int
    held: int = 0  # follow-ups due but waiting for next month's budget

    @property
    def remaining(self) -> int:
        return max(self.limit - self.used - self.reserved, 0)

    @property
    def exhausted(self) -> bool:
        return self.used + self.reserved >= self.limit


def line_budget(
    session: Session, municipality_id: str, now: datetime, config: OutreachConfig, tz: tzinfo
) -> Budget:
    start, end = month_bounds(now, tz)
    used = session.scalar(
        select(func.count(OutboxMessage.id))
        .join(Resident, Resident.id == OutboxMessage.resident_id)
        .where(
            Resident.municipality_id == municipality_id,
            OutboxMessage.channel == "line",
            OutboxMessage.status == "sent",
            OutboxMessage.used_push.is_(True),
            OutboxMessage.sent_at >= start,
            OutboxMessage.sent_at < end,
        )
    )
    reserved = session.scalar(
        select(func.count(OutboxMessage.id))
        .join(Resident, Resident.id == OutboxMessage.resident_id)
        .where(
            Resident.municipality_id == municipality_id,
            OutboxMessage.channel == "line",
            OutboxMessage.kind == "followup",
            OutboxMessage.status.in_(("pending", "sending")),
        )
    )
    return Budget(
        municipality_id=municipality_id,
        limit=config.rules(municipality_id).line_monthly_budget,
        used=int(used or 0),
        reserved=int(reserved or 0),
    )


def held_count(session: Session, municipality_id: str, now: datetime) -> int:
    """LINE follow-ups that are due now but not sent (held back by the budget)."""
    return int(
        session.scalar(
            select(func.count(FollowUp.id))
            .join(Resident, Resident.id == FollowUp.resident_id)
            .where(
                Resident.municipality_id == municipality_id,
                Resident.channel == "line",
                FollowUp.status == "scheduled",
                FollowUp.due_at <= now,
            )
        )
        or 0
    )


def budgets(
    session: Session,
    municipality_ids: list[str],
    now: datetime,
    config: OutreachConfig,
    tz: tzinfo,
) -> list[Budget]:
    out = []
    for mid in municipality_ids:
        b = line_budget(session, mid, now, config, tz)
        held = held_count(session, mid, now) if b.exhausted else 0
        out.append(
            Budget(municipality_id=mid, limit=b.limit, used=b.used, reserved=b.reserved, held=held)
        )
    return out
