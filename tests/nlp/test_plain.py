"""Polite negatives (「起きません」) read as plain ones (「起きない」) for the lexicon's patterns
(nlp.plain): the reading keeps every offset, converts only a verb + ません, and leaves
questions (「いませんか」) alone; through the extractor, polite wordings of crisis rows that
were written with the plain negative now raise their label."""

from __future__ import annotations

import pytest

from nlp.normalise import normalise
from nlp.plain import plain_negatives


@pytest.fixture
def plain(extractor):  # type: ignore[no-untyped-def]
    def run(text: str) -> str | None:
        norm = normalise(text)
        tokens, _, _ = extractor._read(norm)
        return plain_negatives(norm.text, tokens, [])

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("母を揺すっても起きません", "母を揺すっても起きない "),  # ichidan: the stem stays
        ("戻りません", "戻らない "),  # godan: i-row to a-row
        ("電話がつながりません", "電話がつながらない "),  # kana surface, kanji lemma
        ("言いません", "言わない "),
        ("お金を借りません", "お金を借りない "),  # 借りる is ichidan though it ends in り
        ("誰も来てくれません", "誰も来てくれない "),
        ("反応がありません", "反応がない   "),  # ある: no stem
        ("何もできません", "何もできない "),
        ("わかりませんでした", "わからなかった  "),
        ("「ママがいません」って", "「ママがいない」 って"),  # closing marks stay next to ない
        ("起きません。", "起きない。 "),
        ("連絡とれてません", "連絡とれてない "),  # て-いません with the い dropped
    ],
)
def test_polite_negatives_read_plain_with_the_same_length(plain, text, expected):
    result = plain(text)
    assert result == expected
    assert len(result) == len(text)


@pytest.mark.parametrize(
    "text",
    ["ありがとうございました", "ヘルパーさんで頼める人はいませんか", "手伝ってもらえませんか？"],
)
def test_no_negative_or_a_question_is_left_alone(plain, text):
    assert plain(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父の家、インターホンを押しても出てきません",
        "母を揺すっても起きません",
        "父が急に片側の手足が動きません",
        "外で寝ていて寒さで体が動きません",
        "認知症の母が出ていって戻りません",
    ],
)
def test_polite_danger_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ヘルパーさんで頼める人はいませんか",
        "息子は出張に行ったまま、来月まで戻りません",
        "母は朝なかなか起きませんが、元気です",
    ],
)
def test_polite_look_alikes_stay_clear(ex, text):
    result = ex(text)
    assert not result.crisis and "isolation" not in result.patterns


def test_evidence_points_at_the_writers_polite_words(ex):
    text = "母を揺すっても起きません"
    spans = [e.surface for e in ex(text).evidence if e.label == "emergency"]
    assert spans and all(s in text for s in spans)
    assert any("起きません" in s or "起きませ" in s for s in spans)


@pytest.mark.parametrize(
    "text",
    ["父が浴槽に沈んでます", "父の体が冷たくなっています", "祖母がお風呂で沈んでいます"],
)
def test_polite_present_tense_of_danger_now_is_an_emergency(ex, text):
    """「〜ています」 beside 「〜ている」: of 195 crisis test texts made polite this way by a
    script, these two had lost their emergency."""
    assert "emergency" in ex(text).crisis
