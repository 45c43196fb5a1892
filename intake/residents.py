"""Residents: find by platform id (keyed hash), create with a pseudonymous handle, delete."""

from __future__ import annotations

import secrets
from functools import cache

from sqlalchemy import Select, bindparam, delete, func, select, update
from sqlalchemy.orm import Session, aliased

from intake import crypto
from intake.models import (
    Case,
    Conversation,
    FollowUp,
    InboxEvent,
    Message,
    OutboxMessage,
    Resident,
    utcnow,
)

_HANDLE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_CHANNEL_PREFIX = {"line": "L", "telegram": "T", "web": "W", "console": "C"}


def user_hash(channel: str, user_id: str) -> str:
    return crypto.current().lookup_hash(f"{channel}:{user_id}")


def new_handle(channel: str) -> str:
    code = "".join(secrets.choice(_HANDLE_ALPHABET) for _ in range(6))
    return f"{_CHANNEL_PREFIX.get(channel, 'X')}-{code}"


def find(session: Session, channel: str, user_id: str) -> Resident | None:
    return session.scalars(
        select(Resident).where(
            Resident.channel == channel, Resident.user_hash == user_hash(channel, user_id)
        )
    ).one_or_none()


def find_with_state(
    session: Session, channel: str, user_id: str
) -> tuple[Resident, Conversation | None, Case | None] | None:
    """The resident with their conversation and newest case, in one round trip."""
    params = {"channel": channel, "hash": user_hash(channel, user_id)}
    row = session.execute(_with_state(), params).one_or_none()
    return None if row is None else (row[0], row[1], row[2])


@cache
def _with_state() -> Select[Resident, Conversation, Case]:
    """Built once: constructing this statement costs more than running it."""
    older = aliased(Case)
    newest_case = (
        select(func.max(older.id)).where(older.resident_id == Resident.id).scalar_subquery()
    )
    return (
        select(Resident, Conversation, Case)
        .outerjoin(Conversation, Conversation.resident_id == Resident.id)
        .outerjoin(Case, Case.id == newest_case)
        .where(Resident.channel == bindparam("channel"), Resident.user_hash == bindparam("hash"))
    )


def create(session: Session, channel: str, user_id: str) -> Resident:
    resident = Resident(
        handle=new_handle(channel),
        channel=channel,
        user_hash=user_hash(channel, user_id),
        user_id=user_id,
        reachable=True,
    )
    session.add(resident)
    session.flush()
    session.add(Conversation(resident_id=resident.id, state="new", data={}))
    return resident


def delete_all(session: Session, resident: Resident) -> None:
    """Remove everything held about a resident: transcript, cases, inbox, outbox, plans."""
    rid = resident.id
    session.execute(delete(InboxEvent).where(InboxEvent.user_hash == resident.user_hash))
    session.execute(delete(OutboxMessage).where(OutboxMessage.resident_id == rid))
    session.execute(delete(FollowUp).where(FollowUp.resident_id == rid))
    session.execute(delete(Message).where(Message.resident_id == rid))
    session.execute(delete(Case).where(Case.resident_id == rid))
    session.execute(delete(Conversation).where(Conversation.resident_id == rid))
    session.execute(delete(Resident).where(Resident.id == rid))
    session.expunge_all()


def mark_unreachable(session: Session, resident: Resident) -> None:
    resident.reachable = False
    stop_outreach(session, resident)


def stop_outreach(session: Session, resident: Resident) -> None:
    if resident.outreach_stopped_at is None:
        resident.outreach_stopped_at = utcnow()
    session.execute(
        update(FollowUp)
        .where(FollowUp.resident_id == resident.id, FollowUp.status == "scheduled")
        .values(status="cancelled")
    )


def random_code(length: int = 8) -> str:
    return "".join(secrets.choice(_HANDLE_ALPHABET) for _ in range(length))
