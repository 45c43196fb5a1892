"""The LINE channel: ``POST /webhooks/line`` and the SDK client's lifetime.

The webhook answers within LINE's 2 seconds and loses nothing: the signature is checked
on the raw bytes before anything else (400 when wrong or missing), every event worth
answering is stored in the inbox in one short transaction (503 when the database is
unreachable, so LINE redelivers), the response is 200, and processing runs afterwards.
A redelivered event has the same ``webhookEventId``; the inbox stores it once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi
from sqlalchemy.exc import SQLAlchemyError

from bot.line.client import open_client
from bot.line.events import CHANNEL, BadPayload, decode, raw_events, signature_ok
from bot.line.events import to_record as record_of
from bot.line.sender import LineSender
from intake import inbox
from intake.settings import Settings

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/line"


class LineChannel:
    """The LINE Messaging API channel (see :class:`bot.channels.Channel`)."""

    name = CHANNEL

    def __init__(self, settings: Settings) -> None:
        if settings.line_channel_secret is None or settings.line_channel_access_token is None:
            raise ValueError("LINE needs TSUNAGU_LINE_CHANNEL_SECRET and _ACCESS_TOKEN")
        self.settings = settings
        self._secret = settings.line_channel_secret.get_secret_value()
        self.runtime: Runtime | None = None
        self.client: AsyncApiClient | None = None
        self.sender: LineSender | None = None
        self.router = APIRouter()
        self.router.add_api_route(
            WEBHOOK_PATH, self.webhook, methods=["POST"], include_in_schema=False
        )

    async def start(self, runtime: Runtime) -> None:
        """Create the SDK client inside the running loop; register decoder and sender."""
        token = self.settings.line_channel_access_token
        assert token is not None  # checked in __init__
        self.client = open_client(self.settings.line_api_base_url, token.get_secret_value())
        self.sender = LineSender(AsyncMessagingApi(self.client))
        runtime.decoders[CHANNEL] = decode
        runtime.senders[CHANNEL] = self.sender
        self.runtime = runtime

    async def stop(self) -> None:
        if self.runtime is not None:
            self.runtime.senders.pop(CHANNEL, None)
        if self.client is not None:
            await self.client.close()
            self.client = None

    async def webhook(self, request: Request) -> Response:
        body = await request.body()
        if not signature_ok(self._secret, body, request.headers.get("x-line-signature", "")):
            log.warning("LINE webhook with a missing or wrong signature refused")
            return Response("bad signature", status_code=400)
        content_type = request.headers.get("content-type", "")
        if content_type and not content_type.lower().startswith("application/json"):
            return Response("expected application/json", status_code=415)
        try:
            events = raw_events(body)
        except BadPayload as exc:
            log.warning("signed LINE webhook body refused: %s", exc)
            return Response("bad payload", status_code=400)
        records = [r for r in map(record_of, events) if r is not None]
        if not records:  # the console's 「検証」 sends no events
            return Response(status_code=200)
        runtime = self.runtime
        if runtime is None:
            return Response("not ready", status_code=503)
        try:
            stored = await run_in_threadpool(inbox.store_all, runtime.factory, CHANNEL, records)
        except SQLAlchemyError:
            log.exception("LINE events could not be stored; answering 503 so LINE redelivers")
            return Response("database unavailable", status_code=503)
        if stored:
            runtime.spawn(runtime.process_and_send(stored))
        return Response(status_code=200)
