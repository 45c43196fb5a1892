"""Transcript tests for the pure conversation engine (after zulip_bots ``verify_dialog``).

    from tests.intake.dialog import assert_dialog, press

    assert_dialog([
        ("母の介護で困っています", ["お母さまの介護", "合っていますか"]),
        (press("はい"), "高齢者包括支援センター"),
    ])

A turn is a ``str`` (typed text), :func:`press` (an option shown in the previous turn, by
label), :func:`choose` (a raw option value) or any :class:`Inbound`. The state is
serialised to JSON and back between *every* turn, as the service stores it, and every
reply must survive the outbox JSON round trip.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from intake.engine import EngineContext, Step, advance
from intake.events import ConversationState, Event
from intake.messages import (
    Inbound,
    Option,
    Reply,
    TextReply,
    replies_from_json,
    replies_to_json,
    reply_text,
)

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # a Tuesday, 19:00 in Tokyo
TZ = ZoneInfo("Asia/Tokyo")


@dataclass(frozen=True)
class Press:
    """Press the option with this label from the previous turn's replies."""

    label: str


def press(label: str) -> Press:
    return Press(label)


def choose(value: str, channel: str = "line") -> Inbound:
    return Inbound(channel=channel, user_id="U1", kind="choice", choice=value, received_at=NOW)


def said(text: str, channel: str = "line") -> Inbound:
    return Inbound(channel=channel, user_id="U1", kind="text", text=text, received_at=NOW)


def event(kind: Any, channel: str = "line", **kwargs: Any) -> Inbound:
    return Inbound(channel=channel, user_id="U1", kind=kind, received_at=NOW, **kwargs)


@cache
def real_directory() -> Any:
    from intake.directory import load_directory

    return load_directory()


def real_extract() -> Callable[[str], Any]:
    from nlp import extract

    return extract  # type: ignore[no-any-return]


def context(
    municipalities: Sequence[str] = ("daisen",),
    *,
    directory: Any = None,
    extract: Callable[[str], Any] | None = None,
    now: datetime = NOW,
) -> EngineContext:
    return EngineContext(
        directory=directory if directory is not None else real_directory(),
        municipalities=tuple(municipalities),
        extract=extract if extract is not None else real_extract(),
        now=now,
        tz=TZ,
    )


@dataclass
class Turn:
    inbound: Inbound
    step: Step
    state_json: str

    @property
    def replies(self) -> list[Reply]:
        return self.step.replies

    @property
    def events(self) -> list[Event]:
        return self.step.events

    @property
    def text(self) -> str:
        return "\n".join(reply_text(r) for r in self.replies)

    @property
    def options(self) -> list[Option]:
        return [o for r in self.replies if isinstance(r, TextReply) for o in r.options]

    def event_types(self) -> list[str]:
        return [type(e).__name__ for e in self.events]

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


@dataclass
class Conversation:
    """A running conversation; ``send`` one item at a time, or ``run`` many."""

    ctx: EngineContext = field(default_factory=context)
    state_json: str = field(default_factory=lambda: dump(ConversationState()))
    turns: list[Turn] = field(default_factory=list)

    @property
    def state(self) -> ConversationState:
        return load(self.state_json)

    def send(self, item: str | Press | Inbound) -> Turn:
        inbound = self._inbound(item)
        step = advance(load(self.state_json), inbound, self.ctx)
        assert replies_from_json(replies_to_json(step.replies)) == step.replies
        turn = Turn(inbound=inbound, step=step, state_json=dump(step.state))
        self.state_json = turn.state_json
        self.turns.append(turn)
        return turn

    def run(self, items: Iterable[str | Press | Inbound]) -> list[Turn]:
        return [self.send(item) for item in items]

    def _inbound(self, item: str | Press | Inbound) -> Inbound:
        if isinstance(item, Inbound):
            return item
        if isinstance(item, Press):
            shown = self.turns[-1].options if self.turns else []
            for option in shown:
                if option.label == item.label or option.label.lstrip("✓") == item.label:
                    return choose(option.value)
            raise AssertionError(
                f"no option {item.label!r} in the last turn; shown: {[o.label for o in shown]}"
            )
        return said(item)


def dump(state: ConversationState) -> str:
    return json.dumps({"step": state.step, "data": state.data}, ensure_ascii=False)


def load(text: str) -> ConversationState:
    raw = json.loads(text)
    return ConversationState(step=raw["step"], data=raw["data"])


Expected = str | Sequence[str]


def assert_dialog(
    dialog: Sequence[tuple[str | Press | Inbound, Expected]],
    ctx: EngineContext | None = None,
    *,
    conversation: Conversation | None = None,
) -> Conversation:
    """Run each turn and check its replies contain every expected phrase."""
    convo = conversation or Conversation(ctx=ctx or context())
    for number, (item, expected) in enumerate(dialog, 1):
        turn = convo.send(item)
        phrases = [expected] if isinstance(expected, str) else list(expected)
        for phrase in phrases:
            assert phrase in turn.text, (
                f"turn {number} ({item!r}): {phrase!r} not in replies:\n{turn.text}"
            )
    return convo
