"""The worker: leftover inbox events, due outbox rows and scheduled jobs, in a loop.

Jobs (outreach follow-ups, retention purges …) are plain callables registered on
:data:`JOBS`; each takes the runtime and the time to act as, so ``--now`` drills work.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.runtime import Runtime
from intake.models import utcnow

log = logging.getLogger(__name__)

Job = Callable[[Runtime, datetime], Awaitable[int]]
JOBS: list[tuple[str, Job]] = []


def job(name: str) -> Callable[[Job], Job]:
    """Register a periodic job: ``@job("followups")``."""

    def register(fn: Job) -> Job:
        JOBS.append((name, fn))
        return fn

    return register


# A worker running alongside `serve` leaves events this fresh to the web process.
STRAGGLER_AGE = timedelta(seconds=15)


async def run_once(
    runtime: Runtime, now: datetime | None = None, *, older_than: timedelta = timedelta(0)
) -> dict[str, int]:
    """One pass: every job, then the inbox sweep and the outbox. Returns counts by name."""
    _load_jobs()
    counts: dict[str, int] = {}
    at = now or utcnow()
    for name, fn in JOBS:
        try:
            counts[name] = await fn(runtime, at)
        except Exception:
            log.exception("job %s failed; it runs again next pass", name)
            counts[name] = -1
    counts["sent"] = await runtime.sweep(now, older_than=older_than)
    return counts


async def run_forever(runtime: Runtime, interval: float = 5.0) -> None:
    while True:
        try:
            counts = await run_once(runtime, older_than=STRAGGLER_AGE)
            if any(counts.values()):
                log.info("worker pass: %s", counts)
        except Exception:  # e.g. the database is down: try again next pass
            log.exception("worker pass failed")
        await asyncio.sleep(interval)


def _load_jobs() -> None:
    """Import the modules that register jobs (kept lazy so imports stay cheap)."""
    import importlib

    for module in ("bot.outreach_jobs", "bot.retention"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
