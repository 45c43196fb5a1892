"""Spelling variants, scripts and spacing reach the same labels (morphology, not substrings)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word", ["障害", "障がい", "障碍", "しょうがい", "ｼｮｳｶﾞｲ", "ショウガイ"])
def test_disability_spellings(ex, word):
    assert "disability" in ex(f"{word}のある弟のことで相談したい").fields


@pytest.mark.parametrize(
    "text",
    [
        "弟がひきこもりです",
        "弟が引きこもりです",
        "弟が引き籠もりです",
        "弟が引籠りです",
        "弟がﾋｷｺﾓﾘです",
        "弟がヒキコモリです",
        "弟は部屋に引きこもってます",
    ],
)
def test_hikikomori_spellings(ex, text):
    assert ex(text).patterns == ("hikikomori",)


@pytest.mark.parametrize("word", ["子供", "子ども", "こども", "ｺﾄﾞﾓ"])
def test_child_spellings(ex, word):
    assert "child" in ex(f"{word}の予防接種はいつですか").fields


def test_full_width_latin_letters(ex):
    assert ex("ＤＶを受けています").crisis == ("dv",)


def test_spaced_out_characters(ex):
    assert ex("に ん ち しょ う").fields == ("care",)
    assert ex("じ　さ　つ").crisis == ("suicide",)


def test_all_hiragana_messages(ex):
    assert ex("ははがにんちしょうで").fields == ("care",)
    assert ex("しにたい").crisis == ("suicide",)
    assert ex("おとうさんにたたかれる").crisis == ("abuse",)


def test_domain_words_from_the_user_dictionary(ex):
    assert ex("ヤングケアラーかも").patterns == ("young_carer",)
    assert ex("うちはダブルケアです").patterns == ("double_care",)
    assert ex("8050問題が他人事じゃない").patterns == ("8050",)
    assert ex("ケアマネに相談したい").fields == ("care",)


@pytest.mark.parametrize("text", ["リスカしちゃった", "ODした", "タヒにたい", "４にたい"])
def test_crisis_slang(ex, text):
    assert "suicide" in ex(text).crisis


def test_multi_word_expressions(ex):
    assert ex("要介護認定の結果が来た").fields == ("care",)
    assert ex("就労継続支援を利用中").fields == ("disability",)
    assert ex("住居確保給付金を知りたい").fields == ("hardship",)


def test_dialect_negation_and_slang(ex):
    assert ex("話せる人がおらん").patterns == ("isolation",)
    assert "care" in ex("ばあちゃんがボケて目が離せん").fields
    assert ex("マジ無理、しんどい").crisis == ()  # distress, but no crisis words


@pytest.mark.parametrize("text", ["ｼﾆﾀｲ…", "もうシニタイ", "ｷｴﾀｲ"])
def test_wishes_to_die_in_katakana(ex, text):
    assert ex(text).crisis == ("suicide",)


def test_swallowing_all_the_pills_is_an_injury_too(ex):
    result = ex("処方された薬を全部飲んでしまった")
    assert result.crisis == ("suicide", "emergency")  # just taken: an emergency (round 9a)
    assert result.fields == ("health",)


@pytest.mark.parametrize("text", ["いきるのつかれた", "もう　いきてるのつかれた", "ｼﾞｻﾂｼﾀｲ"])
def test_kana_only_wishes_to_die_the_tagger_cuts_wrongly(ex, text):
    assert ex(text).crisis == ("suicide",)


@pytest.mark.parametrize("text", ["じゅくいきたくない", "あした、いきたいところがある"])
def test_kana_iku_is_going_not_living(ex, text):
    assert ex(text).crisis == ()


def test_half_width_katakana_words_separated_by_spaces(ex):
    # MeCab sees one unknown katakana word; the writer's spaces mark where words start
    assert ex("ﾊﾊ ﾉ ｶｲｺﾞ ﾃﾞ ﾂｶﾚﾀ").fields == ("care",)
    assert ex("ｼﾞｻﾂ ｼﾀｲ").crisis == ("suicide",)
    assert ex("ﾔｯｶｲｺﾞﾄ ｶﾞ ｱﾙ").fields == ()  # カイゴ inside a word is not 介護
