"""Round 28 (35b16), from the crisis misses of sets B16 and C16 (written as held out; read
after their unseen scores were recorded). 「この子と一緒に海にでも入ったら」; 「私が先にいなく
なったら楽になれるのかな」; living money cut to 3万 with every receipt checked; a step-parent
who feeds every child but mine; 「本気で叩いちゃいそう」; a child's head pushed under in the
bath 「しつけ」; a smell of gas and a father who does not wake; days without food and a body
that stops moving; a mother who always answers, silent since noon. And what only looks like
that: thanks after DV long settled, and a carer's mother with dementia who calls her a thief."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "産んでから毎日泣いてる。この子と一緒に海にでも入ったら楽になるのかな",
        "母の介護でもう3年まともに寝てない。私が先にいなくなったら楽になれるのかな",
    ],
)
def test_a_sea_and_going_first_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_money_cut_and_receipts_checked_are_dv(ex):
    text = "生活費は月3万だけ、レシート全部チェックされて、パート代も取られる"
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "再婚相手が、私の連れ子にだけ食事を出さないんです",
        "2歳の子がなに言っても聞かなくて、このままだと本気で叩いちゃいそう",
        "小1の息子が言うこときかないと、夫がお風呂で頭を沈める",
    ],
)
def test_meals_withheld_a_feared_blow_and_a_head_pushed_under_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "台所でガスの臭いがする、父が寝たまま起きない",
        "3日なにも食べてない、ガスも止まった。体がうごかなくなってきた",
        "82の母が昼から電話に出ない。いつもは絶対出るのに",
    ],
)
def test_gas_hunger_and_silence_are_emergencies(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年DVのことで相談にのってもらった者です。今は子どもと穏やかに暮らせてます。ありがとうございました",
        "介護してる母に毎日「泥棒」「死ね」って言われて、正直きついです",
        "子どもとお風呂で顔を水につける練習をしました",
    ],
)
def test_thanks_a_carers_hard_words_and_bath_play_are_no_crisis_of_that_kind(ex, text):
    crisis = set(ex(text).crisis)
    assert not crisis & {"dv", "abuse", "emergency"}
