"""A resident's follow-up plan: start on arrival, pause on reply, stop, resume.

One :class:`~intake.models.FollowUp` row is ``scheduled`` at a time per resident; when
it is sent (:mod:`intake.outreach.sender`) the next step is scheduled from the send time,
so a held or paused plan never bunches its messages up afterwards.

Statuses: ``scheduled`` (waiting for its time), ``sent`` (handed to the outbox),
``paused`` (the resident replied: the outreach worker takes over until staff resume it),
``cancelled`` (stopped, blocked, replaced or ended by staff).
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake import commands
from intake.messages import Inbound
from intake.models import Case, FollowUp, Invite, OutboxMessage, Resident
from intake.outreach.config import OutreachConfig
from intake.outreach.timing import next_opening

PUSH_CHANNELS = ("line", "telegram")
OPEN_STATUSES = ("scheduled", "paused")


def start_plan(
    session: Session,
    resident: Resident,
    invite: Invite,
    now: datetime,
    config: OutreachConfig,
    tz: tzinfo,
) -> FollowUp | None:
    """Schedule step 1 of the invite's plan (idempotent for the same invite)."""
    if resident.channel not in PUSH_CHANNELS:
        return None  # web chat cannot receive a message the resident did not ask for
    if resident.outreach_stopped_at is not None or not resident.reachable:
        return None  # the resident said stop (or blocked us): a code scanned again keeps it so
    open_rows = session.scalars(
        select(FollowUp).where(
            FollowUp.resident_id == resident.id, FollowUp.status.in_(OPEN_STATUSES)
        )
    ).all()
    if any(row.invite_id == invite.id for row in open_rows):
        return None  # the same code again (a second follow event, a re-sent message)
    already = session.scalars(
        select(FollowUp.id)
        .where(FollowUp.resident_id == resident.id, FollowUp.invite_id == invite.id)
        .limit(1)
    ).first()
    if already is not None:
        return None  # this invite's plan ran (or was ended by staff) already
    for row in open_rows:  # a new invite replaces an older plan
        row.status = "cancelled"
    plan = config.plan(invite.plan)
    rules = config.rules(invite.municipality_id)
    due = next_opening(now + timedelta(days=plan.gap_before(1)), rules, tz)
    followup = FollowUp(
        resident_id=resident.id,
        invite_id=invite.id,
        step=1,
        template=plan.template_for(1),
        due_at=due,
        status="scheduled",
        created_at=now,
    )
    session.add(followup)
    session.flush()
    return followup


def is_reply(inbound: Inbound) -> bool:
    """Did the resident write to us (not: the invite code itself, 停止, a block, a follow)?"""
    if inbound.kind in ("choice", "non_text"):
        return True
    if inbound.kind != "text":
        return False
    text = inbound.text or ""
    if not commands.normalise(text):
        return False
    if commands.invite_code_of(text) is not None:
        return False
    return commands.command_of(text) != "stop"


def on_inbound(session: Session, resident: Resident, case: Case, inbound: Inbound) -> None:
    """Every inbound event: stop at once on opt-out or block; pause on a reply."""
    if resident.invite_id is None:
        return  # plans start only through an invite: nothing to stop or pause (and no query)
    if resident.outreach_stopped_at is not None or not resident.reachable:
        cancel_open(session, resident.id)
        return
    if is_reply(inbound):
        pause(session, resident.id)


def cancel_open(session: Session, resident_id: int) -> int:
    """Cancel every open follow-up and every follow-up push not yet sent."""
    _cancel_unsent(session, resident_id)
    result = session.execute(
        update(FollowUp)
        .where(FollowUp.resident_id == resident_id, FollowUp.status.in_(OPEN_STATUSES))
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def pause(session: Session, resident_id: int) -> int:
    """The resident replied: hold the plan for the outreach worker."""
    _cancel_unsent(session, resident_id)
    result = session.execute(
        update(FollowUp)
        .where(FollowUp.resident_id == resident_id, FollowUp.status == "scheduled")
        .values(status="paused")
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _cancel_unsent(session: Session, resident_id: int) -> None:
    """A gentle message still waiting in the outbox is not sent after 停止 or a reply."""
    rows = session.scalars(
        select(OutboxMessage).where(
            OutboxMessage.resident_id == resident_id,
            OutboxMessage.kind == "followup",
            OutboxMessage.status == "pending",
        )
    ).all()
    for row in rows:
        row.status = "cancelled"
        row.last_error = "取りやめ（本人の返信・停止のため）"


def resume(
    session: Session,
    resident: Resident,
    now: datetime,
    config: OutreachConfig,
    tz: tzinfo,
) -> FollowUp | None:
    """Staff resume a paused plan; never for a resident who said stop or blocked us."""
    if resident.outreach_stopped_at is not None or not resident.reachable:
        return None
    row = session.scalars(
        select(FollowUp)
        .where(FollowUp.resident_id == resident.id, FollowUp.status == "paused")
        .order_by(FollowUp.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    invite = session.get(Invite, row.invite_id) if row.invite_id is not None else None
    plan = config.plan(invite.plan if invite else None)
    municipality = invite.municipality_id if invite else resident.municipality_id
    row.status = "scheduled"
    row.due_at = next_opening(
        max(row.due_at, now + timedelta(days=plan.resume_after_days)),
        config.rules(municipality),
        tz,
    )
    return row


def end_plan(session: Session, resident_id: int) -> int:
    """Staff end the plan (e.g. support goes on in person): nothing more is sent."""
    return cancel_open(session, resident_id)
