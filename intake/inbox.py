"""The inbox: platform events stored before they are acknowledged, processed once.

A webhook stores each event under its platform id (``webhookEventId``, ``update_id``);
a duplicate insert is ignored, so redeliveries are answered 200 and dropped. Processing
takes a per-resident lock and always handles that resident's *oldest* pending event
first, so messages sent in quick succession keep their order on any worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Protocol

from sqlalchemy import Select, bindparam, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from intake import residents
from intake.db import transaction
from intake.messages import Inbound
from intake.models import InboxEvent, OutboxMessage, utcnow
from intake.outbox import LEASE, Outgoing, outgoing
from intake.service import Intake, lock_resident_key

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Decoded:
    """A stored payload turned back into the engine's input."""

    inbound: Inbound
    reply_token: str | None = None


Decoder = Callable[[str, datetime], Decoded | None]


def store(
    session: Session, *, channel: str, event_id: str, user_id: str | None, payload: str
) -> int | None:
    """Insert an event; return its row id, or None when it was already stored."""
    row_ids = _insert(session, channel, [(event_id, _key(channel, user_id), payload)])
    return row_ids.get(event_id)


def _key(channel: str, user_id: str | None) -> str | None:
    return residents.user_hash(channel, user_id) if user_id else None


def _insert(
    session: Session, channel: str, rows: Sequence[tuple[str, str | None, str]]
) -> dict[str, int]:
    """Insert (event id, user key, payload) rows in one statement; return the new ids by
    event id (an event stored before is skipped by the unique constraint)."""
    now = utcnow()
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = (
        insert(InboxEvent)
        .values(
            [
                {
                    "channel": channel,
                    "event_id": event_id,
                    "user_hash": key,
                    "payload": payload,
                    "status": "pending",
                    "attempts": 0,
                    "received_at": now,
                }
                for event_id, key, payload in rows
            ]
        )
        .on_conflict_do_nothing(index_elements=["channel", "event_id"])
        .returning(InboxEvent.event_id, InboxEvent.id)
    )
    return {event_id: row_id for event_id, row_id in session.execute(stmt)}


class Storable(Protocol):
    """What a channel extracts from a platform event before acknowledging it."""

    @property
    def event_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def payload(self) -> str: ...


@dataclass(frozen=True)
class Stored:
    """A newly stored event and the resident it belongs to (what processing needs first)."""

    row_id: int
    channel: str
    key: str | None  # the resident's lookup hash; None for an event without a user


def store_all(
    factory: sessionmaker[Session], channel: str, records: Sequence[Storable]
) -> list[Stored]:
    """Store a webhook's events before it is acknowledged; return the new rows.

    One INSERT statement, so all or nothing: a request whose second event fails to store
    stores neither, and the platform's redelivery brings both back. On PostgreSQL it runs
    in autocommit mode: the statement is its own durable transaction, which saves the
    BEGIN and COMMIT round trips on the acknowledgement path.
    """
    if not records:
        return []
    rows = [(r.event_id, _key(channel, r.user_id), r.payload) for r in records]
    with factory() as session:  # closing without a commit rolls back
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        new = _insert(session, channel, rows)
        session.commit()
    stored = []
    for event_id, key, _ in rows:
        row_id = new.pop(event_id, None)  # pop: an id sent twice in one body counts once
        if row_id is not None:
            stored.append(Stored(row_id, channel, key))
    return stored


@cache
def _pending_query() -> Select[InboxEvent]:
    """A resident's pending events, oldest first (built once)."""
    return (
        select(InboxEvent)
        .where(
            InboxEvent.channel == bindparam("channel"),
            InboxEvent.user_hash == bindparam("key"),
            InboxEvent.status == "pending",
        )
        .order_by(InboxEvent.id)
        .limit(bindparam("limit"))
    )


class _Failed(Exception):
    """Processing an event raised; its transaction was rolled back (see ``_record``)."""

    def __init__(self, row_id: int, error: Exception) -> None:
        super().__init__(row_id)
        self.row_id = row_id
        self.error = error


class InboxProcessor:
    """Runs stored events through :class:`Intake`; returns the outbox rows to send."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        intake: Intake,
        decoders: dict[str, Decoder],
        *,
        claim_lease: timedelta = LEASE,
    ) -> None:
        self.factory = factory
        self.intake = intake
        self.decoders = decoders
        # How long replies claimed by process_claimed are held for this process: they
        # are written already claimed, in the transaction that processed the event.
        self.claim_lease = claim_lease

    def process_event(self, event_row_id: int) -> list[int]:
        """Process the event's resident's pending events in order; return outbox row ids."""
        with self.factory() as session:
            row = session.get(InboxEvent, event_row_id)
            if row is None:
                return []
            stored = Stored(event_row_id, row.channel, row.user_hash)
        return [row.id for row in self._process(stored, None)]

    def process_claimed(self, stored: Stored) -> list[Outgoing]:
        """Like :meth:`process_event` for an event just stored; returns the replies claimed
        for sending now (the caller sends them at once)."""
        lease = self.claim_lease
        return [outgoing(row, utcnow()) for row in self._process(stored, lease)]

    def _process(self, stored: Stored, claim_for: timedelta | None) -> list[OutboxMessage]:
        """Run the resident's pending events, oldest first, one transaction each."""
        key, channel = stored.key, stored.channel
        if key is None:
            return self._guarded(stored.row_id, None, lambda s: self._one(s, stored, claim_for))
        outbox: list[OutboxMessage] = []
        more = True
        while more:
            # The oldest pending event is picked under the lock, so it is never run twice.
            def step(session: Session) -> list[OutboxMessage]:
                nonlocal more
                lock_resident_key(session, key)
                pending = self._pending_for(session, channel, key, limit=2)
                more = len(pending) > 1  # saves a transaction in the common case
                if not pending:
                    return []
                return self._run(session, pending[0], claim_for)

            outbox.extend(self._guarded(None, key, step))
        return outbox

    def _one(
        self, session: Session, stored: Stored, claim_for: timedelta | None
    ) -> list[OutboxMessage]:
        row = session.get(InboxEvent, stored.row_id, with_for_update=True)
        if row is None or row.status != "pending":
            return []
        return self._run(session, row, claim_for)

    def _guarded(
        self, row_id: int | None, key: str | None, step: Callable[[Session], list[OutboxMessage]]
    ) -> list[OutboxMessage]:
        """One transaction; when the event in it fails, count the attempt in another."""
        try:
            with transaction(self.factory) as session:
                return step(session)
        except _Failed as failed:
            self._record(failed.row_id, key, failed.error)
            return []

    def _run(
        self, session: Session, row: InboxEvent, claim_for: timedelta | None
    ) -> list[OutboxMessage]:
        """Process one pending event in the caller's transaction (raises :class:`_Failed`).

        No savepoint: when processing fails, the whole transaction is rolled back and the
        attempt is recorded in its own transaction (rare), which saves two round trips on
        every event that succeeds.
        """
        row_id = row.id
        # Set first, so that it goes out with the service's first flush; on failure the
        # transaction is rolled back with it.
        row.attempts += 1
        row.status, row.processed_at = "done", utcnow()
        decoder = self.decoders.get(row.channel)
        try:
            decoded = decoder(row.payload, row.received_at) if decoder else None
            handled = (
                self.intake.handle(
                    session,
                    decoded.inbound,
                    reply_token=decoded.reply_token,
                    now=utcnow(),
                    claim_for=claim_for,
                )
                if decoded is not None
                else None
            )
        except Exception as exc:
            raise _Failed(row_id, exc) from exc
        return handled.outbox if handled is not None else []

    def _record(self, row_id: int, key: str | None, error: Exception) -> None:
        """Count a failed attempt; give up after :data:`MAX_ATTEMPTS`."""
        with transaction(self.factory) as session:
            if key is not None:
                lock_resident_key(session, key)
            row = session.get(InboxEvent, row_id, with_for_update=key is None)
            if row is None or row.status != "pending":  # another worker got further
                return
            row.attempts += 1
            log.error(
                "inbox event %s failed (attempt %s)",
                row_id,
                row.attempts,
                exc_info=(type(error), error, error.__traceback__),
            )
            row.error = type(error).__name__
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"

    @staticmethod
    def _pending_for(session: Session, channel: str, key: str, limit: int) -> list[InboxEvent]:
        params = {"channel": channel, "key": key, "limit": limit}
        return list(session.scalars(_pending_query(), params))

    def pending(self, older_than: timedelta = timedelta(0)) -> list[Stored]:
        """The oldest pending event of each resident (and every event without one)."""
        cutoff = utcnow() - older_than
        with self.factory() as session:
            rows = session.execute(
                select(InboxEvent.channel, InboxEvent.user_hash, InboxEvent.id)
                .where(InboxEvent.status == "pending", InboxEvent.received_at <= cutoff)
                .order_by(InboxEvent.id)
                .limit(500)
            ).all()
        seen: dict[tuple[str, str], Stored] = {}
        for channel, key, row_id in rows:
            seen.setdefault((channel, key or f"#{row_id}"), Stored(row_id, channel, key or None))
        return list(seen.values())

    def sweep(self, older_than: timedelta = timedelta(0)) -> list[int]:
        """Process every pending event (start-up and the worker's loop)."""
        outbox: list[int] = []
        for stored in self.pending(older_than):
            outbox.extend(row.id for row in self._process(stored, None))
        return outbox
