"""The LINE channel (line-bot-sdk v3): webhook, decoder and sender.

``events`` verifies, parses and decodes webhook events; ``render`` turns replies into
LINE messages within LINE's limits; ``sender`` sends them (reply token, else push with a
retry key); ``channel`` ties them to the app (:class:`LineChannel`).
"""

from bot.line.channel import WEBHOOK_PATH, LineChannel
from bot.line.sender import LineSender, Quota

__all__ = ["WEBHOOK_PATH", "LineChannel", "LineSender", "Quota"]
