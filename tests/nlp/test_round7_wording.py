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
