"""Evidence points into the original text; output shapes other code relies on."""

from __future__ import annotations

import json

from nlp import CRISES, FIELDS, PATTERNS, Evidence, Extraction, extract
from nlp.explain import explain


def test_spans_index_the_original_text(ex):
    text = "ｳﾁの ﾁﾁ が  にんちしょう で　困ってます"
    result = ex(text)
    assert result.fields == ("care",)
    for item in result.evidence:
        assert text[item.start : item.end] == item.surface
    (care,) = result.evidence_for("care")
    assert care.surface == "にんちしょう"


def test_every_label_has_evidence_with_a_note(ex):
    result = ex("夫に殴られて、子どもとネカフェにいます")
    labels = set(result.fields + result.patterns + result.crisis)
    assert labels == {e.label for e in result.evidence}
    assert all(e.note for e in result.evidence)


def test_labels_are_in_canonical_order(ex):
    result = ex("お金がない。子どもが不登校。母は認知症。私はうつ。障害者手帳がある")
    assert result.fields == FIELDS
    assert list(result.patterns) == [p for p in PATTERNS if p in result.patterns]
    assert list(result.crisis) == [c for c in CRISES if c in result.crisis]


def test_persons(ex):
    assert ex("母の介護と息子の不登校で悩んでいます").persons == ("mother", "child")
    assert ex("祖母の物忘れ").persons == ("grandparent",)


def test_to_dict_is_json_ready(ex):
    data = ex("妻の実家に頼れない。生活保護を受けたい").to_dict()
    assert set(data) == {"fields", "patterns", "crisis", "evidence", "persons", "writer_is_minor"}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_empty_and_unrelated_messages(ex):
    assert ex("") == Extraction()
    assert ex("   ") == Extraction()
    assert ex("こんにちは").to_dict()["fields"] == []


def test_module_level_extract():
    assert extract("借金の取り立てが怖い").fields == ("hardship",)


def test_explain_names_each_label_and_its_words(ex):
    text = "父の介護がつらくて消えたい"
    lines = explain(text, ex(text))
    assert "care ← 「介護」" in lines
    assert "suicide ← 「消えたい」" in lines


def test_evidence_is_a_frozen_dataclass():
    item = Evidence("care", "field", "介護", 0, 2, "elderly care")
    assert item.to_dict()["group"] == "field"
