"""``tsunagu outreach invite`` and ``tsunagu worker --once --now`` from the command line."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.cli import app
from intake.db import make_engine, make_session_factory
from intake.models import FollowUp, Invite
from tests.conftest import TEST_SECRET

runner = CliRunner()


@pytest.fixture
def env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no .env from the repository
    var = tmp_path / "var"
    for key, value in {
        "TSUNAGU_DATABASE_URL": db_url,
        "TSUNAGU_SECRET_KEY": TEST_SECRET,
        "TSUNAGU_MUNICIPALITIES": "nagai,daisen",
        "TSUNAGU_VAR_DIR": str(var),
        "TSUNAGU_LINE_BOT_BASIC_ID": "@123abcde",
        "TSUNAGU_TELEGRAM_BOT_USERNAME": "tsunagu_test_bot",
    }.items():
        monkeypatch.setenv(key, value)
    return var


def test_invite_prints_code_links_and_writes_qr_files(env: Path, db_url: str) -> None:
    result = runner.invoke(
        app, ["outreach", "invite", "--municipality", "nagai", "--label", "A地区 訪問 11月"]
    )
    assert result.exit_code == 0, result.output
    code = re.search(r"招待コード: ([2-9A-HJ-NP-Z]{8})", result.output)
    assert code, result.output
    code_text = code.group(1)
    assert (
        f"https://line.me/R/oaMessage/@123abcde/?%E6%8B%9B%E5%BE%85%E3%82%B3%E3%83%BC%E3%83%89%20{code_text}"
        in result.output
    )
    assert f"https://t.me/tsunagu_test_bot?start={code_text}" in result.output
    for channel in ("line", "telegram"):
        png = env / "qr" / f"{code_text}-{channel}.png"
        svg = env / "qr" / f"{code_text}-{channel}.svg"
        assert str(png) in result.output and str(svg) in result.output
        assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg")
    engine = make_engine(db_url)
    try:
        with make_session_factory(engine)() as session:
            invite = session.scalars(select(Invite)).one()
            assert (invite.code, invite.municipality_id, invite.label, invite.plan) == (
                code_text,
                "nagai",
                "A地区 訪問 11月",
                "standard",
            )
    finally:
        engine.dispose()


def test_invite_refuses_unknown_plan_and_municipality(env: Path) -> None:
    result = runner.invoke(
        app, ["outreach", "invite", "-m", "nagai", "-l", "x", "--plan", "nonexistent"]
    )
    assert result.exit_code == 2 and "nonexistent" in result.output
    result = runner.invoke(app, ["outreach", "invite", "-m", "oda", "-l", "x"])
    assert result.exit_code == 2 and "oda" in result.output


def test_help_texts(env: Path) -> None:
    result = runner.invoke(app, ["outreach", "invite", "--help"])
    assert result.exit_code == 0
    for option in ("--municipality", "--label", "--plan"):
        assert option in result.output
    assert "Municipality id" in result.output and "letters and flyers" not in result.output
    assert runner.invoke(app, ["outreach", "--help"]).exit_code == 0


def test_plans_check_and_preview(env: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["outreach", "plans", "-m", "nagai"])
    assert result.exit_code == 0, result.output
    assert "長井市の相談窓口です" in result.output and "[standard]" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (Path(__file__).parents[2] / "intake/outreach/plans.toml")
        .read_text(encoding="utf-8")
        .replace("返信はいりません。", "必ずお返事します。", 1),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["outreach", "plans", "--file", str(bad)])
    assert result.exit_code == 1
    assert "messages.first.text" in result.output and "必ず" in result.output


def test_worker_once_now_queues_due_follow_ups(env: Path, db_url: str) -> None:
    made = runner.invoke(app, ["outreach", "invite", "-m", "nagai", "-l", "B地区"])
    assert made.exit_code == 0, made.output
    engine = make_engine(db_url)
    factory = make_session_factory(engine)
    try:
        from bot.runtime import build_runtime
        from intake.messages import Inbound
        from intake.settings import load_settings
        from tests.outreach.helpers import jst

        code = re.search(r"招待コード: (\w{8})", made.output).group(1)  # type: ignore[union-attr]
        runtime = build_runtime(load_settings())
        with factory.begin() as session:
            runtime.intake.handle(
                session,
                Inbound(
                    channel="line",
                    user_id="U1",
                    kind="text",
                    text=f"招待コード {code}",
                    received_at=jst(2026, 12, 1, 11),
                ),
            )
        runtime.engine.dispose()
        early = runner.invoke(app, ["worker", "--once", "--now", "2026-12-04T10:59+09:00"])
        assert early.exit_code == 0, early.output
        assert "followups=0" in early.output
        due = runner.invoke(app, ["worker", "--once", "--now", "2026-12-04T11:00+09:00"])
        assert "followups=1" in due.output, due.output
        again = runner.invoke(app, ["worker", "--once", "--now", "2026-12-04T11:05+09:00"])
        assert "followups=0" in again.output
        with factory() as session:
            steps = [
                (f.step, f.status) for f in session.scalars(select(FollowUp).order_by(FollowUp.id))
            ]
        assert steps == [(1, "sent"), (2, "scheduled")]
    finally:
        engine.dispose()
