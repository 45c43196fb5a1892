"""Invites: a short code on a letter or flyer, its chat links and printable QR codes.

The code is 8 characters of ``23456789ABCDEFGHJKLMNPQRSTUVWXYZ`` (no 0/O, 1/I to misread).
The LINE link opens the chat with 「招待コード XXXXXXXX」 already typed; the Telegram link
starts the bot with the code (``/start XXXXXXXX``). QR codes are written as PNG and SVG
under ``{var_dir}/qr``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import httpx
import segno
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.commands import INVITE_ALPHABET
from intake.models import Invite, Resident
from intake.residents import random_code
from intake.settings import Settings

log = logging.getLogger(__name__)

CODE_LENGTH = 8
INVITE_TEXT = "招待コード {code}"


class InviteError(Exception):
    """The invite cannot be made as asked (unknown municipality or plan, empty label)."""


@dataclass(frozen=True)
class Links:
    code: str
    line: str | None
    telegram: str | None

    @property
    def text(self) -> str:
        """What a resident types when no link works."""
        return INVITE_TEXT.format(code=self.code)


@dataclass(frozen=True)
class QrFiles:
    channel: str  # "line" | "telegram" | "code"
    png: Path
    svg: Path


def new_code(session: Session) -> str:
    for _ in range(20):
        code = random_code(CODE_LENGTH)
        assert all(c in INVITE_ALPHABET for c in code)
        taken = session.scalar(select(Invite.id).where(Invite.code == code))
        if taken is None:
            return code
    raise InviteError("could not find a free invite code; try again")  # pragma: no cover


def create_invite(
    session: Session,
    *,
    municipality_id: str,
    label: str,
    plan: str,
    municipalities: list[str] | tuple[str, ...],
    plans: list[str] | tuple[str, ...],
    created_by: int | None = None,
    now: datetime,
) -> Invite:
    label = " ".join(label.split())
    if not label:
        raise InviteError("ラベルを書いてください（例：A地区 訪問 11月）")
    if len(label) > 200:
        raise InviteError("ラベルは200文字までです")
    if municipality_id not in municipalities:
        raise InviteError(f"市町村 {municipality_id!r} はこの環境で扱っていません")
    if plan not in plans:
        raise InviteError(f"計画 {plan!r} はありません（{', '.join(plans)}）")
    invite = Invite(
        code=new_code(session),
        municipality_id=municipality_id,
        label=label,
        plan=plan,
        created_by=created_by,
        created_at=now,
    )
    session.add(invite)
    session.flush()
    return invite


def line_link(basic_id: str, code: str) -> str | None:
    """``https://line.me/R/oaMessage/@id/?招待コード%20CODE`` (None without a basic id)."""
    basic_id = basic_id.strip()
    if not basic_id:
        return None
    if not basic_id.startswith("@"):
        basic_id = "@" + basic_id
    text = quote(INVITE_TEXT.format(code=code), safe="")
    return f"https://line.me/R/oaMessage/{quote(basic_id, safe='@')}/?{text}"


def telegram_link(username: str, code: str) -> str | None:
    """``https://t.me/BOT?start=CODE`` (None without a bot name)."""
    username = username.strip().lstrip("@")
    if not username:
        return None
    return f"https://t.me/{username}?start={code}"


def links_for(code: str, *, line_basic_id: str, telegram_username: str) -> Links:
    return Links(
        code=code,
        line=line_link(line_basic_id, code),
        telegram=telegram_link(telegram_username, code),
    )


_names: dict[tuple[str, str], str] = {}


def channel_names(settings: Settings, *, timeout: float = 5.0) -> tuple[str, str]:
    """(LINE basic id, Telegram bot username): from settings, else asked once from the API.

    A failed look-up is not cached, so the next call asks again.
    """
    basic_id = settings.line_bot_basic_id
    if not basic_id and settings.line_enabled and settings.line_channel_access_token:
        key = ("line", settings.line_api_base_url)
        if key not in _names:
            token = settings.line_channel_access_token.get_secret_value()
            basic_id = _ask(
                f"{settings.line_api_base_url}/v2/bot/info",
                {"Authorization": f"Bearer {token}"},
                ("basicId",),
                timeout,
            )
            if basic_id:
                _names[key] = basic_id
        basic_id = _names.get(key, "")
    username = settings.telegram_bot_username
    if not username and settings.telegram_bot_token:
        token = settings.telegram_bot_token.get_secret_value()
        key = ("telegram", f"{settings.telegram_api_base_url}/{token}")
        if key not in _names:
            username = _ask(
                f"{settings.telegram_api_base_url}/bot{token}/getMe",
                {},
                ("result", "username"),
                timeout,
            )
            if username:
                _names[key] = username
        username = _names.get(key, "")
    return basic_id, username


def _ask(url: str, headers: dict[str, str], path: tuple[str, ...], timeout: float) -> str:
    try:
        response = httpx.get(url, headers=headers, timeout=timeout)
        response.raise_for_status()
        value: object = response.json()
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return value if isinstance(value, str) else ""
    except (httpx.HTTPError, ValueError) as exc:
        log.warning("could not ask the platform for the bot's name: %s", type(exc).__name__)
        return ""


def write_qr(links: Links, qr_dir: Path) -> list[QrFiles]:
    """PNG and SVG for each link (or for the typed text when there is no link)."""
    qr_dir.mkdir(parents=True, exist_ok=True)
    targets = [(name, url) for name, url in (("line", links.line), ("telegram", links.telegram))]
    present = [(name, url) for name, url in targets if url]
    if not present:
        present = [("code", links.text)]
    written = []
    for name, content in present:
        qr = segno.make(content, error="m", micro=False)
        png = qr_dir / f"{links.code}-{name}.png"
        svg = qr_dir / f"{links.code}-{name}.svg"
        qr.save(str(png), scale=8, border=4)
        qr.save(str(svg), scale=4, border=4, title=f"{links.text}（{name}）")
        written.append(QrFiles(channel=name, png=png, svg=svg))
    return written


def qr_files(code: str, qr_dir: Path) -> list[QrFiles]:
    """The QR files already written for a code."""
    out = []
    for name in ("line", "telegram", "code"):
        png, svg = qr_dir / f"{code}-{name}.png", qr_dir / f"{code}-{name}.svg"
        if png.is_file() and svg.is_file():
            out.append(QrFiles(channel=name, png=png, svg=svg))
    return out


@dataclass(frozen=True)
class InviteRow:
    invite: Invite
    arrived: int


def list_invites(session: Session, municipality_ids: list[str] | None) -> list[InviteRow]:
    """Invites, newest first, with how many residents arrived through each."""
    arrived = (
        select(Resident.invite_id, func.count(Resident.id).label("n"))
        .where(Resident.invite_id.is_not(None))
        .group_by(Resident.invite_id)
        .subquery()
    )
    query = (
        select(Invite, func.coalesce(arrived.c.n, 0))
        .outerjoin(arrived, arrived.c.invite_id == Invite.id)
        .order_by(Invite.created_at.desc(), Invite.id.desc())
    )
    if municipality_ids is not None:
        query = query.where(Invite.municipality_id.in_(municipality_ids))
    return [InviteRow(invite=inv, arrived=int(n)) for inv, n in session.execute(query).all()]
