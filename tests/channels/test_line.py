"""The LINE channel end to end: signed webhook → inbox → engine → fake LINE API.

Each test runs the real app (lifespan included) on SQLite and PostgreSQL, with LINE
pointed at the fake Messaging API. Replies are the real engine's; the tests assert on
facts that do not depend on its wording.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from intake.models import InboxEvent, Message, OutboxMessage, Resident
from tests.channels.helpers import count, line_body, post_line, running, settle, wait_for
from tests.fakes.fixtures import line_settings
from tests.fakes.line_api import FakeLineApi

USER = "U4af4980629a1b2c3d4e5f60718293a4b"
GROUP = "Ca56f94637c1d2e3f4a5b6c7d8e9f0a1b"
CRISIS_NUMBERS = ("#いのちSOS", "0120-061-338", "0120-279-338", "0570-064-556", "110", "119")


@pytest.fixture
def client(db_url: str, tmp_path: Path, fake_line: FakeLineApi) -> Iterator[TestClient]:
    app = create_app(line_settings(db_url, tmp_path, fake_line))
    with running(app) as test_client:
        yield test_client


def texts(fake: FakeLineApi, user: str = USER) -> list[str]:
    return fake.texts_to(user)


def replied(fake: FakeLineApi, user: str = USER) -> list[str]:
    return wait_for(lambda: texts(fake, user), what=f"a message to {user}")


# -- the happy path and idempotency ---------------------------------------------------
def test_a_text_message_gets_the_engines_answer_by_reply(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    body = line_body("text")
    response = post_line(client, body, fake_line)
    assert response.status_code == 200

    answer = replied(fake_line)
    assert all(answer) and "".join(answer).strip()
    [delivery] = fake_line.deliveries_to(USER)
    assert delivery.kind == "reply"
    assert delivery.reply_token == body["events"][0]["replyToken"]
    settle(client)
    assert count(client, InboxEvent) == 1
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        row = session.scalars(select(OutboxMessage)).one()
    assert (row.status, row.used_push) == ("sent", False)


def test_a_redelivered_event_is_stored_and_answered_once(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    body = line_body("text")
    assert post_line(client, body, fake_line).status_code == 200
    replied(fake_line)
    settle(client)

    again = line_body("text", deliveryContext={"isRedelivery": True})
    assert post_line(client, again, fake_line).status_code == 200
    settle(client)
    assert len(fake_line.deliveries) == 1
    assert count(client, InboxEvent) == 1


@pytest.mark.parametrize("signature", ["", "c2lnbmF0dXJl", "not base64 at all!"])
def test_a_bad_or_missing_signature_is_refused_and_nothing_is_stored(
    client: TestClient, fake_line: FakeLineApi, signature: str
) -> None:
    response = post_line(client, line_body("text"), fake_line, signature=signature)
    assert response.status_code == 400
    settle(client)
    assert count(client, InboxEvent) == 0
    assert fake_line.requests == []


def test_a_body_changed_after_signing_is_refused(client: TestClient) -> None:
    from tests.channels.helpers import sign

    raw = json.dumps(line_body("text")).encode()
    response = client.post(
        "/webhooks/line",
        content=raw.replace(b"\\u6bcd", b"\\u7236"),  # 母 → 父, signature of the original
        headers={"X-Line-Signature": sign(raw)},
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "raw", [b"{not json", b'{"events": "nope"}', b"[]", b'{"events": [1]}', b"\xff\xfe{}"]
)
def test_a_signed_but_malformed_body_is_400_never_500(client: TestClient, raw: bytes) -> None:
    assert post_line(client, raw).status_code == 400
    assert count(client, InboxEvent) == 0


def test_the_consoles_verify_request_gets_200(client: TestClient) -> None:
    assert post_line(client, line_body("verify")).status_code == 200


def test_unknown_standby_and_irrelevant_events_are_acknowledged_and_ignored(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    assert post_line(client, line_body("ignored"), fake_line).status_code == 200
    settle(client)
    assert count(client, InboxEvent) == 0
    assert fake_line.requests == []


# -- event kinds ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["sticker", "image", "location"])
def test_a_non_text_message_gets_the_gentle_ask_for_words(
    client: TestClient, fake_line: FakeLineApi, name: str
) -> None:
    assert post_line(client, line_body(name), fake_line).status_code == 200
    assert "文字で" in "".join(replied(fake_line))


def test_follow_is_greeted(client: TestClient, fake_line: FakeLineApi) -> None:
    assert post_line(client, line_body("follow"), fake_line).status_code == 200
    [delivery] = wait_for(lambda: fake_line.deliveries_to(USER), what="the greeting")
    assert delivery.kind == "reply"
    assert "".join(m["text"] for m in delivery.messages).strip()


def test_unfollow_marks_the_resident_unreachable(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    post_line(client, line_body("follow"), fake_line)
    replied(fake_line)
    assert post_line(client, line_body("unfollow"), fake_line).status_code == 200
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        resident = session.scalars(select(Resident)).one()
    assert resident.reachable is False
    assert resident.outreach_stopped_at is not None
    assert len(fake_line.deliveries) == 1  # nothing is sent to someone who blocked us


def test_options_are_quick_replies_and_a_postback_is_a_choice(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    post_line(client, line_body("follow"), fake_line)
    replied(fake_line)
    post_line(client, line_body("text"), fake_line)
    deliveries = wait_for(
        lambda: [d for d in fake_line.deliveries_to(USER) if d.kind == "reply"][1:],
        what="the answer to the worry",
    )
    last = deliveries[-1].messages[-1]
    items = last["quickReply"]["items"]
    assert 1 <= len(items) <= 13
    for item in items:
        action = item["action"]
        assert action["type"] == "postback"
        assert action["data"] and len(action["label"]) <= 20
        assert action["displayText"]
    assert all("quickReply" not in m for m in deliveries[-1].messages[:-1])

    chosen = items[0]["action"]
    body = line_body("postback", postback={"data": chosen["data"]})
    assert post_line(client, body, fake_line).status_code == 200
    wait_for(lambda: len(fake_line.deliveries_to(USER)) == 3, what="the answer to the choice")
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        lines = session.scalars(
            select(Message.text).where(Message.direction == "in").order_by(Message.id)
        ).all()
    assert lines[-1].startswith("［選択］")


def test_unsend_removes_the_message_from_the_transcript(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    post_line(client, line_body("text"), fake_line)
    replied(fake_line)
    settle(client)
    message_id = line_body("text")["events"][0]["message"]["id"]
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        assert session.scalars(
            select(Message).where(Message.platform_message_id == message_id)
        ).all()

    assert post_line(client, line_body("unsend"), fake_line).status_code == 200
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        assert not session.scalars(
            select(Message).where(Message.platform_message_id == message_id)
        ).all()


def test_in_a_group_the_bot_explains_one_to_one_when_added_or_addressed(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    assert post_line(client, line_body("group_join"), fake_line).status_code == 200
    assert "".join(replied(fake_line, GROUP)).strip()

    assert post_line(client, line_body("group_mention"), fake_line).status_code == 200
    wait_for(lambda: len(fake_line.deliveries_to(GROUP)) == 2, what="the mention's answer")

    # Ordinary chatter in a group or room is not answered (it would flood the group).
    assert post_line(client, line_body("group_message"), fake_line).status_code == 200
    settle(client)
    assert count(client, InboxEvent) == 2
    assert fake_line.messages_to(USER) == []


def test_a_crisis_message_is_answered_with_the_crisis_lines(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    body = line_body("text", message={**line_body("text")["events"][0]["message"]})
    body["events"][0]["message"]["text"] = "もう死にたいです"
    post_line(client, body, fake_line)
    messages = wait_for(lambda: fake_line.messages_to(USER), what="the crisis answer")
    shown = json.dumps(messages, ensure_ascii=False)
    assert any(number in shown for number in CRISIS_NUMBERS)
    urgent = [m for m in messages if m["type"] == "flex" and "header" in m["contents"]]
    assert urgent, "crisis lines come as urgent cards"
    assert all(m["altText"].startswith("【緊急】") for m in urgent)


# -- reply token expiry and push --------------------------------------------------------
def test_an_expired_reply_token_means_a_push_with_a_retry_key(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    post_line(client, line_body("text", age=timedelta(minutes=2)), fake_line)
    replied(fake_line)
    assert fake_line.calls("/v2/bot/message/reply") == []
    [push] = fake_line.calls("/v2/bot/message/push")
    assert push.header("x-line-retry-key")
    assert push.body["to"] == USER
    settle(client)
    with client.app.state.runtime.factory() as session:  # type: ignore[attr-defined]
        row = session.scalars(select(OutboxMessage)).one()
    assert (row.status, row.used_push) == ("sent", True)
    assert push.header("x-line-retry-key") == row.retry_key


def test_a_token_line_rejects_falls_back_to_push(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    body = line_body("text")
    fake_line.reject_reply_token(body["events"][0]["replyToken"])
    post_line(client, body, fake_line)
    replied(fake_line)
    assert len(fake_line.calls("/v2/bot/message/reply")) == 1
    [delivery] = fake_line.deliveries
    assert delivery.kind == "push" and delivery.retry_key


def test_a_failed_push_is_retried_later_with_the_same_key_and_arrives_once(
    client: TestClient, fake_line: FakeLineApi
) -> None:
    fake_line.fail_next("/v2/bot/message/push", status=500)
    post_line(client, line_body("text", age=timedelta(minutes=2)), fake_line)
    settle(client)
    assert fake_line.deliveries == []
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.factory() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert row.status == "pending" and row.next_attempt_at is not None
        later = row.next_attempt_at + timedelta(seconds=1)
    portal = client.portal
    assert portal is not None
    assert portal.call(runtime.sweep, later) == 1
    assert portal.call(runtime.sweep, later + timedelta(hours=1)) == 0
    keys = [r.header("x-line-retry-key") for r in fake_line.calls("/v2/bot/message/push")]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert len(fake_line.deliveries) == 1


# -- failure at the edge ----------------------------------------------------------------
def test_database_down_is_503_so_line_redelivers(tmp_path: Path, fake_line: FakeLineApi) -> None:
    settings = line_settings("postgresql://postgres@127.0.0.1:9/nowhere", tmp_path, fake_line)
    app = create_app(settings, check_migrations=False)
    with running(app) as client:
        assert post_line(client, line_body("text"), fake_line).status_code == 503
    assert fake_line.deliveries == []


def test_a_failure_midway_stores_none_of_the_events(
    client: TestClient, fake_line: FakeLineApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.line import channel

    real_record = channel.record_of
    records: list[Any] = []

    def second_unstorable(raw: dict[str, Any]) -> Any:
        record = real_record(raw)
        records.append(record)
        if len(records) == 2:  # NOT NULL: the database refuses this row, after the first
            record = dataclasses.replace(record, payload=None)
        return record

    monkeypatch.setattr(channel, "record_of", second_unstorable)
    body = line_body("follow")
    body["events"].append(line_body("text")["events"][0])
    assert post_line(client, body, fake_line).status_code == 503
    assert len(records) == 2
    assert count(client, InboxEvent) == 0


# -- which channels are served ----------------------------------------------------------
def test_an_app_with_only_line_settings_serves_only_line(client: TestClient) -> None:
    assert client.post("/webhooks/telegram", json={"update_id": 1}).status_code == 404
    assert client.get("/healthz").json()["channels"]["telegram"] is False


def test_a_body_that_is_not_json_by_content_type_is_refused(client: TestClient) -> None:
    from tests.channels.helpers import sign

    raw = json.dumps(line_body("text")).encode()
    headers = {"X-Line-Signature": sign(raw), "Content-Type": "text/plain"}
    assert client.post("/webhooks/line", content=raw, headers=headers).status_code == 415
    assert count(client, InboxEvent) == 0
