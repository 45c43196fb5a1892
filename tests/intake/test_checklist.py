from __future__ import annotations

from typing import Any

import pytest

from intake.checklist import (
    CARE,
    CHILDCARE,
    DEBT,
    FAMILY,
    FOOD,
    HEALTH,
    HIKIKOMORI,
    HOUSING,
    INCOME,
    ITEMS,
    JOB_SEARCH,
    JOB_TROUBLE,
    OTHER,
    RENT,
    TAX,
    VIOLENCE,
    checklist_items,
)


def ev(label: str, surface: str, group: str = "field") -> dict[str, Any]:
    return {"label": label, "group": group, "surface": surface, "start": 0, "end": len(surface),
            "note": ""}  # fmt: skip


def extraction(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "fields": [], "patterns": [], "crisis": [], "evidence": [], "persons": [],
        "writer_is_minor": False,
    }  # fmt: skip
    base.update(kw)
    return base


def test_the_form_has_the_sixteen_items_in_order() -> None:
    assert ITEMS[0] == "病気や健康、障害のこと"
    assert ITEMS[-1] == "その他"
    assert len(ITEMS) == 16


def test_fields_map_to_their_items_with_the_words() -> None:
    result = checklist_items(
        extraction(
            fields=["care", "child", "health"],
            evidence=[ev("care", "介護"), ev("child", "子育て"), ev("health", "眠れない")],
            persons=["mother"],
        ),
        {},
    )
    assert result["items"] == {HEALTH: ["眠れない"], CHILDCARE: ["子育て"], CARE: ["介護"]}
    assert result["visitor"] == "家族（続柄：子）"


@pytest.mark.parametrize(
    ("surface", "item"),
    [
        ("家賃", RENT),
        ("住宅ローン", RENT),
        ("借金", DEBT),
        ("督促", DEBT),
        ("食べる物がない", FOOD),
        ("仕事", JOB_SEARCH),
        ("失業", JOB_SEARCH),
        ("パワハラ", JOB_TROUBLE),
        ("国保", TAX),
        ("電気", TAX),
        ("ネカフェ", HOUSING),
        ("追い出された", HOUSING),
    ],
)
def test_hardship_words_pick_the_finer_item(surface: str, item: str) -> None:
    result = checklist_items(
        extraction(fields=["hardship"], evidence=[ev("hardship", surface)]), {}
    )
    assert surface in result["items"][item]
    assert INCOME not in result["items"]


def test_hardship_without_finer_words_is_income() -> None:
    result = checklist_items(
        extraction(fields=["hardship"], evidence=[ev("hardship", "お金がない")]), {}
    )
    assert result["items"] == {INCOME: ["お金がない"]}


def test_hardship_without_evidence_still_counts() -> None:
    assert INCOME in checklist_items(extraction(fields=["hardship"]), {})["items"]


def test_patterns_and_crisis() -> None:
    result = checklist_items(
        extraction(
            patterns=["8050", "isolation"],
            crisis=["dv", "suicide"],
            evidence=[ev("dv", "殴られる", "crisis"), ev("suicide", "消えたい", "crisis")],
        ),
        {},
    )
    items = result["items"]
    assert items[VIOLENCE] == ["殴られる"]
    assert {CARE, HIKIKOMORI, FAMILY} <= set(items)
    assert "孤立・孤独" in items[OTHER]
    assert "消えたい" in items[OTHER]
    assert "自殺念慮のおそれ（緊急）" in items[OTHER]
    assert list(items) == [i for i in ITEMS if i in items]


def test_futoukou_words() -> None:
    result = checklist_items(extraction(fields=["child"], evidence=[ev("child", "不登校")]), {})
    assert "不登校" in result["items"][HIKIKOMORI]


@pytest.mark.parametrize(
    ("persons", "answers", "minor", "expected"),
    [
        ([], {"who": "self"}, False, "本人"),
        ([], {"who": "parent"}, False, "家族（続柄：子）"),
        (["child"], {}, False, "家族（続柄：親）"),
        (["spouse"], {}, False, "家族（続柄：配偶者）"),
        (["self"], {}, False, "本人"),
        ([], {}, True, "本人"),
        ([], {}, False, None),
        ([], {"who": "other"}, False, "知人・その他"),
    ],
)
def test_visitor(persons: list[str], answers: dict[str, str], minor: bool, expected: str) -> None:
    result = checklist_items(extraction(persons=persons, writer_is_minor=minor), answers)
    assert result["visitor"] == expected


def test_garbage_never_raises() -> None:
    assert checklist_items({}, {}) == {"items": {}, "visitor": None}
    assert checklist_items({"fields": "care", "evidence": [None, 3]}, {"who": 5})["items"] == {
        CARE: ["care"]
    }


def test_with_the_real_extractor() -> None:
    nlp = pytest.importorskip("nlp")
    found = nlp.extract("失業して家賃が払えず、借金もあります").to_dict()
    items = checklist_items(found, {})["items"]
    assert RENT in items
    assert DEBT in items
