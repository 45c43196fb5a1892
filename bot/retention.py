"""The worker's retention job (TSUNAGU_RETENTION_DAYS)."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from bot.runtime import Runtime
from bot.worker import job
from intake.db import transaction
from intake.retention import purge_closed_anonymous

log = logging.getLogger(__name__)


@job("retention")
async def purge(runtime: Runtime, now: datetime) -> int:
    days = runtime.settings.retention_days
    if days <= 0:
        return 0

    def run() -> tuple[int, int]:
        with transaction(runtime.factory) as session:
            return purge_closed_anonymous(session, now=now, days=days)

    cases, messages = await asyncio.to_thread(run)
    if cases:
        log.info("retention: purged %d closed anonymous cases (%d messages)", cases, messages)
    return cases
