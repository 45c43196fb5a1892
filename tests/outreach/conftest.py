"""Outreach tests use the fake LINE and Telegram APIs for the end-to-end channel tests."""

from tests.fakes.fixtures import (  # noqa: F401
    _fake_line_server,
    _fake_telegram_server,
    fake_line,
    fake_telegram,
)
