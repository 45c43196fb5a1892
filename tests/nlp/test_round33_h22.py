"""Round 33 (41h22): polite, apologetic messages from the H22 set. 「手帳」 beside a paralysis
or an after-effect (the physical disability certificate); 「払うとほとんど手元に残らない」
(hardship); 「足腰が弱って、ゴミ出しもしんどい」 (care); 「どう叱ればいいのか」 (child);
「私がいなくなった方が家族は借金のことで困らないんじゃないか」 (a supposed 困らない is no
denial: the debt is there); a pupil woken at night for a grandparent's toilet (care and a
young carer); the house and small children carried alone beside a partner ill with
depression (double care).
And what only looks like that: 「死にたいくらい忙しかった」 (a figure of speech); a worker of
an NPO for shut-ins asking a date (no hikikomori); 母子手帳, お薬手帳; a subordinate's or a
dog's scolding; money one will not lack; a sibling who cannot go to the toilet alone; a
partner with a cold, or a well partner."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 手帳 beside a paralysis


@pytest.mark.parametrize(
    "text",
    [
        "母が脳出血で左半身に麻痺が残って、手帳の申し込みとか何をしたらいいですか",
        "父が事故の後遺症で車いすになりました。手帳ってどうなるんでしょう",
        "透析が始まった夫の手帳のことを知りたい",
    ],
)
def test_certificate_beside_a_paralysis_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母子手帳をなくしました。まひはありません",
        "お薬手帳を忘れて、足のしびれと麻痺のこと相談できなかった",
        "スケジュール手帳に後遺症のリハビリ予定を書いた",
    ],
)
def test_other_notebooks_are_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- little left after paying


@pytest.mark.parametrize(
    "text",
    [
        "家賃を払うとほとんど手元に残らないです",
        "給料から税金を引かれたら何も残らん",
        "施設代を払ったあと、手元にほとんど残らなくて",
        "ほとんど手元に残らなくて困ってます",
    ],
)
def test_little_left_after_paying_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_nothing_left_behind_as_a_wish_is_no_hardship(ex):
    assert "hardship" not in ex("お風呂の水を払った後に残らないようにしたい").fields


# ---------------------------------------------------------------- weak legs and daily chores


@pytest.mark.parametrize(
    "text",
    [
        "足腰が弱ってきて、買い物に行くのがしんどいです",
        "足腰が衰えて布団干しが大変になってきた",
        "母の足腰が弱って、階段がつらいみたい",
        "足腰が弱って、ゴミ捨てもきつくなりました。夫に先立たれて一人です",
    ],
)
def test_weak_legs_and_chores_are_care(ex, text):
    assert "care" in ex(text).fields


def test_weak_legs_without_a_chore_are_no_care(ex):
    assert "care" not in ex("足腰が弱ってきたので毎日散歩しています").fields


# ---------------------------------------------------------------- how to scold one's child


@pytest.mark.parametrize(
    "text",
    [
        "娘にどう叱ればいいのか分からなくなってきました",
        "3歳の息子の叱り方に悩んでいます",
        "自分が親になって、どこまで叱ったらいいのか迷います",
    ],
)
def test_how_to_scold_ones_child_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "部下をどう叱ればいいのか分からない",
        "犬のしつけ方を知りたい",
    ],
)
def test_a_subordinate_or_a_dog_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- a supposed 困らない


@pytest.mark.parametrize(
    "text",
    [
        "私がいなくなった方が夫は借金で困らないのかなって思う",
        "自分が死んだら家族はローンのことで困らないんじゃないかって",
    ],
)
def test_supposed_relief_keeps_the_debt(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "suicide" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "貯金があるのでお金には困らないです",
        "親の年金があるので生活費には困らないと思います",
    ],
)
def test_money_one_will_not_lack_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- 死にたいくらい忙しい


@pytest.mark.parametrize(
    "text",
    [
        "死にたいくらい忙しくて笑",
        "死ぬかと思うくらいバタバタの一日でした",
        "今週は死にたいほど忙しかったです",
    ],
)
def test_busy_as_a_figure_of_speech_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_wishing_to_die_for_pain_stays_suicide(ex):
    assert "suicide" in ex("死にたいくらいつらい").crisis


# ---------------------------------------------------------------- a support worker's greeting


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもり支援の団体で働いている者です。家族会の日程を教えてください",
        "子ども食堂の支援団体で働いている者です。チラシを置いてもらえますか",
        "障害者支援の仕事をしています。研修の日程を教えてください",
    ],
)
def test_support_worker_asking_for_dates_raises_nothing(ex, text):
    result = ex(text)
    assert result.fields == ()
    assert result.patterns == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ひきこもり支援のNPOで働いていますが、実は息子も5年家から出ていません", "hikikomori"),
        ("障害者支援の仕事をしていますが、自分もうつで休職中です", "health"),
    ],
)
def test_support_worker_with_own_matter_keeps_it(ex, text, label):
    result = ex(text)
    assert label in result.fields + result.patterns


# ---------------------------------------------------------------- a pupil and a grandparent's body


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんがお風呂に一人で入れなくなって、毎晩わたしが手伝ってる。中2です",
        "ばあちゃんがトイレにひとりで行けなくて、夜中に何回も起こされる。授業中ねちゃう。高2",
        "おじいちゃんがトイレに一人で行けないから、夜はぼくが連れていく。小6です",
    ],
)
def test_pupil_helping_a_grandparents_body_is_care_and_young_carer(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "young_carer" in result.patterns


def test_grandparents_body_told_by_a_pupil_is_care(ex):
    assert "care" in ex("おばあちゃんがトイレに一人で行けなくて心配。中1です").fields


def test_siblings_toilet_is_no_care(ex):
    result = ex("弟がトイレに一人で行けなくて夜中起こされる。中3です")
    assert "care" not in result.fields
    assert "young_carer" not in result.patterns


# ---------------------------------------------------------------- house and children alone


@pytest.mark.parametrize(
    "text",
    [
        "妻がうつで寝込んでいて、子どものことと家のことを俺一人でやってる",
        "夫がうつ病で動けなくて、家事と子ども二人の世話を私ひとりでしています",
        "嫁がパニック障害で寝込みがちで、家のことも子どものことも全部俺",
    ],
)
def test_house_and_children_alone_beside_an_ill_partner_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "妻がかぜで寝込んでいて、家のことと子どものことを一人でやってます",
        "夫は元気だけど、家のことと子ども二人のことは私一人でやってる",
    ],
)
def test_passing_illness_or_well_partner_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------------- 「一緒に死のう」 between parents


@pytest.mark.parametrize(
    "text",
    [
        "父の介護をしている母が、父に「一緒に死のうね」と言っていました",
        "認知症の祖母を介護している母が、祖母に「一緒に死のうか」と言っていた",
    ],
)
def test_carer_asking_the_cared_for_to_die_together_is_no_child_abuse(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "abuse" in result.crisis  # the carer's 心中: the cared-for one's life at risk
    assert not any("子どもへの虐待" in e.note for e in result.evidence)


def test_parent_asking_the_child_to_die_together_stays_child_abuse(ex):
    result = ex("母が私に「一緒に死のう」って言ってくる")
    assert "abuse" in result.crisis
    assert any("子どもへの虐待" in e.note for e in result.evidence)
