"""The Telegram channel end to end: webhook → inbox → engine → fake Bot API (via PTB)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from telegram import Bot

from bot.app import create_app
from bot.telegram import TelegramSender, render
from intake.messages import Option, TextReply, WindowCard
from intake.models import InboxEvent, Invite, OutboxMessage, Resident
from intake.outbox import Outgoing, SendError
from tests.channels.helpers import count, fixture, post_telegram, running, settle, wait_for
from tests.fakes.fixtures import telegram_settings
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegramApi

CHAT = "7301234567"
CRISIS_NUMBERS = ("#いのちSOS", "0120-061-338", "0120-279-338", "0570-064-556")


@pytest.fixture
def client(db_url: str, tmp_path: Path, fake_telegram: FakeTelegramApi) -> Iterator[TestClient]:
    app = create_app(telegram_settings(db_url, tmp_path, fake_telegram))
    with running(app) as test_client:
        yield test_client


def update(name: str, **changes: Any) -> dict[str, Any]:
    body = fixture("telegram", name)
    body.update(changes)
    return body


def answered(fake: FakeTelegramApi, n: int = 1, chat: str = CHAT) -> list[str]:
    return wait_for(
        lambda: fake.texts_to(chat) if len(fake.texts_to(chat)) >= n else None,
        what=f"{n} message(s) to chat {chat}",
    )


def test_the_app_starts_ptb_against_the_configured_api(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    assert len(fake_telegram.calls("getMe")) == 1
    assert fake_telegram.requests[0].path == f"/bot{BOT_TOKEN}/getMe"


@pytest.mark.parametrize("secret", [None, "", "wrong-secret"])
def test_a_missing_or_wrong_secret_token_is_403_and_nothing_is_stored(
    client: TestClient, secret: str | None
) -> None:
    assert post_telegram(client, update("text"), secret=secret).status_code == 403
    assert count(client, InboxEvent) == 0


@pytest.mark.parametrize("body", [b"{nope", b"[]", b'{"update_id": "x"}'])
def test_a_malformed_update_is_400(client: TestClient, body: bytes) -> None:
    from tests.fakes.fixtures import TELEGRAM_SECRET

    response = client.post(
        "/webhooks/telegram",
        content=body,
        headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
    )
    assert response.status_code == 400


def test_start_is_greeted_and_text_is_answered(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    assert post_telegram(client, update("start")).status_code == 200
    answered(fake_telegram)
    settle(client)
    greeting = fake_telegram.texts_to(CHAT)
    assert "".join(greeting).strip()
    assert post_telegram(client, update("text")).status_code == 200
    answered(fake_telegram, len(greeting) + 1)
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        rows = session.scalars(select(OutboxMessage)).all()
    assert [(r.status, r.used_push) for r in rows] == [("sent", False), ("sent", False)]


def test_a_duplicate_update_id_is_processed_once(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("text"))
    answered(fake_telegram)
    settle(client)
    first = fake_telegram.texts_to(CHAT)
    assert post_telegram(client, update("text")).status_code == 200
    settle(client)
    assert fake_telegram.texts_to(CHAT) == first
    assert count(client, InboxEvent) == 1


def test_start_with_a_code_links_the_outreach_invite(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.factory() as session, session.begin():
        session.add(Invite(code="K7QX3MPA", municipality_id="daisen", label="訪問のお手紙"))
    post_telegram(client, update("start_invite"))
    answered(fake_telegram)
    settle(client)
    with runtime.factory() as session:
        resident = session.scalars(select(Resident)).one()
        invite = session.scalars(select(Invite)).one()
    assert resident.invite_id == invite.id


def test_a_pressed_button_is_acknowledged_and_is_a_choice(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("start"))
    post_telegram(client, update("text"))
    messages = wait_for(
        lambda: [m for m in fake_telegram.messages_to(CHAT) if m.get("reply_markup")],
        what="an answer with buttons",
    )
    buttons = [row[0] for row in messages[-1]["reply_markup"]["inline_keyboard"]]
    assert all(b["text"] and len(b["callback_data"].encode()) <= 64 for b in buttons)
    settle(client)
    before = len(fake_telegram.texts_to(CHAT))

    query = update("callback_query")
    query["callback_query"]["data"] = buttons[0]["callback_data"]
    query["callback_query"]["message"]["reply_markup"] = messages[-1]["reply_markup"]
    assert post_telegram(client, query).status_code == 200
    answered(fake_telegram, before + 1)
    settle(client)
    assert [c["callback_query_id"] for c in fake_telegram.calls("answerCallbackQuery")] == [
        query["callback_query"]["id"]
    ]


@pytest.mark.parametrize("name", ["sticker", "photo"])
def test_non_text_gets_the_gentle_ask_for_words(
    client: TestClient, fake_telegram: FakeTelegramApi, name: str
) -> None:
    post_telegram(client, update(name))
    assert "文字で" in "".join(answered(fake_telegram))


def test_delete_and_stop_commands_are_the_typed_words(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("start"))
    answered(fake_telegram)
    settle(client)
    greeting = fake_telegram.texts_to(CHAT)
    post_telegram(client, update("stop"))
    answered(fake_telegram, len(greeting) + 1)
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        assert session.scalars(select(Resident)).one().outreach_stopped_at is not None
    n = len(fake_telegram.texts_to(CHAT))
    post_telegram(client, update("delete"))
    answered(fake_telegram, n + 1)
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        state = session.execute(select(Resident.id)).all()
    assert state, "「削除」 asks for confirmation first; nothing is deleted yet"


def test_in_a_group_the_bot_explains_one_to_one(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("group_message"))
    assert "".join(answered(fake_telegram, chat="-1002233445566")).strip()


def test_a_crisis_message_gets_the_crisis_lines(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    body = update("text")
    body["message"]["text"] = "もう死にたいです"
    post_telegram(client, body)
    answered(fake_telegram)
    settle(client)
    text = "\n".join(fake_telegram.texts_to(CHAT))
    assert any(number in text for number in CRISIS_NUMBERS)
    assert "⚠️ 緊急" in text


def test_a_user_who_blocked_the_bot_becomes_unreachable(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("start"))
    answered(fake_telegram)
    settle(client)
    fake_telegram.block(CHAT)
    post_telegram(client, update("text"))
    settle(client)
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.factory() as session:
        resident = session.scalars(select(Resident)).one()
        last = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc())).first()
    assert resident.reachable is False
    assert last is not None and last.status == "failed"
    assert "blocked" in (last.last_error or "")


def test_the_blocked_notice_marks_the_resident_unreachable(
    client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    post_telegram(client, update("start"))
    answered(fake_telegram)
    assert post_telegram(client, update("blocked")).status_code == 200
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        assert session.scalars(select(Resident)).one().reachable is False


def test_edited_messages_are_acknowledged_and_ignored(client: TestClient) -> None:
    assert post_telegram(client, update("edited_message")).status_code == 200
    assert count(client, InboxEvent) == 0


def test_database_down_is_503(tmp_path: Path, fake_telegram: FakeTelegramApi) -> None:
    settings = telegram_settings(
        "postgresql://postgres@127.0.0.1:9/nowhere", tmp_path, fake_telegram
    )
    with running(create_app(settings, check_migrations=False)) as client:
        assert post_telegram(client, update("text")).status_code == 503


def test_an_app_with_only_telegram_settings_serves_only_telegram(client: TestClient) -> None:
    assert client.post("/webhooks/line", content=b"{}").status_code == 404


# -- the sender on its own ----------------------------------------------------------------
def _send(fake: FakeTelegramApi, message: Outgoing) -> bool:
    async def main() -> bool:
        async with Bot(BOT_TOKEN, base_url=f"{fake.url}/bot") as bot:
            return await TelegramSender(bot).send(message)

    return asyncio.run(main())


def _outgoing(*replies: Any) -> Outgoing:
    return Outgoing(
        outbox_id=1,
        channel="telegram",
        recipient=CHAT,
        kind="staff",
        replies=list(replies),
        retry_key=str(uuid.uuid4()),
        reply_token=None,
    )


def test_cards_are_text_long_texts_are_split_and_options_are_buttons(
    fake_telegram: FakeTelegramApi,
) -> None:
    long_text = ("ゆっくりで大丈夫です。\n" * 500).strip()
    options = (Option("はい", "yes"), Option("長すぎる値", "x" * 65))
    card = WindowCard(title="#いのちSOS", phone="0120-061-338", urgent=True)
    message = _outgoing(TextReply(long_text), card, TextReply("どうですか", options))
    assert _send(fake_telegram, message) is False  # Telegram has no paid push
    sent = fake_telegram.messages_to(CHAT)
    assert all(len(m["text"]) <= 4096 for m in sent)
    assert "\n".join(m["text"] for m in sent[:-2]) == long_text
    assert sent[-2]["text"].startswith("⚠️ 緊急\n【#いのちSOS】")
    assert sent[-1]["reply_markup"] == {
        "inline_keyboard": [[{"text": "はい", "callback_data": "yes"}]]
    }
    assert "parse_mode" not in sent[-1]


@pytest.mark.parametrize(
    ("status", "description", "permanent", "blocked"),
    [
        (403, "Forbidden: bot was blocked by the user", True, True),
        (400, "Bad Request: chat not found", True, False),
        (429, "Too Many Requests: retry after 3", False, False),
        (500, "Internal Server Error", False, False),
        (502, "Bad Gateway", False, False),
    ],
)
def test_send_errors(
    fake_telegram: FakeTelegramApi, status: int, description: str, permanent: bool, blocked: bool
) -> None:
    fake_telegram.fail_next(
        status=status, description=description, retry_after=3 if status == 429 else None
    )
    with pytest.raises(SendError) as caught:
        _send(fake_telegram, _outgoing(TextReply("こんにちは")))
    assert (caught.value.permanent, caught.value.blocked) == (permanent, blocked)


def test_render_skips_empty_texts() -> None:
    assert render([TextReply("")]) == []


def test_telegram_unreachable_at_start_up_does_not_stop_the_app(
    db_url: str, tmp_path: Path, fake_telegram: FakeTelegramApi
) -> None:
    fake_telegram.fail_next("getMe", status=502, description="Bad Gateway")
    app = create_app(telegram_settings(db_url, tmp_path, fake_telegram))
    with running(app) as client:
        assert client.get("/healthz").status_code == 200
        assert post_telegram(client, update("start")).status_code == 200
        assert "".join(answered(fake_telegram)).strip()  # sending finished the start-up
    assert len(fake_telegram.calls("getMe")) == 2
