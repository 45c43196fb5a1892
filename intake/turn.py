"""The mutable scratchpad of one :func:`intake.engine.advance` call (never stored)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intake import compose
from intake.events import Event
from intake.messages import Inbound, Option, Reply, TextReply


@dataclass
class Turn:
    ctx: Any  # EngineContext
    inbound: Inbound
    step: str
    data: dict[str, Any]
    replies: list[Reply] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    crisis_now: bool = False  # crisis lines were shown in this turn
    #: replies and events up to the crisis lines, kept if a later part of the turn fails
    crisis_shown: tuple[list[Reply], list[Event]] = field(default_factory=lambda: ([], []))

    def say(self, text: str, options: tuple[Option, ...] = (), *, urgent: bool = False) -> None:
        self.replies.append(TextReply(text=text, options=options, urgent=urgent))

    def emit(self, event: Event) -> None:
        self.events.append(event)

    def place(self) -> str:
        """The municipality's name, or 「お住まいの市町村」 before one is chosen."""
        return compose.municipality_name(self.ctx.directory, self.data.get("municipality"))
