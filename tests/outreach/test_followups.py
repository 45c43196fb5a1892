"""Follow-up plans on a controllable clock: days, hours, weekly cap, LINE budget, pause."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from bot.runtime import Runtime, build_runtime
from intake.db import transaction
from intake.messages import TextReply
from intake.models import Resident
from intake.outreach import plan as outreach_plan
from intake.outreach.budget import budgets
from intake.outreach.config import current_config
from intake.outreach.queries import waiting_for_worker
from intake.service import enqueue_push
from intake.settings import Settings
from tests.outreach.helpers import World, jst, world, write_plans


@pytest.fixture
def w(runtime: Runtime) -> World:
    return world(runtime)


def _runtime_with(settings: Settings, **defaults: Any) -> Runtime:
    write_plans(settings.var_dir, **defaults)
    return build_runtime(settings)


def test_invite_links_the_chat_and_schedules_step_one(w: World) -> None:
    code = w.invite()
    replies = w.say("U1", f"招待コード {code}", jst(2026, 12, 1, 11))
    assert "招待コードを確認しました。" in replies
    rid = w.resident_id("U1")
    resident = w.resident(rid)
    assert resident is not None and resident.invite_id == w.invite_row(code).id
    assert resident.municipality_id == "daisen"
    (first,) = w.followups(rid)
    assert (first.step, first.status, first.template) == (1, "scheduled", "first")
    assert first.due_at == jst(2026, 12, 4, 11)


def test_the_same_code_twice_schedules_one_plan(w: World) -> None:
    code = w.invite()
    rid = w.arrive("U1", code, jst(2026, 12, 1, 11))
    w.arrive("U1", code, jst(2026, 12, 1, 12))
    assert w.statuses(rid) == [(1, "scheduled")]


def test_a_new_invite_replaces_the_old_plan(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.arrive("U1", w.invite(plan="gentle"), jst(2026, 12, 2, 11))
    assert w.statuses(rid) == [(1, "cancelled"), (1, "scheduled")]
    assert w.followups(rid)[1].due_at == jst(2026, 12, 12, 11)  # gentle: day 10


def test_plan_sends_on_its_days_and_nothing_in_between(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    assert w.tick(jst(2026, 12, 4, 10, 59)).queued == []
    assert w.tick(jst(2026, 12, 4, 11)).queued != []
    texts = w.line.texts_to("U1")
    assert len(texts) == 1
    assert "大仙市" in texts[0] and "返信はいりません" in texts[0]
    assert "「停止」と送ると、こちらからのメッセージは止まります" in texts[0]
    assert "「緊急」" in texts[0]
    # Nothing more until day 10; running the worker again sends nothing twice.
    for day in range(4, 11):
        w.tick(jst(2026, 12, day, 18))
    assert len(w.line.texts_to("U1")) == 1
    w.tick(jst(2026, 12, 11, 11))
    w.tick(jst(2026, 12, 31, 11))
    w.tick(jst(2027, 1, 30, 11))
    assert len(w.line.texts_to("U1")) == 4
    sent = [(f.step, f.status, f.template) for f in w.followups(rid)]
    assert sent[:4] == [
        (1, "sent", "first"),
        (2, "sent", "second"),
        (3, "sent", "third"),
        (4, "sent", "monthly"),
    ]
    assert sent[4] == (5, "scheduled", "monthly")
    assert w.followups(rid)[4].due_at == jst(2027, 3, 1, 11)
    # The staff transcript shows what was sent.
    assert all(m.used_push for m in w.outbox())


@pytest.mark.parametrize(
    ("arrive_hour", "due_local"),
    [(22, (2026, 12, 5, 10)), (6, (2026, 12, 4, 10)), (19, (2026, 12, 5, 10))],
)
def test_nothing_is_scheduled_at_night(
    w: World, arrive_hour: int, due_local: tuple[int, int, int, int]
) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, arrive_hour))
    assert w.followups(rid)[0].due_at == jst(*due_local)


def test_a_follow_up_due_at_night_waits_for_the_morning(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 18, 50))
    # The worker was down from 18:40 until 23:00 on day 3: the row is due but it is night.
    result = w.tick(jst(2026, 12, 4, 23))
    assert result.queued == [] and result.moved == 1
    assert w.followups(rid)[0].due_at == jst(2026, 12, 5, 10)
    assert w.line.texts_to("U1") == []
    w.tick(jst(2026, 12, 5, 3))
    assert w.line.texts_to("U1") == []
    w.tick(jst(2026, 12, 5, 10))
    assert len(w.line.texts_to("U1")) == 1


def test_never_above_the_weekly_cap(settings: Settings) -> None:
    extra = """
[plans.quick]
title = "テスト用"
days = [1, 2, 3]
then_every_days = 1
max_messages = 5
messages = ["first"]
"""
    write_plans(settings.var_dir, extra=extra, weekly_cap=2)
    rt = build_runtime(settings)
    try:
        w = world(rt)
        rid = w.arrive("U1", w.invite(plan="quick"), jst(2026, 12, 1, 11))
        for day in range(2, 16):
            w.tick(jst(2026, 12, day, 11))
            w.tick(jst(2026, 12, day, 15))
        sends = [m.created_at for m in w.outbox()]
        assert len(sends) >= 4
        for i, at in enumerate(sends):
            in_week = [s for s in sends[: i + 1] if at - s < timedelta(days=7)]
            assert len(in_week) <= 2
        # Day 1 and 2 go out; day 3 waits until a week after day 1.
        assert sends[:3] == [jst(2026, 12, 2, 11), jst(2026, 12, 3, 11), jst(2026, 12, 9, 11)]
        assert w.statuses(rid)[0] == (1, "sent")
    finally:
        rt.engine.dispose()


def test_line_budget_holds_follow_ups_and_never_blocks_staff(settings: Settings) -> None:
    rt = _runtime_with(settings, line_monthly_budget=2)
    try:
        w = world(rt)
        code = w.invite()
        ids = [w.arrive(f"U{i}", code, jst(2026, 12, 1, 11)) for i in range(3)]
        telegram_id = w.arrive("T1", code, jst(2026, 12, 1, 11), channel="telegram")
        result = w.tick(jst(2026, 12, 4, 11))
        assert len(result.queued) == 3  # two LINE, one Telegram (Telegram costs nothing)
        assert result.held == 1
        assert len(w.telegram.texts_to("T1")) == 1
        held = [rid for rid in ids if w.statuses(rid)[0] == (1, "scheduled")]
        assert len(held) == 1  # held, not dropped
        with rt.factory() as session:
            (b,) = budgets(
                session,
                ["daisen"],
                jst(2026, 12, 4, 12),
                current_config(settings.var_dir),
                rt.settings.tz,
            )
        assert (b.limit, b.used, b.reserved, b.remaining, b.held) == (2, 2, 0, 0, 1)
        # Staff replies still go out above the budget.
        with transaction(rt.factory) as session:
            resident = session.get(Resident, held[0])
            assert resident is not None
            enqueue_push(
                session,
                resident,
                kind="staff",
                replies=[TextReply("担当の者です")],
                now=jst(2026, 12, 4, 12),
            )
        asyncio.run(rt.dispatcher_at(jst(2026, 12, 4, 12)).deliver_due())
        assert w.line.texts_to(f"U{ids.index(held[0])}", kind="staff") == ["担当の者です"]
        # Held all month (the two sent ones' second messages wait too), never dropped;
        # January's budget takes the oldest first.
        assert w.tick(jst(2026, 12, 31, 18)).held == 3
        result = w.tick(jst(2027, 1, 1, 10))
        assert (len(result.queued), result.held) == (2, 1)
        assert w.statuses(held[0])[0] == (1, "sent")
        assert w.statuses(telegram_id)[:2] == [(1, "sent"), (2, "sent")]
    finally:
        rt.engine.dispose()


def test_a_reply_pauses_the_plan_until_staff_resume_it(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.tick(jst(2026, 12, 4, 11))
    w.say("U1", "少しだけ話を聞いてほしいです", jst(2026, 12, 5, 20))
    assert w.statuses(rid) == [(1, "sent"), (2, "paused")]
    for day in range(6, 40):
        w.tick(jst(2026, 12, 5, 11) + timedelta(days=day))
    assert len(w.line.texts_to("U1")) == 1
    with w.runtime.factory() as session:
        (row,) = waiting_for_worker(session, ["daisen"])
        assert row.resident_id == rid and row.case_id is not None
        assert waiting_for_worker(session, ["nagai"]) == []
    with transaction(w.runtime.factory) as session:
        resident = session.get(Resident, rid)
        assert resident is not None
        config = current_config(w.runtime.settings.var_dir)
        resumed = outreach_plan.resume(
            session, resident, jst(2027, 1, 20, 21), config, w.runtime.settings.tz
        )
        assert resumed is not None
        assert resumed.due_at == jst(2027, 1, 24, 10)  # 3 days later, at the next opening
    w.tick(jst(2027, 1, 24, 10))
    assert len(w.line.texts_to("U1")) == 2


def test_a_reply_cancels_a_gentle_message_not_yet_sent(w: World) -> None:
    rid = w.arrive("U1", w.invite(), jst(2026, 12, 1, 11))
    w.queue(jst(2026, 12, 4, 11))  # queued, not yet sent
    w.say("U1", "いま読みました", jst(2026, 12, 4, 11, 1))
    asyncio.run(w.runtime.dispatcher_at(jst(2026, 12, 4, 11, 2)).deliver_due())
    assert w.line.texts_to("U1") == []
    assert [m.status for m in w.outbox()] == ["cancelled"]
    assert w.statuses(rid)[-1] == (2, "paused")


def test_the_invite_message_and_a_follow_event_are_not_replies() -> None:
    from intake.messages import Inbound

    def inbound(kind: Any, text: str = "") -> Inbound:
        return Inbound(channel="line", user_id="U", kind=kind, text=text)

    assert not outreach_plan.is_reply(inbound("text", "招待コード ABCDEFGH"))
    assert not outreach_plan.is_reply(inbound("follow"))
    assert not outreach_plan.is_reply(inbound("text", "停止"))
    assert not outreach_plan.is_reply(inbound("text", "  "))
    assert outreach_plan.is_reply(inbound("text", "こんにちは"))
    assert outreach_plan.is_reply(inbound("non_text", "スタンプ"))
