"""Hostile input at the webhooks: a clear 4xx or a gentle reply, never a 500 or half an event.

Hypothesis fuzzes signed LINE bodies and Telegram updates of every JSON shape; the
table below pins each class of bad input the issue names.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.app import create_app
from intake.models import InboxEvent, Message
from tests.channels.helpers import (
    count,
    line_body,
    post_line,
    post_telegram,
    running,
    sign,
    wait_for,
)
from tests.fakes.fixtures import line_settings, telegram_settings
from tests.fakes.line_api import FakeLineApi
from tests.fakes.telegram_api import FakeTelegramApi

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
EVENT_TYPES = st.sampled_from(
    [
        "message",
        "follow",
        "unfollow",
        "postback",
        "unsend",
        "join",
        "memberJoined",
        "videoPlayComplete",
        "beacon",
        "accountLink",
        "things",
        "bogus",
        "",
    ]
)
LINE_EVENT = st.fixed_dictionaries(
    {"type": EVENT_TYPES},
    optional={
        "webhookEventId": st.text(max_size=30) | st.integers(),
        "replyToken": st.text(max_size=40) | st.none(),
        "timestamp": st.integers() | st.text(max_size=5),
        "mode": st.sampled_from(["active", "standby"]) | st.text(max_size=5),
        "source": st.fixed_dictionaries(
            {"type": st.sampled_from(["user", "group", "room", "x"])},
            optional={"userId": st.text(max_size=40), "groupId": st.text(max_size=10)},
        )
        | JSON,
        "message": st.fixed_dictionaries(
            {"type": st.sampled_from(["text", "sticker", "image", "audio", "x"])},
            optional={
                "id": st.text(max_size=10),
                "text": st.text(max_size=300),
                "quoteToken": st.text(max_size=10),
            },
        )
        | JSON,
        "deliveryContext": st.fixed_dictionaries({"isRedelivery": st.booleans() | JSON}),
        "postback": st.fixed_dictionaries({"data": st.text(max_size=300)}) | JSON,
    },
)
LINE_BODY = (
    st.fixed_dictionaries(
        {"destination": st.text(max_size=40), "events": st.lists(LINE_EVENT, max_size=3) | JSON}
    )
    | JSON
)


@pytest.fixture
def line_client(db_url: str, tmp_path: Path, fake_line: FakeLineApi) -> Iterator[TestClient]:
    with running(create_app(line_settings(db_url, tmp_path, fake_line))) as client:
        yield client


@pytest.fixture
def telegram_client(
    db_url: str, tmp_path: Path, fake_telegram: FakeTelegramApi
) -> Iterator[TestClient]:
    with running(create_app(telegram_settings(db_url, tmp_path, fake_telegram))) as client:
        yield client


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=LINE_BODY)
@example(body={"events": [{"type": "message", "webhookEventId": "x", "source": 1.0}]})
@example(body={"events": [{"type": "follow", "webhookEventId": "y", "source": {"type": []}}]})
def test_fuzzed_signed_line_bodies_never_500(line_client: TestClient, body: Any) -> None:
    before = count(line_client, InboxEvent)
    raw = json.dumps(body, ensure_ascii=False).encode()
    response = line_client.post(
        "/webhooks/line",
        content=raw,
        headers={"Content-Type": "application/json", "X-Line-Signature": sign(raw)},
    )
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        assert count(line_client, InboxEvent) == before  # nothing half-stored


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    update=JSON
    | st.fixed_dictionaries(
        {"update_id": st.integers(min_value=-(2**31), max_value=2**31)},
        optional={
            "message": JSON,
            "callback_query": JSON,
            "my_chat_member": JSON,
            "edited_message": JSON,
        },
    )
)
def test_fuzzed_telegram_updates_never_500(telegram_client: TestClient, update: Any) -> None:
    before = count(telegram_client, InboxEvent)
    response = post_telegram(telegram_client, update)
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        assert count(telegram_client, InboxEvent) == before


@pytest.mark.parametrize(
    ("raw", "content_type", "status"),
    [
        (b"{not json", "application/json", 400),
        (b"\xff\xfe\x00garbage", "application/json", 400),
        (b'{"destination": "x", "events": {"not": "a list"}}', "application/json", 400),
        (b'{"destination": "x", "events": [42, "text"]}', "application/json", 400),
        (b'{"destination": "x", "events": []}', "text/plain", 415),
    ],
)
def test_malformed_line_bodies_get_a_clear_4xx(
    line_client: TestClient, raw: bytes, content_type: str, status: int
) -> None:
    response = line_client.post(
        "/webhooks/line",
        content=raw,
        headers={"Content-Type": content_type, "X-Line-Signature": sign(raw)},
    )
    assert response.status_code == status
    assert count(line_client, InboxEvent) == 0


def test_an_oversized_body_is_413_before_anything_is_read(line_client: TestClient) -> None:
    raw = b'{"events": [' + b" " * 1_100_000 + b"]}"
    response = line_client.post(
        "/webhooks/line",
        content=raw,
        headers={"Content-Type": "application/json", "X-Line-Signature": sign(raw)},
    )
    assert response.status_code == 413
    assert count(line_client, InboxEvent) == 0


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("long", "母の介護で困っています。" * 416),  # 5,000 characters
        ("emoji", "😭😭😭🙏🙏"),
        ("control", "助けて\x00\x07\x1b[31m\u202e\ufeff お金がない"),
    ],
)
def test_odd_texts_get_a_gentle_answer(
    line_client: TestClient, fake_line: FakeLineApi, name: str, text: str
) -> None:
    user = f"U-odd-{name}"
    body = line_body(
        "text",
        source={"type": "user", "userId": user},
        webhookEventId=f"01ODD{name.upper():0<21}",
        replyToken=f"odd-{name}",
        message={"id": "1", "type": "text", "quoteToken": "q", "text": text},
    )
    assert post_line(line_client, body, fake_line).status_code == 200
    texts = wait_for(lambda: fake_line.texts_to(user), what="a reply")
    assert all(t.strip() for t in texts)
    assert count(line_client, Message) >= 2  # the resident's text and the answer, kept
