"""The 相談受付・申込票 「ご相談の内容」 checklist, filled in from what the bot understood.

``checklist_items(extraction, answers)`` maps the labels of an ``nlp.Extraction.to_dict()``
(fields, patterns, crisis, evidence) and the optional answers (``who``) to the items of the
生活困窮 standard form that the 重層 forms are modelled on (domain-facts.md §2.2), each with
the words that suggest it, plus 来談者. Staff confirm it; the bot never ticks ◎ for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

HEALTH = "病気や健康、障害のこと"
HOUSING = "住まいについて"
INCOME = "収入・生活費のこと"
RENT = "家賃やローンの支払いのこと"
TAX = "税金や公共料金等の支払いについて"
DEBT = "債務について"
JOB_SEARCH = "仕事探し、就職について"
JOB_TROUBLE = "仕事上の不安やトラブル"
COMMUNITY = "地域との関係について"
FAMILY = "家族との関係について"
CHILDCARE = "子育てのこと"
CARE = "介護のこと"
HIKIKOMORI = "ひきこもり・不登校"
VIOLENCE = "DV・虐待"
FOOD = "食べるものがない"
OTHER = "その他"

#: The items in the order of the form.
ITEMS: tuple[str, ...] = (
    HEALTH, HOUSING, INCOME, RENT, TAX, DEBT, JOB_SEARCH, JOB_TROUBLE, COMMUNITY, FAMILY,
    CHILDCARE, CARE, HIKIKOMORI, VIOLENCE, FOOD, OTHER,
)  # fmt: skip

#: Label → items it always suggests.
BY_LABEL: Mapping[str, tuple[str, ...]] = {
    "care": (CARE,),
    "disability": (HEALTH,),
    "health": (HEALTH,),
    "child": (CHILDCARE,),
    "hardship": (),  # refined by the words below; 収入・生活費 when nothing finer is found
    "hikikomori": (HIKIKOMORI,),
    "8050": (CARE, HIKIKOMORI, FAMILY),
    "double_care": (CARE, CHILDCARE),
    "young_carer": (CARE, FAMILY),
    "isolation": (OTHER,),
    "abuse": (VIOLENCE,),
    "dv": (VIOLENCE,),
    "suicide": (OTHER,),
    "emergency": (OTHER,),
}

#: What the label means when it lands in その他 (so staff see why).
OTHER_NOTES: Mapping[str, str] = {
    "isolation": "孤立・孤独",
    "suicide": "自殺念慮のおそれ（緊急）",
    "emergency": "緊急の危険",
}

#: Words in the evidence that point to a finer item.
WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (RENT, ("家賃", "ローン", "住宅ローン", "やちん")),
    (DEBT, ("借金", "債務", "返済", "督促", "差し押さえ", "差押", "消費者金融", "カードローン",
            "自己破産", "債務整理", "ブラック")),
    (TAX, ("税金", "住民税", "国保", "国民健康保険", "年金保険料", "公共料金", "電気", "ガス",
           "水道", "携帯代", "スマホ代", "光熱費")),
    (JOB_TROUBLE, ("職場", "パワハラ", "セクハラ", "残業", "給料が払われ", "未払い", "上司",
                   "シフト")),
    (JOB_SEARCH, ("仕事がない", "仕事探し", "仕事を探", "失業", "無職", "求職", "就職", "職探し",
                  "派遣切り", "解雇", "クビ", "雇い止め", "働けない", "仕事")),
    (HOUSING, ("家がない", "住むところ", "住む所", "住まい", "ネカフェ", "ネットカフェ",
               "追い出", "野宿", "寮", "立ち退き", "ホームレス")),
    (FOOD, ("食べる物がない", "食べるものがない", "食べ物がない", "たべものがない",
            "ごはんがない", "ご飯がない", "ごはんが出ない", "食費", "何も食べて")),
    (INCOME, ("収入", "生活費", "お金がない", "金欠", "所持金", "給料", "年金", "生活保護",
              "生保", "お金")),
    (HIKIKOMORI, ("不登校", "学校に行けない", "学校に行きたくない", "ひきこもり", "引きこもり")),
    (FAMILY, ("家族関係", "親子関係", "夫婦", "喧嘩", "けんか", "離婚", "義母", "義父")),
    (COMMUNITY, ("近所", "町内", "自治会", "地域")),
)  # fmt: skip

VISITOR: Mapping[str, str] = {
    "self": "本人",
    "parent": "家族（続柄：子）",
    "mother": "家族（続柄：子）",
    "father": "家族（続柄：子）",
    "grandparent": "家族（続柄：孫）",
    "child": "家族（続柄：親）",
    "spouse": "家族（続柄：配偶者）",
    "sibling": "家族（続柄：きょうだい）",
    "family": "家族",
    "other": "知人・その他",
}


def _strs(values: Any) -> list[str]:
    if isinstance(values, str):
        return [values]
    return [str(v) for v in values] if isinstance(values, Iterable) else []


def visitor(extraction: Mapping[str, Any], answers: Mapping[str, Any]) -> str | None:
    """来談者: 本人, or the family relation of the writer to the person concerned."""
    who = answers.get("who")
    if isinstance(who, str) and who in VISITOR:
        return VISITOR[who]
    persons = [p for p in _strs(extraction.get("persons", ())) if p in VISITOR]
    others = [p for p in persons if p != "self"]
    if others:
        return VISITOR[others[0]]
    if persons or extraction.get("writer_is_minor"):
        return VISITOR["self"]
    return None


def checklist_items(extraction: Mapping[str, Any], answers: Mapping[str, Any]) -> dict[str, Any]:
    """``{"items": {item: [words…]}, "visitor": str | None}``; items in form order.

    A label gives its items with the label itself as the word when no evidence names it;
    evidence surfaces pick finer items (家賃 → 家賃やローン, 借金 → 債務 …).
    """
    found: dict[str, list[str]] = {}

    def add(item: str, word: str) -> None:
        words = found.setdefault(item, [])
        if word and word not in words:
            words.append(word)

    evidence = [e for e in extraction.get("evidence", ()) or () if isinstance(e, Mapping)]
    labels = [
        *_strs(extraction.get("fields", ())),
        *_strs(extraction.get("patterns", ())),
        *_strs(extraction.get("crisis", ())),
    ]
    for label in labels:
        surfaces = [str(e.get("surface", "")) for e in evidence if e.get("label") == label]
        for item in BY_LABEL.get(label, (OTHER,)):
            note = OTHER_NOTES.get(label, label) if item == OTHER else ""
            for word in surfaces or [note or label]:
                add(item, word)
            if note and surfaces:
                add(item, note)

    finer = False
    for e in evidence:
        surface = str(e.get("surface", ""))
        for item, words in WORDS:
            if any(w in surface for w in words):
                add(item, surface)
                finer = finer or item != INCOME
                break
    if "hardship" in labels and not finer:
        hardship = [str(e.get("surface", "")) for e in evidence if e.get("label") == "hardship"]
        for word in hardship or ["hardship"]:
            add(INCOME, word)

    return {
        "items": {item: found[item] for item in ITEMS if item in found},
        "visitor": visitor(extraction, answers),
    }
