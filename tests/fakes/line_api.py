"""A fake LINE Messaging API on localhost, for tests that send through the real SDK.

Point the app at it with ``line_api_base_url=fake.url``. It answers like the real API for
what tsunagu uses and checks LINE's limits, so a message the real API would refuse is
refused here too (400)::

    def test_push(fake_line):          # fixture from tests.fakes.fixtures
        ...                            # run something that pushes to "U1"
        assert fake_line.texts_to("U1") == ["こんにちは"]

Behaviour worth knowing:

* ``POST /v2/bot/message/reply``: a reply token works once. Tokens listed with
  :meth:`FakeLineApi.reject_reply_token` (or every token while ``reject_all_reply_tokens``
  is set) get ``400 {"message": "Invalid reply token"}``. Replies count as messages to a
  user only when the token was bound to them (:meth:`bind_reply_token`).
* ``POST /v2/bot/message/push``: an ``X-Line-Retry-Key`` already accepted gets ``409`` and
  is *not* delivered again (as on LINE).
* ``GET /v2/bot/message/quota`` and ``/quota/consumption`` (pushed messages count).
* :meth:`fail_next` injects failures (``500`` once, ``429`` …) for a path.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from tests.fakes._http import Answer, FakeServer, Recorded

ACCESS_TOKEN = "fake-line-access-token"
QUICK_REPLY_MAX = 13


@dataclass
class Delivery:
    """Messages LINE accepted: one reply or push request."""

    kind: str  # "reply" | "push"
    to: str | None  # the push target, or the user bound to the reply token
    messages: list[dict[str, Any]]
    reply_token: str | None = None
    retry_key: str | None = None


@dataclass
class _Failure:
    path: str
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def utf16_len(text: str) -> int:
    """LINE counts characters in UTF-16 code units (an emoji outside the BMP is 2)."""
    return len(text.encode("utf-16-le")) // 2


class FakeLineApi(FakeServer):
    """See the module docstring. ``requests`` holds every request (path, headers, body)."""

    def __init__(self, access_token: str = ACCESS_TOKEN) -> None:
        super().__init__()
        self.access_token = access_token
        self._ids = itertools.count(1)
        self.reset()

    # -- test controls -------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything received and every configured behaviour."""
        with self.lock:
            super().reset()
            self.deliveries: list[Delivery] = []
            self.accepted_retry_keys: dict[str, Delivery] = {}
            self.used_reply_tokens: set[str] = set()
            self.rejected_reply_tokens: set[str] = set()
            self.reject_all_reply_tokens = False
            self.token_users: dict[str, str] = {}
            self.failures: list[_Failure] = []
            self.quota_limit: int | None = 1000

    def bind_reply_token(self, token: str, user_id: str) -> None:
        """Say whose event carried ``token`` so :meth:`messages_to` counts its replies."""
        with self.lock:
            self.token_users[token] = user_id

    def reject_reply_token(self, token: str) -> None:
        """Answer ``Invalid reply token`` for this token (an expired one)."""
        with self.lock:
            self.rejected_reply_tokens.add(token)

    def fail_next(
        self,
        path: str = "/v2/bot/message/push",
        *,
        status: int = 500,
        times: int = 1,
        message: str = "Internal Server Error",
    ) -> None:
        """The next ``times`` requests to ``path`` get ``status`` (nothing is delivered)."""
        with self.lock:
            for _ in range(times):
                self.failures.append(_Failure(path, status, {"message": message}))

    # -- what was delivered --------------------------------------------------------------
    def messages_to(self, user_id: str) -> list[dict[str, Any]]:
        """Every message object delivered to ``user_id`` (replies and pushes), in order."""
        with self.lock:
            return [m for d in self.deliveries if d.to == user_id for m in d.messages]

    def texts_to(self, user_id: str) -> list[str]:
        """The visible text of each message to ``user_id`` (Flex: its alt text)."""
        return [m.get("text") or m.get("altText", "") for m in self.messages_to(user_id)]

    def deliveries_to(self, user_id: str) -> list[Delivery]:
        with self.lock:
            return [d for d in self.deliveries if d.to == user_id]

    def calls(self, path: str) -> list[Recorded]:
        """Requests received for one path (delivered or not)."""
        with self.lock:
            return [r for r in self.requests if r.path.split("?")[0] == path]

    # -- the API -------------------------------------------------------------------------
    def route(self, request: Recorded) -> Answer:
        path = request.path.split("?")[0]
        if request.header("authorization") != f"Bearer {self.access_token}":
            return Answer(401, {"message": "Authentication failed"})
        for failure in self.failures:
            if failure.path == path:
                self.failures.remove(failure)
                return Answer(failure.status, failure.body, failure.headers)
        if request.method == "POST" and path == "/v2/bot/message/reply":
            return self._reply(request.body or {})
        if request.method == "POST" and path == "/v2/bot/message/push":
            return self._push(request.body or {}, request.header("x-line-retry-key"))
        if path == "/v2/bot/message/quota":
            if self.quota_limit is None:
                return Answer(200, {"type": "none"})
            return Answer(200, {"type": "limited", "value": self.quota_limit})
        if path == "/v2/bot/message/quota/consumption":
            pushed = sum(len(d.messages) for d in self.deliveries if d.kind == "push")
            return Answer(200, {"totalUsage": pushed})
        if path == "/v2/bot/info":
            return Answer(
                200,
                {
                    "userId": "Ubot0000000000000000000000000000",
                    "basicId": "@123abcde",
                    "displayName": "つなぐ（テスト）",
                    "chatMode": "bot",
                    "markAsReadMode": "manual",
                },
            )
        if path == "/v2/bot/chat/loading/start":
            return Answer(202, {})
        return Answer(404, {"message": "Not found"})

    def _reply(self, body: dict[str, Any]) -> Answer:
        token = str(body.get("replyToken", ""))
        problem = self._invalid(body)
        if problem:
            return Answer(400, {"message": problem})
        if (
            not token
            or self.reject_all_reply_tokens
            or token in self.rejected_reply_tokens
            or token in self.used_reply_tokens
        ):
            return Answer(400, {"message": "Invalid reply token"})
        self.used_reply_tokens.add(token)
        delivery = Delivery(
            "reply", self.token_users.get(token), list(body["messages"]), reply_token=token
        )
        self.deliveries.append(delivery)
        return Answer(200, {"sentMessages": self._sent(delivery)})

    def _push(self, body: dict[str, Any], retry_key: str | None) -> Answer:
        problem = self._invalid(body)
        if problem:
            return Answer(400, {"message": problem})
        if not body.get("to"):
            return Answer(400, {"message": "The request body has 1 error(s)"})
        if retry_key and retry_key in self.accepted_retry_keys:
            return Answer(
                409,
                {"message": "The retry key is already accepted"},
                {"x-line-accepted-request-id": f"req-{retry_key}"},
            )
        delivery = Delivery("push", str(body["to"]), list(body["messages"]), retry_key=retry_key)
        self.deliveries.append(delivery)
        if retry_key:
            self.accepted_retry_keys[retry_key] = delivery
        return Answer(200, {"sentMessages": self._sent(delivery)})

    def _sent(self, delivery: Delivery) -> list[dict[str, str]]:
        return [{"id": str(next(self._ids)), "quoteToken": "q"} for _ in delivery.messages]

    def _invalid(self, body: dict[str, Any]) -> str | None:
        """LINE's limits; the SDK checks only the message count itself."""
        messages = body.get("messages")
        if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
            return "Size must be between 1 and 5"
        for i, message in enumerate(messages):
            kind = message.get("type")
            if kind == "text":
                if not 1 <= utf16_len(message.get("text", "")) <= 5000:
                    return f"messages[{i}].text: Length must be between 0 and 5000"
            elif kind == "flex":
                if not 1 <= utf16_len(message.get("altText", "")) <= 400:
                    return f"messages[{i}].altText: Length must be between 0 and 400"
                if not isinstance(message.get("contents"), dict):
                    return f"messages[{i}].contents: must be a container"
            else:
                return f"messages[{i}].type: unsupported by the fake ({kind})"
            items = (message.get("quickReply") or {}).get("items", [])
            if len(items) > QUICK_REPLY_MAX:
                return f"messages[{i}].quickReply.items: Size must be between 0 and 13"
            for item in items:
                action = item.get("action", {})
                if utf16_len(action.get("label", "")) > 20:
                    return f"messages[{i}].quickReply: label must be at most 20 characters"
                if action.get("type") == "postback" and len(action.get("data", "")) > 300:
                    return f"messages[{i}].quickReply: data must be at most 300 characters"
        return None
