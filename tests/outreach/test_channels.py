"""End to end through the fake LINE and Telegram servers.

Invite code → linked chat → the worker (``run_once`` at the follow-up's time) → a LINE
push carrying the outbox row's retry key / a Telegram ``sendMessage``. A worker killed
mid-send retries with the same key and LINE drops the duplicate.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.runtime import Runtime
from bot.worker import run_once
from intake.db import transaction
from intake.models import FollowUp, OutboxMessage, Resident
from intake.outbox import LEASE
from intake.outreach.invites import create_invite
from tests.channels.helpers import fixture, line_body, post_line, post_telegram, settle, wait_for
from tests.fakes.fixtures import line_settings, telegram_settings
from tests.fakes.line_api import FakeLineApi
from tests.fakes.telegram_api import FakeTelegramApi

LINE_USER = "U4af4980629a1b2c3d4e5f60718293a4b"
CHAT = "7301234567"


def _invite(runtime: Runtime) -> str:
    from intake.models import utcnow

    with transaction(runtime.factory) as session:
        return create_invite(
            session,
            municipality_id="daisen",
            label="A地区 訪問 11月",
            plan="standard",
            municipalities=["daisen"],
            plans=["standard"],
            now=utcnow(),
        ).code


def _due(runtime: Runtime) -> Any:
    with runtime.factory() as session:
        row = session.scalars(select(FollowUp).where(FollowUp.status == "scheduled")).one()
        return row.due_at


@pytest.fixture
def line_client(db_url: str, tmp_path: Path, fake_line: FakeLineApi) -> Iterator[TestClient]:
    app = create_app(line_settings(db_url, tmp_path, fake_line))
    with TestClient(app) as client:
        yield client


@pytest.fixture
def telegram_client(
    db_url: str, tmp_path: Path, fake_telegram: FakeTelegramApi
) -> Iterator[TestClient]:
    app = create_app(telegram_settings(db_url, tmp_path, fake_telegram))
    with TestClient(app) as client:
        yield client


def test_line_invite_to_follow_up_push_with_retry_key(
    line_client: TestClient, fake_line: FakeLineApi
) -> None:
    runtime: Runtime = line_client.app.state.runtime  # type: ignore[attr-defined]
    code = _invite(runtime)
    body = line_body("text")
    body["events"][0]["message"]["text"] = f"招待コード {code}"
    assert post_line(line_client, body, fake_line).status_code == 200
    wait_for(lambda: fake_line.texts_to(LINE_USER), what="the answer to the code")
    settle(line_client)
    with runtime.factory() as session:
        resident = session.scalars(select(Resident)).one()
        assert resident.invite_id is not None and resident.municipality_id == "daisen"
    answered = len(fake_line.deliveries)
    due = _due(runtime)
    portal = line_client.portal  # type: ignore[attr-defined]
    before = portal.call(run_once, runtime, due - timedelta(minutes=1))
    assert before["followups"] == 0 and len(fake_line.deliveries) == answered
    counts = portal.call(run_once, runtime, due)
    assert counts["followups"] == 1 and counts["sent"] == 1
    push = fake_line.calls("/v2/bot/message/push")[-1]
    assert push.body["to"] == LINE_USER
    assert "返信はいりません" in push.body["messages"][0]["text"]
    assert "「停止」" in push.body["messages"][0]["text"]
    with runtime.factory() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "followup")).one()
    assert push.header("x-line-retry-key") == row.retry_key
    assert (row.status, row.used_push) == ("sent", True)
    # A second pass at the same time sends nothing more.
    assert portal.call(run_once, runtime, due + timedelta(minutes=5))["sent"] == 0
    assert len(fake_line.deliveries) == answered + 1


def test_a_worker_killed_mid_send_duplicates_nothing_on_line(
    line_client: TestClient, fake_line: FakeLineApi
) -> None:
    runtime: Runtime = line_client.app.state.runtime  # type: ignore[attr-defined]
    code = _invite(runtime)
    body = line_body("text")
    body["events"][0]["message"]["text"] = f"招待コード {code}"
    post_line(line_client, body, fake_line)
    wait_for(lambda: fake_line.texts_to(LINE_USER), what="the answer to the code")
    settle(line_client)
    due = _due(runtime)
    answered = len(fake_line.deliveries)
    portal = line_client.portal  # type: ignore[attr-defined]

    # The worker queued the follow-up, pushed it, and died before recording "sent".
    from bot.outreach_jobs import queue_followups

    (outbox_id,) = queue_followups(runtime, due).queued
    dispatcher = runtime.dispatcher_at(due)
    (claimed,) = dispatcher._claim(outbox_id)
    portal.call(runtime.senders["line"].send, claimed)  # delivered; then the crash
    assert len(fake_line.deliveries) == answered + 1

    # The next worker finds the expired lease and retries with the same key: LINE says 409.
    later = due + LEASE + timedelta(seconds=1)
    counts = portal.call(run_once, runtime, later)
    assert counts["sent"] == 1
    assert len(fake_line.deliveries) == answered + 1
    pushes = fake_line.calls("/v2/bot/message/push")
    assert [p.status for p in pushes[-2:]] == [200, 409]
    assert pushes[-1].header("x-line-retry-key") == pushes[-2].header("x-line-retry-key")
    with runtime.factory() as session:
        assert session.get(OutboxMessage, outbox_id).status == "sent"  # type: ignore[union-attr]


def test_telegram_start_code_to_follow_up_send_message(
    telegram_client: TestClient, fake_telegram: FakeTelegramApi
) -> None:
    runtime: Runtime = telegram_client.app.state.runtime  # type: ignore[attr-defined]
    code = _invite(runtime)
    update = fixture("telegram", "start_invite")
    update["message"]["text"] = f"/start {code}"
    assert post_telegram(telegram_client, update).status_code == 200
    wait_for(lambda: fake_telegram.texts_to(CHAT), what="the greeting")
    settle(telegram_client)
    with runtime.factory() as session:
        resident = session.scalars(select(Resident)).one()
        assert resident.invite_id is not None
    greeted = len(fake_telegram.texts_to(CHAT))
    due = _due(runtime)
    portal = telegram_client.portal  # type: ignore[attr-defined]
    counts = portal.call(run_once, runtime, due)
    assert counts["followups"] == 1 and counts["sent"] == 1
    texts = fake_telegram.texts_to(CHAT)
    assert len(texts) == greeted + 1
    assert "返信はいりません" in texts[-1] and "「緊急」" in texts[-1]

    # /stop through Telegram: confirmed once, and nothing more is sent.
    stop = fixture("telegram", "stop")
    post_telegram(telegram_client, stop)
    wait_for(lambda: len(fake_telegram.texts_to(CHAT)) > greeted + 1, what="the confirmation")
    settle(telegram_client)
    confirmations = [
        t for t in fake_telegram.texts_to(CHAT) if "こちらからメッセージを送ることはしません" in t
    ]
    assert len(confirmations) == 1
    with runtime.factory() as session:
        assert [f.status for f in session.scalars(select(FollowUp).order_by(FollowUp.id))] == [
            "sent",
            "cancelled",
        ]
    n = len(fake_telegram.texts_to(CHAT))
    for days in (7, 30, 60):
        portal.call(run_once, runtime, due + timedelta(days=days))
    assert len(fake_telegram.texts_to(CHAT)) == n


def test_telegram_link_name_comes_from_get_me(
    db_url: str, tmp_path: Path, fake_telegram: FakeTelegramApi
) -> None:
    from intake.outreach.invites import channel_names
    from tests.fakes.telegram_api import BOT_USERNAME

    settings = telegram_settings(db_url, tmp_path, fake_telegram)
    assert channel_names(settings)[1] == BOT_USERNAME


def test_line_basic_id_comes_from_bot_info(
    db_url: str, tmp_path: Path, fake_line: FakeLineApi
) -> None:
    from intake.outreach.invites import channel_names

    settings = line_settings(db_url, tmp_path, fake_line)
    assert channel_names(settings)[0] == "@123abcde"
