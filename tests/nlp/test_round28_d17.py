"""Round 28 (35d17), from the misses of sets D17 and E17 (written as held out; read after
their unseen scores were recorded). A husband who 「酒飲んだら手ぇ出す」; a cushion almost
pressed on a crying baby's face; nappies never changed in a home; money gone whenever the
helper comes; 「パパに変なとこさわられる」; a step-father who comes into the futon; a letter
written, 「あとはタイミングだけ」; 「みんなにありがとうって伝えといて」; 「もう明日はいないかも」;
a balcony where one feels one could fly; 「朝から呼んでも起きん」 with loud snoring. And what
only looks like that: consulted when it was bad and settled now, 「暑さで消えたい〜ってくらい」,
a neighbour unseen who was only taking out the rubbish, a shut-in son who does not answer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("うちの旦那、酒飲んだら手ぇ出すっちゃん", "dv"),
        ("夜中泣き止まなくて、気づいたらクッションを顔に押し付けそうになってた", "abuse"),
        ("施設にいる父、おむつがずっと替えられてなかったみたいでお尻がただれてました", "abuse"),
        ("ホームヘルパーさんが来た日に限って父の財布からお金がなくなります", "abuse"),
        ("娘の友達が「パパにお風呂で変なとこさわられるのがいや」って話したそうです", "abuse"),
        ("ねてるときに ぎりのお父さんがふとんに入ってくる お母さんにはいえない", "abuse"),
        ("家族あての手紙、書いて引き出しに入れてある。あとはタイミングだけ", "suicide"),
        ("ここまでがんばったけど、もう疲れた。みんなにありがとうって伝えといて", "suicide"),
        ("友達がインスタに「もう明日はいないかも」って書いてて既読もつかない", "suicide"),
        ("マンションのベランダに出ると、ふっと飛べそうな気がする", "suicide"),
        ("じいちゃんが朝から呼んでも起きん。いびきがすごい", "emergency"),
    ],
)
def test_indirect_and_dialect_crises_raise_their_label(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫の暴言がひどかった頃に相談してました。今は別居して落ち着いてます",
        "この暑さで消えたい〜ってくらい溶けてます",
        "上の階のおじいさん見かけないなって心配してたら、昨日普通にゴミ出ししてました笑",
        "明日はいないかもしれないので、窓口の予約は来週でお願いします",
        "休みの日の朝、呼んでも起きん息子にあきれてます",
    ],
)
def test_settled_hyperbole_and_ordinary_absences_are_no_crisis(ex, text):
    assert not ex(text).crisis
