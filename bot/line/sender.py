"""Sending outbox rows to LINE: reply token first (free), push otherwise (paid, idempotent).

* A reply to a resident's message uses the reply token while the outbox says it is fresh.
  If LINE answers that the token is invalid (expired, used), the same messages are pushed.
* Staff replies, follow-ups and retries push with ``X-Line-Retry-Key``: the row's retry
  key for the first request, ``uuid5(retry_key, "chunk-N")`` for later ones, so a retry
  after a crash never delivers a request twice. ``409`` to such a push means LINE already
  accepted it: success.
* More than five messages go out in several requests, in order. When one fails, the
  error says how many went out before it (``SendError.parts_sent``) and the retry starts
  after them: the first request may have used the reply token, which has no retry key.
* ``429`` and ``5xx`` (and network faults) are temporary; other ``4xx`` are permanent.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from dataclasses import dataclass

import aiohttp
from linebot.v3.messaging import (
    ApiException,
    AsyncMessagingApi,
    PushMessageRequest,
    ReplyMessageRequest,
)

from bot.line.render import Message, batches, render
from intake.outbox import Outgoing, SendError

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 10.0  # seconds; aiohttp's default would be 300


@dataclass(frozen=True)
class Quota:
    """This month's push allowance: ``limit`` None means unlimited (地方公共団体プラン)."""

    limit: int | None
    used: int


def chunk_retry_key(retry_key: str, index: int) -> str:
    """The retry key of the ``index``-th request of one outbox row."""
    if index == 0:
        return retry_key
    try:
        namespace = uuid.UUID(retry_key)
    except ValueError:
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, retry_key)
    return str(uuid.uuid5(namespace, f"chunk-{index}"))


def _error_message(exc: ApiException) -> str:
    try:
        return str(json.loads(exc.body or "{}").get("message", ""))
    except (ValueError, AttributeError):
        return str(exc.body or "")


def _send_error(exc: ApiException, what: str) -> SendError:
    status = int(exc.status or 0)
    message = f"LINE {what} failed: {status} {_error_message(exc)}".strip()
    return SendError(message, permanent=not (status == 429 or status >= 500))


class LineSender:
    """The LINE :class:`~intake.outbox.Sender`."""

    def __init__(self, api: AsyncMessagingApi, *, timeout: float = REQUEST_TIMEOUT) -> None:
        self.api = api
        self.timeout = timeout

    async def send(self, message: Outgoing) -> bool:
        chunks = batches(render(message.replies))
        if not chunks:
            return False
        token = message.reply_token if message.kind == "reply" else None
        used_push = False
        for index, chunk in enumerate(chunks):
            if index < message.parts_sent:  # delivered by an earlier attempt
                continue
            try:
                used_push |= await self._send_chunk(message, index, chunk, token)
            except SendError as exc:
                exc.parts_sent = index
                raise
        return used_push

    async def _send_chunk(
        self, message: Outgoing, index: int, chunk: list[Message], token: str | None
    ) -> bool:
        """Send one request's worth; True when it was a (paid) push."""
        if index == 0 and token:
            if await self._reply(token, chunk):
                return False
            if message.uncertain:
                # A spent token on a retry whose first try may have gone through means
                # it did: pushing the same messages again would duplicate them.
                log.info("LINE reply token spent by an earlier attempt; not pushing again")
                return False
        await self._push(message.recipient, chunk, chunk_retry_key(message.retry_key, index))
        return True

    async def _reply(self, token: str, messages: list[Message]) -> bool:
        """True when replied; False when the token is no good (push instead)."""
        request = ReplyMessageRequest.from_dict({"replyToken": token, "messages": messages})
        try:
            await self.api.reply_message(request, _request_timeout=self.timeout)
        except ApiException as exc:
            if exc.status == 400 and "reply token" in _error_message(exc).lower():
                log.info("LINE reply token no longer valid; pushing instead")
                return False
            raise _send_error(exc, "reply") from None
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            # Did LINE take it? Unknown: the retry replies with the same token, and a
            # "spent token" answer then means this attempt was delivered.
            raise SendError(f"LINE reply: {exc!r}", unknown_outcome=True) from None
        return True

    async def _push(self, to: str, messages: list[Message], retry_key: str) -> None:
        request = PushMessageRequest.from_dict({"to": to, "messages": messages})
        try:
            await self.api.push_message(
                request, x_line_retry_key=retry_key, _request_timeout=self.timeout
            )
        except ApiException as exc:
            if exc.status == 409:  # this retry key was accepted before: already delivered
                log.info("LINE push already accepted earlier (retry key %s)", retry_key)
                return
            raise _send_error(exc, "push") from None
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise SendError(f"LINE push: {exc!r}") from None

    async def quota(self) -> Quota:
        """The month's push quota and what was used (for the admin's cost view)."""
        limit, used = await asyncio.gather(
            self.api.get_message_quota(_request_timeout=self.timeout),
            self.api.get_message_quota_consumption(_request_timeout=self.timeout),
        )
        value = limit.value if str(getattr(limit.type, "value", limit.type)) == "limited" else None
        return Quota(limit=value, used=int(used.total_usage))
