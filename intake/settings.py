"""One typed settings object, read from ``TSUNAGU_*`` environment variables or ``.env``.

Every layer receives a :class:`Settings` instance explicitly; nothing reads the
environment at import time. A missing or malformed setting stops start-up with one line
naming it (see :func:`load_settings`).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/tsunagu.sqlite3"
KNOWN_MUNICIPALITIES = ("daisen", "nagai", "oizumi", "wakuya", "oda")


class SettingsError(Exception):
    """A setting is missing or malformed; the message names it in one line."""


class Settings(BaseSettings):
    """Runtime configuration. Secrets are ``SecretStr`` and never printed."""

    model_config = SettingsConfigDict(
        env_prefix="TSUNAGU_", env_file=".env", extra="ignore", validate_default=True
    )

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL. sqlite:///… and postgresql://… work as written.",
    )
    secret_key: SecretStr | None = Field(
        None, description="Signs admin sessions; required outside demo."
    )
    encryption_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated Fernet keys for data at rest, newest first. "
        "Empty: derived from SECRET_KEY.",
    )
    municipalities: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["daisen"],
        description="Comma-separated municipality ids served (daisen, nagai, oizumi, wakuya, oda).",
    )
    timezone: str = Field("Asia/Tokyo", description="Time zone for hours and reports.")
    line_channel_secret: SecretStr | None = Field(None, description="LINE channel secret.")
    line_channel_access_token: SecretStr | None = Field(
        None, description="LINE channel access token."
    )
    line_api_base_url: str = Field(
        "https://api.line.me", description="LINE Messaging API base URL (tests: a fake)."
    )
    telegram_bot_token: SecretStr | None = Field(None, description="Telegram bot token.")
    telegram_secret_token: SecretStr | None = Field(
        None, description="Secret token Telegram sends in X-Telegram-Bot-Api-Secret-Token."
    )
    telegram_api_base_url: str = Field(
        "https://api.telegram.org", description="Telegram Bot API base URL (tests: a fake)."
    )
    telegram_bot_username: str = Field(
        "", description="Bot username for t.me links; empty: asked from the Bot API."
    )
    line_bot_basic_id: str = Field(
        "", description="LINE basic id (e.g. @123abcde) for invite links."
    )
    max_body_bytes: int = Field(
        1_000_000, gt=0, description="Largest webhook body accepted (413 above it)."
    )
    send_lease_seconds: int = Field(
        60, ge=1, description="How long a claimed outgoing message is held before a retry."
    )
    retention_days: int = Field(
        0, ge=0, description="Purge transcripts of closed anonymous cases after N days (0: keep)."
    )
    demo: bool = Field(False, description="Demo mode (set by `tsunagu demo`).")
    var_dir: Path = Field(Path("var"), description="Folder for the SQLite file, QR codes, logs.")

    @field_validator("municipalities", mode="before")
    @classmethod
    def _split_municipalities(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("encryption_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("municipalities")
    @classmethod
    def _known_municipalities(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("name at least one municipality id")
        unknown = [m for m in value if m not in KNOWN_MUNICIPALITIES]
        if unknown:
            raise ValueError(
                f"unknown id {', '.join(unknown)}; known: {', '.join(KNOWN_MUNICIPALITIES)}"
            )
        return value

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql", "postgres://")):
            raise ValueError("use a sqlite:///… or postgresql://… URL")
        return value

    @field_validator("line_api_base_url", "telegram_api_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    # -- derived facts -------------------------------------------------------------------
    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def line_enabled(self) -> bool:
        return bool(self.line_channel_secret and self.line_channel_access_token)

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    def channels(self) -> dict[str, bool]:
        """Which channels are configured (for /healthz; never a secret)."""
        return {"line": self.line_enabled, "telegram": self.telegram_enabled, "web": True}

    def secret(self) -> str:
        """The session-signing secret; :func:`load_settings` guarantees it outside demo."""
        if self.secret_key is None:
            raise SettingsError("TSUNAGU_SECRET_KEY: required (set it in the environment)")
        return self.secret_key.get_secret_value()


def _first_error_line(exc: ValidationError) -> str:
    err = exc.errors()[0]
    name = "TSUNAGU_" + str(err["loc"][0]).upper() if err["loc"] else "settings"
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}"


def load_settings(*, demo: bool = False, **overrides: object) -> Settings:
    """Read settings; raise :class:`SettingsError` with one line naming a bad setting.

    In demo mode a missing secret key is generated (and the caller says so).
    """
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(_first_error_line(exc)) from None
    if demo:
        settings.demo = True
        if settings.secret_key is None:
            settings.secret_key = SecretStr(secrets.token_urlsafe(32))
    elif settings.secret_key is None:
        raise SettingsError("TSUNAGU_SECRET_KEY: required outside demo (a long random string)")
    elif len(settings.secret_key.get_secret_value()) < 16:
        raise SettingsError("TSUNAGU_SECRET_KEY: too short (use at least 16 characters)")
    if settings.line_channel_secret and not settings.line_channel_access_token:
        raise SettingsError("TSUNAGU_LINE_CHANNEL_ACCESS_TOKEN: required with LINE_CHANNEL_SECRET")
    if settings.line_channel_access_token and not settings.line_channel_secret:
        raise SettingsError("TSUNAGU_LINE_CHANNEL_SECRET: required with LINE_CHANNEL_ACCESS_TOKEN")
    if settings.telegram_bot_token and not settings.telegram_secret_token:
        raise SettingsError("TSUNAGU_TELEGRAM_SECRET_TOKEN: required with TELEGRAM_BOT_TOKEN")
    return settings
