"""Round 36 review: one of the round's rules narrowed where it reached beyond its set.

A parent who thinks of dying and leaves the children behind (「私さえいなければ、子どもたちは
幸せなのに」) or says goodbye to them (「filhos ごめんね」) raises suicide, not a child-rearing
matter. A child taken along (「赤ちゃんと一緒にいなくなりたい」) or a child who is the one at risk
(「屋上のフェンスの外に制服の子が」) stays a child matter; a parent's thought of dying with the
child (親子心中) is also abuse feared, as a carer's thought of dying with the one cared for is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんと一緒にいなくなりたい",
        "この子とふたりでいなくなれたら楽になるのに",
        "娘をつれていなくなってしまいたい",
        "屋上のフェンスの外に制服の子が立ってます",
    ],
)
def test_a_child_taken_along_or_at_risk_stays_child(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんと一緒にいなくなりたい",
        "この子とふたりでいなくなれたら楽になるのに",
        "娘をつれていなくなってしまいたい",
        "親子で心中するしかないと思ってしまう",
    ],
)
def test_dying_with_the_child_is_abuse_feared(ex, text):
    result = ex(text)
    assert {"suicide", "abuse"} <= set(result.crisis)


@pytest.mark.parametrize(
    "text",
    ["子どもと一緒に実家に帰りたい", "娘と一緒に死ぬほど笑った"],
)
def test_doing_things_with_the_child_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "私さえいなければ、子どもたちは幸せなのに",
        "子どもを置いて楽になりたいと思う自分が怖い",
        "もう ぜんぶ おわり に したい。filhos ごめんね",
    ],
)
def test_children_left_behind_are_the_suicide_not_a_child_matter(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "child" not in result.fields
