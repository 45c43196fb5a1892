"""Pause marks typed where a sentence ends: 「…」「、、」「・・・」「...」.

Many people on LINE end a sentence with a pause rather than 。 (「いま屋上にいます…もう飛ぶ
しかない」「家の前に父が倒れています、、救急車を呼びました」). The patterns and rules read 。
as a sentence's end, so a sentence that ran on into the next one read wrongly: 「倒れてい
ます…救急車を呼びました」 as help already come, 「殴られる…夢だったらいいのに」 as a dream.
NFKC also made 「…」 into "...", which the lexicon's patterns (written with 「…」) never saw
(「今夜飛ぶ…」). A script that rewrote the 1,111 crisis test texts with 。 between sentences
found 23–32 of them losing their crisis for each of the four marks; now 1–5 do.

A pause inside a sentence (「もう…疲れた」「首を…」「いっそ二人で…」), before a particle
(「殴られた…という夢」) or before words that take it back (「死にたい…まあ次は当たるか」)
stays a pause.
"""

from __future__ import annotations

import pytest

from nlp.normalise import normalise

MARKS = ["…", "……", "、、", "、、、", "・・・", "...", "‥"]


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("いま屋上にいます{}もう飛ぶしかない", "suicide"),
        ("家の前に父が倒れています{}救急車を呼びました", "emergency"),
        ("夫が倒れて入院中です{}まだ意識が戻らない", "emergency"),
        ("７歳の息子が学校から帰ってきません{}友達の家にもいないし、学童にもいない", "emergency"),
        ("夫に殴られる{}夢だったらいいのに", "dv"),
        ("長袖ばかり着るようになった{}カッターの刃がゴミ箱に捨ててあった", "suicide"),
        ("もう疲れました{}楽になれる方法ってありますか", "suicide"),
        ("親に家を出されました{}14歳{}泊まれるところありますか", "abuse"),
        ("夜分遅くにすみません{}いきるのつかれた", "suicide"),
        ("もうつかれた{}きえるね", "suicide"),
    ],
)
def test_a_pause_between_sentences_is_read_as_a_full_stop(ex, text, label, mark):
    assert label in ex(text.format(mark, mark)).crisis


@pytest.mark.parametrize(
    "text",
    ["今夜飛ぶ…", "今夜とぶ……", "もう生きていたくない・・・", "母が息してない、、、"],
)
def test_a_pause_at_the_end_still_ends_the_sentence(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られた…という夢を見て飛び起きました。現実の夫は優しいです",
        "ライブの抽選外れた…死にたい…まあ次は当たるか",
        "推しの引退で消えたい…は冗談として、奨学金の相談です",
        "人生終わった…っていうのは嘘で、ちゃんと元気です",
        "推しの卒業発表で人生終わった…まあ大丈夫です笑",
        "月曜しんど・・・粗大ごみの予約は何日前まで？",
        "月曜しんど...粗大ごみの予約は何日前まで？",
    ],
)
def test_a_pause_before_words_that_take_it_back_is_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize("text", ["いっそ二人で…って考えてしまう", "この子と一緒に…とか思う"])
def test_a_pause_inside_a_sentence_keeps_the_unsaid_words(ex, text):
    assert "suicide" in ex(text).crisis


def test_the_full_stop_maps_to_the_marks_the_writer_typed():
    text = "倒れています、、、救急車を呼びました"
    norm = normalise(text)
    assert norm.text == "倒れています。救急車を呼びました"
    stop = norm.text.index("。")
    assert norm.original_span(stop, stop + 1) == (6, 9)
    assert norm.original_span(stop + 1, len(norm.text)) == (9, len(text))


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("もう…疲れた", "もう…疲れた"),  # inside a sentence
        ("首を…", "首を…"),
        ("今夜飛ぶ…", "今夜飛ぶ。"),  # NFKC would have made it "..."
        ("疲れた…と思う", "疲れた…と思う"),
        ("えっと、、その", "えっと、、その"),
    ],
)
def test_which_pauses_become_full_stops(text, normalised):
    assert normalise(text).text == normalised
