"""Turning due follow-ups into outbox rows, exactly once.

Each follow-up is handled in its own short transaction: the resident's lock (the same
advisory lock the inbox takes, so a 「停止」 being processed waits for us or we for it),
then the row ``FOR UPDATE SKIP LOCKED`` on PostgreSQL, re-checked as still due, then
the outbox insert and ``status = "sent"`` commit together. Two workers never queue the
same follow-up twice; SQLite serialises writers with ``BEGIN IMMEDIATE``.

Nothing is dropped: outside sending hours or above the weekly cap the row moves to the
next allowed time; above the LINE budget it stays due and is *held* until next month.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from intake import compose
from intake.db import transaction
from intake.messages import TextReply
from intake.models import Case, FollowUp, Invite, Message, OutboxMessage, Resident
from intake.outreach.budget import line_budget
from intake.outreach.config import OutreachConfig
from intake.outreach.plan import PUSH_CHANNELS
from intake.outreach.timing import in_hours, next_opening
from intake.service import enqueue_push, lock_resident_key

log = logging.getLogger(__name__)

WEEK = timedelta(days=7)
BATCH = 200


@dataclass
class RunResult:
    """What one pass did (the job returns ``queued``)."""

    queued: list[int] = field(default_factory=list)  # outbox ids
    moved: int = 0  # outside hours or above the weekly cap: due later
    held: int = 0  # above the LINE budget: waits for next month
    cancelled: int = 0  # stopped, blocked, or a channel that cannot receive pushes


def run_due(
    factory: sessionmaker[Session],
    config: OutreachConfig,
    *,
    now: datetime,
    tz: tzinfo,
    directory: Any = None,
    limit: int = BATCH,
) -> RunResult:
    """Queue every follow-up due at ``now`` that may go out now."""
    result = RunResult()
    with factory() as session:
        exhausted = _exhausted_budgets(session, config, now, tz)
        query = (
            select(FollowUp.id, Resident.user_hash)
            .join(Resident, Resident.id == FollowUp.resident_id)
            .where(FollowUp.status == "scheduled", FollowUp.due_at <= now)
        )
        if exhausted:
            held = Resident.channel == "line", Resident.municipality_id.in_(exhausted)
            result.held = int(
                session.scalar(query.with_only_columns(func.count()).where(*held)) or 0
            )
            query = query.where(~and_(*held))
        candidates = session.execute(
            query.order_by(FollowUp.due_at, FollowUp.id).limit(limit)
        ).all()
    if result.held:
        log.debug("%d follow-ups held: LINE budget used up in %s", result.held, sorted(exhausted))
    for followup_id, user_hash in candidates:
        with transaction(factory) as session:
            _one(session, followup_id, user_hash, config, now, tz, directory, result)
    return result


def _one(
    session: Session,
    followup_id: int,
    user_hash: str,
    config: OutreachConfig,
    now: datetime,
    tz: tzinfo,
    directory: Any,
    result: RunResult,
) -> None:
    lock_resident_key(session, user_hash)
    query = select(FollowUp).where(
        FollowUp.id == followup_id, FollowUp.status == "scheduled", FollowUp.due_at <= now
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    followup = session.scalars(query).one_or_none()
    if followup is None:
        return  # another worker took it, or it was paused/stopped meanwhile
    resident = session.get(Resident, followup.resident_id)
    if resident is None:
        return
    if (
        resident.outreach_stopped_at is not None
        or not resident.reachable
        or resident.channel not in PUSH_CHANNELS
    ):
        followup.status = "cancelled"
        result.cancelled += 1
        return
    invite = session.get(Invite, followup.invite_id) if followup.invite_id is not None else None
    municipality = resident.municipality_id or (invite.municipality_id if invite else None)
    rules = config.rules(municipality)

    if not in_hours(now, rules, tz):
        followup.due_at = next_opening(now, rules, tz)
        result.moved += 1
        return
    recent = session.scalars(
        select(OutboxMessage.created_at)
        .where(
            OutboxMessage.resident_id == resident.id,
            OutboxMessage.kind == "followup",
            OutboxMessage.status != "cancelled",
            OutboxMessage.created_at > now - WEEK,
            OutboxMessage.created_at <= now,
        )
        .order_by(OutboxMessage.created_at)
    ).all()
    if len(recent) >= rules.weekly_cap:
        free_at = recent[len(recent) - rules.weekly_cap] + WEEK
        followup.due_at = next_opening(free_at, rules, tz)
        result.moved += 1
        return
    if resident.channel == "line" and municipality is not None:
        # One budget check at a time per municipality, so two workers cannot both take
        # the last message of the month.
        lock_resident_key(session, f"outreach-budget:{municipality}")
        if line_budget(session, municipality, now, config, tz).exhausted:
            result.held += 1
            log.debug("follow-up %s held: LINE budget of %s used up", followup.id, municipality)
            return

    case = session.scalars(
        select(Case).where(Case.resident_id == resident.id).order_by(Case.id.desc()).limit(1)
    ).first()
    place = compose.municipality_name(directory, municipality) if directory else None
    text = config.text(followup.template, place or _fallback_place(municipality))
    row = enqueue_push(
        session,
        resident,
        kind="followup",
        replies=[TextReply(text=text)],
        case_id=case.id if case else None,
        now=now,
    )
    row.created_at = now
    followup.status = "sent"
    followup.outbox_id = row.id
    session.add(
        Message(
            resident_id=resident.id,
            case_id=case.id if case else None,
            direction="out",
            sender="bot",
            text=text,
            created_at=now,
        )
    )
    plan = config.plan(invite.plan if invite else None)
    step = followup.step + 1
    if plan.has_step(step):
        session.add(
            FollowUp(
                resident_id=resident.id,
                invite_id=followup.invite_id,
                step=step,
                template=plan.template_for(step),
                due_at=next_opening(now + timedelta(days=plan.gap_before(step)), rules, tz),
                status="scheduled",
                created_at=now,
            )
        )
    session.flush()
    result.queued.append(row.id)


def _fallback_place(municipality: str | None) -> str:
    return "お住まいの市町村" if municipality is None else municipality


def _exhausted_budgets(
    session: Session, config: OutreachConfig, now: datetime, tz: tzinfo
) -> set[str]:
    """Municipalities with LINE follow-ups due whose push budget is used up this month."""
    due_in = session.scalars(
        select(Resident.municipality_id)
        .join(FollowUp, FollowUp.resident_id == Resident.id)
        .where(
            FollowUp.status == "scheduled",
            FollowUp.due_at <= now,
            Resident.channel == "line",
            Resident.municipality_id.is_not(None),
        )
        .distinct()
    ).all()
    return {
        mid
        for mid in due_in
        if mid is not None and line_budget(session, mid, now, config, tz).exhausted
    }
