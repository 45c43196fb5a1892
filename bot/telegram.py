"""The Telegram channel (python-telegram-bot 22): ``POST /webhooks/telegram``, decoder, sender.

PTB is used as a typed parser and sender only: an :class:`~telegram.ext.Application` built
with ``.updater(None)`` runs inside the web app's lifespan (``initialize``/``start`` in
:meth:`TelegramChannel.start`, ``stop``/``shutdown`` in :meth:`TelegramChannel.stop`); it
has no handlers, and the conversation lives in the channel-agnostic engine.

The webhook checks ``X-Telegram-Bot-Api-Secret-Token`` in constant time (403 otherwise),
stores the update in the inbox under its ``update_id`` (a retried update is stored once),
answers 200 and processes it afterwards. Pressed buttons are acknowledged at once
(``answerCallbackQuery``) so they stop spinning.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.exc import SQLAlchemyError
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    TelegramError,
)
from telegram.ext import Application

from bot.line.render import split_text
from intake import inbox
from intake.inbox import Decoded
from intake.messages import Inbound, Option, Reply, TextReply, WindowCard
from intake.outbox import Outgoing, SendError
from intake.settings import Settings

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

CHANNEL = "telegram"
WEBHOOK_PATH = "/webhooks/telegram"
ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64  # bytes
URGENT_MARK = "⚠️ 緊急\n"

# Commands with a fixed meaning; any other command is passed on as typed.
COMMAND_TEXT = {"delete": "削除", "stop": "停止"}

NON_TEXT_LABELS = (
    ("sticker", "スタンプ"),
    ("photo", "画像"),
    ("animation", "動画"),
    ("video", "動画"),
    ("video_note", "動画"),
    ("voice", "音声"),
    ("audio", "音声"),
    ("document", "ファイル"),
    ("location", "位置情報"),
    ("venue", "位置情報"),
    ("contact", "連絡先"),
    ("poll", "アンケート"),
    ("dice", "サイコロ"),
    ("story", "ストーリー"),
)


# -- webhook side ---------------------------------------------------------------------
def secret_ok(expected: str, given: str | None) -> bool:
    """The secret token header, compared in constant time."""
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


@dataclass(frozen=True)
class Record:
    event_id: str
    user_id: str
    payload: str
    callback_query_id: str | None = None


def _chat_of(update: Update) -> tuple[str | None, bool]:
    """(chat id, private?) of the chat the update belongs to."""
    chat = update.effective_chat
    if chat is None:
        user = update.effective_user
        return (str(user.id), True) if user else (None, True)
    return str(chat.id), chat.type == ChatType.PRIVATE


def to_record(data: dict[str, Any]) -> Record | None:
    """The inbox record for an update worth answering; None (and a log line) otherwise."""
    try:
        update = Update.de_json(data, None)
    except Exception as exc:  # any shape PTB cannot read: ignore, never 500
        log.warning("Telegram update PTB cannot read ignored: %r", exc)
        return None
    kinds = [k for k in ALLOWED_UPDATES if data.get(k) is not None]
    if not kinds:
        log.info("Telegram update ignored (keys: %s)", ", ".join(sorted(data)))
        return None
    chat_id, _private = _chat_of(update)
    if chat_id is None:
        log.warning("Telegram update %s without a chat ignored", update.update_id)
        return None
    query = update.callback_query
    return Record(
        event_id=str(update.update_id),
        user_id=chat_id,
        payload=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        callback_query_id=query.id if query else None,
    )


# -- decoding -----------------------------------------------------------------------------
def _command(text: str) -> tuple[str, str] | None:
    """("start", "CODE") for "/start CODE" or "/start@bot CODE"; None for plain text."""
    if not text.startswith("/"):
        return None
    head, _, rest = text[1:].partition(" ")
    return head.split("@", 1)[0].lower(), rest.strip()


def _label_of(message: Message | None, data: str) -> str:
    """The label of the pressed button, read from the keyboard it was on."""
    markup = message.reply_markup if message is not None else None
    for row in markup.inline_keyboard if markup else ():
        for button in row:
            if button.callback_data == data:
                return button.text
    return ""


def decode(payload: str, received_at: datetime) -> Decoded | None:
    """A stored Telegram update as engine input (the inbox :data:`~intake.inbox.Decoder`)."""
    update = Update.de_json(json.loads(payload), None)
    chat_id, private = _chat_of(update)
    if chat_id is None:
        return None

    def inbound(kind: Any, **fields: str) -> Decoded:
        return Decoded(
            Inbound(channel=CHANNEL, user_id=chat_id, kind=kind, received_at=received_at, **fields)
        )

    member = update.my_chat_member
    if member is not None:
        status = member.new_chat_member.status
        if private and status == ChatMemberStatus.BANNED:  # "kicked": the user blocked us
            return inbound("unfollow")
        if not private and status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
            return inbound("group")  # someone added the bot to a group
        return None
    if not private:
        return inbound("group")
    query = update.callback_query
    if query is not None:
        data = query.data or ""
        if not data:
            return None
        message = query.message if isinstance(query.message, Message) else None
        return inbound("choice", choice=data, text=_label_of(message, data))
    message = update.message
    if message is None:
        return None  # edited messages, channel posts …: not for the engine
    message_id = str(message.message_id)
    if message.text is not None:
        command = _command(message.text)
        if command and command[0] == "start":
            return inbound("follow", invite_code=command[1].split(" ")[0])
        if command and command[0] in COMMAND_TEXT:
            return inbound("text", text=COMMAND_TEXT[command[0]], message_id=message_id)
        return inbound("text", text=message.text, message_id=message_id)
    for attribute, label in NON_TEXT_LABELS:
        if getattr(message, attribute, None):
            return inbound("non_text", text=label, message_id=message_id)
    return None  # service messages (pinned, title changed …)


# -- sending ------------------------------------------------------------------------------
def render(replies: list[Reply]) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """(text, keyboard) per Telegram message; the options go on the last message."""
    texts: list[str] = []
    options: list[Option] = []
    for reply in replies:
        if isinstance(reply, WindowCard):
            text = (URGENT_MARK if reply.urgent else "") + reply.as_text()
        elif isinstance(reply, TextReply):
            text = reply.text
            options.extend(reply.options)
        if text.strip():
            texts.extend(split_text(text, MAX_TEXT))
    if not texts:
        return []
    out: list[tuple[str, InlineKeyboardMarkup | None]] = [(t, None) for t in texts]
    out[-1] = (texts[-1], keyboard(options))
    return out


def keyboard(options: list[Option]) -> InlineKeyboardMarkup | None:
    rows: list[list[InlineKeyboardButton]] = []
    seen: set[str] = set()
    for option in options:
        if option.value in seen:
            continue
        seen.add(option.value)
        if not option.value or len(option.value.encode("utf-8")) > MAX_CALLBACK_DATA:
            log.warning("option %r dropped: its value does not fit callback_data", option)
            continue
        rows.append([InlineKeyboardButton(option.label, callback_data=option.value)])
    return InlineKeyboardMarkup(rows) if rows else None


class TelegramSender:
    """The Telegram :class:`~intake.outbox.Sender` (sending is free: never a paid push).

    ``ready`` (optional) is awaited before each send: the channel uses it to finish a
    start-up that could not reach Telegram.
    """

    def __init__(self, bot: Bot, ready: Callable[[], Awaitable[None]] | None = None) -> None:
        self.bot = bot
        self.ready = ready

    async def send(self, message: Outgoing) -> bool:
        if self.ready is not None:
            try:
                await self.ready()
            except TelegramError as exc:
                raise SendError(f"Telegram not reachable: {exc.message}") from None
        # Telegram has no idempotency key: a retry starts after the messages that went out.
        for index, (text, markup) in enumerate(render(message.replies)):
            if index < message.parts_sent:
                continue
            try:
                await self.bot.send_message(
                    chat_id=message.recipient, text=text, reply_markup=markup
                )
            except Forbidden as exc:  # blocked by the user, or removed from the chat
                raise SendError(
                    f"Telegram: {exc.message}", blocked=True, parts_sent=index
                ) from None
            except (BadRequest, InvalidToken, ChatMigrated) as exc:
                raise SendError(
                    f"Telegram: {exc.message}", permanent=True, parts_sent=index
                ) from None
            except TelegramError as exc:  # RetryAfter, TimedOut, NetworkError, 5xx
                raise SendError(f"Telegram: {exc.message}", parts_sent=index) from None
        return False


# -- the channel ----------------------------------------------------------------------------
class TelegramChannel:
    """The Telegram channel (see :class:`bot.channels.Channel`)."""

    name = CHANNEL

    def __init__(self, settings: Settings) -> None:
        if settings.telegram_bot_token is None or settings.telegram_secret_token is None:
            raise ValueError("Telegram needs TSUNAGU_TELEGRAM_BOT_TOKEN and _SECRET_TOKEN")
        self.settings = settings
        self._secret = settings.telegram_secret_token.get_secret_value()
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.runtime: Runtime | None = None
        self._started = False
        self._lock = asyncio.Lock()
        self.router = APIRouter()
        self.router.add_api_route(
            WEBHOOK_PATH, self.webhook, methods=["POST"], include_in_schema=False
        )

    async def start(self, runtime: Runtime) -> None:
        """Build and start PTB (no updater: our webhook receives updates).

        If Telegram cannot be reached now, the app starts anyway (LINE and the admin must
        not depend on it): updates are still stored, and sending finishes the start-up.
        """
        self.application = build_application(self.settings)
        self.runtime = runtime
        runtime.decoders[CHANNEL] = decode
        runtime.senders[CHANNEL] = TelegramSender(self.application.bot, ready=self.ready)
        try:
            await self.ready()
        except TelegramError as exc:
            log.error("Telegram not reachable at start-up (%s); retrying when sending", exc)

    async def ready(self) -> None:
        """Initialise (``getMe``) and start PTB once; raises ``TelegramError`` if it cannot."""
        application = self.application
        if application is None or self._started:
            return
        async with self._lock:
            if not self._started:
                await application.initialize()
                await application.start()
                self._started = True

    async def stop(self) -> None:
        if self.runtime is not None:
            self.runtime.senders.pop(CHANNEL, None)
        if self.application is not None:
            if self._started:
                await self.application.stop()
            await self.application.shutdown()
            self.application = None
            self._started = False

    async def webhook(self, request: Request) -> Response:
        if not secret_ok(self._secret, request.headers.get("x-telegram-bot-api-secret-token")):
            log.warning("Telegram webhook with a missing or wrong secret token refused")
            return Response("forbidden", status_code=403)
        if not _json_content(request.headers.get("content-type")):
            return Response("expected application/json", status_code=415)
        try:
            data = json.loads(await request.body())
        except ValueError:
            return Response("bad payload", status_code=400)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return Response("bad payload", status_code=400)
        record = to_record(data)
        runtime, application = self.runtime, self.application
        if record is None:
            return Response(status_code=200)
        if runtime is None or application is None:
            return Response("not ready", status_code=503)
        try:
            stored = await run_in_threadpool(inbox.store_all, runtime.factory, CHANNEL, [record])
        except SQLAlchemyError:
            log.exception("Telegram update could not be stored; answering 503 so it is resent")
            return Response("database unavailable", status_code=503)
        if record.callback_query_id and self._started:
            runtime.spawn(_answer_callback(application.bot, record.callback_query_id))
        if stored:
            runtime.spawn(runtime.process_and_send(stored))
        return Response(status_code=200)


def _json_content(content_type: str | None) -> bool:
    """Telegram sends JSON; a missing Content-Type is tolerated."""
    return not content_type or content_type.lower().startswith("application/json")


def build_application(settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB application for these settings (pointed at a fake API in tests)."""
    assert settings.telegram_bot_token is not None
    base = settings.telegram_api_base_url
    return (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        .updater(None)
        .build()
    )


async def _answer_callback(bot: Bot, query_id: str) -> None:
    """Stop the pressed button spinning; best effort (the answer follows as a message)."""
    try:
        await bot.answer_callback_query(query_id)
    except TelegramError as exc:
        log.info("answerCallbackQuery failed (harmless): %s", exc)
