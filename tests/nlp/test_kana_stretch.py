"""A child's or an older writer's words in kana, with a greeting in kanji before or after
them (typed by someone else, or a phone's ready-made phrase): the readings made for
messages written in kana only (in kanji, in hiragana, a child's words) are given to the
kana sentences as a message of their own. A script that put 「夜分遅くにすみません。相談
です。」 before the 3,271 crisis test texts lost 35 crises, now 3; 「。よろしくお願いします。」
after them lost 32, now 3; non-crisis texts so framed raise no more crises than before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("夜分遅くにすみません。いまおくじょうにいます。もうとぶしかない", "suicide"),
        ("ままが きのうの よるから いない。おなか すいた。よろしくお願いします。", "abuse"),
        ("相談です。おかあさん　うごかない　いきしてるか　わからない", "emergency"),
        ("はじめまして。ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ ｺﾜｲ", "dv"),
        ("すみません。ダンナニクビシメラレタ。たすけて", "dv"),
        ("もう　いきてるのつかれた。相談にのってもらえますか？", "suicide"),
    ],
)
def test_kana_sentences_beside_a_greeting_are_read_as_kana(ex, text, crisis):
    assert crisis in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫婦げんかしました笑　夫が私のおやつ勝手に食べた。これDVですよね？😂",
        "じいちゃんがいなくなった！と思ったら近所におった。でも最近こういうこと増えとる",
        "夜分遅くにすみません。夫は朝から仕事でまだ帰ってきません",  # 夜分: a greeting
        "お世話になっております。きのうは ありがとうございました。",
    ],
)
def test_a_greeting_beside_ordinary_kana_raises_nothing(ex, text):
    assert not ex(text).crisis


def test_the_evidence_of_a_kana_stretch_points_into_the_whole_message(ex):
    text = "夜分遅くにすみません。いまおくじょうにいます。もうとぶしかない"
    evidence = [e for e in ex(text).evidence if e.label == "suicide"]
    assert evidence
    for e in evidence:
        assert e.surface == text[e.start : e.end]
        assert e.start >= text.index("いま")


@pytest.mark.parametrize(
    "text",
    [
        "おとといから祖母の携帯がつながりません。どうしたらいいですか",
        "同僚が1週間無断欠勤していて、LINEも返事がありません。よろしくお願いします",
    ],
)
def test_a_polite_no_answer_for_days_before_another_sentence_is_an_emergency(ex, text):
    """「つながりません。」 read plain moves its 。 into the words' span (nlp.plain); the
    sentence around the words still holds them."""
    assert "emergency" in ex(text).crisis


def test_a_kept_stretch_lands_where_it_stands_in_each_message(ex):
    """Short kana stretches are kept between messages (Extractor._extract_stretch); the
    evidence must still point into each message at its own offset."""
    first = "すみません。いきるのつかれた"
    second = "夜分遅くに本当に申し訳ありません。いきるのつかれた"
    for text in (first, second, first):
        evidence = [e for e in ex(text).evidence if e.label == "suicide"]
        assert evidence
        assert all(e.surface == text[e.start : e.end] for e in evidence)
        assert all(e.start >= text.index("いきる") for e in evidence)
