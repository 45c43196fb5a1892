"""``tsunagu keys``: encryption keys for data at rest."""

from __future__ import annotations

import typer
from cryptography.fernet import Fernet

from bot.cli._common import fail, settings_or_exit
from bot.runtime import SchemaOutdated, build_runtime, check_schema

keys_app = typer.Typer(help="Encryption keys for data at rest.", no_args_is_help=True)


@keys_app.command("new")
def new_key() -> None:
    """Print a fresh key to put first in TSUNAGU_ENCRYPTION_KEYS."""
    typer.echo(Fernet.generate_key().decode())


@keys_app.command("rotate")
def rotate() -> None:
    """Re-encrypt everything under the first key of TSUNAGU_ENCRYPTION_KEYS.

    Keep the old key after the new one until this finishes; then remove it.
    """
    from intake.keys import rotate_all

    settings = settings_or_exit()
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        fail(str(exc))
    runtime = build_runtime(settings)
    counts = rotate_all(runtime.engine)
    total = sum(counts.values())
    typer.echo(f"re-encrypted {total} values under the newest key")
    for name, count in counts.items():
        if count:
            typer.echo(f"  {name}: {count}")


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
