"""Round 33: holes found by grids of who × what × how (a parent, a partner, a child, a
neighbour; the act; the verb form), each fixed as a family and pinned here with its own
wordings and look-alikes: 「思いきりぶってしまった」 (ぶつ after an adverb), a carer's or a
parent's urge to leave someone uncared for, a person who does not answer and is not at home,
a child not seen since yesterday, a partner who cannot be calmed when angry, a parent who
throws things at a child, a scald, a cigarette burn on a body (not on a sofa)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "疲れていて、息子を思いきりぶってしまった。自分が怖いです",
        "イライラして下の子をついぶってしまう",
        "疲れていて、子どもを放っておきたくなる。自分が怖いです",
        "認知症の母をほったらかしにしたくなる時がある",
        "親が酔うと物を投げてくる。逃げたい。高2",
        "母に熱湯をかけられたことがある。今も怖い。中3",
        "保育園で、ある子の腕にたばこの火みたいな跡があった",
    ],
)
def test_abuse_found_by_the_grids(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が電話に出ないし家にもいない",
        "一人暮らしの母がスマホにも出ないし、アパートにもいない",
        "3歳の娘の姿が昨日から見えない",
        "中学生の息子の姿が朝から見当たりません",
    ],
)
def test_someone_out_of_reach_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    ["夫が怒ると手がつけられない、怖い", "彼氏がキレたら手がつけられなくてこわい"],
)
def test_a_partner_who_cannot_be_calmed_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "仕事を放っておきたくなる",
        "思いきりぶつかってしまった",
        "車のドアにぶつけてしまった",
        "子どもを放っておいて大丈夫な年齢は何歳からですか",
        "ソファにたばこの火の跡がある",
        "子どもが物を投げてくる。2歳のイヤイヤ期です",
        "息子が怒ると手がつけられないけど、かわいい",
        "夫が電話に出ないけど、会社にいるはずです",
    ],
)
def test_what_only_looks_like_it_raises_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "車で海に行こうと思ってる、もう戻らないつもり",
        "一人で樹海に行く。もう帰らないつもり",
    ],
)
def test_going_to_the_sea_not_to_come_back_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "山奥の実家に帰って、もう戻らないつもりです",
        "海外に転勤になるので、もう戻らないつもり",
        "遠くの大学に行くので、もう戻らないつもり",
    ],
)
def test_moving_away_for_good_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が何か詰まらせて苦しそう",
        "祖母がお餅をのどに詰まらせて顔色が悪い",
        "息子が薬を大量に飲んで寝てる",
        "母が睡眠薬をまとめて飲んで起きない",
    ],
)
def test_choking_or_an_overdose_asleep_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize("text", ["鼻が詰まって苦しい", "風邪薬を飲んで寝てます"])
def test_a_blocked_nose_or_a_cold_remedy_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis
