"""The console channel: a resident's side of the chat in a terminal or a pipe."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from intake.db import transaction
from intake.messages import Inbound, Option, Reply, TextReply, WindowCard
from intake.models import utcnow
from intake.service import Intake


def render(replies: list[Reply]) -> tuple[str, list[Option]]:
    """Replies as console text; options numbered from 1."""
    blocks: list[str] = []
    options: list[Option] = []
    for reply in replies:
        if isinstance(reply, WindowCard):
            prefix = "⚠ " if reply.urgent else ""
            blocks.append(prefix + reply.as_text())
        elif isinstance(reply, TextReply):
            blocks.append(reply.text)
            options.extend(reply.options)
    if options:
        blocks.append("\n".join(f"  {i}. {o.label}" for i, o in enumerate(options, 1)))
    return "\n\n".join(blocks), options


class ConsoleChat:
    """One resident talking through stdin/stdout; state lives in the database."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        intake: Intake,
        *,
        user_id: str | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.factory = factory
        self.intake = intake
        self.user_id = user_id or f"console-{uuid.uuid4()}"
        self.clock = clock
        self.options: list[Option] = []

    def send(self, inbound: Inbound) -> str:
        with transaction(self.factory) as session:
            handled = self.intake.handle(session, inbound, now=self.clock())
        text, self.options = render(handled.replies)
        return text

    def start(self) -> str:
        return self.send(self._inbound("follow"))

    def say(self, line: str) -> str:
        line = line.strip()
        if line.isdigit() and self.options and 1 <= int(line) <= len(self.options):
            chosen = self.options[int(line) - 1]
            return self.send(self._inbound("choice", text=chosen.label, choice=chosen.value))
        return self.send(self._inbound("text", text=line))

    def _inbound(self, kind: str, *, text: str = "", choice: str = "") -> Inbound:
        return Inbound(
            channel="console",
            user_id=self.user_id,
            kind=kind,  # type: ignore[arg-type]
            text=text,
            choice=choice,
            received_at=self.clock(),
        )


def run_lines(chat: ConsoleChat, lines: Iterable[str], write: Callable[[str], None]) -> None:
    """Piped mode: one resident message per line, the bot's answer after each."""
    # Piped input starts with the resident's first message, as on LINE after a long pause:
    # the engine greets within its first answer (crisis lines always come first).
    for line in lines:
        if not line.strip():
            continue
        write(f"\n> {line.strip()}\n")
        write(chat.say(line))
