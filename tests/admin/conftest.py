"""Fixtures for the admin tests: an app on each database backend, staff, cases, sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from admin import accounts
from bot.app import create_app
from intake.settings import Settings
from tests.admin.helpers import make_staff
from tests.fakes import fixtures as _fakes

# The fake LINE API's fixtures, for the browser test (helpers it needs come along).
fake_line = _fakes.fake_line
if hasattr(_fakes, "_fake_line_server"):
    _fake_line_server = _fakes._fake_line_server


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with tiny parameters: the tests check logic, not hash strength."""
    monkeypatch.setattr(
        accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings, channels=[])
    yield application
    application.state.runtime.engine.dispose()


@pytest.fixture
def factory(app: FastAPI) -> sessionmaker[Session]:
    return app.state.runtime.factory  # type: ignore[no-any-return]


@pytest.fixture
def outbox_calls(app: FastAPI) -> list[int]:
    """Outbox ids the admin asked to send now (instead of sending them)."""
    calls: list[int] = []
    app.state.admin.on_outbox = calls.append
    return calls


@pytest.fixture
def client(app: FastAPI, outbox_calls: list[int]) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def people(factory: sessionmaker[Session]) -> dict[str, Any]:
    """A small office: daisen and nagai staff of every role, one with both towns."""
    return {
        "daisen_staff": make_staff(factory, "大仙 相談員", "staff", ["daisen"]),
        "nagai_staff": make_staff(factory, "長井 相談員", "staff", ["nagai"]),
        "nagai_staff2": make_staff(factory, "長井 二号", "staff", ["nagai"]),
        "nagai_outreach": make_staff(factory, "長井 訪問員", "outreach", ["nagai"]),
        "nagai_coord": make_staff(factory, "長井 協働", "coordinator", ["nagai"]),
        "daisen_coord": make_staff(factory, "大仙 協働", "coordinator", ["daisen"]),
    }
