"""Pytest fixtures for the fake platform APIs (import them into a ``conftest.py``).

``fake_line`` / ``fake_telegram``: the session's fake server, reset before each test.
``line_settings(db_url, tmp_path, fake_line)`` / ``telegram_settings(...)``: settings whose
channel points at the fake, with test secrets (:data:`LINE_SECRET`, :data:`TELEGRAM_SECRET`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.settings import Settings
from tests.conftest import make_settings
from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegramApi

LINE_SECRET = "test-line-channel-secret"
TELEGRAM_SECRET = "test-telegram-secret-token_0123456789"


@pytest.fixture(scope="session")
def _fake_line_server() -> Iterator[FakeLineApi]:
    server = FakeLineApi()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def _fake_telegram_server() -> Iterator[FakeTelegramApi]:
    server = FakeTelegramApi()
    server.start()
    yield server
    server.close()


@pytest.fixture
def fake_line(_fake_line_server: FakeLineApi) -> FakeLineApi:
    """The fake LINE Messaging API, empty at the start of the test."""
    _fake_line_server.reset()
    return _fake_line_server


@pytest.fixture
def fake_telegram(_fake_telegram_server: FakeTelegramApi) -> FakeTelegramApi:
    """The fake Telegram Bot API, empty at the start of the test."""
    _fake_telegram_server.reset()
    return _fake_telegram_server


def line_settings(db_url: str, tmp_path: Path, fake: FakeLineApi, **overrides: Any) -> Settings:
    """Settings with LINE (only) pointing at ``fake``."""
    values: dict[str, Any] = {
        "line_channel_secret": LINE_SECRET,
        "line_channel_access_token": ACCESS_TOKEN,
        "line_api_base_url": fake.url,
    }
    values.update(overrides)
    return make_settings(db_url, tmp_path, **values)


def telegram_settings(
    db_url: str, tmp_path: Path, fake: FakeTelegramApi, **overrides: Any
) -> Settings:
    """Settings with Telegram (only) pointing at ``fake``."""
    values: dict[str, Any] = {
        "telegram_bot_token": BOT_TOKEN,
        "telegram_secret_token": TELEGRAM_SECRET,
        "telegram_api_base_url": fake.url,
    }
    values.update(overrides)
    return make_settings(db_url, tmp_path, **values)
