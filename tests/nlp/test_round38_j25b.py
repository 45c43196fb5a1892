"""Round 38 (44j25b): the fields and patterns J25 still missed after the crisis pass (44j25),
from residents born in Brazil or Peru (大泉町), their teenage children, and the Japanese
employers and neighbours who write about them.

- Money words in romaji (「yachin tainou」「kyuuryou sukunai」) and 「派遣 だから 給料 ない」 are
  hardship; 「kyuuryou wa itsu」「給料日 は いつ」「給料 ないと こまる から」 are not.
- 「母 もう ひとりで ごはん たべれない」 is a care need, not health.
- 「スタッフ が 介護 で 早退 や 欠勤」 is work leave: no young carer, no child; a pupil who
  leaves school early to care stays a young carer.
- 「ヘルパー の しかく」 is a qualification, not 視覚; 「しかく が わるい。目 が みえない」 stays.
- 「こども の 自転車 ぬすまれた」 and 「子ども は ブラジル」 (a grown child abroad) are no child
  matter; a child born in Brazil who struggles at school stays.
- 「保険 の おかね で 子ども たすかる」 beside a wish to be gone is suicide only (no hardship,
  no child).
- 「おむつ 2人分」 beside a baby and a stroke is care and double care (the stroke is the care,
  not health).
- A child off school who says 「あさ おなか いたい」 is the child matter, not health; with a
  fever or a hospital it stays health.
- Withdrawn 「中学 から 3年」 is a teenager (child); 「35さい、中学 から 20年」 is not.
- A grandchild's 「おばあちゃん 91さい と おじさん 62さい」 with the uncle shut in is 8050.
- A baby's night crying told with 笑 and then asked about (いつまで) stays child.
- 「ねむれない くすり 50こ」 saved up is suicide, not health, and 50こ is no child;
  「ねむれない くすり ほしい」 stays health.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "kyuuryou sukunai. yachin haraenai",
        "yachin 3kagetsu tainou shiteru",
        "shigoto nai kara kyuryo denai, komatteru",
        "派遣 だから 給料 ない。こまってる",
    ],
)
def test_money_words_in_romaji_and_no_pay_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text", ["kyuuryou wa itsu desu ka", "給料 ないと こまる から がんばる", "給料日 は いつ？"]
)
def test_pay_day_questions_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text", ["父 もう ひとりで ごはん たべれない", "おばあちゃん 一人で 食事 できない"]
)
def test_cannot_eat_on_their_own_is_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "スタッフ が 母 の 介護 で 早退 や 欠勤 が 多い",
        "パート さん が 親 の 介護 で 仕事 を 早退 している",
    ],
)
def test_a_worker_leaving_early_to_care_is_no_young_carer(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "child" not in result.fields
    assert "young_carer" not in result.patterns


def test_a_pupil_leaving_school_early_to_care_stays_a_young_carer(ex):
    result = ex("むすめ 中2、おばあちゃん の 介護 で 学校 早退 ばかり")
    assert "young_carer" in result.patterns


@pytest.mark.parametrize(
    "text", ["ヘルパー の しかく とりたい", "介護 の しかく ポルトガル語 で ある？"]
)
def test_a_helper_qualification_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


def test_poor_sight_stays_disability(ex):
    assert "disability" in ex("しかく が わるい。目 が みえない").fields


@pytest.mark.parametrize(
    "text",
    [
        "むすこ の 自転車 ぬすまれた",
        "子供 の 自転車 盗まれた。警察 に 言う？",
        "むすこ は ペルー。わたし ひとり で さびしい",
        "子ども たち は ブラジル に いる。日本 で ひとり",
    ],
)
def test_a_stolen_bicycle_or_grown_children_abroad_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子ども は ブラジル で うまれて、学校 で 日本語 わからない",
        "こども が いじめ られて 自転車 こわされた",
    ],
)
def test_a_child_at_school_stays_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "わたし いない ほうが いい。保険金 で 家族 が たすかる",
        "もう つかれた。消えたい。生命保険 の お金 で 子ども たち 楽 に なる",
    ],
)
def test_insurance_money_after_death_is_suicide_only(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "hardship" not in result.fields
    assert "child" not in result.fields


def test_insurance_money_for_school_stays(ex):
    result = ex("保険 の おかね 子ども の 学校 に つかいたい")
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "あかちゃん 3かげつ と、父 脳梗塞 で 寝たきり。オムツ 2人分",
        "赤ちゃん 5か月、ペルー から きた 母 脳梗塞 で 右手 うごかない。おむつ 二人分",
    ],
)
def test_diapers_for_two_are_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "child" in result.fields
    assert "health" not in result.fields
    assert "double_care" in result.patterns


def test_a_young_husbands_stroke_stays_health(ex):
    result = ex("赤ちゃん 5か月、夫 脳梗塞 で 右手 うごかない。おむつ 二人分")
    assert "health" in result.fields


def test_two_diapers_bought_are_no_care(ex):
    result = ex("おむつ 2こ かった")
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "むすめ 小3 1しゅうかん 学校 いってない。朝 あたま いたい って",
        "むすこ 小6 学校 いきたくない。あさ に なると おなか いたい って いう",
    ],
)
def test_morning_ache_of_a_child_off_school_is_no_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "むすこ 学校 やすんでる。あさ おなか いたい って、熱 も ある",
        "あさ おなか いたい。びょういん どこ？",
    ],
)
def test_a_real_stomachache_stays_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["高校 から 2年 部屋 から でない。そと こわい", "中学 の とき から 4年 いえ から でない"],
)
def test_withdrawn_since_school_for_a_few_years_is_a_child(ex, text):
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "child" in result.fields


def test_withdrawn_since_school_as_an_adult_is_no_child(ex):
    result = ex("むすこ 35さい、中学 から 20年 家 から でない")
    assert "child" not in result.fields


def test_grandchild_tells_of_grandparent_and_shut_in_uncle(ex):
    result = ex(
        "おじいちゃん 88さい と おばさん 55さい ふたり。おばさん 10年 へや から でない。"
        "おじいちゃん あし わるい"
    )
    assert "8050" in result.patterns
    assert "hikikomori" in result.patterns


def test_grandparent_and_a_young_uncle_no_8050(ex):
    result = ex("おばあちゃん 85さい、おじさん 30さい ぐらし。おばあちゃん あし わるい")
    assert "8050" not in result.patterns


def test_a_babys_night_crying_asked_with_a_laugh_is_child(ex):
    assert "child" in ex("赤ちゃん 2かげつ、夜泣き すごい 笑 いつまで ですか？").fields


def test_saved_sleeping_pills_are_suicide_not_health_nor_child(ex):
    result = ex("ねむれない くすり 30こ ためてる。ぜんぶ のんだら しねる？")
    assert "suicide" in result.crisis
    assert "health" not in result.fields
    assert "child" not in result.fields


def test_asking_for_sleeping_pills_stays_health(ex):
    result = ex("ねむれない くすり ほしい。びょういん どこ？")
    assert "health" in result.fields
    assert "suicide" not in result.crisis


def test_apples_counted_with_ko_and_a_child_told(ex):
    assert "child" in ex("りんご 3こ かった。こども よろこぶ").fields
