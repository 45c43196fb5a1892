"""LINE rendering and sending against the fake API: limits, splitting, retry keys, errors."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi, Configuration

from bot.line.render import (
    MAX_ALT_TEXT,
    MAX_TEXT,
    alt_text,
    batches,
    flex_card,
    render,
    split_text,
    units,
)
from bot.line.sender import LineSender, Quota, chunk_retry_key
from intake.messages import Option, Reply, TextReply, WindowCard
from intake.outbox import Outgoing, SendError
from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi

T = TypeVar("T")
USER = "U0000000000000000000000000000beef"
CRISIS_LINE = "#いのちSOS 電話：0120-061-338（24時間）"


def run(fake: FakeLineApi, use: Callable[[LineSender], Awaitable[T]], url: str = "") -> T:
    """Run ``use`` with a sender whose SDK client lives in this loop only."""

    async def main() -> T:
        configuration = Configuration(host=url or fake.url, access_token=ACCESS_TOKEN)
        async with AsyncApiClient(configuration) as client:
            return await use(LineSender(AsyncMessagingApi(client), timeout=5))

    return asyncio.run(main())


def outgoing(replies: list[Reply], *, token: str | None = None, kind: str = "reply") -> Outgoing:
    return Outgoing(
        outbox_id=1,
        channel="line",
        recipient=USER,
        kind=kind,
        replies=replies,
        retry_key=str(uuid.uuid4()),
        reply_token=token,
    )


# -- rendering -------------------------------------------------------------------------
def test_long_text_is_split_between_lines_and_no_line_is_cut() -> None:
    filler = "ご相談の内容を読みました。少しずつで大丈夫です。\n"
    assert units(filler) == 25
    text = filler * 199 + CRISIS_LINE + "\n" + filler * 250  # the crisis line spans 5,000
    assert units(text) > 2 * MAX_TEXT
    pieces = split_text(text)
    assert len(pieces) >= 3
    assert all(units(p) <= MAX_TEXT for p in pieces)
    assert sum(CRISIS_LINE in p for p in pieces) == 1
    assert "".join(p if p.endswith("\n") else p + "\n" for p in pieces) == text


def test_length_is_counted_as_line_counts_it() -> None:
    text = "😀" * 2600  # 5,200 UTF-16 units, one line
    pieces = split_text(text)
    assert [units(p) for p in pieces] == [5000, 200]
    assert "".join(pieces) == text


def test_options_become_quick_replies_on_the_last_message_only() -> None:
    label = "とても長い選択肢のラベルその{}です"
    options = tuple(Option(label=label.format(i), value=f"v{i}") for i in range(15))
    messages = render([TextReply("一つ目"), TextReply("二つ目", options=options)])
    assert "quickReply" not in messages[0]
    items = messages[-1]["quickReply"]["items"]
    assert len(items) == 13
    first = items[0]["action"]
    assert first == {
        "type": "postback",
        "label": first["label"],
        "data": "v0",
        "displayText": "とても長い選択肢のラベルその0です",
    }
    assert all(units(item["action"]["label"]) <= 20 for item in items)


def test_an_option_value_too_long_for_postback_data_is_left_out() -> None:
    options = (Option("はい", "yes"), Option("長い", "x" * 301))
    items = render([TextReply("どうですか", options=options)])[-1]["quickReply"]["items"]
    assert [i["action"]["data"] for i in items] == ["yes"]


def test_an_urgent_window_card_is_a_marked_flex_bubble() -> None:
    card = WindowCard(
        title="#いのちSOS",
        description="とても長い説明。" * 100,
        phone="0120-061-338",
        hours="24時間",
        url="https://inochisos.or.jp/",
        urgent=True,
    )
    message = flex_card(card)
    assert message["type"] == "flex"
    assert units(message["altText"]) <= MAX_ALT_TEXT
    assert message["altText"].startswith("【緊急】#いのちSOS\n電話：0120-061-338")
    assert message["contents"]["header"]["contents"][0]["text"] == "緊急"
    buttons = message["contents"]["footer"]["contents"]
    assert buttons[0]["action"]["uri"] == "tel:0120061338"
    plain = flex_card(WindowCard(title="地域包括支援センター", phone="#7119"))
    assert "header" not in plain["contents"]
    assert plain["contents"]["footer"]["contents"][0]["action"]["uri"] == "tel:%237119"
    assert alt_text(WindowCard(title="窓口")) == "窓口"


def test_messages_go_five_per_request() -> None:
    messages = render([TextReply(f"{i}") for i in range(12)])
    assert [len(b) for b in batches(messages)] == [5, 5, 2]


def test_later_requests_get_their_own_deterministic_retry_keys() -> None:
    key = str(uuid.uuid4())
    assert chunk_retry_key(key, 0) == key
    assert chunk_retry_key(key, 1) == chunk_retry_key(key, 1) != chunk_retry_key(key, 2)
    uuid.UUID(chunk_retry_key("not-a-uuid", 1))


# -- sending through the fake ------------------------------------------------------------
def test_more_than_five_messages_reply_then_push_the_rest(fake_line: FakeLineApi) -> None:
    fake_line.bind_reply_token("tok", USER)
    message = outgoing([TextReply(f"その{i}") for i in range(7)], token="tok")
    assert run(fake_line, lambda s: s.send(message)) is True  # the second request is a push
    reply, push = fake_line.deliveries
    assert (reply.kind, len(reply.messages)) == ("reply", 5)
    assert (push.kind, len(push.messages)) == ("push", 2)
    assert push.retry_key == chunk_retry_key(message.retry_key, 1)
    assert fake_line.texts_to(USER) == [f"その{i}" for i in range(7)]


def test_a_very_long_text_arrives_whole_in_several_messages(fake_line: FakeLineApi) -> None:
    text = ("ゆっくりで大丈夫です。" * 40 + "\n") * 30 + CRISIS_LINE
    message = outgoing([TextReply(text)], kind="staff")
    assert run(fake_line, lambda s: s.send(message)) is True
    received = fake_line.texts_to(USER)
    assert len(received) > 1 and all(units(t) <= MAX_TEXT for t in received)
    assert "\n".join(received) == text
    assert received[-1].endswith(CRISIS_LINE)


def test_a_retried_push_with_the_same_key_is_not_delivered_twice(
    fake_line: FakeLineApi,
) -> None:
    message = outgoing([TextReply(f"{i}") for i in range(6)], kind="followup")
    assert run(fake_line, lambda s: s.send(message)) is True
    assert run(fake_line, lambda s: s.send(message)) is True  # both requests answered 409
    assert [r.status for r in fake_line.calls("/v2/bot/message/push")] == [200, 200, 409, 409]
    assert len(fake_line.messages_to(USER)) == 6


def test_a_retry_after_an_unknown_outcome_does_not_deliver_twice(
    fake_line: FakeLineApi,
) -> None:
    """The first try replied, then the worker died: the retry sees the token spent."""
    fake_line.bind_reply_token("tok-u", USER)
    first = outgoing([TextReply(f"{i}") for i in range(7)], token="tok-u")
    assert run(fake_line, lambda s: s.send(first)) is True
    retry = dataclasses.replace(first, uncertain=True)
    run(fake_line, lambda s: s.send(retry))
    assert fake_line.texts_to(USER) == [str(i) for i in range(7)]  # nothing twice
    assert [r.status for r in fake_line.calls("/v2/bot/message/reply")] == [200, 400]


def test_a_spent_token_without_doubt_is_pushed(fake_line: FakeLineApi) -> None:
    fake_line.reject_reply_token("tok-x")
    message = outgoing([TextReply("届いてほしい")], token="tok-x")
    assert run(fake_line, lambda s: s.send(message)) is True
    assert fake_line.texts_to(USER) == ["届いてほしい"]


def test_staff_messages_never_use_a_reply_token(fake_line: FakeLineApi) -> None:
    message = outgoing([TextReply("職員からです")], token="tok", kind="staff")
    run(fake_line, lambda s: s.send(message))
    assert [d.kind for d in fake_line.deliveries] == ["push"]


@pytest.mark.parametrize(
    ("status", "permanent"), [(429, False), (500, False), (503, False), (400, True), (403, True)]
)
def test_push_errors_are_temporary_or_permanent(
    fake_line: FakeLineApi, status: int, permanent: bool
) -> None:
    fake_line.fail_next(status=status, message="nope")
    with pytest.raises(SendError) as caught:
        run(fake_line, lambda s: s.send(outgoing([TextReply("こんにちは")], kind="staff")))
    assert caught.value.permanent is permanent
    assert str(status) in str(caught.value)


def test_a_reply_error_other_than_the_token_is_not_pushed(fake_line: FakeLineApi) -> None:
    fake_line.fail_next("/v2/bot/message/reply", status=500)
    with pytest.raises(SendError) as caught:
        run(fake_line, lambda s: s.send(outgoing([TextReply("こんにちは")], token="tok")))
    assert caught.value.permanent is False
    assert fake_line.calls("/v2/bot/message/push") == []


def test_an_unreachable_api_is_a_temporary_error(fake_line: FakeLineApi) -> None:
    with pytest.raises(SendError) as caught:
        run(
            fake_line,
            lambda s: s.send(outgoing([TextReply("こんにちは")], kind="staff")),
            url="http://127.0.0.1:9",
        )
    assert caught.value.permanent is False


def test_quota_reports_the_limit_and_the_pushes_used(fake_line: FakeLineApi) -> None:
    run(fake_line, lambda s: s.send(outgoing([TextReply("a"), TextReply("b")], kind="staff")))

    async def quota(sender: LineSender) -> Any:
        return await sender.quota()

    assert run(fake_line, quota) == Quota(limit=1000, used=2)
    fake_line.quota_limit = None
    assert run(fake_line, quota) == Quota(limit=None, used=2)
