"""Japanese labels for what staff see: fields, patterns, crisis kinds, statuses, channels.

Ids stay English in the database; every page shows these words instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from intake.directory import FIELD_LABELS, PATTERN_LABELS

FIELDS: tuple[str, ...] = ("care", "disability", "child", "hardship", "health")
PATTERNS: tuple[str, ...] = ("hikikomori", "8050", "double_care", "young_carer", "isolation")
CRISES: tuple[str, ...] = ("suicide", "abuse", "dv", "emergency")

#: Short field labels for badges (the directory's labels are for residents).
FIELD_SHORT: Mapping[str, str] = {
    "care": "介護",
    "disability": "障がい",
    "child": "子ども",
    "hardship": "生活困窮",
    "health": "こころ・からだ",
}

CRISIS_LABELS: Mapping[str, str] = {
    "suicide": "自殺念慮",
    "abuse": "虐待",
    "dv": "DV",
    "emergency": "緊急",
}

STATUSES: tuple[str, ...] = ("new", "in_progress", "referred", "coordination", "closed")
OPEN_STATUSES: tuple[str, ...] = STATUSES[:-1]

STATUS_LABELS: Mapping[str, str] = {
    "new": "新規",
    "in_progress": "対応中",
    "referred": "窓口につないだ",
    "coordination": "多機関協働へ",
    "closed": "終結",
}

CHANNEL_LABELS: Mapping[str, str] = {
    "line": "LINE",
    "telegram": "Telegram",
    "web": "Webチャット",
    "console": "コンソール",
}
CHANNELS: tuple[str, ...] = ("line", "telegram", "web")

ROLE_LABELS: Mapping[str, str] = {
    "staff": "相談支援員",
    "outreach": "アウトリーチ支援員",
    "coordinator": "多機関協働コーディネーター",
}

WANTS_LABELS: Mapping[str, str] = {
    "contact": "連絡を希望",
    "talk": "話を聞いてほしい",
    "info": "情報だけ",
}

CONTACT_LABELS: Mapping[str, str] = {
    "chat": "このチャットで",
    "phone": "電話で",
    "visit": "窓口で",
}

ACTION_LABELS: Mapping[str, str] = {
    "view": "閲覧",
    "print": "印刷用表示",
    "assign": "担当変更",
    "status": "状態変更",
    "reply": "返信",
    "note": "メモ追加",
    "handoff": "つなぎ記録",
    "login": "サインイン",
    "login_failed": "サインイン失敗",
    "logout": "サインアウト",
    "report_csv": "集計CSV出力",
    "outreach_invite": "招待コード作成",
    "outreach_resume": "見守り再開",
    "outreach_end": "見守り終了",
    "reminder_done": "リマインダー完了",
}

GROUP_LABELS: Mapping[str, str] = {"field": "分野", "pattern": "複合課題", "crisis": "危機"}


def field_label(value: str) -> str:
    return FIELD_SHORT.get(value, FIELD_LABELS.get(value, value))


def pattern_label(value: str) -> str:
    return PATTERN_LABELS.get(value, value)


def crisis_label(value: str) -> str:
    return CRISIS_LABELS.get(value, value)


def label_for(group: str, value: str) -> str:
    """The word for an evidence label of a group (field, pattern, crisis)."""
    if group == "crisis" or value in CRISIS_LABELS:
        return crisis_label(value)
    if group == "pattern" or value in PATTERN_LABELS:
        return pattern_label(value)
    return field_label(value)


def labels(values: Iterable[str], table: Mapping[str, str]) -> list[str]:
    return [table.get(v, v) for v in values]


def is_compound(fields: Iterable[str], patterns: Iterable[str]) -> bool:
    """Two or more fields, or any compound pattern (8050, ダブルケア …)."""
    return len(list(fields)) >= 2 or bool(list(patterns))


def duration_ja(delta: timedelta) -> str:
    """A waiting time as staff say it: 「5分」「3時間」「2日」."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "1分未満"
    if minutes < 60:
        return f"{minutes}分"
    hours = minutes // 60
    if hours < 48:
        return f"{hours}時間"
    return f"{hours // 24}日"


def local_time(value: datetime | None, tz: object, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time shown in the deployment's time zone; 「—」 when empty."""
    if value is None:
        return "—"
    return value.astimezone(tz).strftime(fmt)  # type: ignore[arg-type]
