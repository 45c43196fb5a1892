"""A fake Telegram Bot API on localhost, for tests that send through python-telegram-bot.

Point the app at it with ``telegram_api_base_url=fake.url`` (tsunagu appends ``/bot``;
PTB then calls ``/bot<token>/<method>``)::

    def test_send(fake_telegram):      # fixture from tests.fakes.fixtures
        ...                            # run something that sends to chat 42
        assert fake_telegram.texts_to(42) == ["こんにちは"]

Methods: ``getMe``, ``sendMessage``, ``answerCallbackQuery``, ``setWebhook``,
``deleteWebhook``, ``getWebhookInfo`` (the webhook set last is remembered). A chat id in
``blocked`` gets ``403 Forbidden: bot was blocked by the user``; :meth:`fail_next` injects
other failures (``500``, ``429`` with ``retry_after``). Parameters arrive as PTB sends
them (form fields, JSON for structured values) and are recorded decoded: ``chat_id`` is
a string, ``reply_markup`` a dict.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes._http import Answer, FakeServer, Recorded

BOT_TOKEN = "123456:fake-telegram-token"
BOT_USERNAME = "tsunagu_test_bot"
JSON_FIELDS = {"reply_markup", "allowed_updates", "entities", "link_preview_options"}
METHODS = {
    "getMe",
    "sendMessage",
    "answerCallbackQuery",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
}


@dataclass
class Call:
    """One Bot API call: method name and decoded parameters."""

    method: str
    params: dict[str, Any]


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    retry_after: int | None
    passes: int = 0  # calls to answer normally before this failure


class FakeTelegramApi(FakeServer):
    """See the module docstring. ``requests`` holds every raw request."""

    def __init__(self, token: str = BOT_TOKEN) -> None:
        super().__init__()
        self.token = token
        self._ids = itertools.count(1000)
        self.reset()

    def reset(self) -> None:
        """Forget every call and configured behaviour."""
        with self.lock:
            super().reset()
            self.api_calls: list[Call] = []
            self.delivered: list[dict[str, Any]] = []
            self.blocked: set[str] = set()
            self.failures: list[_Failure] = []
            self.webhook: dict[str, Any] = {}

    # -- test controls -------------------------------------------------------------------
    def block(self, chat_id: int | str) -> None:
        """This chat has blocked the bot: sendMessage answers 403."""
        with self.lock:
            self.blocked.add(str(chat_id))

    def fail_next(
        self,
        method: str = "sendMessage",
        *,
        status: int = 500,
        times: int = 1,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        after: int = 0,
    ) -> None:
        """After ``after`` good calls, the next ``times`` calls of ``method`` fail."""
        with self.lock:
            for _ in range(times):
                failure = _Failure(method, status, description, retry_after, passes=after)
                self.failures.append(failure)
                after = 0

    # -- what was received ---------------------------------------------------------------
    def calls(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every call of ``method`` (answered or not)."""
        with self.lock:
            return [c.params for c in self.api_calls if c.method == method]

    def messages_to(self, chat_id: int | str) -> list[dict[str, Any]]:
        """Parameters of each message delivered to ``chat_id``, in order."""
        with self.lock:
            return [m for m in self.delivered if m.get("chat_id") == str(chat_id)]

    def texts_to(self, chat_id: int | str) -> list[str]:
        return [str(m["text"]) for m in self.messages_to(chat_id)]

    # -- the API -------------------------------------------------------------------------
    def parse_body(self, raw: bytes, content_type: str) -> Any:
        if not raw:
            return {}
        if content_type.startswith("application/json"):
            return json.loads(raw)
        params: dict[str, Any] = {}
        for key, value in parse_qsl(raw.decode(), keep_blank_values=True):
            params[key] = json.loads(value) if key in JSON_FIELDS else value
        return params

    def route(self, request: Recorded) -> Answer:
        prefix = f"/bot{self.token}/"
        if not request.path.startswith(prefix):
            return _error(404, "Not Found")
        method = request.path[len(prefix) :].split("?")[0]
        params = dict(request.body or {})
        call = Call(method, params)
        self.api_calls.append(call)
        if method not in METHODS:
            return _error(404, "Not Found: method not found")
        for failure in self.failures:
            if failure.method == method and failure.passes:
                failure.passes -= 1
                break
            if failure.method == method:
                self.failures.remove(failure)
                extra = {"retry_after": failure.retry_after} if failure.retry_after else None
                return _error(failure.status, failure.description, extra)
        if method == "getMe":
            return _ok(
                {
                    "id": int(self.token.split(":")[0]),
                    "is_bot": True,
                    "first_name": "つなぐ",
                    "username": BOT_USERNAME,
                    "can_join_groups": False,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": False,
                }
            )
        if method == "sendMessage":
            chat_id = str(params.get("chat_id", ""))
            if chat_id in self.blocked:
                return _error(403, "Forbidden: bot was blocked by the user")
            text = str(params.get("text", ""))
            if not 1 <= len(text) <= 4096:
                return _error(400, "Bad Request: message text is empty or too long")
            for row in (params.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if len(str(button.get("callback_data", "")).encode()) > 64:
                        return _error(400, "Bad Request: BUTTON_DATA_INVALID")
            self.delivered.append(params)
            return _ok(
                {
                    "message_id": next(self._ids),
                    "date": int(time.time()),
                    "chat": {"id": int(chat_id), "type": "private"},
                    "text": text,
                }
            )
        if method == "answerCallbackQuery":
            return _ok(True)
        if method == "setWebhook":
            self.webhook = params
            return _ok(True)
        if method == "deleteWebhook":
            self.webhook = {}
            return _ok(True)
        # getWebhookInfo
        info: dict[str, Any] = {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }
        if self.webhook.get("allowed_updates"):
            info["allowed_updates"] = self.webhook["allowed_updates"]
        return _ok(info)


def _ok(result: Any) -> Answer:
    return Answer(200, {"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> Answer:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return Answer(status, body)
