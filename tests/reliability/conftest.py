"""Reliability tests use the fake LINE and Telegram APIs."""

from tests.fakes.fixtures import fake_line, fake_telegram  # noqa: F401
