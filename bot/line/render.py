"""Replies as LINE message objects, within LINE's limits.

* A text longer than 5,000 characters (LINE counts UTF-16 code units) is split between
  lines, never inside one, so a phone number is never cut in half; only a single line
  longer than the limit is cut, between characters.
* Window cards become Flex bubbles with alt text (≤ 400); ``urgent`` ones carry a red
  「緊急」 header and alt text starting with 【緊急】.
* Options become quick replies on the *last* message (LINE shows them only there):
  postback actions carrying the value as data and the label as displayText; at most 13,
  labels shortened to 20 characters.
* :func:`batches` groups messages five per request.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from intake.messages import Option, Reply, TextReply, WindowCard

log = logging.getLogger(__name__)

MAX_TEXT = 5000
MAX_ALT_TEXT = 400
MAX_MESSAGES_PER_REQUEST = 5
MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_DATA = 300
MAX_DISPLAY_TEXT = 300

URGENT_COLOR = "#C62828"
MUTED_COLOR = "#666666"

Message = dict[str, Any]


def units(text: str) -> int:
    """Length as LINE counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` cut to ``limit`` UTF-16 units, marked with an ellipsis when cut."""
    if units(text) <= limit:
        return text
    out = ""
    for char in text:
        if units(out + char + ellipsis) > limit:
            break
        out += char
    return out + ellipsis


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most ``limit`` units, split after a newline whenever possible."""
    if units(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while units(line) > limit:  # a single huge line: cut between characters
            if current:
                pieces.append(current)
                current = ""
            head = ""
            for char in line:
                if units(head + char) > limit:
                    break
                head += char
            pieces.append(head)
            line = line[len(head) :]
        if units(current + line) > limit:
            pieces.append(current)
            current = ""
        current += line
    if current:
        pieces.append(current)
    return [p.rstrip("\n") or p for p in pieces if p.strip()]


def render(replies: list[Reply]) -> list[Message]:
    """Every reply as LINE message objects (dicts in the API's JSON shape), in order."""
    messages: list[Message] = []
    options: list[Option] = []
    for reply in replies:
        if isinstance(reply, WindowCard):
            messages.append(flex_card(reply))
        elif isinstance(reply, TextReply):
            if reply.text.strip():
                messages.extend({"type": "text", "text": t} for t in split_text(reply.text))
            options.extend(reply.options)
    if options and messages:
        items = quick_reply_items(options)
        if items:
            messages[-1]["quickReply"] = {"items": items}
    return messages


def batches(messages: list[Message]) -> list[list[Message]]:
    """Five messages per request (LINE's maximum)."""
    size = MAX_MESSAGES_PER_REQUEST
    return [messages[i : i + size] for i in range(0, len(messages), size)]


def quick_reply_items(options: list[Option]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for option in options:
        if option.value in seen:
            continue
        seen.add(option.value)
        if not option.value or len(option.value.encode("utf-8")) > MAX_DATA:
            log.warning("option %r dropped: its value does not fit LINE postback data", option)
            continue
        if len(items) == MAX_QUICK_REPLIES:
            log.warning("more than %s options; the rest are not shown", MAX_QUICK_REPLIES)
            break
        items.append(
            {
                "type": "action",
                "action": {
                    "type": "postback",
                    "label": clip(option.label, MAX_LABEL),
                    "data": option.value,
                    "displayText": clip(option.label, MAX_DISPLAY_TEXT),
                },
            }
        )
    return items


def alt_text(card: WindowCard) -> str:
    """What a notification or an old client shows: name and phone first."""
    head = ("【緊急】" if card.urgent else "") + card.title
    parts = [head]
    if card.phone:
        parts.append(f"電話：{card.phone}")
    if card.hours:
        parts.append(f"受付：{card.hours}")
    if card.description:
        parts.append(card.description)
    return clip("\n".join(parts), MAX_ALT_TEXT)


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **style}


def _row(label: str, value: str) -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "sm",
        "contents": [
            _text(label, size="sm", color=MUTED_COLOR, flex=2),
            _text(value, size="sm", flex=5),
        ],
    }


def _tel_uri(phone: str) -> str | None:
    digits = re.sub(r"[^0-9#*+]", "", phone.split("（")[0].split("(")[0])
    if len(digits.strip("#*+")) < 3:
        return None
    return "tel:" + digits.replace("#", "%23")


def flex_card(card: WindowCard) -> Message:
    """A window card as a Flex bubble."""
    body: list[dict[str, Any]] = [
        _text(card.title, weight="bold", size="lg", color=URGENT_COLOR if card.urgent else None)
    ]
    if card.subtitle:
        body.append(_text(card.subtitle, size="sm", color=MUTED_COLOR))
    if card.description:
        body.append(_text(card.description, size="sm", margin="md"))
    details = [
        _row(label, value)
        for label, value in (("電話", card.phone), ("受付", card.hours), ("場所", card.address))
        if value
    ]
    if details:
        body.append(
            {
                "type": "box",
                "layout": "vertical",
                "margin": "md",
                "spacing": "sm",
                "contents": details,
            }
        )
    if card.note:
        body.append(_text(card.note, size="xs", color=MUTED_COLOR, margin="md"))
    bubble: dict[str, Any] = {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    if card.urgent:
        bubble["header"] = {
            "type": "box",
            "layout": "vertical",
            "backgroundColor": URGENT_COLOR,
            "contents": [_text("緊急", weight="bold", color="#FFFFFF", size="sm")],
        }
    buttons: list[dict[str, Any]] = []
    tel = _tel_uri(card.phone) if card.phone else None
    if tel:
        buttons.append(_button("電話する", tel, primary=card.urgent))
    if card.url.startswith(("https://", "http://")):
        buttons.append(_button("くわしく見る", card.url, primary=False))
    if buttons:
        bubble["footer"] = {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": buttons,
        }
    _drop_none(bubble)
    return {"type": "flex", "altText": alt_text(card), "contents": bubble}


def _button(label: str, uri: str, *, primary: bool) -> dict[str, Any]:
    return {
        "type": "button",
        "style": "primary" if primary else "secondary",
        "height": "sm",
        "color": URGENT_COLOR if primary else None,
        "action": {"type": "uri", "label": label, "uri": uri},
    }


def _drop_none(node: Any) -> None:
    if isinstance(node, dict):
        for key in [k for k, v in node.items() if v is None]:
            del node[key]
        for value in node.values():
            _drop_none(value)
    elif isinstance(node, list):
        for value in node:
            _drop_none(value)
