"""Round 36 (44c25): families from a new set of messages in Akita speech (大仙市) and by
Akita-born writers of all ages (C25), scored before anyone read it.

- 「生きでても仕方ね」「生きでだって意味ねぇ」 (生きていても仕方がない, with Akita's voiced て) is
  suicide; 「生きでる間に」 is not.
- 「夫がら逃げで来た」「旦那から逃げできた」 is fleeing a partner: DV. 「逃げでも無駄」 and
  「逃げだら」 (if one fled) are not fleeing.
- A brother's or a son's household (兄夫婦, 息子夫婦) who give an old parent hardly any food
  (「母にはろくにご飯も食べさせていません」「父さろくにまま食わせでねぇ」) is elder neglect: abuse
  and care.
- A fall from a roof, a ladder or while clearing snow with bleeding or no movement told after
  it (「屋根の雪下ろししてで落ぢだ。頭から血出て動がね」) is an emergency; a fall told as past and
  well, or as a warning (「落ぢだら」), is not.
- A family member who died (「親父が借金残して死んで、」「母が死んでがら」) is no suicide of the
  writer; a completed suicide told (首吊って) and the writer's own wish to die stay.
- An overdose told as a habit the writer cannot stop (「また薬まとめて飲んでしまった。やめたいのに
  やめられない」) is suicide and health but no emergency, unless the now is told (今ふらふら).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "秋田の母が電話で「もう生きでても仕方ね」と言う",
        "ばっちゃが「生きでだって仕方ねぇ」って毎日言う",
        "おれなんか生きでても意味ねぇ",
        "生ぎでても迷惑かげるだげだ",
    ],
)
def test_akita_no_point_in_living_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "生きでる間に孫の顔見てぇ",
        "生きでても楽しいことばりだ",
    ],
)
def test_akita_living_said_otherwise_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那がら逃げで来た。今車の中",
        "彼氏から逃げできて友達の家さいる",
        "夫から逃げできて、今スーパーの駐車場。財布しか持ってこれねがった",
        "夫のどごがら逃げできた",
    ],
)
def test_akita_fleeing_a_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫から逃げでも無駄だ",
        "夫から逃げだら何されるがわがらね",
        "熊から逃げできた",
    ],
)
def test_akita_fleeing_not_done_or_not_a_partner_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄夫婦が母の年金ば使って、母にはろくにご飯も食べさせていません",
        "弟夫婦が父さろくにまま食わせでねぇ",
        "姉夫婦が母にまともにご飯も食べさせていないようです",
        "息子夫婦がばっちゃさ何も食わせでねぇみたいだ",
    ],
)
def test_a_sons_household_starving_an_old_parent_is_elder_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


def test_a_sons_household_who_care_for_the_parent_is_no_abuse(ex):
    assert "abuse" not in ex("兄夫婦が母の面倒見てくれてる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が屋根の雪下ろししてで落ぢだ。頭がら血出て動がね",
        "じっちゃが屋根から落ぢで、頭がら血出てる",
        "父がはしごから落ちた。意識がない",
        "雪下ろししてて屋根から落ちた。血が止まらない",
    ],
)
def test_a_fall_with_bleeding_or_no_movement_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年屋根から落ちたけど今は元気だ",
        "雪下ろしして落ちても動けるうちは大丈夫",
    ],
)
def test_a_fall_told_as_past_or_harmless_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "親父が借金残して死んで、督促状がおれ宛てに来る",
        "母が死んでがら一人だ",
        "じっちゃが去年死んで、畑やる人いねぐなった",
    ],
)
def test_a_family_members_death_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が死んで、私も死にたい",
        "親父が首吊って死んで、借金が残った",
        "もう死んでしまいたい",
    ],
)
def test_a_death_beside_a_wish_to_die_or_a_suicide_stays(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "また薬まとめて飲んでしまった。やめたいのにやめられない",
        "いつも眠剤まとめて飲んじゃう。やめられない",
        "何回も薬を大量に飲んでしまった。やめられねぇ",
    ],
)
def test_an_overdose_told_as_a_habit_is_suicide_but_no_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "また薬まとめて飲んでしまった。今ふらふらする",
        "薬をまとめて飲んでしまった",
    ],
)
def test_an_overdose_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis
