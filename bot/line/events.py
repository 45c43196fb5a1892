"""LINE webhook bodies in, engine input out: signature, parsing, what to keep, decoding.

The webhook verifies ``X-Line-Signature`` on the raw bytes (:func:`signature_ok`), splits
the body into events (:func:`parse_body`) and stores the ones worth answering
(:func:`to_record`) as their original JSON. Later, in the inbox processor, the stored
JSON is turned into an :class:`~intake.messages.Inbound` (:func:`decode`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from linebot.v3.webhooks import (
    AudioMessageContent,
    Event,
    FileMessageContent,
    FollowEvent,
    ImageMessageContent,
    JoinEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
    UnsendEvent,
    VideoMessageContent,
)

from intake.inbox import Decoded
from intake.messages import Inbound

log = logging.getLogger(__name__)

CHANNEL = "line"
ANSWERED = ("follow", "unfollow", "message", "postback", "unsend", "join")

# How a non-text message reads in the transcript: ［スタンプ］.
NON_TEXT_LABELS: tuple[tuple[type[Any], str], ...] = (
    (StickerMessageContent, "スタンプ"),
    (ImageMessageContent, "画像"),
    (VideoMessageContent, "動画"),
    (AudioMessageContent, "音声"),
    (FileMessageContent, "ファイル"),
    (LocationMessageContent, "位置情報"),
)


class BadPayload(ValueError):
    """The (correctly signed) body is not a LINE webhook body."""


@dataclass(frozen=True)
class Record:
    """One event to store in the inbox."""

    event_id: str
    user_id: str
    payload: str


def signature_ok(channel_secret: str, body: bytes, signature: str) -> bool:
    """``X-Line-Signature`` is base64(HMAC-SHA256(secret, raw body)); compared in constant time."""
    if not signature:
        return False
    digest = hmac.new(channel_secret.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest), signature.encode("utf-8"))


def raw_events(body: bytes) -> list[dict[str, Any]]:
    """The body's events as plain JSON objects; :class:`BadPayload` for anything else."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadPayload(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise BadPayload("no events list")
    if not all(isinstance(raw, dict) for raw in data["events"]):
        raise BadPayload("an event is not an object")
    return list(data["events"])


def parse_body(body: bytes) -> list[tuple[dict[str, Any], Event | None]]:
    """Each raw event with its SDK model (None when the SDK cannot read it)."""
    return [(raw, _model(raw)) for raw in raw_events(body)]


class _Unparsed:
    """Marker: the SDK model was not built yet (:func:`to_record` builds it if it must)."""


UNPARSED = _Unparsed()


def _model(raw: dict[str, Any]) -> Event | None:
    try:
        event = Event.from_dict(raw)
    except (ValueError, TypeError, KeyError):  # pydantic v1 ValidationError is a ValueError
        return None
    return event  # type: ignore[no-any-return]


def to_record(raw: dict[str, Any], event: Event | None | _Unparsed = UNPARSED) -> Record | None:
    """The inbox record for an event we answer; None (and a log line) for the rest.

    The SDK model is built here only when the decision needs it (groups, non-message
    events): a resident's message is stored as it came and parsed with the SDK when it is
    processed, which keeps the acknowledgement cheap.
    """
    kind = raw.get("type")
    source = raw.get("source")
    in_group = isinstance(source, dict) and source.get("type") in ("group", "room")
    if isinstance(event, _Unparsed) and (kind != "message" or in_group):
        event = _model(raw)
    event_id = raw.get("webhookEventId")
    if not isinstance(event_id, str) or not event_id:
        log.warning("LINE %r event without webhookEventId ignored", kind)
        return None
    if raw.get("mode") == "standby":
        log.info("LINE %s event in standby mode ignored (another channel is active)", kind)
        return None
    if kind not in ANSWERED:
        log.info("LINE %s event ignored", kind)
        return None
    if event is None:
        if kind != "message":
            log.warning("LINE %s event the SDK cannot read ignored", kind)
            return None
        # A message the SDK cannot read (a new message type): still a resident talking.
        log.warning("LINE message the SDK cannot read kept as a non-text message")
    if in_group and not _group_worth_answering(None if isinstance(event, _Unparsed) else event):
        log.info("LINE %s event in a group chat ignored", kind)
        return None
    if kind == "join" and not in_group:
        return None
    target = _target(raw)
    if target is None:
        log.warning("LINE %s event without a user id ignored", kind)
        return None
    return Record(
        event_id=event_id,
        user_id=target,
        payload=json.dumps(raw, ensure_ascii=False, separators=(",", ":")),
    )


def _group_worth_answering(event: Event | None) -> bool:
    """In a group or room, answer only when added, addressed (@mention) or a button is pressed.

    Answering every message there would flood the group with the same explanation.
    """
    if isinstance(event, JoinEvent | PostbackEvent):
        return True
    if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
        mention = event.message.mention
        return bool(mention and any(getattr(m, "is_self", False) for m in mention.mentionees))
    return False


def _target(raw: dict[str, Any]) -> str | None:
    """Where answers go: the group or room for group chats, else the user."""
    source = raw.get("source")
    if not isinstance(source, dict):
        return None
    key = {"user": "userId", "group": "groupId", "room": "roomId"}.get(str(source.get("type")))
    value = source.get(key) if key else None
    return value if isinstance(value, str) and value else None


def decode(payload: str, received_at: datetime) -> Decoded | None:
    """A stored LINE event as engine input (the inbox :data:`~intake.inbox.Decoder`)."""
    raw = json.loads(payload)
    target = _target(raw)
    if target is None:
        log.warning("stored LINE event without a target; skipped")
        return None
    # The reply token's clock starts when LINE sent the event; a late redelivery is old.
    timestamp = raw.get("timestamp")
    sent_at = (
        datetime.fromtimestamp(timestamp / 1000, UTC)
        if isinstance(timestamp, int | float)
        else received_at
    )
    at = min(sent_at, received_at)
    token = raw.get("replyToken") if isinstance(raw.get("replyToken"), str) else None

    def inbound(kind: Any, **fields: str) -> Decoded:
        return Decoded(
            Inbound(channel=CHANNEL, user_id=target, kind=kind, received_at=at, **fields),
            reply_token=token,
        )

    if (raw.get("source") or {}).get("type") in ("group", "room"):
        return inbound("group")
    event = _model(raw)
    if isinstance(event, FollowEvent):
        return inbound("follow")
    if isinstance(event, UnfollowEvent):
        return inbound("unfollow")
    if isinstance(event, UnsendEvent):
        return inbound("unsend", message_id=str(event.unsend.message_id))
    if isinstance(event, PostbackEvent):
        return inbound("choice", choice=str(event.postback.data))
    if isinstance(event, MessageEvent):
        message = event.message
        if isinstance(message, TextMessageContent):
            return inbound("text", text=str(message.text), message_id=str(message.id))
        label = next((name for cls, name in NON_TEXT_LABELS if isinstance(message, cls)), "")
        return inbound("non_text", text=label, message_id=str(message.id))
    if raw.get("type") == "message":  # kept although the SDK could not read it
        message_raw = raw.get("message") or {}
        text, message_id = message_raw.get("text"), str(message_raw.get("id", ""))
        if message_raw.get("type") == "text" and isinstance(text, str):
            return inbound("text", text=text, message_id=message_id)
        return inbound("non_text", message_id=message_id)
    log.warning("stored LINE %s event has no meaning for the engine; skipped", raw.get("type"))
    return None
