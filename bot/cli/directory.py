"""``tsunagu directory check``: validate the windows data and list its gaps."""

from __future__ import annotations

from pathlib import Path

import typer

directory_app = typer.Typer(help="The municipalities' windows (窓口) data.", no_args_is_help=True)


@directory_app.command("check")
def check(
    data_dir: Path | None = typer.Option(None, help="Folder of data files (default: packaged)."),
) -> None:
    """List every gap per municipality; exit 1 on a malformed file (file:line: message)."""
    from intake.directory.check import check_directory

    report = check_directory(data_dir)
    typer.echo(str(report))
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(directory_app, name="directory")
