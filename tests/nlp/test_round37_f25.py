"""Round 37 (44f25): families from a new set of messages in Akita speech (大仙市), older
writers strongly dialectal and younger ones lighter (F25), scored before anyone read it.

- 「雪さ埋もれでしまいてぇ」「雪の下に埋もれて誰にも見つからなければいい」 (to be buried in the
  snow and never found) is suicide; a car or a house buried in snow is not.
- 「暴力どがは全然ねぇです」「暴力とか借金どがはねぇども」 (Akita's どが for とか, ねぇ for ない)
  denies violence and debt: no DV, no hardship; a denial reported and then contradicted
  (「暴力はねぇって言うけど、殴られでる」) and a violence told stay.
- 「かちゃ」 is a mother (as かっちゃ), and 「「金盗ったべ」ってごしゃぐ」 (scolds, accusing
  of theft) is the old parent's delusion of theft: care; a son's accusation over a game is
  not.
- 「寝らいねぇ」「眠らいねがった」 (眠れない) is health; a night kept awake by joy is not.
- 「なんも楽しぐねぇ」「毎日気持ちが重てぇ」 (low mood over time) is health; a heavy heart
  before one meeting is not.
- 「寝ねぇ子ども」「寝ない赤ちゃん」 (a child who will not sleep) is no sleep problem of the
  writer; the writer's own 「わ寝らいねぇ」 stays.
- 「酒っこばり飲んで」「お酒のんでばり」 (drinking and nothing else) is health.
- 「誰さも相談でぎねぇ」「だれさも言えねぇ」 and 「テレビど話してら」 are isolation; 「誰さでも
  相談でぎる」 is not.
- 「家がら出でね」「外さ出らいね」 for years is withdrawal (hikikomori); kept in one day by
  snow, or 「出ねばなんね」 (must go out), is not; 「出らいねぐなった」 (can no longer go out) is no
  one gone missing.
- An adult's former classmates after leaving university (「大学やめでから同級生に会うのが怖い」)
  are no child matter; a grown son's school left long ago told with Akita's 「出でがら」 is
  no child matter either.
- A fall from a roof or a ladder with no movement now (「屋根がら落ぢだ！動がね」) is health
  beside the emergency, as in round 35.
- A night kept awake by a crying baby or an old relative walking about at night
  (「夜中に起ぎで歩ぐし、わ寝らいねぇ」), and Akita's 「介護で寝らいねぇ」, are the care or child
  matter, not health; with 産後うつ health stays.
- A thought of dying kept from the family (「死にたいって思ってる。親には言えない」) is a
  secret told, not isolation; 「誰にも」「家族にも友達にも」 keep isolation.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "もう疲れだ。このまま雪さ埋もれでしまいてぇ",
        "春まで雪の下に埋もれて、誰にも見つからなければいい",
        "介護もくたびれだ。雪ん中さ埋もれで誰さも見つからねばいいのに",
    ],
)
def test_wish_to_lie_buried_in_snow_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "車が雪に埋もれて見つからない",
        "雪さ埋もれだ車ば掘り出したい",
        "雪に埋もれた家を見に行きたい",
    ],
)
def test_things_buried_in_snow_are_no_suicide(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "暴力どがは全然ねぇです。夫が最近元気ねぐて",
        "暴力とか借金どがはねぇども、夫が定年してがら元気ねぇ",
        "暴力も借金もねぇ。ただ夫が元気ねぇ",
        "暴力や借金はねぇです。夫が元気ねぇ",
    ],
)
def test_akita_denial_of_violence_is_no_dv(ex, text):
    result = ex(text)
    assert "dv" not in result.crisis
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "暴力はねぇって言うけど、夫に毎晩殴られでる",
        "夫の暴力がひどい。借金もある",
        "暴力もひどいし金はねぇ。夫が怖い",
    ],
)
def test_violence_told_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "かちゃが「金盗ったべ」ってごしゃぐ",
        "ばっちゃが「財布取ったべ」ってわさごしゃぐ",
        "かちゃが財布盗ったって言う。毎日疲れる",
    ],
)
def test_akita_delusion_of_theft_is_care(ex, text):
    assert "care" in ex(text).fields


def test_a_sons_accusation_is_no_care(ex):
    assert "care" not in ex("息子が「おれのゲーム取ったべ」ってごしゃぐ").fields


@pytest.mark.parametrize(
    "text",
    [
        "夜なんぼしても眠らいねぇ",
        "この頃寝らいねがった日が続いでる",
        "わ寝らいねぇ。子どもは元気だ",
    ],
)
def test_akita_cannot_sleep_is_health(ex, text):
    assert "health" in ex(text).fields


def test_sleepless_with_joy_is_no_health(ex):
    assert "health" not in ex("明日の旅行が楽しみで寝らいねぇ").fields


@pytest.mark.parametrize(
    "text",
    [
        "なんもしても楽しぐねぇ",
        "毎日気持ちが重てぇ",
        "最近ずっと気分が重い",
    ],
)
def test_akita_low_mood_is_health(ex, text):
    assert "health" in ex(text).fields


def test_one_heavy_meeting_is_no_health(ex):
    assert "health" not in ex("明日の会議を思うと気が重い").fields


@pytest.mark.parametrize(
    "text",
    [
        "夜寝ない赤ちゃんにイライラする",
        "寝ねぇ孫の面倒見てる",
    ],
)
def test_a_child_who_will_not_sleep_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父が酒っこばり飲んでる",
        "おどうが焼酎飲んでばりで働がね",
        "旦那が毎晩お酒のんでばり",
    ],
)
def test_akita_drinking_and_nothing_else_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_liquor_shop_is_no_health(ex):
    assert "health" not in ex("酒屋で働いでる").fields


@pytest.mark.parametrize(
    "text",
    [
        "誰さも相談でぎねぇ",
        "だれさも言えねぇ",
        "一日中テレビど話してら",
    ],
)
def test_akita_no_one_to_talk_to_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰さでも相談でぎるって聞いだ",
        "テレビど電話が壊れだ",
    ],
)
def test_akita_someone_to_talk_to_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が仕事やめでがら3年、家がら出でね",
        "娘は半年も部屋がら出ねぇ",
        "5年前がら外さ出らいねぐなった。30の息子",
    ],
)
def test_akita_not_leaving_home_for_long_is_hikikomori(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "大雪で三日も外さ出らいね",
        "明日は家がら出ねばなんね",
    ],
)
def test_kept_in_by_snow_or_going_out_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "足悪ぐして歩がいねぐなった",
        "5年前がら外さ出らいねぐなった",
    ],
)
def test_can_no_longer_is_no_one_missing(ex, text):
    assert "emergency" not in ex(text).crisis


def test_missing_parent_stays_an_emergency(ex):
    assert "emergency" in ex("母が昨日がらいねぐなった").crisis


def test_an_adults_university_classmates_are_no_child_matter(ex):
    assert "child" not in ex("大学やめでから同級生に会うのが怖い").fields


def test_a_pupils_classmates_stay_a_child_matter(ex):
    assert "child" in ex("中学の同級生にいじめられでる").fields


def test_a_grown_sons_school_long_ago_is_no_child_matter(ex):
    result = ex("48の息子が中学出でがら、ずっと家さいる")
    assert "child" not in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "ばっちゃが屋根がら落ぢだ！動がね",
        "父がはしごがら落ぢで頭がら血出てる",
        "じっちゃ屋根の雪下ろししてで落ぢだ！雪さ埋まって動がね",
    ],
)
def test_a_fall_now_is_emergency_and_health(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


def test_a_fall_long_ago_is_nothing(ex):
    result = ex("去年屋根がら落ぢだけど今は元気だ")
    assert result.crisis == ()
    assert "health" not in result.fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("認知症の義母が夜中に起ぎで歩ぐし、わ寝らいねぇ", "care"),
        ("母の介護で夜も寝らいねぇ", "care"),
        ("赤ちゃんが泣ぐし、ばっちゃの介護もあって寝る暇ねぇ", "child"),
    ],
)
def test_a_night_kept_awake_by_the_caring_is_no_health(ex, text, field):
    result = ex(text)
    assert field in result.fields
    assert "health" not in result.fields


def test_postnatal_low_mood_stays_health(ex):
    assert "health" in ex("産後うつかも。赤ちゃん泣ぐし寝らいねぇ").fields


@pytest.mark.parametrize(
    "text",
    [
        "中学生です。死にたいって思ってる。親には言えない",
        "消えたいって毎日思う。家族には言えない",
    ],
)
def test_a_thought_of_dying_kept_from_family_is_no_isolation(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "isolation" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "消えたいって毎日思う。家族にも友達にも言えない",
        "消えたい。誰にも言えない",
    ],
)
def test_no_one_at_all_stays_isolation(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "isolation" in result.patterns
