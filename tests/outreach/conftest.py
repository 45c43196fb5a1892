"""Outreach tests use the fake LINE and Telegram APIs for the end-to-end channel tests."""

from tests.fakes.fixtures import fake_line, fake_telegram  # noqa: F401
