"""Shared helpers for the outreach tests: residents arriving, speaking, and worker passes.

Everything runs on a real database (both backends through the ``runtime`` fixture) with
an explicit clock; senders stand in for the platforms (the channel tests use the fakes).
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.runtime import Runtime
from intake import residents
from intake.db import transaction
from intake.messages import Inbound, reply_text
from intake.models import FollowUp, Invite, OutboxMessage, Resident
from intake.outbox import Outgoing, SendError
from intake.outreach.config import current_config
from intake.outreach.invites import create_invite
from intake.outreach.sender import RunResult, run_due

TZ = ZoneInfo("Asia/Tokyo")


def jst(year: int, month: int, day: int, hour: int = 11, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ).astimezone(UTC)


class RecordingSender:
    """A channel's way out that remembers what it sent (and can fail on demand)."""

    def __init__(self, *, push: bool = True) -> None:
        self.sent: list[Outgoing] = []
        self.failures: list[SendError] = []
        self.always_fail: SendError | None = None
        self.push = push
        self.lock = threading.Lock()

    async def send(self, message: Outgoing) -> bool:
        with self.lock:
            if self.always_fail is not None:
                raise self.always_fail
            if self.failures:
                raise self.failures.pop(0)
            self.sent.append(message)
        # Answers to what the resident just wrote go with their reply token (free on LINE).
        return self.push and message.kind != "reply"

    def texts_to(self, recipient: str, kind: str | None = "followup") -> list[str]:
        with self.lock:
            return [
                reply_text(r)
                for m in self.sent
                if m.recipient == recipient and (kind is None or m.kind == kind)
                for r in m.replies
            ]


@dataclass
class World:
    runtime: Runtime
    line: RecordingSender
    telegram: RecordingSender

    def invite(
        self, municipality: str = "daisen", plan: str = "standard", label: str = "A地区"
    ) -> str:
        with transaction(self.runtime.factory) as session:
            invite = create_invite(
                session,
                municipality_id=municipality,
                label=label,
                plan=plan,
                municipalities=list(self.runtime.settings.municipalities),
                plans=list(current_config(self.runtime.settings.var_dir).plans),
                now=jst(2026, 12, 1, 9),
            )
            return invite.code

    def say(self, user: str, text: str, at: datetime, channel: str = "line") -> list[str]:
        return self.event(
            Inbound(channel=channel, user_id=user, kind="text", text=text, received_at=at)
        )

    def event(self, inbound: Inbound) -> list[str]:
        with transaction(self.runtime.factory) as session:
            handled = self.runtime.intake.handle(session, inbound, now=inbound.received_at)
        dispatcher = self.runtime.dispatcher_at(inbound.received_at)
        for outbox_id in handled.outbox_ids:  # answered at once, as the webhook does
            asyncio.run(dispatcher.deliver(outbox_id))
        return [reply_text(r) for r in handled.replies]

    def arrive(self, user: str, code: str, at: datetime, channel: str = "line") -> int:
        self.say(user, f"招待コード {code}", at, channel)
        return self.resident_id(user, channel)

    def resident_id(self, user: str, channel: str = "line") -> int:
        with self.runtime.factory() as session:
            resident = residents.find(session, channel, user)
            assert resident is not None
            return resident.id

    def queue(self, at: datetime) -> RunResult:
        return run_due(
            self.runtime.factory,
            current_config(self.runtime.settings.var_dir),
            now=at,
            tz=self.runtime.settings.tz,
            directory=self.runtime.intake.directory,
        )

    def tick(self, at: datetime) -> RunResult:
        """One worker pass at ``at``: queue due follow-ups, then send due outbox rows."""
        result = self.queue(at)
        asyncio.run(self.runtime.dispatcher_at(at).deliver_due())
        return result

    def followups(self, resident_id: int) -> list[FollowUp]:
        with self.runtime.factory() as session:
            return list(
                session.scalars(
                    select(FollowUp)
                    .where(FollowUp.resident_id == resident_id)
                    .order_by(FollowUp.id)
                )
            )

    def statuses(self, resident_id: int) -> list[tuple[int, str]]:
        return [(f.step, f.status) for f in self.followups(resident_id)]

    def resident(self, resident_id: int) -> Resident | None:
        with self.runtime.factory() as session:
            return session.get(Resident, resident_id)

    def outbox(self, kind: str = "followup") -> list[OutboxMessage]:
        with self.runtime.factory() as session:
            return list(
                session.scalars(
                    select(OutboxMessage)
                    .where(OutboxMessage.kind == kind)
                    .order_by(OutboxMessage.id)
                )
            )

    def invite_row(self, code: str) -> Invite:
        with self.runtime.factory() as session:
            invite = session.scalars(select(Invite).where(Invite.code == code)).one()
            return invite


def world(runtime: Runtime) -> World:
    line, telegram = RecordingSender(), RecordingSender(push=False)
    runtime.senders["line"] = line
    runtime.senders["telegram"] = telegram
    return World(runtime=runtime, line=line, telegram=telegram)


def write_plans(var_dir: Path, extra: str = "", **defaults: Any) -> None:
    """A local plans file (``{var_dir}/outreach/plans.toml``) based on the packaged one."""
    from intake.outreach.config import PACKAGED

    text = PACKAGED.read_text(encoding="utf-8")
    for key, value in defaults.items():
        rendered = f'"{value}"' if isinstance(value, str) else str(value)
        lines = text.splitlines()
        idx = next(i for i, line in enumerate(lines) if line.startswith(f"{key} = "))
        lines[idx] = f"{key} = {rendered}"
        text = "\n".join(lines) + "\n"
    path = var_dir / "outreach" / "plans.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + extra, encoding="utf-8")
