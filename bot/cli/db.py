"""``tsunagu db upgrade``: apply migrations."""

from __future__ import annotations

import typer

from bot.cli._common import fail
from intake.migrate import upgrade
from intake.settings import Settings, SettingsError, load_settings

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration to TSUNAGU_DATABASE_URL (SQLite or PostgreSQL)."""
    try:
        settings: Settings = load_settings(demo=True)  # no secret needed to migrate
    except SettingsError as exc:
        fail(str(exc))
    try:
        upgrade(settings.database_url)
    except Exception as exc:  # report the driver's words, not a traceback
        fail(f"migration failed: {exc}", code=1)
    typer.echo("database schema is up to date")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
