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
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from intake import residents
from intake.db import transaction
from intake.messages import Inbound
from intake.models import InboxEvent, OutboxMessage, utcnow
from intake.outbox import LEASE, Outgoing, claim_rows
from intake.service import Intake, lock_resident_key

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
T = TypeVar("T")


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
    values = {
        "channel": channel,
        "event_id": event_id,
        "user_hash": residents.user_hash(channel, user_id) if user_id else None,
        "payload": payload,
        "status": "pending",
        "attempts": 0,
        "received_at": utcnow(),
    }
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = (
        insert(InboxEvent)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["channel", "event_id"])
        .returning(InboxEvent.id)
    )
    return session.execute(stmt).scalar_one_or_none()


class Storable(Protocol):
    """What a channel extracts from a platform event before acknowledging it."""

    @property
    def event_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def payload(self) -> str: ...


def store_all(
    factory: sessionmaker[Session], channel: str, records: Sequence[Storable]
) -> list[int]:
    """Store a webhook's events in one transaction; return the ids of the new rows.

    All or nothing: a request whose second event fails to store stores neither, so the
    platform's redelivery brings both back.
    """
    with transaction(factory) as session:
        ids = [
            store(
                session,
                channel=channel,
                event_id=r.event_id,
                user_id=r.user_id,
                payload=r.payload,
            )
            for r in records
        ]
    return [row_id for row_id in ids if row_id is not None]


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
        # How long replies claimed by process_event_claimed are held for this process:
        # they are claimed in the transaction that wrote them, saving a round trip.
        self.claim_lease = claim_lease

    def process_event(self, event_row_id: int) -> list[int]:
        """Process the event's resident's pending events in order; return outbox row ids."""
        return self._process(event_row_id, lambda rows: [row.id for row in rows])

    def process_event_claimed(self, event_row_id: int) -> list[Outgoing]:
        """Like :meth:`process_event`, returning the replies claimed for sending now."""
        lease = self.claim_lease
        return self._process(event_row_id, lambda rows: claim_rows(rows, utcnow(), lease))

    def _process(
        self, event_row_id: int, take: Callable[[list[OutboxMessage]], list[T]]
    ) -> list[T]:
        """Run the resident's pending events; ``take`` turns each event's outbox rows into
        the result inside that event's transaction."""
        with self.factory() as session:
            row = session.get(InboxEvent, event_row_id)
            if row is None:
                return []
            key, channel = row.user_hash, row.channel
        if key is None:
            with transaction(self.factory) as session:
                one = session.get(InboxEvent, event_row_id, with_for_update=True)
                if one is None or one.status != "pending":
                    return []
                return take(self._run(session, one))
        outbox: list[T] = []
        more = True
        while more:
            with transaction(self.factory) as session:
                lock_resident_key(session, key)
                pending = self._pending_for(session, channel, key, limit=2)
                if not pending:
                    break
                outbox.extend(take(self._run(session, pending[0])))
                more = len(pending) > 1  # saves a transaction in the common case
        return outbox

    @staticmethod
    def _pending_for(session: Session, channel: str, key: str, limit: int) -> list[InboxEvent]:
        return list(
            session.scalars(
                select(InboxEvent)
                .where(
                    InboxEvent.channel == channel,
                    InboxEvent.user_hash == key,
                    InboxEvent.status == "pending",
                )
                .order_by(InboxEvent.id)
                .limit(limit)
            )
        )

    def _run(self, session: Session, row: InboxEvent) -> list[OutboxMessage]:
        row.attempts += 1
        row_id = row.id
        decoder = self.decoders.get(row.channel)
        try:
            decoded = decoder(row.payload, row.received_at) if decoder else None
            if decoded is None:
                row.status, row.processed_at = "done", utcnow()
                return []
            with session.begin_nested():
                handled = self.intake.handle(
                    session, decoded.inbound, reply_token=decoded.reply_token, now=utcnow()
                )
        except Exception as exc:
            log.exception("inbox event %s failed (attempt %s)", row_id, row.attempts)
            row.error = type(exc).__name__
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
            return []
        current = session.get(InboxEvent, row_id)  # gone if the resident deleted everything
        if current is not None:
            current.status, current.processed_at = "done", utcnow()
        rows = [session.get(OutboxMessage, i) for i in handled.outbox_ids]
        return [r for r in rows if r is not None]

    def pending_keys(
        self, older_than: timedelta = timedelta(0)
    ) -> list[tuple[str, str | None, int]]:
        """(channel, user key, oldest row id) for residents with pending events."""
        cutoff = utcnow() - older_than
        with self.factory() as session:
            rows = session.execute(
                select(InboxEvent.channel, InboxEvent.user_hash, InboxEvent.id)
                .where(InboxEvent.status == "pending", InboxEvent.received_at <= cutoff)
                .order_by(InboxEvent.id)
                .limit(500)
            ).all()
        seen: dict[tuple[str, str | None], int] = {}
        for channel, key, row_id in rows:
            seen.setdefault((channel, key if key else f"#{row_id}"), row_id)
        return [(c, k, i) for (c, k), i in seen.items()]

    def sweep(self, older_than: timedelta = timedelta(0)) -> list[int]:
        """Process every pending event (start-up and the worker's loop)."""
        outbox: list[int] = []
        for _channel, _key, row_id in self.pending_keys(older_than):
            outbox.extend(self.process_event(row_id))
        return outbox
