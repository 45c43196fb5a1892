"""Sending what the outbox holds, exactly once, with retries.

A row is *claimed* (status ``sending`` with a lease in ``next_attempt_at``) in one short
transaction, sent outside any transaction, then marked ``sent``. A process killed mid-send
leaves a ``sending`` row whose lease expires; the next claim retries it with the same
retry key, which LINE uses to drop the duplicate push. Claims use ``FOR UPDATE SKIP
LOCKED`` on PostgreSQL so several workers never take the same row.

A retry uses the reply token again while it is fresh. When the previous attempt's outcome
is unknown (the process died, or the request timed out), ``Outgoing.uncertain`` is set: a
sender that then hears "invalid reply token" knows the first attempt was delivered and
must not push the same messages again.

A row whose replies need several platform requests (LINE takes five messages a request,
Telegram one) may fail after some went out. The sender says how many in
``SendError.parts_sent``; the row keeps it, and the next attempt's ``Outgoing.parts_sent``
tells the sender to start after them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from intake.db import transaction
from intake.messages import Reply, replies_from_json
from intake.models import Case, OutboxMessage, Resident, utcnow
from intake.sent_marks import SentMarks

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
LEASE = timedelta(seconds=60)


def backoff(attempt: int) -> timedelta:
    """5 s, 20 s, 80 s, … capped at 30 minutes."""
    return timedelta(seconds=min(5 * 4 ** max(attempt - 1, 0), 1800))


@dataclass(frozen=True)
class Outgoing:
    """One outbox row as a sender sees it."""

    outbox_id: int
    channel: str
    recipient: str
    kind: str
    replies: list[Reply]
    retry_key: str
    reply_token: str | None
    uncertain: bool = False  # a previous attempt may have been delivered
    parts_sent: int = 0  # leading platform requests that earlier attempts delivered


UNKNOWN_OUTCOME = "outcome unknown"


class SendError(Exception):
    """Sending failed; ``permanent`` errors are not retried.

    ``unknown_outcome``: the platform may have delivered it (e.g. a timeout mid-request).
    ``parts_sent``: how many of the message's requests were delivered (counting those an
    earlier attempt delivered), so that a retry starts after them.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        blocked: bool = False,
        unknown_outcome: bool = False,
        parts_sent: int = 0,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent or blocked
        self.blocked = blocked
        self.unknown_outcome = unknown_outcome
        self.parts_sent = parts_sent


class Sender(Protocol):
    """A channel's way out (``bot/line.py``, ``bot/telegram.py``)."""

    async def send(self, message: Outgoing) -> bool:
        """Send; return True when a paid push was used. Raise :class:`SendError`."""
        ...


Clock = Callable[[], datetime]


def claim_rows(rows: Sequence[OutboxMessage], now: datetime, lease: timedelta) -> list[Outgoing]:
    """Mark rows as being sent (held for ``lease``) and return what the sender needs.

    Call inside the transaction that selected the rows.
    """
    claimed = []
    for row in rows:
        uncertain = row.status == "sending" or (row.last_error or "").startswith(UNKNOWN_OUTCOME)
        row.status = "sending"
        row.attempts += 1
        row.next_attempt_at = now + lease
        claimed.append(outgoing(row, now, uncertain=uncertain))
    return claimed


def outgoing(row: OutboxMessage, now: datetime, *, uncertain: bool = False) -> Outgoing:
    """What the sender needs from a claimed row (the reply token only while fresh)."""
    fresh_token = (
        row.reply_token is not None
        and row.reply_token_expires_at is not None
        and row.reply_token_expires_at > now
    )
    return Outgoing(
        outbox_id=row.id,
        channel=row.channel,
        recipient=row.recipient,
        kind=row.kind,
        replies=replies_from_json(row.payload),
        retry_key=row.retry_key,
        reply_token=row.reply_token if fresh_token else None,
        uncertain=uncertain,
        parts_sent=row.parts_sent or 0,
    )


class Dispatcher:
    """Claims due outbox rows and hands them to the channel's sender."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        senders: dict[str, Sender],
        *,
        clock: Clock = utcnow,
        lease: timedelta = LEASE,
        marks: SentMarks | None = None,
    ) -> None:
        self.factory = factory
        self.senders = senders
        self.clock = clock
        self.lease = lease
        # Shared by a process's dispatchers so that concurrent sends share a transaction.
        self.marks = marks or SentMarks(factory, clock)

    def _claim(self, outbox_id: int | None, limit: int = 1) -> list[Outgoing]:
        now = self.clock()
        with transaction(self.factory) as session:
            query = select(OutboxMessage).where(
                OutboxMessage.channel.in_(list(self.senders)),
                or_(OutboxMessage.status == "pending", OutboxMessage.status == "sending"),
                OutboxMessage.next_attempt_at <= now,
            )
            if outbox_id is not None:
                query = query.where(OutboxMessage.id == outbox_id)
            query = query.order_by(OutboxMessage.id).limit(limit)
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            return claim_rows(session.scalars(query).all(), now, self.lease)

    async def send_claimed(self, messages: list[Outgoing]) -> int:
        """Send rows already claimed (e.g. in the transaction that created them)."""
        sent = 0
        for message in messages:
            if message.channel in self.senders:
                sent += await self._send_one(message)
        return sent

    def _failed(self, message: Outgoing, error: SendError) -> None:
        """Record a failed send: retry later with backoff, or give up (success: marks)."""
        now = self.clock()
        with transaction(self.factory) as session:
            row = session.get(OutboxMessage, message.outbox_id)
            if row is None:  # the resident deleted their data meanwhile
                return
            text = f"{UNKNOWN_OUTCOME}: {error}" if error.unknown_outcome else str(error)
            row.last_error = text[:500]
            row.parts_sent = max(row.parts_sent or 0, error.parts_sent)
            if error.blocked and row.resident_id is not None:
                resident = session.get(Resident, row.resident_id)
                if resident is not None:
                    from intake.residents import mark_unreachable

                    mark_unreachable(session, resident)
            if error.permanent or row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
                log.warning("outbox %s failed for good after %s tries", row.id, row.attempts)
                if row.case_id is not None:
                    case = session.get(Case, row.case_id)
                    if case is not None:
                        case.updated_at = now
            else:
                row.status = "pending"
                row.next_attempt_at = now + backoff(row.attempts)

    async def _send_one(self, message: Outgoing) -> bool:
        sender = self.senders[message.channel]
        try:
            try:
                used_push = await sender.send(message)
            except SendError as first:
                if not first.unknown_outcome:
                    raise
                # A dropped connection (often a reused keep-alive one): try once more at
                # once. Marked uncertain, so a delivered first try is not sent twice.
                log.info("outbox %s: %s; retrying at once", message.outbox_id, first)
                await asyncio.sleep(0.2)
                retry = replace(
                    message,
                    uncertain=True,
                    parts_sent=max(message.parts_sent, first.parts_sent),
                )
                used_push = await sender.send(retry)
        except SendError as exc:
            await asyncio.to_thread(self._failed, message, exc)
            return False
        except Exception as exc:  # a bug or network fault: retry later, never lose it
            log.exception("sending outbox %s raised", message.outbox_id)
            await asyncio.to_thread(self._failed, message, SendError(repr(exc)))
            return False
        await self.marks.mark(message.outbox_id, used_push)
        return True

    async def deliver(self, outbox_id: int) -> bool:
        """Send one row now if it is due and nobody else holds it."""
        claimed = await asyncio.to_thread(self._claim, outbox_id)
        return bool(claimed) and await self._send_one(claimed[0])

    async def deliver_due(self, limit: int = 50) -> int:
        """Send every due row (up to ``limit``); return how many were sent."""
        claimed = await asyncio.to_thread(self._claim, None, limit)
        results = [await self._send_one(message) for message in claimed]
        return sum(results)
