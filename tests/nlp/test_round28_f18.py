"""Round 28 (35f18), from the crisis misses of sets F18 and G18 (written as held out; read
after their unseen scores were recorded). A husband who reads the LINE every night and bans
lunch with other mothers; 「お前が死ねば保険金入るのにな」 from a partner; kana 「たひたい」;
「もう疲れちゃった…今までどうも」; 「車でそのまま海まで行っちゃおうか」; an old man a son tells
「早く死ね」; 「そろそろ妻のところへ行こうかと」; 「3日連絡とれてません」 (て-ません, the い
dropped, is read as plain too). And what only looks like that: a friend's LINE read, lunch
too dear, a drive to the sea."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("旦那が私のLINEを毎晩見て、問い詰めてくる。ママ友とランチ行くのもダメって言われる", "dv"),
        ("夫に「お前が死ねば保険金入るのにな」って毎日言われる", "dv"),
        ("もうむり　たひたい", "suicide"),
        ("仕事も住むところもなくして、なんかもう疲れちゃった。今までどうも", "suicide"),
        ("朝になると動悸がして、車でそのまま海まで行っちゃおうかって思う", "suicide"),
        ("近所のおじいさんが息子さんに「早く死ね」って怒鳴られてるのが聞こえる", "abuse"),
        ("妻に先立たれて二年。そろそろ妻のところへ行こうかと思うとります", "suicide"),
        ("85の父が一人暮らしで、3日連絡とれてません", "emergency"),
    ],
)
def test_control_contempt_farewells_and_silence_raise_their_crisis(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達のLINEを見て、返事をどうするか悩んでます",
        "ランチは高いから行くのもダメって自分で決めてます",
        "週末は車で海までドライブに行っちゃおうかな",
        "妻のところへ行こうかと思います、入院先の面会時間を教えてください",
    ],
)
def test_a_friends_line_a_budget_and_a_drive_are_no_crisis(ex, text):
    assert not ex(text).crisis
