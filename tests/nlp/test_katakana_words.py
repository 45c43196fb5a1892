"""A verb or adjective written in katakana for emphasis, inside a message with kanji or
hiragana (「夫にナグラレテいます」「父がタオレテ動かない」), is read once more in hiragana; a
loanword (スマホ, バーベキュー, ヘルパー) is not, since in hiragana it would lose its meaning."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("夫にナグラレテいます", "dv"),
        ("夫にﾅｸﾞﾗﾚﾙ毎日です", "dv"),
        ("彼氏にケラレタ、もう無理", "dv"),
        ("子どもをタタイテしまう自分がこわい", "abuse"),
        ("パパがママをナグッテる、こわい", "dv"),
        ("父がタオレテ動かないです", "emergency"),
        ("もうツカレタ、キエタイ", "suicide"),
        ("母がイナクナッタ、夜になっても帰らない", "emergency"),
    ],
)
def test_a_crisis_verb_in_katakana_inside_a_mixed_message(ex, text, label):  # type: ignore[no-untyped-def]
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("息子がヒキコモって3年になります", "hikikomori"),
        ("30歳の娘がずっとヒキコモってて心配", "hikikomori"),
    ],
)
def test_a_pattern_verb_in_katakana(ex, text, label):  # type: ignore[no-untyped-def]
    assert label in ex(text).patterns


def test_the_evidence_points_at_the_katakana_the_writer_typed(ex):  # type: ignore[no-untyped-def]
    text = "夫にナグラレテいます"
    found = ex(text)
    assert any(text[e.start : e.end].startswith("ナグラ") for e in found.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "スマホがお風呂で水没して動かない",
        "バーベキュー用の練炭ってどこで売ってますか",
        "LINEでナオキくんと話した",
        "ケアマネさんとヘルパーさんにお礼を言いたい",
        "テレビのリモコンが動かない",
        "ナイトプールに行きたいです",
    ],
)
def test_loanwords_and_names_are_not_read_again(ex, text):  # type: ignore[no-untyped-def]
    assert ex(text).crisis == ()


def test_a_known_katakana_word_keeps_its_field(ex):  # type: ignore[no-untyped-def]
    assert "care" in ex("ケアマネさんに相談したい").fields


def test_a_word_discounted_in_both_readings_is_shown_once(extractor):  # type: ignore[no-untyped-def]
    result, discounted = extractor.extract_explained("夫にナグラレテ、死ぬほど痛かった")
    assert "dv" in result.crisis
    assert [d.surface for d in discounted] == ["死ぬ"]  # the idiom, once
