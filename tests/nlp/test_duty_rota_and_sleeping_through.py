"""A pupil on a care rota at home (「高2です。夜は母のおむつ当番で眠れない」) is a young carer:
a duty of care (おむつ・トイレ・見守り) is family care, as doing it is; a duty at school
(給食当番, 掃除当番) is not. 「朝まで起きない」 is sleeping through the night (a baby who
sleeps until morning), not being unable to get up in the morning (health)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "高2です。夜は母のおむつ当番で眠れない",
        "中3です。週3回はじいちゃんの見守り当番で部活に行けない",
        "中1。ばあちゃんの夜のトイレ係はぼく",
        "高1です。きょうだいで祖母の介護当番を回していて、私は毎晩です",
    ],
)
def test_a_pupil_on_a_care_rota_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。今週は給食当番で大変",
        "高1です。掃除当番がめんどくさい",
        "中学生です。クラスの係決めで保健係になった",
    ],
)
def test_a_duty_at_school_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが最近は夜寝たら朝までもう起きない",
        "うちの子、朝まで起きないで寝てくれるようになった",
        "息子は8か月、朝までぐっすり起きません",
    ],
)
def test_sleeping_through_until_morning_is_no_health_matter(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "朝起きられなくて会社に行けない",
        "うつっぽくて朝どうしても起きられない",
    ],
)
def test_unable_to_get_up_in_the_morning_stays_health(ex, text):
    assert "health" in ex(text).fields


def test_a_father_who_does_not_wake_is_still_an_emergency(ex):
    result = ex("父が朝まで起きない、呼んでも反応がない")
    assert "emergency" in result.crisis
    assert "health" in result.fields
