"""The outbox: claimed once, retried with backoff, failed visibly, reply token used once.

The sender here stands in for a platform API (the channel tests use the real SDKs
against fake servers); what is tested is the claiming and bookkeeping on a real database.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.runtime import Runtime
from intake.messages import TextReply, replies_to_json
from intake.models import OutboxMessage, Resident
from intake.outbox import MAX_ATTEMPTS, Dispatcher, Outgoing, SendError
from intake.sent_marks import SentMarks

T0 = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)


class RecordingSender:
    def __init__(self, failures: list[SendError] | None = None) -> None:
        self.sent: list[Outgoing] = []
        self.failures = list(failures or [])
        self.lock = threading.Lock()

    async def send(self, message: Outgoing) -> bool:
        with self.lock:
            if self.failures:
                raise self.failures.pop(0)
            self.sent.append(message)
        return message.reply_token is None


def _queue(runtime: Runtime, n: int = 1, *, reply_token: str | None = None) -> list[int]:
    with runtime.factory.begin() as session:
        resident = Resident(
            handle=f"L-{uuid.uuid4().hex[:6].upper()}",
            channel="line",
            user_hash=uuid.uuid4().hex,
            user_id="U-outbox",
        )
        session.add(resident)
        session.flush()
        rows = [
            OutboxMessage(
                resident_id=resident.id,
                channel="line",
                recipient="U-outbox",
                kind="reply",
                payload=replies_to_json([TextReply(f"返信{i}")]),
                reply_token=reply_token,
                reply_token_expires_at=T0 + timedelta(seconds=50) if reply_token else None,
                retry_key=str(uuid.uuid4()),
                status="pending",
                attempts=0,
                next_attempt_at=T0,
            )
            for i in range(n)
        ]
        session.add_all(rows)
        session.flush()
        return [r.id for r in rows]


def _row(runtime: Runtime, row_id: int) -> OutboxMessage:
    with runtime.factory() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        return row


def test_retries_reuse_a_fresh_reply_token_then_push(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime, reply_token="tok-1")
    sender = RecordingSender([SendError("503 from platform"), SendError("503 again")])
    clock = [T0]
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: clock[0])
    assert asyncio.run(dispatcher.deliver(row_id)) is False
    row = _row(runtime, row_id)
    assert row.status == "pending" and row.attempts == 1 and row.next_attempt_at > T0
    assert asyncio.run(dispatcher.deliver(row_id)) is False  # not due yet: untouched
    assert _row(runtime, row_id).attempts == 1
    clock[0] = row.next_attempt_at  # 5 s later: the token is still fresh
    assert asyncio.run(dispatcher.deliver(row_id)) is False
    clock[0] = T0 + timedelta(minutes=5)
    assert asyncio.run(dispatcher.deliver(row_id)) is True
    (sent,) = sender.sent
    assert sent.reply_token is None and not sent.uncertain  # expired: push
    row = _row(runtime, row_id)
    assert row.status == "sent" and row.used_push and row.attempts == 3


def test_a_clean_failure_retries_with_the_same_fresh_token(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime, reply_token="tok-3")
    sender = RecordingSender([SendError("500")])
    clock = [T0]
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: clock[0])
    asyncio.run(dispatcher.deliver(row_id))
    clock[0] = _row(runtime, row_id).next_attempt_at
    assert asyncio.run(dispatcher.deliver(row_id)) is True
    assert sender.sent[0].reply_token == "tok-3" and sender.sent[0].uncertain is False


def test_an_unknown_outcome_is_retried_at_once_and_flagged(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime, reply_token="tok-4")
    sender = RecordingSender([SendError("connection reset", unknown_outcome=True)])
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: T0)
    assert asyncio.run(dispatcher.deliver(row_id)) is True
    assert sender.sent[0].reply_token == "tok-4" and sender.sent[0].uncertain is True


def test_an_unknown_outcome_stays_flagged_for_the_later_retry(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime, reply_token="tok-5")
    sender = RecordingSender([SendError("timeout", unknown_outcome=True)] * 2)
    clock = [T0]
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: clock[0])
    assert asyncio.run(dispatcher.deliver(row_id)) is False
    clock[0] = _row(runtime, row_id).next_attempt_at
    assert asyncio.run(dispatcher.deliver(row_id)) is True
    assert sender.sent[0].uncertain is True


def test_fresh_token_is_used_once(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime, reply_token="tok-2")
    sender = RecordingSender()
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: T0)
    assert asyncio.run(dispatcher.deliver(row_id)) is True
    assert asyncio.run(dispatcher.deliver(row_id)) is False
    assert [m.reply_token for m in sender.sent] == ["tok-2"]
    assert _row(runtime, row_id).used_push is False


def test_permanent_failure_and_last_try_are_shown_as_failed(runtime: Runtime) -> None:
    first, second = _queue(runtime, 2)
    sender = RecordingSender([SendError("400 bad request", permanent=True)])
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: T0)
    asyncio.run(dispatcher.deliver(first))
    assert _row(runtime, first).status == "failed"

    clock = [T0]
    sender = RecordingSender([SendError("timeout")] * MAX_ATTEMPTS)
    dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: clock[0])
    for _ in range(MAX_ATTEMPTS):
        asyncio.run(dispatcher.deliver(second))
        clock[0] = _row(runtime, second).next_attempt_at
    row = _row(runtime, second)
    assert row.status == "failed" and row.attempts == MAX_ATTEMPTS and row.last_error == "timeout"


def test_a_crashed_send_is_retried_after_its_lease(runtime: Runtime) -> None:
    (row_id,) = _queue(runtime)
    dispatcher = Dispatcher(runtime.factory, {"line": RecordingSender()}, clock=lambda: T0)
    claimed = dispatcher._claim(row_id)  # a worker claims it, then dies before sending
    assert len(claimed) == 1 and _row(runtime, row_id).status == "sending"
    assert asyncio.run(dispatcher.deliver(row_id)) is False  # leased: nobody else takes it
    later = Dispatcher(
        runtime.factory,
        {"line": (sender := RecordingSender())},
        clock=lambda: T0 + timedelta(minutes=2),
    )
    assert asyncio.run(later.deliver(row_id)) is True
    assert sender.sent[0].retry_key == claimed[0].retry_key  # same key: LINE drops a duplicate
    assert sender.sent[0].uncertain  # the dead worker may have delivered it


def test_racing_workers_send_each_row_once(runtime: Runtime) -> None:
    if runtime.engine.dialect.name != "postgresql":
        pytest.skip("several workers need PostgreSQL (SQLite serialises everything)")
    ids = _queue(runtime, 40)
    sender = RecordingSender()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            dispatcher = Dispatcher(runtime.factory, {"line": sender}, clock=lambda: T0)
            while asyncio.run(dispatcher.deliver_due(limit=3)):
                pass
        except BaseException as exc:  # pragma: no cover - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert sorted(m.outbox_id for m in sender.sent) == sorted(ids)
    with runtime.factory() as session:
        statuses = set(session.scalars(select(OutboxMessage.status)).all())
    assert statuses == {"sent"}


def test_sends_finishing_together_are_marked_in_one_transaction(runtime: Runtime) -> None:
    ids = _queue(runtime, 6)
    with runtime.factory.begin() as session:  # a farewell: its resident deleted everything
        farewell = session.get(OutboxMessage, ids[5])
        assert farewell is not None
        farewell.resident_id = None
    marks = SentMarks(runtime.factory, lambda: T0)
    batches: list[list[tuple[int, bool]]] = []
    write = marks.write

    def counting(batch: list[tuple[int, bool]]) -> None:
        batches.append(batch)
        write(batch)

    marks.write = counting  # type: ignore[method-assign]

    async def finish_all() -> None:
        await asyncio.gather(*(marks.mark(row_id, row_id % 2 == 0) for row_id in ids))

    asyncio.run(finish_all())
    assert len(batches) == 1 and sorted(i for i, _ in batches[0]) == ids
    for row_id in ids[:5]:
        row = _row(runtime, row_id)
        assert (row.status, row.sent_at, row.used_push) == ("sent", T0, row_id % 2 == 0)
    with runtime.factory() as session:
        assert session.get(OutboxMessage, ids[5]) is None  # nothing kept of a farewell


def test_a_failed_mark_reaches_every_send_waiting_for_it(runtime: Runtime) -> None:
    marks = SentMarks(runtime.factory, lambda: T0)

    def down(batch: list[tuple[int, bool]]) -> None:
        raise ConnectionError("database gone")

    marks.write = down  # type: ignore[method-assign]

    async def finish_all() -> list[BaseException | None]:
        return await asyncio.gather(*(marks.mark(i, False) for i in (1, 2)), return_exceptions=True)

    results = asyncio.run(finish_all())
    assert all(isinstance(r, ConnectionError) for r in results)
