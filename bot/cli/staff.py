"""``tsunagu staff``: staff accounts of the admin (add, list, unlock, reset a password)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy import select
from sqlalchemy.orm import Session

from admin import accounts
from bot.cli._common import fail, settings_or_exit
from bot.runtime import SchemaOutdated, build_runtime, check_schema
from intake.db import transaction
from intake.models import Staff

staff_app = typer.Typer(help="Staff accounts of the admin (/admin).", no_args_is_help=True)

ROLE_HELP = (
    "staff (相談支援員), outreach (アウトリーチ支援員) or coordinator (多機関協働; "
    "also sees the audit log)."
)


@contextmanager
def _session() -> Iterator[Session]:
    settings = settings_or_exit()
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        fail(str(exc))
    runtime = build_runtime(settings)  # configures encryption as the server does
    try:
        with transaction(runtime.factory) as session:
            yield session
    finally:
        runtime.engine.dispose()


def _password(given: str | None) -> tuple[str, bool]:
    """The password to set, and whether it was generated (then it is shown once)."""
    if given is not None:
        return given, False
    if sys.stdin.isatty():
        typed: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        return typed, False
    return accounts.generate_password(), True


@staff_app.command("add")
def add(
    name: str = typer.Argument(..., help="Sign-in name (unique), e.g. 「長井 佐藤」."),
    role: str = typer.Option(..., "--role", "-r", help=ROLE_HELP),
    municipality: list[str] = typer.Option(
        ...,
        "--municipality",
        "-m",
        help="Municipality id whose cases this account sees; repeat for several.",
    ),
    password: str | None = typer.Option(
        None,
        "--password",
        help="The password (at least 10 characters). Without it: typed at a prompt on a "
        "terminal, otherwise generated and shown once.",
    ),
) -> None:
    """Add a staff account."""
    secret, generated = _password(password)
    with _session() as session:
        try:
            staff = accounts.create_staff(session, name, role, municipality, secret)
        except accounts.AccountError as exc:
            fail(str(exc))
        summary = f"{staff.name} ({staff.role}; {', '.join(staff.municipalities)})"
    typer.echo(f"added staff account {summary}")
    if generated:
        typer.echo(f"password (shown once, hand it over safely): {secret}")


@staff_app.command("list")
def list_accounts() -> None:
    """List staff accounts (never their passwords)."""
    with _session() as session:
        rows = session.scalars(select(Staff).order_by(Staff.name)).all()
        lines = [
            f"{s.name}\t{s.role}\t{','.join(s.municipalities)}"
            + ("\tlocked" if s.locked_until is not None else "")
            for s in rows
        ]
    typer.echo("\n".join(lines) if lines else "no staff accounts yet")


def _find(session: Session, name: str) -> Staff:
    staff = session.scalars(select(Staff).where(Staff.name == name)).first()
    if staff is None:
        fail(f"no staff account named {name!r}")
    return staff


@staff_app.command("unlock")
def unlock(name: str = typer.Argument(..., help="Sign-in name.")) -> None:
    """Lift a sign-in lock after repeated failures."""
    with _session() as session:
        staff = _find(session, name)
        staff.failed_logins = 0
        staff.locked_until = None
    typer.echo(f"unlocked {name}")


@staff_app.command("password")
def password_command(
    name: str = typer.Argument(..., help="Sign-in name."),
    password: str | None = typer.Option(None, "--password", help="The new password."),
) -> None:
    """Set a new password (signs the account out everywhere)."""
    secret, generated = _password(password)
    with _session() as session:
        staff = _find(session, name)
        try:
            accounts.set_password(staff, secret)
        except accounts.AccountError as exc:
            fail(str(exc))
    typer.echo(f"new password set for {name}")
    if generated:
        typer.echo(f"password (shown once, hand it over safely): {secret}")


def register(app: typer.Typer) -> None:
    app.add_typer(staff_app, name="staff")
