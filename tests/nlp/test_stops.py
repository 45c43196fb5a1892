"""Sentences run together with no 。 (「夫が倒れて入院中ですまだ意識が戻らない」): such a
message is read once more with a 。 where a sentence plainly ended (nlp.stops). A script
that took every mark out of the 3,271 crisis test texts lost 45 crises; with this, 31 (and
of texts with spaces for the marks, 41 then 27). Non-crisis texts so written raise no more
crises than before (6 of 5,916, the same 6)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("夫が倒れて入院中ですまだ意識が戻らない", "emergency"),
        ("いま屋上にいますもう飛ぶしかない", "suicide"),
        ("家の前に父が倒れています救急車を呼びました", "emergency"),
        ("夫に殺すぞと言われた笑えない", "dv"),
        ("小学２年の息子がまだ帰ってきません友達の家にもいなくて外はもう真っ暗です", "emergency"),
        ("45歳の娘がずっと家にいて働いていません最近は私に物を投げてきます", "abuse"),
    ],
)
def test_a_crisis_written_without_marks_is_read(ex, text, crisis):
    assert crisis in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ライブの抽選外れた死にたいまあ次は当たるか",  # a shrug at a cause: a joke
        "ガチャ爆死した死にたいw",
        "上の階のおじいさん見かけないなって心配してたら昨日普通にゴミ出ししてました笑",
        "娘が「部活きつい死ぬ」って言いながら毎日楽しそうに行ってる",
        "夫が倒れたのは去年です今は元気に仕事しています",
    ],
)
def test_a_joke_or_a_settled_worry_without_marks_stays_quiet(ex, text):
    assert not ex(text).crisis


def test_the_evidence_of_the_second_reading_points_at_the_writers_words(ex):
    text = "夫が倒れて入院中ですまだ意識が戻らない"
    evidence = [e for e in ex(text).evidence if e.label == "emergency"]
    assert evidence
    for e in evidence:
        assert e.surface == text[e.start : e.end]
        assert "。" not in e.surface
