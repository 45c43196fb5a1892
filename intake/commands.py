"""Reading short typed commands: 「最初から」「削除」「停止」, greetings, questions, invite codes,
phone numbers. Pure string work; matching tolerates spaces, punctuation, full-width letters
and katakana/hiragana variants.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Command = Literal[
    "restart",
    "list",
    "emergency",
    "delete",
    "stop",
    "hello",
    "thanks",
    "faq_who",
    "faq_name",
    "faq_free",
    "faq_ai",
]

INVITE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_INVITE = re.compile(
    r"^(?:招待|しょうたい|ショウタイ)(?:コード|こーど)\s*[:：]?\s*(.*)$", re.DOTALL
)
_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_POLITE = (
    "をおねがいします",
    "おねがいします",
    "してください",
    "ください",
    "したい",
    "して",
    "です",
    "する",
    "を",
)


def normalise(text: str) -> str:
    """NFKC, lower case, katakana → hiragana, no spaces/punctuation/emoji."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    return _DROP.sub("", text)


def _strip_polite(norm: str) -> str:
    for suffix in _POLITE:
        if norm.endswith(suffix) and len(norm) > len(suffix):
            return norm[: -len(suffix)]
    return norm


_EXACT: dict[str, Command] = {}


def _add(command: Command, *words: str) -> None:
    for word in words:
        _EXACT[normalise(word)] = command


_add(
    "restart", "最初から", "さいしょから", "はじめから", "最初からやり直す", "やり直し", "リセット"
)
_add("list", "窓口一覧", "まどぐちいちらん", "窓口いちらん", "窓口の一覧", "窓口リスト")
_add("emergency", "緊急", "きんきゅう", "緊急連絡先", "SOS")
_add("delete", "削除", "さくじょ", "全部削除", "データ削除", "すべて削除", "全部消して")
_add(
    "stop",
    "停止",
    "ていし",
    "もう送らないで",
    "もうおくらないで",
    "連絡しないで",
    "れんらくしないで",
    "/stop",
    "stop",
    "配信停止",
    "通知停止",
    "もう送らないでください",
    "送らないで",
    "送らないでください",
    "もう連絡しないで",
    "もう連絡しないでください",
    "連絡しないでください",
    "メッセージを止めて",
    "メッセージをとめて",
    "メッセージはいりません",
    "連絡不要",
)
_add(
    "hello",
    "こんにちは",
    "こんにちわ",
    "こんばんは",
    "こんばんわ",
    "おはよう",
    "おはようございます",
    "はじめまして",
    "hello",
    "hi",
    "やあ",
    "もしもし",
)
_add(
    "thanks",
    "ありがとう",
    "ありがとうございます",
    "ありがとうございました",
    "ありがと",
    "thanks",
    "thank you",
    "サンキュー",
    "どうも",
)

_FAQ: tuple[tuple[Command, tuple[str, ...]], ...] = (
    (
        "faq_ai",
        (
            "ai",
            "ろぼっと",
            "ぼっと",
            "bot",
            "自動返信",
            "自動です",
            "自動で",
            "人間です",
            "人間が",
            "人ですか",
            "機械です",
        ),
    ),
    (
        "faq_who",
        (
            "誰が見",
            "だれが見",
            "誰が読",
            "だれが読",
            "だれがみ",
            "だれがよ",
            "誰がみ",
            "誰がよ",
            "見ているの",
            "読んでいるの",
        ),
    ),
    (
        "faq_name",
        (
            "名前は必要",
            "名前必要",
            "名前いる",
            "名前は要",
            "なまえはひつよう",
            "名前言わな",
            "名前を書かな",
            "匿名",
        ),
    ),
    (
        "faq_free",
        (
            "無料",
            "むりょう",
            "お金かかる",
            "お金はかかる",
            "料金かかる",
            "料金はかかる",
            "有料",
            "ただですか",
        ),
    ),
)


def command_of(text: str) -> Command | None:
    """The always-available command this text is, if it is one (whole-message match)."""
    norm = normalise(text)
    if not norm:
        return None
    hit = _EXACT.get(norm) or _EXACT.get(_strip_polite(norm))
    if hit:
        return hit
    # Short questions only: a long message that mentions 無料 is a worry, not a FAQ.
    if len(norm) <= 16:
        for command, needles in _FAQ:
            if any(n in norm for n in needles):
                return command
    return None


def invite_code_of(text: str) -> str | None:
    """``"招待コード XXXXXXXX"`` → the code; ``""`` when it looks like one but is malformed."""
    raw = unicodedata.normalize("NFKC", text).strip()
    match = _INVITE.match(raw)
    if match is None:
        return None
    return valid_invite(re.sub(r"[\s\-]", "", match.group(1))) or ""


def valid_invite(code: str) -> str | None:
    code = unicodedata.normalize("NFKC", code).strip().upper()
    if len(code) == 8 and all(c in INVITE_ALPHABET for c in code):
        return code
    return None


def phone_of(text: str) -> str | None:
    """A Japanese phone number (loosely), as digits with the leading 0; ``None`` if not one."""
    raw = unicodedata.normalize("NFKC", text)
    raw = re.sub(r"[\s\-‐‑–—−ー()（）.]", "", raw)
    if raw.startswith("+81"):
        raw = "0" + raw[3:].lstrip("0")
    mobile = re.match(r"0[5789]0", raw)  # 050/070/080/090 numbers have 11 digits
    if re.fullmatch(r"0[5789]0\d{8}", raw) or (not mobile and re.fullmatch(r"0[1-9]\d{8}", raw)):
        return raw
    return None


def phone_display(digits: str) -> str:
    """09012345678 → 090-1234-5678 (other numbers as digits: area codes vary in length)."""
    if len(digits) == 11:
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    return digits


def matches(text: str, *labels: str) -> bool:
    """Does the typed text say the same thing as one of these labels?"""
    norm = normalise(text)
    return bool(norm) and any(norm == normalise(label) for label in labels)
