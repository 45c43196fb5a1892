"""Round 8a, crisis: a parent who hits their own child is abuse, not DV, though a partner
is named; a child who writes of a parent with a knife is abuse as well as an emergency.
Each family has look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

# ------------------------------ emergencies: kana and dialect, a shaken baby, a parent with a knife


@pytest.mark.parametrize(
    "text",
    [
        "小6です。お母さんが包丁持ってさけんでる。妹とクローゼットに隠れてる",
        "中3です。父が酒飲んで刃物を振り回してる、弟と外に逃げた",
        "小5です。お父さんがナイフを持ってどなってる。こわい",
        "高校生です。親父が包丁を向けてきた、今トイレに隠れてます",
    ],
)
def test_child_hiding_from_a_parent_with_a_knife_is_abuse_and_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が包丁を持って暴れている",  # an adult writes: danger, not child abuse
        "中2です。お母さんが倒れて救急車を呼んだ。お父さんが大声で泣いてる",
        "中学生です。お母さんが包丁で野菜を切るのを手伝ってます",
    ],
)
def test_knife_look_alikes_are_not_child_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a parent who hits their child


@pytest.mark.parametrize(
    "text",
    [
        "夫は単身赴任中で、息子に手をあげてしまう自分が怖い",
        "旦那が夜勤で、イライラして娘を叩いちゃう",
        "主人は帰りが遅く、私がついカッとなって娘の頭を叩いてしまいます",
        "旦那は何もしてくれない。イヤイヤ期の息子に手をあげてしまう",
        "夫が仕事で留守の日、泣きやまない下の子を思わず叩いてしまった",
        "夫がしつけと言って息子を殴る",
    ],
)
def test_parent_hitting_their_child_is_abuse_not_dv(ex, text):
    assert ex(text).crisis == ("abuse",)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("夫に殴られるし、子どもにも手をあげる", ("abuse", "dv")),
        ("夫が殴ってくる、子どもは2歳です", ("dv",)),
        ("夫を思わず叩いてしまった。子どもの前で", ("dv",)),
        ("夫が酒を飲むと暴れて、子どもにも手を上げる", ("abuse", "dv")),
    ],
)
def test_partner_violence_stays_dv(ex, text, crisis):
    assert ex(text).crisis == crisis
