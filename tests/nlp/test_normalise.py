"""Normalisation keeps a map back to the original characters."""

from __future__ import annotations

from nlp.normalise import is_kana, normalise, to_hiragana, to_katakana


def test_plain_text_is_untouched():
    norm = normalise("母の介護")
    assert norm.text == "母の介護"
    assert norm.original_span(2, 4) == (2, 4)


def test_half_width_kana_with_voicing_marks_fold_to_one_character():
    norm = normalise("ｼｮｳｶﾞｲ")
    assert norm.text == "ショウガイ"
    assert norm.original_span(3, 4) == (3, 5)  # ガ came from ｶﾞ


def test_spaces_between_japanese_are_dropped_but_kept_between_latin_words():
    assert normalise("か い ご").text == "かいご"
    assert normalise("I am ＯＫ").text == "I am OK"


def test_a_space_between_phrases_is_a_sentence_break():
    norm = normalise("お金は大丈夫 母の介護が心配")
    assert norm.text == "お金は大丈夫母の介護が心配"
    assert norm.breaks == frozenset({6})
    assert normalise("か い ご").breaks == frozenset()


def test_kana_helpers():
    assert to_hiragana("ヒキコモリ") == "ひきこもり"
    assert to_katakana("かいご") == "カイゴ"
    assert is_kana("しょうがい") and not is_kana("障害")


def test_every_dropped_space_is_remembered_as_a_word_boundary():
    norm = normalise("ｶｲｺﾞ ﾉ ｿｳﾀﾞﾝ")
    assert norm.text == "カイゴノソウダン"
    assert norm.joins == frozenset({3, 4})
    assert norm.breaks == frozenset()
