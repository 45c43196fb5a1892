"""Stopping at once: every opt-out phrasing, a block, a failed-for-good send, deletion."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from bot.runtime import Runtime
from intake.messages import Inbound
from intake.models import FollowUp, OutboxMessage
from intake.outbox import MAX_ATTEMPTS, SendError
from intake.outreach.queries import failed_sends, stopped_plans
from intake.texts import STOP_DONE
from tests.outreach.helpers import World, jst, world


@pytest.fixture
def w(runtime: Runtime) -> World:
    return world(runtime)


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("line", "停止"),
        ("line", "もう送らないで"),
        ("line", "連絡しないで"),
        ("line", "連絡しないでください"),
        ("line", "ていし"),
        ("telegram", "/stop"),
        ("telegram", "停止"),
    ],
)
def test_each_opt_out_stops_the_plan_at_once(w: World, channel: str, text: str) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11), channel=channel)
    w.tick(jst(2026, 12, 4, 11))
    replies = w.say("U1", text, jst(2026, 12, 5, 12), channel=channel)
    assert replies.count(STOP_DONE) == 1  # the bot confirms once, kindly
    assert w.statuses(rid) == [(1, "sent"), (2, "cancelled")]
    resident = w.resident(rid)
    assert resident is not None and resident.outreach_stopped_at is not None
    for month in (1, 2, 3, 4):
        w.tick(jst(2027, month, 15, 11))
    sender = w.line if channel == "line" else w.telegram
    assert len(sender.texts_to("U1")) == 1
    # Scanning the code again does not restart what the resident stopped.
    w.arrive("U1", w.invite(), jst(2027, 5, 1, 11), channel=channel)
    assert w.statuses(rid) == [(1, "sent"), (2, "cancelled")]


def test_opt_out_cancels_a_message_already_queued(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.queue(jst(2026, 12, 4, 11))
    w.say("U1", "停止", jst(2026, 12, 4, 11, 1))
    asyncio.run(w.runtime.dispatcher_at(jst(2026, 12, 4, 11, 2)).deliver_due())
    assert w.line.texts_to("U1") == []
    assert [m.status for m in w.outbox()] == ["cancelled"]
    assert [s for _, s in w.statuses(rid)] == ["sent", "cancelled"]


def test_unfollow_stops_it(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.event(Inbound(channel="line", user_id="U1", kind="unfollow", received_at=jst(2026, 12, 2)))
    assert w.statuses(rid) == [(1, "cancelled")]
    resident = w.resident(rid)
    assert resident is not None and not resident.reachable
    w.tick(jst(2026, 12, 4, 11))
    assert w.line.texts_to("U1") == []
    with w.runtime.factory() as session:
        (row,) = stopped_plans(session, ["daisen"])
    assert (row.resident_id, row.status) == (rid, "blocked")


def test_telegram_blocked_stops_it(w: World) -> None:
    rid = w.arrive("T1", w.invite(), jst(2026, 12, 1, 11), channel="telegram")
    w.telegram.failures.append(SendError("Forbidden: bot was blocked by the user", blocked=True))
    w.tick(jst(2026, 12, 4, 11))
    resident = w.resident(rid)
    assert resident is not None and not resident.reachable
    assert [s for _, s in w.statuses(rid)] == ["sent", "cancelled"]
    w.tick(jst(2026, 12, 11, 11))
    assert w.telegram.texts_to("T1") == []


def test_deletion_removes_the_plan(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.tick(jst(2026, 12, 4, 11))
    w.say("U1", "削除", jst(2026, 12, 5, 11))
    w.event(
        Inbound(
            channel="line",
            user_id="U1",
            kind="choice",
            choice="del:yes",
            received_at=jst(2026, 12, 5, 11, 1),
        )
    )
    with w.runtime.factory() as session:
        assert session.scalar(select(func.count(FollowUp.id))) == 0
        assert (
            session.scalar(
                select(func.count(OutboxMessage.id)).where(OutboxMessage.kind == "followup")
            )
            == 0
        )
    assert w.resident(rid) is None
    w.tick(jst(2026, 12, 11, 11))
    assert len(w.line.texts_to("U1")) == 1


def test_a_send_that_fails_for_good_is_shown_to_staff(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.line.always_fail = SendError("500 from platform")
    at = jst(2026, 12, 4, 11)
    w.queue(at)
    for minute in range(0, 120, 1):
        from datetime import timedelta

        asyncio.run(w.runtime.dispatcher_at(at + timedelta(minutes=minute)).deliver_due())
    (row,) = w.outbox()
    assert (row.status, row.attempts) == ("failed", MAX_ATTEMPTS)
    with w.runtime.factory() as session:
        failed = [f for f in failed_sends(session, ["daisen"]) if f.kind == "followup"]
        assert [f.outbox_id for f in failed] == [row.id]
        assert failed[0].last_error == "500 from platform"
        assert failed_sends(session, ["nagai"]) == []
    assert w.statuses(rid)[0] == (1, "sent")  # handed over; the outbox shows it failed
