"""The ``tsunagu`` command line.

Each command group lives in its own module with a ``register(app)`` function, so a new
group is one file plus one name in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES = (
    "bot.cli.run",
    "bot.cli.chat",
    "bot.cli.classify",
    "bot.cli.db",
    "bot.cli.directory",
    "bot.cli.staff",
    "bot.cli.keys",
    "bot.cli.telegram",
    "bot.cli.outreach",
)

app = typer.Typer(
    name="tsunagu",
    help="つなぐ — the chat front door of a municipality's 重層的支援体制整備事業.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module_name in COMMAND_MODULES:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:  # a group still being written
        if exc.name != module_name:
            raise
        continue
    module.register(app)


def main() -> None:
    app()
