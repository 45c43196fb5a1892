"""``tsunagu telegram``: register the webhook with Telegram (run once per deployment)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import typer
from telegram import Bot
from telegram.error import TelegramError

from bot.cli._common import fail, settings_or_exit
from bot.telegram import ALLOWED_UPDATES, WEBHOOK_PATH
from intake.settings import Settings

SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")

telegram_app = typer.Typer(
    help="Telegram bot setup: register, show or remove the webhook.",
    no_args_is_help=True,
)


def _bot(settings: Settings) -> Bot:
    if settings.telegram_bot_token is None:
        fail("TSUNAGU_TELEGRAM_BOT_TOKEN: not set (the token BotFather gave you)")
    base = settings.telegram_api_base_url
    return Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
    )


async def _webhook_info(bot: Bot) -> dict[str, Any]:
    info = await bot.get_webhook_info()
    return {
        "url": info.url,
        "pending_update_count": info.pending_update_count,
        "allowed_updates": list(info.allowed_updates or ()),
        "last_error_message": info.last_error_message,
    }


def _print_info(info: dict[str, Any]) -> None:
    typer.echo(f"webhook: {info['url'] or '(none)'}")
    typer.echo(f"pending updates: {info['pending_update_count']}")
    if info["allowed_updates"]:
        typer.echo(f"allowed updates: {', '.join(info['allowed_updates'])}")
    if info["last_error_message"]:
        typer.echo(f"last error: {info['last_error_message']}")


@telegram_app.command("set-webhook")
def set_webhook(
    url: str = typer.Argument(
        ...,
        help="The public HTTPS address of the webhook, e.g. "
        "https://tsunagu.example.jp/webhooks/telegram",
    ),
    drop_pending_updates: bool = typer.Option(
        False, "--drop-pending-updates", help="Discard updates Telegram is still holding."
    ),
) -> None:
    """Tell Telegram where to send updates, with the secret token it must send back.

    Reads TSUNAGU_TELEGRAM_BOT_TOKEN and _SECRET_TOKEN; asks only for the updates used.
    """
    settings = settings_or_exit()
    if not url.startswith("https://"):
        fail("Telegram only delivers to https:// addresses")
    if not url.rstrip("/").endswith(WEBHOOK_PATH):
        typer.echo(f"note: tsunagu receives Telegram updates at {WEBHOOK_PATH}", err=True)
    secret = settings.telegram_secret_token
    if secret is None:
        fail("TSUNAGU_TELEGRAM_SECRET_TOKEN: not set (a random string of A-Z a-z 0-9 _ -)")
    if not SECRET_TOKEN.fullmatch(secret.get_secret_value()):
        fail("TSUNAGU_TELEGRAM_SECRET_TOKEN: use 1-256 characters of A-Z a-z 0-9 _ - only")
    bot = _bot(settings)

    async def run() -> dict[str, Any]:
        async with bot:
            await bot.set_webhook(
                url,
                secret_token=secret.get_secret_value(),
                allowed_updates=list(ALLOWED_UPDATES),
                drop_pending_updates=drop_pending_updates,
            )
            return await _webhook_info(bot)

    try:
        info = asyncio.run(run())
    except TelegramError as exc:
        fail(f"Telegram refused: {exc.message}", code=1)
    typer.echo(f"webhook set for @{bot.username}" if bot.username else "webhook set")
    _print_info(info)


@telegram_app.command("webhook-info")
def webhook_info() -> None:
    """Show the webhook Telegram has, the updates waiting and the last delivery error."""
    bot = _bot(settings_or_exit())

    async def run() -> dict[str, Any]:
        async with bot:
            return await _webhook_info(bot)

    try:
        info = asyncio.run(run())
    except TelegramError as exc:
        fail(f"Telegram refused: {exc.message}", code=1)
    _print_info(info)


@telegram_app.command("delete-webhook")
def delete_webhook(
    drop_pending_updates: bool = typer.Option(
        False, "--drop-pending-updates", help="Also discard updates Telegram is still holding."
    ),
) -> None:
    """Stop Telegram sending updates here (e.g. before moving the server)."""
    bot = _bot(settings_or_exit())

    async def run() -> None:
        async with bot:
            await bot.delete_webhook(drop_pending_updates=drop_pending_updates)

    try:
        asyncio.run(run())
    except TelegramError as exc:
        fail(f"Telegram refused: {exc.message}", code=1)
    typer.echo("webhook removed")


def register(app: typer.Typer) -> None:
    app.add_typer(telegram_app, name="telegram")
