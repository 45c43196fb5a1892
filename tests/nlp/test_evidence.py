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


def test_notes_are_short_plain_japanese():
    import re

    from nlp.lexicon import DEFAULT_LEXICON, load_entries

    for entry in load_entries(DEFAULT_LEXICON):
        assert re.search(r"[ぁ-んァ-ン一-龥]", entry.note), entry.source
        assert not re.search(r"[a-z]{3}", entry.note), entry.source  # no English words
        assert len(entry.note) <= 60, entry.source


def test_rule_notes_are_japanese_too(ex):
    import re

    for text in (
        "82歳の父と52歳の長男が同居、長男は無職です",
        "中学生です。弟の世話と家事をしています",
        "2歳の子を育てつつ、認知症の父の介護をしています",
        "夫に殴られた",
        "一人暮らしの祖父が最近よく転ぶ",
    ):
        for item in ex(text).evidence:
            assert not re.search(r"[a-z]{3}", item.note), (text, item)


def test_explain_shows_words_that_did_not_count_and_why(extractor):
    from nlp.cli import run

    (block,) = run(["お金のことは大丈夫です。父の物忘れが心配"], explain=True, extractor=extractor)
    assert "care ← 「物忘れ」" in block
    assert "hardship ✗ 「お金」" in block and "否定：「大丈夫」が後に続く" in block

    (block,) = run(["死ぬほど忙しいけど元気です"], explain=True, extractor=extractor)
    assert "suicide ✗ 「死ぬ」" in block and "慣用句" in block

    (block,) = run(["介護の仕事をしています"], explain=True, extractor=extractor)
    assert "care ✗ 「介護」" in block and "仕事の話" in block


def test_extract_explained_matches_extract(extractor):
    for text in ("彼氏にお金を全部管理されています", "借金はありません", "こんにちは", ""):
        extraction, discounted = extractor.extract_explained(text)
        assert extraction == extractor.extract(text)
        for item in discounted:
            assert text[item.start : item.end] == item.surface and item.note


def test_money_written_as_okane_no_koto(ex):
    assert ex("お金のことで困っています").fields == ("hardship",)
    assert ex("おかねがない").fields == ("hardship",)


def test_a_word_inside_a_longer_phrase_of_the_same_label_is_shown_once(ex):
    suicide = [e.surface for e in ex("もう死にたい").evidence if e.label == "suicide"]
    assert suicide == ["死にたい"]  # not also 「死に」 inside it
