"""Channel-agnostic messages: what adapters hand to the engine and what it answers.

Adapters (``bot/line.py``, ``bot/telegram.py``, console, web chat) turn platform events
into :class:`Inbound` and render :data:`Reply` items back; nothing here knows a platform.
Replies serialise to plain JSON (:func:`replies_to_json`) so they can wait in the outbox.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

InboundKind = Literal[
    "text",  # the resident typed something
    "choice",  # the resident picked an option (value travels as postback/callback data)
    "follow",  # added the bot / pressed start
    "unfollow",  # blocked the bot: unreachable from now on
    "non_text",  # sticker, image, audio, file, location …
    "unsend",  # the resident took back a message (``message_id``)
    "group",  # written in a group or room: consultation is one-to-one only
]


@dataclass(frozen=True)
class Inbound:
    """One event from a resident, whatever the channel."""

    channel: str
    user_id: str
    kind: InboundKind
    text: str = ""
    choice: str = ""
    message_id: str = ""
    invite_code: str = ""
    received_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Option:
    """A choice offered to the resident; ``value`` comes back as ``Inbound.choice``."""

    label: str
    value: str


@dataclass(frozen=True)
class TextReply:
    """A plain message, optionally with options (quick replies / inline keyboard)."""

    text: str
    options: tuple[Option, ...] = ()
    urgent: bool = False
    kind: Literal["text"] = "text"


@dataclass(frozen=True)
class WindowCard:
    """A consultation window (窓口) or hotline, rendered as a card (LINE Flex)."""

    title: str
    subtitle: str = ""
    description: str = ""
    phone: str = ""
    hours: str = ""
    address: str = ""
    url: str = ""
    note: str = ""
    urgent: bool = False
    kind: Literal["window"] = "window"

    def as_text(self) -> str:
        """The card as plain text (console, Telegram, LINE alt text)."""
        lines = [f"【{self.title}】" + (f"（{self.subtitle}）" if self.subtitle else "")]
        if self.description:
            lines.append(self.description)
        if self.phone:
            lines.append(f"電話：{self.phone}")
        if self.hours:
            lines.append(f"受付：{self.hours}")
        if self.address:
            lines.append(f"場所：{self.address}")
        if self.url:
            lines.append(self.url)
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)


Reply = TextReply | WindowCard


def reply_to_dict(reply: Reply) -> dict[str, Any]:
    return asdict(reply)


def reply_from_dict(data: dict[str, Any]) -> Reply:
    data = dict(data)
    kind = data.get("kind", "text")
    if kind == "window":
        return WindowCard(**data)
    data["options"] = tuple(Option(**o) for o in data.get("options", ()))
    return TextReply(**data)


def replies_to_json(replies: list[Reply]) -> str:
    return json.dumps([reply_to_dict(r) for r in replies], ensure_ascii=False)


def replies_from_json(text: str) -> list[Reply]:
    return [reply_from_dict(item) for item in json.loads(text)]


def reply_text(reply: Reply) -> str:
    """Plain text of a reply, as stored in the transcript."""
    return reply.as_text() if isinstance(reply, WindowCard) else reply.text
