"""Helpers for channel tests: recorded webhook bodies, LINE signing, bounded waiting."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tests.fakes.fixtures import LINE_SECRET, TELEGRAM_SECRET
from tests.fakes.line_api import FakeLineApi

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
T = TypeVar("T")


@contextmanager
def running(app: FastAPI) -> Iterator[TestClient]:
    """``TestClient(app)`` with its lifespan; afterwards the app's database pool is closed.

    (``create_app`` leaves its engine open; without this every test would keep its pooled
    PostgreSQL connections until garbage collection and a full run can exhaust the server.)
    """
    try:
        with TestClient(app) as client:
            yield client
    finally:
        app.state.runtime.engine.dispose()


def fixture(platform: str, name: str) -> dict[str, Any]:
    """A recorded webhook body (a fresh copy)."""
    return copy.deepcopy(json.loads((FIXTURES / platform / f"{name}.json").read_text("utf-8")))


def line_body(name: str, *, age: timedelta = timedelta(0), **event: Any) -> dict[str, Any]:
    """A LINE fixture with its events stamped ``age`` ago; ``event`` overrides top-level keys."""
    body = fixture("line", name)
    stamp = int((datetime.now(UTC) - age).timestamp() * 1000)
    for item in body["events"]:
        item["timestamp"] = stamp
        item.update(copy.deepcopy(event))
    return body


def sign(body: bytes, secret: str = LINE_SECRET) -> str:
    """As LINE signs: base64(HMAC-SHA256(channel secret, raw body))."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def post_line(
    client: TestClient,
    body: dict[str, Any] | bytes,
    fake: FakeLineApi | None = None,
    *,
    signature: str | None = None,
) -> Any:
    """POST a body to /webhooks/line, signed unless ``signature`` is given.

    With ``fake``, each event's reply token is bound to its user so the fake can tell
    whom a reply went to.
    """
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    if fake is not None and isinstance(body, dict):
        for event in body["events"]:
            source = event.get("source", {})
            target = source.get("groupId") or source.get("roomId") or source.get("userId")
            if event.get("replyToken") and target:
                fake.bind_reply_token(event["replyToken"], target)
    headers = {"Content-Type": "application/json; charset=utf-8"}
    headers["X-Line-Signature"] = sign(raw) if signature is None else signature
    return client.post("/webhooks/line", content=raw, headers=headers)


def post_telegram(
    client: TestClient, update: dict[str, Any], *, secret: str | None = TELEGRAM_SECRET
) -> Any:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return client.post("/webhooks/telegram", json=update, headers=headers)


def wait_for(check: Callable[[], T | None], *, timeout: float = 10.0, what: str = "it") -> T:
    """Poll ``check`` until it returns something truthy (bounded; fails with ``what``)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


def settle(client: TestClient) -> None:
    """Wait until the app's background tasks are done (nothing left to send)."""
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    wait_for(lambda: not runtime.tasks, what="background tasks")


def count(client: TestClient, model: Any, *where: Any) -> int:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    with runtime.factory() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
