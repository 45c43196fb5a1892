"""Structured logs: one JSON object per line, never message content or secrets.

Log calls in this project pass ids, counts and kinds — never what a resident wrote. As a
second line of defence, records whose arguments look like long free text are cut.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

_MAX_ARG = 120


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                (a[:_MAX_ARG] + "…") if isinstance(a, str) and len(a) > _MAX_ARG else a
                for a in record.args
            )
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


def setup(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The HTTP clients log full URLs, which contain the Telegram bot token.
    for noisy in ("httpx", "httpcore", "telegram", "urllib3", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
