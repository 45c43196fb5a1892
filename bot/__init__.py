"""Entry points: the web app, the CLI, channel adapters (LINE, Telegram, console, web chat)."""
