"""A reply that needs several platform requests and fails part-way is finished, not repeated.

Real outbox rows on a real database, the real senders (LINE SDK, python-telegram-bot)
against the fake platform servers: the first attempt delivers some requests, then one
fails; the retry delivers the rest and nothing twice.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi, Configuration
from telegram import Bot

from bot.line.sender import LineSender
from bot.runtime import Runtime
from bot.telegram import TelegramSender
from intake.messages import TextReply, replies_to_json
from intake.models import OutboxMessage, Resident
from intake.outbox import Dispatcher, Sender
from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegramApi

T = TypeVar("T")
T0 = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)
LINE_USER = "U0000000000000000000000000000cafe"
CHAT = "5550001"


def _queue(runtime: Runtime, channel: str, recipient: str, texts: list[str], token: str) -> int:
    with runtime.factory.begin() as session:
        resident = Resident(
            handle=f"X-{uuid.uuid4().hex[:6].upper()}",
            channel=channel,
            user_hash=uuid.uuid4().hex,
            user_id=recipient,
        )
        session.add(resident)
        session.flush()
        row = OutboxMessage(
            resident_id=resident.id,
            channel=channel,
            recipient=recipient,
            kind="reply",
            payload=replies_to_json([TextReply(t) for t in texts]),
            reply_token=token or None,
            reply_token_expires_at=T0 + timedelta(seconds=50) if token else None,
            retry_key=str(uuid.uuid4()),
            status="pending",
            attempts=0,
            next_attempt_at=T0,
        )
        session.add(row)
        session.flush()
        return row.id


def _row(runtime: Runtime, row_id: int) -> OutboxMessage:
    with runtime.factory() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        return row


def _deliver(
    runtime: Runtime,
    channel: str,
    sender: Callable[[], Awaitable[tuple[Sender, Callable[[], Awaitable[None]]]]],
    row_id: int,
    at: datetime,
) -> bool:
    async def main() -> bool:
        made, close = await sender()
        try:
            dispatcher = Dispatcher(runtime.factory, {channel: made}, clock=lambda: at)
            return await dispatcher.deliver(row_id)
        finally:
            await close()

    return asyncio.run(main())


def _line(
    fake: FakeLineApi,
) -> Callable[[], Awaitable[tuple[Sender, Callable[[], Awaitable[None]]]]]:
    async def make() -> tuple[Sender, Callable[[], Awaitable[None]]]:
        client = AsyncApiClient(Configuration(host=fake.url, access_token=ACCESS_TOKEN))
        return LineSender(AsyncMessagingApi(client), timeout=5), client.close

    return make


def _telegram(
    fake: FakeTelegramApi,
) -> Callable[[], Awaitable[tuple[Sender, Callable[[], Awaitable[None]]]]]:
    async def make() -> tuple[Sender, Callable[[], Awaitable[None]]]:
        bot = Bot(BOT_TOKEN, base_url=f"{fake.url}/bot")
        await bot.initialize()
        return TelegramSender(bot), bot.shutdown

    return make


def test_line_reply_then_failed_push_is_finished_by_push_alone(
    runtime: Runtime, fake_line: FakeLineApi
) -> None:
    """Seven messages: five on the reply token, then the push of two fails once."""
    fake_line.bind_reply_token("tok-part", LINE_USER)
    texts = [f"その{i}" for i in range(7)]
    row_id = _queue(runtime, "line", LINE_USER, texts, "tok-part")
    fake_line.fail_next(status=500)
    assert _deliver(runtime, "line", _line(fake_line), row_id, T0) is False
    row = _row(runtime, row_id)
    assert (row.status, row.parts_sent) == ("pending", 1)
    assert fake_line.texts_to(LINE_USER) == texts[:5]
    # The retry comes after the token expired: only the last two are pushed.
    later = T0 + timedelta(minutes=5)
    assert _deliver(runtime, "line", _line(fake_line), row_id, later) is True
    assert fake_line.texts_to(LINE_USER) == texts
    assert [d.kind for d in fake_line.deliveries_to(LINE_USER)] == ["reply", "push"]
    assert _row(runtime, row_id).status == "sent"


def test_telegram_messages_after_a_failure_are_sent_once(
    runtime: Runtime, fake_telegram: FakeTelegramApi
) -> None:
    texts = ["一通目です", "二通目です", "三通目です"]
    row_id = _queue(runtime, "telegram", CHAT, texts, "")
    fake_telegram.fail_next(status=500, after=1)  # the second sendMessage fails
    assert _deliver(runtime, "telegram", _telegram(fake_telegram), row_id, T0) is False
    assert _row(runtime, row_id).parts_sent == 1
    assert _deliver(
        runtime, "telegram", _telegram(fake_telegram), row_id, T0 + timedelta(minutes=5)
    )
    assert [m["text"] for m in fake_telegram.messages_to(CHAT)] == texts
    assert _row(runtime, row_id).status == "sent"
