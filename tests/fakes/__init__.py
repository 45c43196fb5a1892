"""Fake platform APIs for tests: LINE Messaging API and Telegram Bot API on localhost.

Each fake is a real HTTP server started once per test session; the fixtures reset it
before every test. Use them from a ``conftest.py``::

    from tests.fakes.fixtures import fake_line, fake_telegram  # noqa: F401

then ask for ``fake_line`` / ``fake_telegram`` in a test and build settings with
:func:`tests.fakes.fixtures.line_settings` / ``telegram_settings``. What each fake
answers and records is described in :mod:`tests.fakes.line_api` and
:mod:`tests.fakes.telegram_api`; the most used calls are ``fake.url``, ``fake.requests``,
``fake.messages_to(user_or_chat_id)``, ``fake.texts_to(...)`` and ``fake.reset()``.
"""

from tests.fakes.line_api import FakeLineApi
from tests.fakes.telegram_api import FakeTelegramApi

__all__ = ["FakeLineApi", "FakeTelegramApi"]
