"""SIGKILL the server in the middle of load, restart it: every accepted event is processed
exactly once and every reply sent exactly once.

A real ``tsunagu serve`` runs in a subprocess (two workers on PostgreSQL) against the fake
LINE API; after the restart a ``tsunagu worker`` runs beside it, as deployed. Events that
were not acknowledged when it died are redelivered, as LINE does.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.runtime import build_runtime
from intake.models import InboxEvent, Message, Resident
from tests.channels.helpers import line_body, sign, wait_for
from tests.conftest import TEST_SECRET, make_settings
from tests.fakes.fixtures import LINE_SECRET
from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi

pytestmark = pytest.mark.slow
TSUNAGU = str(Path(sys.executable).with_name("tsunagu"))
RESIDENTS, PER_RESIDENT = 8, 5


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(db_url: str, fake: FakeLineApi) -> dict[str, str]:
    return {
        **os.environ,
        "TSUNAGU_DATABASE_URL": db_url,
        "TSUNAGU_SECRET_KEY": TEST_SECRET,
        "TSUNAGU_LINE_CHANNEL_SECRET": LINE_SECRET,
        "TSUNAGU_LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "TSUNAGU_LINE_API_BASE_URL": fake.url,
        "TSUNAGU_MUNICIPALITIES": "daisen",
        "TSUNAGU_SEND_LEASE_SECONDS": "2",
    }


def _worker(db_url: str, fake: FakeLineApi) -> subprocess.Popen[bytes]:
    """``tsunagu worker``, as deployed beside the server: it retries what a dead process
    had claimed once its lease runs out (the server's own start-up sweep runs only once)."""
    return subprocess.Popen(
        [TSUNAGU, "worker", "--interval", "1"],
        env=_env(db_url, fake),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _serve(db_url: str, fake: FakeLineApi, port: int, workers: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [TSUNAGU, "serve", "--port", str(port), "--workers", str(workers)],
        env=_env(db_url, fake),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )

    def healthy() -> bool:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    # Each worker builds the extractor and warms it up before it answers; on a machine
    # busy with other jobs that alone has taken more than 30 s.
    try:
        wait_for(healthy, timeout=90, what="tsunagu serve")
    except BaseException:
        # A server that never came up must not outlive the test: its supervisor would
        # keep restarting workers against a database the fixture has dropped.
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    return proc


def _event(user: str, n: int) -> dict[str, Any]:
    return line_body(
        "text",
        source={"type": "user", "userId": user},
        webhookEventId=uuid.uuid4().hex.upper()[:26],
        replyToken=f"kill-{user}-{n}",
        message={
            "id": str(n),
            "type": "text",
            "quoteToken": "q",
            "text": f"{n}回目：母の介護のこと",
        },
    )


def _post(port: int, body: dict[str, Any]) -> int:
    raw = json.dumps(body, ensure_ascii=False).encode()
    try:
        return httpx.post(
            f"http://127.0.0.1:{port}/webhooks/line",
            content=raw,
            timeout=10,
            headers={"Content-Type": "application/json", "X-Line-Signature": sign(raw)},
        ).status_code
    except httpx.HTTPError:
        return 0  # the server died under us: LINE will redeliver


def test_killed_server_loses_nothing_and_duplicates_nothing(
    db_url: str, tmp_path: Path, fake_line: FakeLineApi
) -> None:
    workers = 2 if db_url.startswith("postgresql") else 1
    users = [f"U{uuid.uuid4().hex}" for _ in range(RESIDENTS)]
    # Each resident's messages in order; residents interleaved, as real traffic is.
    events = [_event(u, n) for n in range(PER_RESIDENT) for u in users]
    for body in events:
        ev = body["events"][0]
        fake_line.bind_reply_token(ev["replyToken"], ev["source"]["userId"])

    port = _free_port()
    server = _serve(db_url, fake_line, port, workers)
    worker: subprocess.Popen[bytes] | None = None
    acked: dict[int, int] = {}
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = {i: pool.submit(_post, port, body) for i, body in enumerate(events)}
            time.sleep(0.05)
            while sum(f.done() for f in futures.values()) < len(events) // 3:
                time.sleep(0.01)
            os.killpg(server.pid, signal.SIGKILL)  # mid-load, mid-processing, mid-send
            server.wait(timeout=10)
            acked = {i: f.result() for i, f in futures.items()}
        assert 0 < sum(code == 200 for code in acked.values()) < len(events)

        server = _serve(db_url, fake_line, port, workers)
        worker = _worker(db_url, fake_line)
        for i, body in enumerate(events):  # LINE redelivers what was not acknowledged
            if acked[i] != 200:
                body["events"][0]["deliveryContext"] = {"isRedelivery": True}
                assert _post(port, body) == 200

        tokens = {body["events"][0]["replyToken"] for body in events}
        wait_for(
            lambda: {d.reply_token for d in fake_line.deliveries if d.kind == "reply"} >= tokens,
            timeout=120,  # a busy CI machine: the restarted workers first warm up
            what="a reply to every event",
        )
        time.sleep(2.5)  # one more lease: anything left to retry would show up now
    finally:
        if worker is not None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=20)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)

    replies = Counter(d.reply_token for d in fake_line.deliveries if d.kind == "reply")
    assert set(replies) == tokens and max(replies.values()) == 1
    assert [d for d in fake_line.deliveries if d.kind == "push"] == []

    runtime = build_runtime(make_settings(db_url, tmp_path))
    try:
        with runtime.factory() as session:
            inbox = session.scalars(select(InboxEvent)).all()
            assert len(inbox) == len(events) and {e.status for e in inbox} == {"done"}
            for user in users:
                resident = session.scalars(
                    select(Resident).where(Resident.user_hash == _hash(runtime, user))
                ).one()
                incoming = session.scalars(
                    select(Message.text)
                    .where(Message.resident_id == resident.id, Message.direction == "in")
                    .order_by(Message.id)
                ).all()
                # Each message exactly once. (A message refused by the dying server and
                # redelivered later may land after a newer one, as it would from LINE.)
                assert sorted(incoming) == [f"{n}回目：母の介護のこと" for n in range(PER_RESIDENT)]
    finally:
        runtime.engine.dispose()


def _hash(runtime: Any, user: str) -> str:
    from intake.residents import user_hash

    return user_hash("line", user)
