"""Shared CLI helpers: settings with one clear error line, and exit codes."""

from __future__ import annotations

from typing import Any, NoReturn

import typer

from intake.settings import Settings, SettingsError, load_settings


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"tsunagu: {message}", err=True)
    raise typer.Exit(code)


def settings_or_exit(*, demo: bool = False, **overrides: Any) -> Settings:
    try:
        return load_settings(demo=demo, **overrides)
    except SettingsError as exc:
        fail(str(exc))
