"""Round 7: a disabled son or daughter who needs watching (not elderly care), parents
in their 80s told by age and decline, a carer's own lost sleep and exhaustion, breathing
that is wrong now, a neighbour's child and children who see DV, living money a partner
withholds, a teenager who helps a parent dress or bathe, and a care-needing parent hit
by the other. Each family has look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a disabled child


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子から目が離せない",
        "ダウン症の娘は一瞬も目が離せません",
        "多動の息子から片時も目が離せなくて疲れた",
        "知的障害のある息子の介護に疲れた",
        "重度障害の娘の介護をしています",
        "医療的ケア児の娘がいて、夜も介助が必要です",
        "娘が自閉症で、目を離せない",
    ],
)
def test_watching_a_disabled_child_is_disability_not_care(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "シングルで自閉症の息子を育てていて、目が離せない",
        "障害のある娘を一人で育てていて、目が離せない",
        "発達障害の子を一人で育てていて毎日くたくた",
    ],
)
def test_raising_a_disabled_child_alone_is_not_double_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


def test_a_toddler_who_needs_watching_is_a_child_matter(ex):
    result = ex("2歳の息子から目が離せない")
    assert result.fields == ("child",)
    assert result.patterns == ()


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子から目が離せないし、認知症の母の介護もある",
        "発達障害の息子がいて、父の介護もしています",
        "息子は自閉症で、母の介護もしている",
    ],
)
def test_a_disabled_child_and_a_parent_to_care_for_is_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "母が認知症で目が離せない",
        "認知症の父から目を離せない",
        "ばあちゃんがボケて目が離せん",
    ],
)
def test_watching_an_older_parent_is_still_care(ex, text):
    assert "care" in ex(text).fields


def test_a_disabled_father_and_a_grown_son_who_helps_is_not_double_care(ex):
    result = ex("障害のある父の介護をしていて、息子にも手伝ってもらっている")
    assert "care" in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- parents in their 80s


@pytest.mark.parametrize(
    "text",
    [
        "80代の両親が二人暮らしで、最近買い物も難しくなってきた",
        "85の父が一人で風呂に入れなくなった",
        "父が一人で風呂に入れなくなった",
        "両親とも80を過ぎて、買い物に行くのもしんどそう",
        "八十過ぎの母が最近料理をしなくなった",
        "88になる祖母が身の回りのことができなくなってきた",
        "実家の両親が高齢で、ゴミ出しもできなくなった",
        "母が一人で着替えられなくなった",
        "父は85です。最近、風呂に一人で入れなくなりました",
        "米寿の祖母が最近トイレに一人で行けなくなった",
    ],
)
def test_parents_who_can_no_longer_manage_daily_life_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが一人で風呂に入れない",
        "2歳の娘が一人で着替えられない",
        "雨で買い物に行けない",
        "妻がつわりで家事ができない",
        "母に頼まれたけど仕事が忙しくて料理ができない",
        "母は元気だけど、私が忙しくて掃除ができない",
        "母が米寿なので家族で外食します",
        "80代の両親が元気に二人で旅行している",
    ],
)
def test_daily_things_not_managed_by_others_are_not_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_toddler_who_cannot_dress_alone_is_no_neglect(ex):
    assert ex("2歳の娘が一人で着替えられない").crisis == ()
