"""Several workers at once (threads sharing the database): each message goes out once."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

from sqlalchemy import select

from bot.runtime import Runtime
from intake import residents
from intake.db import transaction
from intake.models import FollowUp, Invite
from intake.outreach.config import current_config
from intake.outreach.plan import start_plan
from tests.outreach.helpers import jst, world

N = 40


def test_two_workers_racing_send_each_follow_up_exactly_once(runtime: Runtime) -> None:
    w = world(runtime)
    code = w.invite()
    config = current_config(runtime.settings.var_dir)
    with transaction(runtime.factory) as session:
        invite = session.scalars(select(Invite).where(Invite.code == code)).one()
        for i in range(N):
            channel = "line" if i % 2 else "telegram"
            resident = residents.create(session, channel, f"R{i}")
            resident.municipality_id = "daisen"
            resident.invite_id = invite.id
            start_plan(session, resident, invite, jst(2026, 12, 1, 11), config, runtime.settings.tz)
    at = jst(2026, 12, 4, 11)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            for _ in range(3):
                w.queue(at)
                asyncio.run(runtime.dispatcher_at(at).deliver_due())
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    sent = Counter(m.recipient for m in w.line.sent + w.telegram.sent if m.kind == "followup")
    assert len(sent) == N and set(sent.values()) == {1}
    retry_keys = [m.retry_key for m in w.line.sent]
    assert len(retry_keys) == len(set(retry_keys))
    with runtime.factory() as session:
        steps = Counter(
            (f.resident_id, f.step, f.status) for f in session.scalars(select(FollowUp))
        )
    assert sum(1 for (_, step, status) in steps if step == 1 and status == "sent") == N
    assert sum(1 for (_, step, status) in steps if step == 2 and status == "scheduled") == N
    assert set(steps.values()) == {1}
