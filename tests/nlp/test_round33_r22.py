"""Round 33 (41r22): medicine swallowed 「あるだけ」 or 「ありったけ」 (an overdose) is suicide
and health; a pupil who must 「見とかないかん」 (must keep watch over) a grandparent or a
sibling after school is a young carer; 「大人と話したのは先週の健診が最後」 and
「友だち付き合いもなくなった」 are isolation; a son or daughter who turns 18 or younger next
year is a child; an old writer beside a withdrawn grown child whose body 「きつうなってきた」 is
care.
And what only looks like that: medicine kept from being taken 「あるだけ飲まないように」; a
house to be watched; the last time one spoke to a teacher; friends one is not shy of; an
18th birthday of one's own; helping at a dementia cafe (a volunteer, no care); a partner who
hands over only 2万 of the household money (DV, not hardship); a body tired from work."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- medicine all swallowed


@pytest.mark.parametrize(
    "text",
    [
        "くすりあるだけ飲んだ",
        "睡眠薬をある分ぜんぶ飲みました",
        "安定剤ありったけ飲んだ。ふらふらする",
        "眠剤あるだけのんだ、もうどうでもいい",
    ],
)
def test_medicine_all_swallowed_is_suicide_and_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "薬はあるだけ飲まないように気をつけてます",
        "薬があるだけありがたい",
        "処方された薬を飲み忘れた",
    ],
)
def test_medicine_not_swallowed_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- must keep watch (dialect)


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが寝たきりで、放課後はうちが見とかなあかんから友達と遊べへん",
        "弟がまだ小さいけん、学校から帰ったら私が見とかんといけん",
        "ばあちゃんが認知症やけん、学校終わったらうちが見とかないかんで部活も行けん",
    ],
)
def test_pupil_who_must_keep_watch_is_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "留守中の家は見とかないかんね",
        "鍋の火は見とかないかんよ",
    ],
)
def test_a_house_or_a_pot_watched_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- last spoke to anyone


@pytest.mark.parametrize(
    "text",
    [
        "大人と話したのはいつが最後か思い出せない",
        "人としゃべったのは先月の通院が最後です",
        "引っ越してから友達付き合いもなくなった",
        "退職してから友人付き合いがすっかりなくなりました",
    ],
)
def test_no_one_spoken_to_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "最後に先生と話したのは先週です",
        "友達付き合いは苦手じゃないです",
        "会議の最後に部長と話しました",
    ],
)
def test_a_last_talk_or_friends_not_shy_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a child turning 18 or less


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子が来年18歳になるので、卒業後の進路が心配です",
        "娘が今年15歳になります。反抗期で口をきいてくれません",
    ],
)
def test_child_turning_an_age_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "来年18歳になるので運転免許をとりたい",
        "母が来年80歳になるので、お祝いの会場を探しています",
    ],
)
def test_own_or_a_parents_birthday_is_no_child(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- old writer's body


@pytest.mark.parametrize(
    "text",
    [
        "息子は45で10年ひきこもってます。私も74で体がしんどくなってきました",
        "娘は50で家から出ん。わしも77になってからだがきつうなってきた",
    ],
)
def test_old_writers_body_beside_withdrawn_child_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "仕事が忙しくて体がきつくなってきた",
        "40代、最近体がきつくなってきた",
    ],
)
def test_tired_body_without_old_age_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- dementia cafe volunteer


@pytest.mark.parametrize(
    "text",
    [
        "オレンジカフェのボランティアをしたいです",
        "地域の認知症カフェを手伝いたいのですが、窓口はどこですか",
        "認知症カフェの運営スタッフを募集していますか",
    ],
)
def test_helping_at_a_dementia_cafe_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_taking_a_parent_to_a_dementia_cafe_stays_care(ex):
    assert "care" in ex("母を認知症カフェに連れて行きたいけど、どこにありますか").fields


# ---------------------------------------------------------------- household money kept short


@pytest.mark.parametrize(
    "text",
    [
        "生活費は月2万だけ渡されて、レシートも全部見せろと言われる。これってDV？",
        "夫から生活費は週5千円だけ渡されて、使い道を毎日報告させられています",
    ],
)
def test_household_money_kept_short_is_dv_not_hardship(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "hardship" not in result.fields


def test_household_money_short_and_unpaid_bills_stays_hardship(ex):
    result = ex("生活費を3万しかもらえなくて、子どもの給食費も払えない")
    assert "hardship" in result.fields
