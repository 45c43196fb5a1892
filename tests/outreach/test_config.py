"""The plans file (checked as staff edit it), sending-hours arithmetic and reminder dates."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from intake.outreach.config import PACKAGED, ConfigError, Rules, current_config, load_config
from intake.outreach.reminders import due_reminders
from intake.outreach.timing import add_months, in_hours, month_bounds, next_opening
from tests.outreach.helpers import TZ, jst

RULES = Rules(start=time(10), end=time(19))


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = PACKAGED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "plans.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_packaged_plans_are_gentle_and_say_how_to_stop() -> None:
    config = load_config(PACKAGED)
    assert set(config.plans) >= {"standard", "gentle"}
    standard = config.plans["standard"]
    assert [standard.offset(s) for s in range(1, 6)] == [3, 10, 30, 60, 90]
    assert config.defaults == Rules(time(10), time(19), 1, 200)
    for name in config.messages:
        text = config.text(name, "長井市")
        assert text.startswith("長井市の")
        assert "返信はいりません" in text
        assert "「停止」と送ると、こちらからのメッセージは止まります" in text
        assert "「緊急」" in text
        assert "？" not in text and "必ず" not in text


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("返信はいりません。", "なぜ返事をくれないのですか。", "messages.first.text"),
        ("返信はいりません。", "必ず職員が訪問します。", "messages.first.text"),
        ("お変わりありませんか。返信", "お元気ですか？返信", "messages.first.text"),
        ("「停止」と送ると", "「やめる」と送ると", "footer.text"),
        ('hours = "10:00-19:00"', 'hours = "10:00-23:00"', "defaults.hours"),
        ('hours = "10:00-19:00"', 'hours = "19:00-10:00"', "defaults.hours"),
        ("weekly_cap = 1", "weekly_cap = 0", "defaults.weekly_cap"),
        ("days = [3, 10, 30]", "days = [10, 3]", "plans.standard.days"),
        (
            'messages = ["first", "second"',
            'messages = ["first", "secnd"',
            "plans.standard.messages",
        ),
        ("{place}の相談窓口です。その後", "{name}の相談窓口です。その後", "messages.second.text"),
        (
            "# [municipalities.nagai]\n# line",
            "[municipalities.tokyo]\nline",
            "municipalities.tokyo",
        ),
    ],
)
def test_a_bad_edit_is_named(tmp_path: Path, old: str, new: str, key: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_config(_edited(tmp_path, old, new))
    assert key in str(raised.value) and "plans.toml" in str(raised.value)


def test_per_municipality_rules(tmp_path: Path) -> None:
    path = _edited(
        tmp_path,
        "# [municipalities.nagai]\n# line_monthly_budget = 500",
        "[municipalities.nagai]\nline_monthly_budget = 500",
    )
    config = load_config(path)
    assert config.rules("nagai").line_monthly_budget == 500
    assert config.rules("nagai").start == time(10)
    assert config.rules("daisen").line_monthly_budget == 200


def test_a_local_copy_wins_and_a_broken_edit_keeps_the_last_good_one(tmp_path: Path) -> None:
    local = tmp_path / "outreach" / "plans.toml"
    local.parent.mkdir()
    local.write_text(
        PACKAGED.read_text(encoding="utf-8").replace("weekly_cap = 1", "weekly_cap = 3")
    )
    assert current_config(tmp_path).defaults.weekly_cap == 3
    import os

    local.write_text("this is not toml = = =")
    os.utime(local, (1, 1))
    assert current_config(tmp_path).defaults.weekly_cap == 3


def test_sending_hours() -> None:
    assert in_hours(jst(2026, 12, 1, 10), RULES, TZ)
    assert not in_hours(jst(2026, 12, 1, 19), RULES, TZ)
    assert next_opening(jst(2026, 12, 1, 12), RULES, TZ) == jst(2026, 12, 1, 12)
    assert next_opening(jst(2026, 12, 1, 7), RULES, TZ) == jst(2026, 12, 1, 10)
    assert next_opening(jst(2026, 12, 1, 19), RULES, TZ) == jst(2026, 12, 2, 10)
    assert next_opening(jst(2026, 12, 31, 23, 59), RULES, TZ) == jst(2027, 1, 1, 10)


def test_months() -> None:
    start, end = month_bounds(jst(2026, 12, 1, 0, 30), TZ)  # 2026-11-30 15:30 UTC
    assert start == datetime(2026, 11, 30, 15, tzinfo=UTC)
    assert end == datetime(2026, 12, 31, 15, tzinfo=UTC)
    assert add_months(datetime(2026, 11, 30, tzinfo=TZ), 3) == datetime(2027, 2, 28, tzinfo=TZ)


def test_reminder_dates(runtime: object) -> None:
    from bot.runtime import Runtime
    from intake import residents
    from intake.db import transaction
    from intake.models import Case
    from intake.outreach.reminders import mark_done

    assert isinstance(runtime, Runtime)
    with transaction(runtime.factory) as session:
        resident = residents.create(session, "line", "U-reminder")
        case = Case(
            resident_id=resident.id,
            municipality_id="daisen",
            channel="line",
            status="coordination",
            coordination_at=jst(2026, 6, 10, 15),
        )
        session.add(case)
        session.flush()
        case_id = case.id

    def kinds(at: datetime) -> list[tuple[str, bool]]:
        with runtime.factory() as session:
            return [(r.kind, r.overdue) for r in due_reminders(session, ["daisen"], at, TZ)]

    assert kinds(jst(2026, 9, 2)) == []
    assert kinds(jst(2026, 9, 4)) == [("monitoring", False)]  # a week ahead
    assert kinds(jst(2026, 9, 10, 16)) == [("monitoring", True)]
    assert kinds(jst(2026, 12, 10, 16)) == [("monitoring", True), ("review", True)]
    with runtime.factory() as session:
        assert due_reminders(session, ["nagai"], jst(2026, 12, 10, 16), TZ) == []
    with transaction(runtime.factory) as session:
        mark_done(session, case_id, "monitoring", None, jst(2026, 9, 11))
    assert kinds(jst(2026, 12, 10, 16)) == [("review", True)]


def test_a_broken_local_copy_never_stops_the_chat(tmp_path: Path) -> None:
    from intake.outreach.config import config_problem

    local = tmp_path / "outreach" / "plans.toml"
    local.parent.mkdir()
    local.write_text("[plans.standard]\ndays = 3\n", encoding="utf-8")
    assert current_config(tmp_path).plans.keys() == load_config(PACKAGED).plans.keys()
    problem = config_problem(tmp_path)
    assert "plans.toml" in problem and "[messages]" in problem
    assert config_problem(None) == ""
