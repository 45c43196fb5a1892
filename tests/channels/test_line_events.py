"""LINE events without the app: signature, what is kept, and decoding to engine input."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.line.events import BadPayload, decode, parse_body, signature_ok, to_record
from intake.inbox import Decoded
from tests.channels.helpers import fixture, sign
from tests.fakes.fixtures import LINE_SECRET

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def decoded(name: str, index: int = 0, **event: object) -> Decoded:
    body = fixture("line", name)
    raw = {**body["events"][index], **event}
    record = to_record(raw, parse_body(json.dumps({"events": [raw]}).encode())[0][1])
    assert record is not None
    result = decode(record.payload, NOW)
    assert result is not None
    return result


def test_the_signature_is_checked_on_the_raw_bytes() -> None:
    raw = json.dumps(fixture("line", "text"), ensure_ascii=False).encode()
    assert signature_ok(LINE_SECRET, raw, sign(raw))
    assert not signature_ok(LINE_SECRET, raw + b" ", sign(raw))
    assert not signature_ok(LINE_SECRET, raw, "")
    assert not signature_ok("another-secret", raw, sign(raw))
    reserialised = json.dumps(json.loads(raw)).encode()  # same JSON, other bytes
    assert not signature_ok(LINE_SECRET, reserialised, sign(raw))


@pytest.mark.parametrize(
    ("name", "kind", "field", "value"),
    [
        ("text", "text", "text", "母の介護のことで相談したいです"),
        ("sticker", "non_text", "text", "スタンプ"),
        ("image", "non_text", "text", "画像"),
        ("location", "non_text", "text", "位置情報"),
        ("follow", "follow", "kind", "follow"),
        ("unfollow", "unfollow", "kind", "unfollow"),
        ("postback", "choice", "choice", "yes"),
        ("unsend", "unsend", "message_id", "534851726189445123"),
        ("group_join", "group", "user_id", "Ca56f94637c1d2e3f4a5b6c7d8e9f0a1b"),
        ("group_mention", "group", "user_id", "Ca56f94637c1d2e3f4a5b6c7d8e9f0a1b"),
    ],
)
def test_each_fixture_decodes_to_its_inbound(name: str, kind: str, field: str, value: str) -> None:
    inbound = decoded(name).inbound
    assert inbound.channel == "line"
    assert inbound.kind == kind
    assert getattr(inbound, field) == value


def test_the_reply_token_clock_starts_when_line_sent_the_event() -> None:
    sent = NOW - timedelta(minutes=3)
    result = decoded("text", timestamp=int(sent.timestamp() * 1000))
    assert result.inbound.received_at == sent
    token = fixture("line", "text")["events"][0]["replyToken"]
    assert result.reply_token == token
    future = decoded("text", timestamp=int((NOW + timedelta(hours=1)).timestamp() * 1000))
    assert future.inbound.received_at == NOW


def test_a_message_the_sdk_cannot_read_is_still_answered() -> None:
    raw = fixture("line", "text")["events"][0]
    del raw["message"]["quoteToken"]  # the SDK model requires it
    [(kept, model)] = parse_body(json.dumps({"events": [raw]}).encode())
    assert model is None
    record = to_record(kept, model)
    assert record is not None
    result = decode(record.payload, NOW)
    assert result is not None and result.inbound.kind == "text"
    assert result.inbound.text == raw["message"]["text"]


def test_ignored_events_are_not_kept() -> None:
    events = parse_body(json.dumps(fixture("line", "ignored")).encode())
    assert [to_record(raw, model) for raw, model in events] == [None, None, None]
    [(raw, model)] = parse_body(json.dumps(fixture("line", "group_message")).encode())
    assert to_record(raw, model) is None


@pytest.mark.parametrize("body", [b"", b"{", b"null", b'{"events": {}}', b'{"events": ["x"]}'])
def test_bodies_that_are_not_webhook_bodies(body: bytes) -> None:
    with pytest.raises(BadPayload):
        parse_body(body)
