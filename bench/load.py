"""Load benchmark: simulated residents send signed LINE webhooks to a running server.

    .venv/bin/python bench/load.py                 # PostgreSQL if it answers, 2 server workers
    .venv/bin/python bench/load.py --events 4000 --residents 400 --concurrency 32

It starts a fake LINE Messaging API (bench/line_counter.py, its own process), a fresh
database, ``tsunagu serve --workers N`` and one ``tsunagu worker`` pointed at both; sends
the events; waits until every event has been answered; and prints events per second, ack
latency p50/p95/p99, replies received, events processed per second end to end (the backlog
left when the last event is acknowledged counts), lost and duplicated. In the same run it
measures a bare FastAPI endpoint that only verifies the signature (bench/bare_app.py) with
the same load, and prints the ratio. Everything shares this machine's CPUs.
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
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import aiohttp
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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
) -> tuple[list[float], Counter[str], float]:
    """POST every body with at most ``concurrency`` in flight; return ack latencies (ms).

    A refused or failed request is sent again later, as LINE redelivers.
    """
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    queue: asyncio.Queue[tuple[bytes, str]] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait((body, sign(body)))
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as client:

        async def worker() -> None:
            while not queue.empty():
                body, signature = queue.get_nowait()
                start = time.perf_counter()
                try:
                    async with client.post(
                        url,
                        data=body,
                        headers={"content-type": "application/json", "x-line-signature": signature},
                    ) as response:
                        await response.read()
                        status = response.status
                except aiohttp.ClientError as exc:
                    statuses[type(exc).__name__] += 1
                    queue.put_nowait((body, signature))
                    await asyncio.sleep(0.1)
                    continue
                latencies.append((time.perf_counter() - start) * 1000)
                statuses[str(status)] += 1
                if status != 200:
                    queue.put_nowait((body, signature))

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, statuses, elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_server(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    log = open(ROOT / "var" / "bench-server.log", "ab")  # noqa: SIM115 - lives with the process
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=log)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def counts(fake_url: str) -> dict[str, int]:
    return dict(httpx.get(f"{fake_url}/stats", timeout=5).json())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--residents", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", choices=["postgresql", "sqlite"], default=None)
    parser.add_argument("--wait", type=float, default=180, help="seconds to wait for replies")
    parser.add_argument("--keep-database", action="store_true", help="keep it for a look")
    args = parser.parse_args()

    kind = args.database or ("postgresql" if postgres_answers() else "sqlite")
    workers = args.workers if kind == "postgresql" else 1
    (ROOT / "var").mkdir(exist_ok=True)
    fake_port = free_port()
    fake_url = f"http://127.0.0.1:{fake_port}"
    fake = run_server(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.line_counter:app",
            "--port",
            str(fake_port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        dict(os.environ),
    )
    db_url = fresh_database(kind)
    port = free_port()
    env = {
        **os.environ,
        "TSUNAGU_DATABASE_URL": db_url,
        "TSUNAGU_SECRET_KEY": "bench-secret-key-0123456789",
        "TSUNAGU_LINE_CHANNEL_SECRET": SECRET,
        "TSUNAGU_LINE_CHANNEL_ACCESS_TOKEN": "bench-access-token",
        "TSUNAGU_LINE_API_BASE_URL": fake_url,
        "TSUNAGU_MUNICIPALITIES": "daisen",
        "BENCH_LINE_SECRET": SECRET,
    }
    tsunagu = str(Path(sys.executable).with_name("tsunagu"))
    subprocess.run(
        [tsunagu, "db", "upgrade"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    users = [f"U{uuid.uuid4().hex}" for _ in range(args.residents)]
    plan = [
        event_body(users[i % len(users)], random.choice(MESSAGES), uuid.uuid4().hex)
        for i in range(args.events)
    ]
    print(
        f"tsunagu load benchmark: {args.events} events from {args.residents} residents, "
        f"{args.concurrency} in flight, {kind}, {workers} server worker(s), "
        f"{os.cpu_count()} CPUs shared with the load generator and the fake LINE API"
    )
    server = run_server([tsunagu, "serve", "--port", str(port), "--workers", str(workers)], env)
    worker = run_server([tsunagu, "worker", "--interval", "1"], env)  # as in production
    try:
        wait_healthy(f"{fake_url}/stats", fake)
        wait_healthy(f"http://127.0.0.1:{port}/healthz", server)
        latencies, statuses, elapsed = asyncio.run(
            blast(f"http://127.0.0.1:{port}/webhooks/line", plan, args.concurrency)
        )
        sent_done = time.monotonic()
        seen = counts(fake_url)
        while time.monotonic() < sent_done + args.wait:
            seen = counts(fake_url)
            if seen["replies"] + seen["pushes"] >= args.events:
                break
            time.sleep(0.25)
        drained = time.monotonic() - sent_done
    finally:
        stop(server)
        stop(worker)

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
            "--no-access-log",
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
        stop(fake)
    if args.keep_database:
        print(f"database kept: {db_url}")
    else:
        drop_database(db_url)

    eps, bare_eps = args.events / elapsed, args.events / bare_elapsed
    answered = seen["replies"] + seen["pushes"]
    print(f"acknowledged:      {dict(statuses)} in {elapsed:.1f} s")
    print(
        f"events per second: {eps:.0f}   bare signature check: {bare_eps:.0f}   "
        f"ratio {eps / bare_eps:.2f}"
    )
    print(
        f"ack latency ms:    p50 {percentile(latencies, 50):.1f}  "
        f"p95 {percentile(latencies, 95):.1f}  p99 {percentile(latencies, 99):.1f}   "
        f"(bare p50 {percentile(bare_lat, 50):.1f}  p99 {percentile(bare_lat, 99):.1f})"
    )
    print(
        f"replies received:  {answered} of {args.events} events "
        f"({seen['replies']} by reply token, {seen['pushes']} pushes); "
        f"last one {drained:.1f} s after the last event was acknowledged"
    )
    # Acknowledging faster than processing only grows a backlog: show both rates.
    print(
        f"end to end:        {answered} answered {elapsed + drained:.1f} s after the first "
        f"event was sent: {answered / (elapsed + drained):.0f} events/s processed"
    )
    print(f"lost: {max(args.events - answered, 0)}   duplicated: {seen['token_reuse']}")


if __name__ == "__main__":
    main()
