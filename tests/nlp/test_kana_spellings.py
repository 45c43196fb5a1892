"""Crisis words in hiragana that the tagger cuts into other words (芯+で, ジ+冊, 栗鼠+か,
掛ける) are read once more in kanji (nlp.kana_spellings): 「もうしんでもいい」 is 死んでもいい.
Not the same kana inside a longer word (休診, 安心, 地震, 寝台), nor a death told with
another subject (「ははがしんで」), nor 自殺 as a topic or a past attempt."""

from __future__ import annotations

import pytest

from nlp.kana_spellings import kana_spellings
from nlp.normalise import normalise


@pytest.mark.parametrize(
    "text",
    [
        "もうしんでもいい",
        "もう つかれた。しんでしまいたい",
        "ぼくはしんだほうがいい",
        "わたしもしんじゃいたい",
        "いっそしんだららくになれる",
        "じさつしたい",
        "まいにち じさつをかんがえてしまう",
        "ともだちとふたりでしのうかって",
        "また りすかしちゃった",
        "もうしぬ",
        "ろーぷかってきた",
    ],
)
def test_a_crisis_word_in_hiragana_is_read(ex, text):
    assert "suicide" in ex(text).crisis


def test_kicked_after_ga_is_read(ex):
    assert "abuse" in ex("おとうとがけられた。おとうさんこわい").crisis


@pytest.mark.parametrize(
    "text",
    [
        "きょうはびょういんがきゅうしんでした",
        "せつめいをきいてあんしんでした",
        "じしんでこわかった",
        "しんだいとっきゅうにのりたい",
        "しんでれらのえほんをよんだ",
        "ははがしんで、いひんのせいりをしている",
        "かっていたきんぎょがしんで、こどもがないている",
        "じゅぎょうでじさつたいさくについてしらべています",
        "りすかわいい",
        "もうしんどい",
    ],
)
def test_the_same_kana_in_another_word_raises_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_the_kanji_points_at_the_writers_kana():
    norm = normalise("もうしんでもいい")
    spelled, spans = kana_spellings(norm)
    assert spelled.text == "もう死んでもいい"
    assert spans == [(2, 4)]
    assert kana_spellings(normalise("母の介護がつらい")) is None


def test_the_evidence_shows_the_writers_own_words(ex):
    found = ex("もうしんでもいい")
    assert any(e.label == "suicide" and e.surface.startswith("しん") for e in found.evidence)
