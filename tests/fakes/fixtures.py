"""Pytest fixtures for the fake platform APIs (import them into a ``conftest.py``).

``fake_line`` / ``fake_telegram``: the process's fake server (started once, on first use),
reset before each test. Import just these two names into a ``conftest.py``.
``line_settings(db_url, tmp_path, fake_line)`` / ``telegram_settings(...)``: settings whose
channel points at the fake, with test secrets (:data:`LINE_SECRET`, :data:`TELEGRAM_SECRET`).
"""

from __future__ import annotations

import atexit
from pathlib import Path
from typing import Any

import pytest

from intake.settings import Settings
from tests.conftest import make_settings
from tests.fakes._http import FakeServer
from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegramApi

LINE_SECRET = "test-line-channel-secret"
TELEGRAM_SECRET = "test-telegram-secret-token_0123456789"


_servers: dict[str, FakeServer] = {}


def line_server() -> FakeLineApi:
    """The process's fake LINE API, started on first use (also usable without pytest)."""
    if "line" not in _servers:
        _servers["line"] = FakeLineApi().start()
        atexit.register(_servers["line"].close)
    server = _servers["line"]
    assert isinstance(server, FakeLineApi)
    return server


def telegram_server() -> FakeTelegramApi:
    """The process's fake Telegram Bot API, started on first use."""
    if "telegram" not in _servers:
        _servers["telegram"] = FakeTelegramApi().start()
        atexit.register(_servers["telegram"].close)
    server = _servers["telegram"]
    assert isinstance(server, FakeTelegramApi)
    return server


@pytest.fixture
def fake_line() -> FakeLineApi:
    """The fake LINE Messaging API, empty at the start of the test."""
    server = line_server()
    server.reset()
    return server


@pytest.fixture
def fake_telegram() -> FakeTelegramApi:
    """The fake Telegram Bot API, empty at the start of the test."""
    server = telegram_server()
    server.reset()
    return server


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
