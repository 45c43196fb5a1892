"""The LINE channel (line-bot-sdk v3): webhook, decoder and sender.

``events`` verifies, parses and decodes webhook events; ``render`` turns replies into
LINE messages within LINE's limits (SDK-free, so other channels may reuse its text
splitting); ``sender`` sends them (reply token, else push with a retry key); ``channel``
ties them to the app (:class:`LineChannel`). The SDK is imported only when one of the
names below is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.line.channel import WEBHOOK_PATH, LineChannel
    from bot.line.sender import LineSender, Quota

__all__ = ["WEBHOOK_PATH", "LineChannel", "LineSender", "Quota"]


def __getattr__(name: str) -> Any:
    if name in ("WEBHOOK_PATH", "LineChannel"):
        from bot.line import channel

        return getattr(channel, name)
    if name in ("LineSender", "Quota"):
        from bot.line import sender

        return getattr(sender, name)
    raise AttributeError(f"module 'bot.line' has no attribute {name!r}")
