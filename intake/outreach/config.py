"""Outreach plans, message texts and sending rules, read from ``plans.toml``.

Staff edit the TOML file (see its header); :func:`load_config` checks it and raises
:class:`ConfigError` with one line naming the file and the key that is wrong. A copy at
``{var_dir}/outreach/plans.toml`` takes the place of the packaged file.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PACKAGED = Path(__file__).with_name("plans.toml")

#: Words a gentle message must not use: no blaming (なぜ/どうして), no promises (必ず),
#: no asking for an answer.
FORBIDDEN_WORDS = ("必ず", "なぜ", "どうして", "返信してください", "返事をください", "ご返信")
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class ConfigError(Exception):
    """``plans.toml`` is malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Rules:
    """When and how much one municipality may send."""

    start: time = time(10, 0)
    end: time = time(19, 0)
    weekly_cap: int = 1
    line_monthly_budget: int = 200

    @property
    def hours_label(self) -> str:
        return f"{self.start:%H:%M}〜{self.end:%H:%M}"


@dataclass(frozen=True)
class Plan:
    """A sequence of gentle messages: ``days`` after arrival, then every N days."""

    name: str
    title: str
    days: tuple[int, ...]
    then_every_days: int
    max_messages: int
    resume_after_days: int
    messages: tuple[str, ...]

    def gap_before(self, step: int) -> int:
        """Days between step ``step - 1`` (0 = arrival) and ``step`` (1-based)."""
        return self.offset(step) - self.offset(step - 1)

    def offset(self, step: int) -> int:
        """Days from arrival to step ``step`` (0 → 0)."""
        if step <= 0:
            return 0
        if step <= len(self.days):
            return self.days[step - 1]
        return self.days[-1] + (step - len(self.days)) * self.then_every_days

    def template_for(self, step: int) -> str:
        return self.messages[min(step, len(self.messages)) - 1]

    def has_step(self, step: int) -> bool:
        return 1 <= step <= self.max_messages


@dataclass(frozen=True)
class OutreachConfig:
    plans: dict[str, Plan]
    messages: dict[str, str]
    footer: str
    defaults: Rules
    municipalities: dict[str, Rules] = field(default_factory=dict)
    source: Path = PACKAGED

    def rules(self, municipality_id: str | None) -> Rules:
        if municipality_id is None:
            return self.defaults
        return self.municipalities.get(municipality_id, self.defaults)

    def plan(self, name: str | None) -> Plan:
        """The named plan; an unknown or removed plan falls back to ``standard``."""
        if name and name in self.plans:
            return self.plans[name]
        return self.plans.get("standard") or next(iter(self.plans.values()))

    def text(self, template: str, place: str) -> str:
        body = self.messages.get(template) or self.messages[next(iter(self.messages))]
        return body.format(place=place).strip() + "\n\n" + self.footer.strip()


def config_path(var_dir: Path | None) -> Path:
    """The file in force: the local copy under ``var_dir`` if there is one."""
    if var_dir is not None:
        local = Path(var_dir) / "outreach" / "plans.toml"
        if local.is_file():
            return local
    return PACKAGED


def load_config(path: Path | None = None, *, var_dir: Path | None = None) -> OutreachConfig:
    """Read and check a plans file (default: :func:`config_path`)."""
    path = path or config_path(var_dir)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return _parse(raw, path)


def _parse(raw: dict[str, Any], path: Path) -> OutreachConfig:
    def bad(key: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {key}: {why}")

    messages: dict[str, str] = {}
    for name, entry in _table(raw, "messages", path).items():
        text = entry.get("text") if isinstance(entry, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise bad(f"messages.{name}.text", "write the message text")
        _check_text(text, f"messages.{name}.text", bad)
        try:
            text.format(place="○○市")
        except (KeyError, IndexError, ValueError):
            raise bad(f"messages.{name}.text", "only {place} may stand in braces") from None
        messages[name] = text
    if not messages:
        raise bad("messages", "write at least one message")

    footer_table = raw.get("footer")
    footer = footer_table.get("text") if isinstance(footer_table, dict) else None
    if not isinstance(footer, str) or not footer.strip():
        raise bad("footer.text", "write the line that ends every message")
    for word in ("停止", "緊急"):
        if word not in footer:
            raise bad("footer.text", f"must say how to stop and get help now (「{word}」)")
    _check_text(footer, "footer.text", bad)

    plans: dict[str, Plan] = {}
    for name, entry in _table(raw, "plans", path).items():
        plans[name] = _plan(name, entry, messages, bad)
    if not plans:
        raise bad("plans", "write at least one plan (e.g. [plans.standard])")

    defaults = _rules(_table(raw, "defaults", path, required=False), Rules(), "defaults", bad)
    from intake.settings import KNOWN_MUNICIPALITIES

    municipalities: dict[str, Rules] = {}
    for mid, entry in _table(raw, "municipalities", path, required=False).items():
        if mid not in KNOWN_MUNICIPALITIES:
            raise bad(
                f"municipalities.{mid}", f"unknown id; known: {', '.join(KNOWN_MUNICIPALITIES)}"
            )
        if not isinstance(entry, dict):
            raise bad(f"municipalities.{mid}", "must be a table")
        municipalities[mid] = _rules(entry, defaults, f"municipalities.{mid}", bad)
    return OutreachConfig(
        plans=plans,
        messages=messages,
        footer=footer,
        defaults=defaults,
        municipalities=municipalities,
        source=path,
    )


def _table(raw: dict[str, Any], key: str, path: Path, *, required: bool = True) -> dict[str, Any]:
    value = raw.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{key}]: missing or not a table")
    return value


def _check_text(text: str, key: str, bad: Any) -> None:
    for word in FORBIDDEN_WORDS:
        if word in text:
            raise bad(key, f"「{word}」 is not used in gentle messages (no blame, no promises)")
    if "?" in text or "？" in text:
        raise bad(key, "a gentle message asks nothing (no question marks)")


def _int(entry: dict[str, Any], key: str, default: int, where: str, bad: Any, low: int) -> int:
    value = entry.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise bad(f"{where}.{key}", f"must be a whole number ≥ {low}")
    return value


def _plan(name: str, entry: Any, messages: dict[str, str], bad: Any) -> Plan:
    where = f"plans.{name}"
    if not _NAME.match(name):
        raise bad(where, "plan names are lower-case letters, digits and _")
    if not isinstance(entry, dict):
        raise bad(where, "must be a table")
    days = entry.get("days")
    if (
        not isinstance(days, list)
        or not days
        or not all(isinstance(d, int) and not isinstance(d, bool) and d >= 1 for d in days)
        or any(b <= a for a, b in zip(days, days[1:], strict=False))
    ):
        raise bad(f"{where}.days", "a list of increasing day counts, e.g. [3, 10, 30]")
    names = entry.get("messages")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise bad(f"{where}.messages", 'a list of message names, e.g. ["first", "monthly"]')
    for n in names:
        if n not in messages:
            raise bad(f"{where}.messages", f"no [messages.{n}] in this file")
    title = entry.get("title", name)
    if not isinstance(title, str):
        raise bad(f"{where}.title", "must be text")
    return Plan(
        name=name,
        title=title,
        days=tuple(days),
        then_every_days=_int(entry, "then_every_days", 30, where, bad, 1),
        max_messages=_int(entry, "max_messages", 12, where, bad, 1),
        resume_after_days=_int(entry, "resume_after_days", 3, where, bad, 0),
        messages=tuple(names),
    )


def _rules(entry: dict[str, Any], base: Rules, where: str, bad: Any) -> Rules:
    start, end = base.start, base.end
    hours = entry.get("hours")
    if hours is not None:
        match = _HOURS.match(hours) if isinstance(hours, str) else None
        if match is None:
            raise bad(f"{where}.hours", 'write it as "10:00-19:00"')
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
            raise bad(f"{where}.hours", "not a time of day")
        start, end = time(h1, m1), time(h2, m2)
        if end <= start:
            raise bad(f"{where}.hours", "the end must come after the start (no night sending)")
        if start < time(7, 0) or end > time(21, 0):
            raise bad(f"{where}.hours", "stay between 07:00 and 21:00: never at night")
    return Rules(
        start=start,
        end=end,
        weekly_cap=_int(entry, "weekly_cap", base.weekly_cap, where, bad, 1),
        line_monthly_budget=_int(
            entry, "line_monthly_budget", base.line_monthly_budget, where, bad, 0
        ),
    )


_cache: dict[Path, tuple[float, OutreachConfig]] = {}


def current_config(var_dir: Path | None) -> OutreachConfig:
    """The file in force, re-read when it changes.

    A bad edit never stops the chat: the last good version stays in use (or, for a local
    copy that was never good, the packaged file) and :func:`config_problem` says what is
    wrong so the admin page can show it. Only a broken *packaged* file raises.
    """
    path = config_path(var_dir)
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = -1.0
    cached = _cache.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        config = load_config(path)
    except ConfigError as exc:
        if path == PACKAGED:
            raise
        log.error("outreach plans not (re)loaded, keeping the last good version: %s", exc)
        config = cached[1] if cached is not None else load_config(PACKAGED)
    _cache[path] = (mtime, config)
    return config


def config_problem(var_dir: Path | None) -> str:
    """What is wrong with the plans file in force ("" when nothing is)."""
    try:
        load_config(config_path(var_dir))
    except ConfigError as exc:
        return str(exc)
    return ""
