"""Round 8 (patterns): 8050 told by ages in any notation (kanji, bare numbers, brackets,
a couple's two ages, in-laws, an uncle or aunt) and withdrawal in dialect (出ん, 出とらん);
a parent in their 70s who only keeps a dependent child is 8050, not care. Each family has
look-alikes.
"""

from __future__ import annotations

import pytest

# -------------------------------------------------- 8050 by ages, withdrawal in dialect


@pytest.mark.parametrize(
    "text",
    [
        "息子は五十を過ぎても仕事をせず、わしも八十五になった",
        "娘は四十八で、もう二十年家から出とらん。わしら夫婦も八十と七十九じゃ",
        "両親は八十二と七十九で、兄は五十五、十年以上働いていません",
        "88になる母が、いまだに58の弟の弁当を作っています。弟は無職です",
        "祖母(86)と叔父(54)が二人暮らし。叔父は働いていない",
        "じいちゃん(90)がおばさん(62)を養ってる。おばさんは仕事してない",
        "義兄は六十で、もう二十年ひきこもっています。義母は九十です",
        "母は八十九、五十代の姉は十五年外に出ん",
    ],
)
def test_8050_told_by_ages(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "父は八十二で元気、畑仕事もしています。弟は五十で会社員です",
        "わしは八十、今日は孫と温泉に行ってきた",
        "祖母(86)と叔父(54)で旅行に行きました",
        "姉は四十五で、子どもが二人います",
    ],
)
def test_ages_alone_are_not_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子はもう七年、部屋から一歩も出ん",
        "弟は十年以上外に出とらん",
        "娘が家から出てへん、もう三年になる",
        "兄は二十年近く家から出ておらん",
        "うちの子は十五年、家から一歩も出ねえ",
    ],
)
def test_withdrawal_in_dialect(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "明日は朝早く家を出んといけん",
        "雨の日は外に出んで、家で本を読んどる",
    ],
)
def test_going_out_in_dialect_is_not_withdrawal(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が十年ひきこもっていて、わしも八十五になった",
        "50代の息子が働かず家におる。わしも七十八、足腰が弱ってきた",
        "娘は四十で家から出とらん。わしは七十六で、このごろよう転ぶ",
    ],
)
def test_old_parent_of_a_dependent_child_who_needs_help_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "40代の娘がひきこもって5年。私は72で、娘の生活費を出している",
        "うちの息子は四十五で、仕事を辞めてから外に出とらん。わしら夫婦も七十八と七十六、いつまで面倒みれるか",
        "ばあちゃん(83)がおじさん(52)の面倒見てる。おじさんは働かんで外に出ん",
    ],
)
def test_old_parent_who_only_keeps_a_dependent_child_is_not_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "8050" in result.patterns
