"""``tsunagu staff``: add accounts (password given, prompted or generated), list, unlock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from admin.accounts import check_password
from bot.cli import app
from intake.db import make_engine, make_session_factory
from intake.models import Staff
from tests.conftest import TEST_SECRET


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_url: str) -> str:
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("TSUNAGU_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("TSUNAGU_DATABASE_URL", db_url)
    return db_url


def accounts_in(db_url: str) -> dict[str, Staff]:
    engine = make_engine(db_url)
    try:
        with make_session_factory(engine)() as session:
            return {s.name: s for s in session.scalars(select(Staff))}
    finally:
        engine.dispose()


def test_add_with_a_password(env: str) -> None:
    result = CliRunner().invoke(
        app,
        ["staff", "add", "長井 佐藤", "--role", "staff", "-m", "nagai", "-m", "daisen",
         "--password", "a long enough password"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "added staff account 長井 佐藤 (staff; nagai, daisen)" in result.output
    assert "a long enough password" not in result.output
    staff = accounts_in(env)["長井 佐藤"]
    assert staff.municipalities == ["nagai", "daisen"]
    assert staff.password_hash.startswith("$argon2id$")
    assert check_password(staff.password_hash, "a long enough password")


def test_add_without_a_terminal_generates_and_shows_the_password_once(env: str) -> None:
    result = CliRunner().invoke(
        app, ["staff", "add", "協働", "--role", "coordinator", "-m", "nagai"]
    )
    assert result.exit_code == 0, result.output
    found = re.search(r"password \(shown once, hand it over safely\): (\S+)", result.output)
    assert found
    assert check_password(accounts_in(env)["協働"].password_hash, found.group(1))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "boss", "-m", "nagai"], "role: one of staff, outreach, coordinator"),
        (["--role", "staff", "-m", "tokyo"], "municipality: unknown tokyo"),
        (["--role", "staff", "-m", "nagai", "--password", "short"], "at least 10 characters"),
    ],
)
def test_bad_accounts_are_refused_with_one_line(env: str, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["staff", "add", "someone", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert accounts_in(env) == {}


def test_names_are_unique(env: str) -> None:
    args = ["staff", "add", "同名", "--role", "staff", "-m", "oda", "--password", "0123456789ab"]
    assert CliRunner().invoke(app, args).exit_code == 0
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 2 and "exists already" in again.output


def test_list_and_unlock(env: str) -> None:
    runner = CliRunner()
    runner.invoke(
        app, ["staff", "add", "鍵", "--role", "outreach", "-m", "oda", "--password", "0123456789ab"]
    )
    engine = make_engine(env)
    with make_session_factory(engine).begin() as session:
        staff = session.scalars(select(Staff)).one()
        staff.failed_logins = 9
        from datetime import timedelta

        from intake.models import utcnow

        staff.locked_until = utcnow() + timedelta(minutes=5)
    engine.dispose()
    listed = runner.invoke(app, ["staff", "list"])
    assert "鍵\toutreach\toda\tlocked" in listed.output
    assert runner.invoke(app, ["staff", "unlock", "鍵"]).exit_code == 0
    assert accounts_in(env)["鍵"].locked_until is None
    assert runner.invoke(app, ["staff", "unlock", "だれ"]).exit_code == 2


def test_an_outdated_schema_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TSUNAGU_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("TSUNAGU_DATABASE_URL", f"sqlite:///{tmp_path}/empty.sqlite3")
    result = CliRunner().invoke(
        app, ["staff", "add", "x", "--role", "staff", "-m", "nagai", "--password", "0123456789ab"]
    )
    assert result.exit_code == 2
    assert "tsunagu db upgrade" in result.output


def test_help() -> None:
    result = CliRunner().invoke(app, ["staff", "add", "--help"])
    assert result.exit_code == 0
    assert "--municipality" in result.output and "--role" in result.output
