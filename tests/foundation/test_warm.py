"""Start-up warm-up of long-running processes."""

from __future__ import annotations

import gc

from bot.runtime import Runtime
from bot.warm import warm_up


def test_warm_up_loads_the_extractor_and_freezes_the_heap(runtime: Runtime) -> None:
    try:
        warm_up(runtime)
        assert runtime.intake._extract is not None  # loaded now, not at the first event
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
