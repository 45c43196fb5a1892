"""The worker's outreach job: due follow-ups → outbox rows (sent by the same pass).

``tsunagu worker --once --now ISO`` runs it as if at that time; the runtime's sweep that
follows sends the rows it queued (LINE push with ``X-Line-Retry-Key``, Telegram
``sendMessage``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from bot.runtime import Runtime
from bot.worker import job
from intake.outreach.config import current_config
from intake.outreach.sender import RunResult, run_due

log = logging.getLogger(__name__)


def queue_followups(runtime: Runtime, now: datetime) -> RunResult:
    return run_due(
        runtime.factory,
        current_config(runtime.settings.var_dir),
        now=now,
        tz=runtime.settings.tz,
        directory=runtime.intake.directory,
    )


@job("followups")
async def followups(runtime: Runtime, now: datetime) -> int:
    result = await asyncio.to_thread(queue_followups, runtime, now)
    if result.queued or result.cancelled:
        log.info(
            "follow-ups: %d queued, %d moved to later, %d held (LINE budget), %d cancelled",
            len(result.queued),
            result.moved,
            result.held,
            result.cancelled,
        )
    return len(result.queued)
