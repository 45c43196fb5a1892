"""``tsunagu chat``: the console channel."""

from __future__ import annotations

import os
import sys

import typer
from alembic import command

from bot.cli._common import fail, settings_or_exit
from bot.console import ConsoleChat, run_lines
from bot.runtime import build_runtime
from intake.migrate import alembic_config, pending, upgrade

# Shared-cache in-memory SQLite: alive while one connection stays open.
EPHEMERAL_DATABASE = "sqlite:///file:tsunagu-chat?mode=memory&cache=shared&uri=true"


def chat(
    municipality: str | None = typer.Option(
        None, "--municipality", "-m", help="Municipality id (daisen, nagai, oizumi, wakuya, oda)."
    ),
) -> None:
    """Talk to the bot as a resident. Piped: one message per line; a number picks an option.

    Without TSUNAGU_SECRET_KEY nothing is kept (an in-memory database is used).
    """
    overrides: dict[str, object] = {}
    if municipality:
        overrides["municipalities"] = [municipality]
    ephemeral = "TSUNAGU_SECRET_KEY" not in os.environ
    if ephemeral:
        overrides["database_url"] = EPHEMERAL_DATABASE
    settings = settings_or_exit(demo=ephemeral, **overrides)
    runtime = build_runtime(settings)
    with runtime.engine.connect() as keep_alive:
        if ephemeral:
            config = alembic_config(settings.database_url)
            config.attributes["connection"] = keep_alive
            command.upgrade(config, "head")
            keep_alive.commit()
        elif settings.database_url.startswith("sqlite"):
            upgrade(settings.database_url)  # the embedded database migrates itself
        elif pending(settings.database_url):
            fail("the database schema is not up to date: run `tsunagu db upgrade` first")
        _converse(ConsoleChat(runtime.factory, runtime.intake))


def _converse(console: ConsoleChat) -> None:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if not sys.stdin.isatty():
        run_lines(console, sys.stdin, typer.echo)
        return
    typer.echo(console.start())
    while True:
        try:
            line = input("\nあなた> ")
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        if line.strip():
            typer.echo(console.say(line))


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)
