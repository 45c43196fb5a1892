"""Load benchmark: simulated residents send signed LINE webhooks to a running server.

    .venv/bin/python bench/load.py                 # PostgreSQL if it answers, 2 server workers
    .venv/bin/python bench/load.py --events 4000 --residents 400 --concurrency 64

It starts a fake LINE Messaging API (the one the tests use), a fresh database, then
``tsunagu serve --workers N`` pointed at both; sends the events; waits until every event
has been answered; and prints events per second, ack latency p50/p95/p99, replies received,
lost and duplicated. In the same run it measures a bare FastAPI endpoint that only verifies
the signature (bench/bare_app.py) with the same load, and prints the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.line_api import ACCESS_TOKEN, FakeLineApi  # noqa: E402

SECRET = "bench-channel-secret"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
MESSAGES = [
    "母の介護のことで相談したいです",
    "子どもが学校に行きたがりません",
    "仕事をなくして家賃が払えません",
    "最近眠れなくて、食欲もないです",
    "息子に障害があり、就労について知りたい",
    "誰とも話さない日が続いています",
    "こんにちは",
    "ありがとうございました",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sign(body: bytes) -> str:
    return base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()


def event_body(user: str, text: str, token: str) -> bytes:
    now = int(time.time() * 1000)
    body = {
        "destination": "Ubench0000000000000000000000000000",
        "events": [
            {
                "type": "message",
                "mode": "active",
                "timestamp": now,
                "source": {"type": "user", "userId": user},
                "webhookEventId": uuid.uuid4().hex.upper()[:26],
                "deliveryContext": {"isRedelivery": False},
                "replyToken": token,
                "message": {
                    "id": str(random.randrange(10**17, 10**18)),
                    "type": "text",
                    "quoteToken": "q" + uuid.uuid4().hex,
                    "text": text,
                },
            }
        ],
    }
    return json.dumps(body, ensure_ascii=False).encode()


def fresh_database(kind: str) -> str:
    if kind == "sqlite":
        path = ROOT / "var" / f"bench-{uuid.uuid4().hex[:8]}.sqlite3"
        path.parent.mkdir(exist_ok=True)
        return f"sqlite:///{path}"
    from sqlalchemy import text

    from intake.db import make_engine

    name = f"tsunagu_bench_{uuid.uuid4().hex[:8]}"
    engine = make_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return POSTGRES.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    from sqlalchemy import text

    from intake.db import make_engine

    engine = make_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    engine.dispose()


def postgres_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code in (200, 404, 405):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server not up after {timeout}s")


async def blast(
    url: str, bodies: list[bytes], concurrency: int
) -> tuple[list[float], Counter[int], float]:
    """POST every body with at most ``concurrency`` in flight; return ack latencies (ms)."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def worker() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                start = time.perf_counter()
                response = await client.post(
                    url,
                    content=body,
                    headers={"content-type": "application/json", "x-line-signature": sign(body)},
                )
                latencies.append((time.perf_counter() - start) * 1000)
                statuses[response.status_code] += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, statuses, elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_server(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default=None)
    parser.add_argument("--wait", type=float, default=180, help="seconds to wait for replies")
    args = parser.parse_args()

    kind = args.database or ("postgresql" if postgres_answers() else "sqlite")
    workers = args.workers if kind == "postgresql" else 1
    fake = FakeLineApi().start()
    db_url = fresh_database(kind)
    port = free_port()
    env = {
        **os.environ,
        "TSUNAGU_DATABASE_URL": db_url,
        "TSUNAGU_SECRET_KEY": "bench-secret-key-0123456789",
        "TSUNAGU_LINE_CHANNEL_SECRET": SECRET,
        "TSUNAGU_LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "TSUNAGU_LINE_API_BASE_URL": fake.url,
        "TSUNAGU_MUNICIPALITIES": "daisen",
        "BENCH_LINE_SECRET": SECRET,
    }
    tsunagu = str(Path(sys.executable).with_name("tsunagu"))
    subprocess.run(
        [tsunagu, "db", "upgrade"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )

    users = [f"U{uuid.uuid4().hex}" for _ in range(args.residents)]
    plan = []
    for i in range(args.events):
        user = users[i % len(users)]
        token = uuid.uuid4().hex
        fake.bind_reply_token(token, user)
        plan.append(event_body(user, random.choice(MESSAGES), token))

    print(
        f"tsunagu load benchmark: {args.events} events from {args.residents} residents, "
        f"{args.concurrency} in flight, {kind}, {workers} server worker(s)"
    )
    server = run_server([tsunagu, "serve", "--port", str(port), "--workers", str(workers)], env)
    try:
        wait_healthy(f"http://127.0.0.1:{port}/healthz", server)
        latencies, statuses, elapsed = asyncio.run(
            blast(f"http://127.0.0.1:{port}/webhooks/line", plan, args.concurrency)
        )
        deadline = time.monotonic() + args.wait
        while time.monotonic() < deadline:
            with fake.lock:
                answered = {d.reply_token for d in fake.deliveries if d.kind == "reply"}
                pushes = sum(1 for d in fake.deliveries if d.kind == "push")
            if len(answered) + pushes >= args.events:
                break
            time.sleep(0.5)
        drained = time.monotonic() - (deadline - args.wait)
    finally:
        stop(server)
    with fake.lock:
        reply_calls = [r for r in fake.requests if r.path.endswith("/message/reply")]
        token_uses = Counter(str((r.body or {}).get("replyToken")) for r in reply_calls)
        answered = {d.reply_token for d in fake.deliveries if d.kind == "reply"}
        pushes = sum(1 for d in fake.deliveries if d.kind == "push")
    duplicated = sum(n - 1 for n in token_uses.values() if n > 1)
    lost = max(args.events - len(answered) - pushes, 0)
    eps = args.events / elapsed

    bare_port = free_port()
    bare = run_server(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.bare_app:app",
            "--port",
            str(bare_port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env,
    )
    try:
        wait_healthy(f"http://127.0.0.1:{bare_port}/", bare)
        bare_lat, _, bare_elapsed = asyncio.run(
            blast(f"http://127.0.0.1:{bare_port}/webhooks/line", plan, args.concurrency)
        )
    finally:
        stop(bare)
    fake.close()
    drop_database(db_url)
    bare_eps = args.events / bare_elapsed

    print(f"acknowledged:        {dict(statuses)} in {elapsed:.1f} s")
    print(
        f"events per second:   {eps:.0f}  (bare signature check: {bare_eps:.0f}; "
        f"ratio {eps / bare_eps:.2f})"
    )
    print(
        f"ack latency ms:      p50 {percentile(latencies, 50):.1f}  "
        f"p95 {percentile(latencies, 95):.1f}  p99 {percentile(latencies, 99):.1f}  "
        f"(bare p50 {percentile(bare_lat, 50):.1f}  p99 {percentile(bare_lat, 99):.1f})"
    )
    print(
        f"replies received:    {len(answered)} by reply token + {pushes} pushes "
        f"for {args.events} events (all answered {drained:.1f} s after the first event)"
    )
    print(f"lost: {lost}   duplicated: {duplicated}   mean ack {statistics.mean(latencies):.1f} ms")


if __name__ == "__main__":
    main()
