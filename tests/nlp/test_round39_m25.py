"""Round 39 (44m25): children and teenagers writing themselves (set M25), the families
behind its crisis misses.

- 「全部どうでもいい」 with 「明日が来なければいい」 is the suicide risk even when a test is
  named among the things that no longer matter; 「テストやだ 明日が来なければいいのに」 stays none.
- Violence at home happening now (今, いま) with 「たすけて」 is an emergency beside the DV;
  habitual violence with 「たすけて」 and no now gets no emergency from this.
- A parent out every night till morning, the child alone, is neglect (abuse) and the child
  matter, no emergency; a parent gone since yesterday keeps the emergency.
- A child telling of days without a meal at home (「ごはんない日がある」) beside a parent is
  neglect (abuse); a parent writing of their own child's meals is not.
- A child or teenager (told by school, homework, 「中学生やけど」) who looks after a parent,
  brother, sister or grandparent (「全部わたし」「毎日わしが面倒みとる」) is a young carer, not
  double care; 「うちのこと」 is no 「うちの子」. A parent of a child keeps double care.
- 「OD 今した」「OD さっきやった」 is an overdose just taken: emergency.
- 「火ぃつけっぱなし」「火つけたまま」 (dialect, particle dropped) is a safety worry, no emergency.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- everything pointless, no tomorrow


@pytest.mark.parametrize(
    "text",
    [
        "テストも部活もぜんぶどうでもいい 明日なんか来なければいい",
        "勉強もテストも何もかもどうでもいい。朝が来なきゃいいのに",
        "宿題も全部どうでもええ 明日が来なければいいのに",
    ],
)
def test_all_pointless_and_no_tomorrow_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "テストやだ 明日が来なければいいのに",
        "テストの結果とか全部どうでもいいや、遊ぼう",
    ],
)
def test_test_fear_stays_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- violence now, help


@pytest.mark.parametrize(
    "text",
    [
        "父さんがいま母さんなぐってる たすけて",
        "今パパがママ殴りよる 助けて",
        "お父さんが今お母さんを蹴ってる たすけて 中2",
    ],
)
def test_violence_at_home_now_with_help_is_an_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" in result.crisis


def test_habitual_violence_with_help_gets_no_emergency_from_now(ex):
    assert "emergency" not in ex("パパがママをまいにちなぐる たすけて").crisis


# ---------------------------------------------------------------- out every night


@pytest.mark.parametrize(
    "text",
    [
        "ママ よるになるといつもでかけて あさまでかえってこない こわい",
        "お母さん毎晩出かけて朝まで帰ってこない。ひとりで寝てる",
        "パパもママもまいばん あさまでいない ひとりでこわい",
    ],
)
def test_a_parent_out_every_night_is_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis
    assert "child" in result.fields


def test_a_parent_gone_since_yesterday_stays_an_emergency(ex):
    result = ex("母が昨日から帰ってこない")
    assert "emergency" in result.crisis
    assert "abuse" not in result.crisis


# ---------------------------------------------------------------- no meal at home


@pytest.mark.parametrize(
    "text",
    [
        "おかあさん ずっとねてて ごはんない日がある",
        "パパがおさけばっかりのんで ご飯ない日ある",
        "ママずっとねてる。ごはんがない時がある おなかすいた",
    ],
)
def test_days_without_a_meal_are_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの子、朝ごはんない日があるとぐずります",
        "ごはんない日がある。お金がなくて",
    ],
)
def test_meals_told_otherwise_stay_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- OD just now


@pytest.mark.parametrize(
    "text",
    ["OD 今した ねむい", "od さっきやった", "オーバードーズ いましちゃった"],
)
def test_an_overdose_just_now_is_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "suicide" in result.crisis


def test_an_overdose_long_ago_is_no_emergency(ex):
    assert "emergency" not in ex("去年ODしたことがある").crisis


# ---------------------------------------------------------------- 火ぃつけっぱなし


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんが火ぃつけっぱなしにするけぇ 心配",
        "じいちゃん 火つけっぱなしでねてた",
        "おばあちゃんがコンロ 火ぃつけたままにする",
    ],
)
def test_a_fire_left_on_in_dialect_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_setting_fire_stays_an_emergency(ex):
    assert "emergency" in ex("母が家に火をつけると言っている").crisis


# ---------------------------------------------------------------- a child writer who cares


@pytest.mark.parametrize(
    "text",
    [
        "弟が発達障害で 毎日おれが面倒みとる 宿題できん",
        "お母さんが障害者手帳もってて 買い物とか全部わたし 友だちとあそべない",
        "じいちゃん要介護3で 病院つれてくの毎週ぼく 学校休んでる",
        "いもうとがダウン症で よるは私がいっしょに寝てる 授業中ねむい",
    ],
)
def test_a_child_who_cares_for_family_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns
    assert "child" in result.fields


def test_a_child_writer_with_a_grandparent_is_no_double_care(ex):
    result = ex("じいちゃん認知症でうちのこと忘れた 高校生やけど だれにも言えない")
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母の介護と、中学生の息子の子育てで毎日くたくたです",
        "母の介護と子育てが重なって、全部私がやっています",
    ],
)
def test_a_parent_caring_both_ways_keeps_double_care(ex, text):
    assert "double_care" in ex(text).patterns
