"""``tsunagu classify``: concern extraction, one JSON object per input line."""

from __future__ import annotations

import sys

import typer


def classify(
    explain: bool = typer.Option(
        False, "--explain", help="Show each label and the words behind it instead of JSON."
    ),
) -> None:
    """Read UTF-8 messages from stdin (one per line); write fields, patterns, crisis, evidence."""
    from nlp.cli import run

    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    lines = (line.rstrip("\r\n") for line in sys.stdin)
    for out in run(lines, explain=explain):
        sys.stdout.write(out + "\n")
        sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command("classify")(classify)
