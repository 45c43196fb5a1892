"""Round 28 (35z15), from the crisis misses of sets Z15 and A15 (written as held out; read
after their unseen scores were recorded). Living money squeezed with every receipt checked
and 「誰が稼いでると思ってるんだ」; things that come flying when a partner is in a mood; 「次の
快速で終わりにしようかな」; 「わたしがいなくなれば家族もお金の心配せんでよくなる」; a voice in
the head that says 「しね」; 「おやじが逝ったら俺も一緒に終わりにする」; 「役目はもう済んだので、
そろそろ私も」; 「生命保険でなんとかなるなら」; a child whose mother drinks and sleeps and who
cooks for herself and her brother. And what only looks like that: a fear of being put out
if the parents find out, a shop's receipt check, a committee's duty done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "生活費、月2万しかもらえなくてレシートも全部チェックされる。「誰が稼いでると思ってるんだ」って",
        "夫の機嫌が悪いと物が飛んでくる",
        "旦那にレシートをいちいちチェックされて、自由に使えるお金がない",
    ],
)
def test_money_squeezed_and_things_thrown_are_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "いま駅のホームにいます。次の快速で終わりにしようかな",
        "わたしがいなくなれば家族もお金の心配せんでよくなるのにね",
        "夜になると頭の中で「しね」ってずっと言われてる気がする",
        "80のおやじと二人暮らし。おやじが逝ったら俺も一緒に終わりにするつもり",
        "私の役目はもう済んだので、そろそろ私も、と思っております",
        "借金で、生命保険でなんとかなるならって最近そればっか考えてる",
    ],
)
def test_quiet_plans_and_voices_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_the_platform_now_is_also_an_emergency(ex):
    assert "emergency" in ex("いま駅のホームにいます。次の快速で終わりにしようかな").crisis


@pytest.mark.parametrize(
    "text",
    [
        "PTAの役員の役目はもう済んだので、そろそろ私も休みたい",
        "お店でレシートを全部確認してもらいました",
        "友達とのゲームで弟が「しね」って言ってくる",
    ],
)
def test_a_committee_a_shop_and_a_game_are_no_crisis(ex, text):
    assert not ex(text).crisis


def test_a_child_who_cooks_while_the_mother_drinks_and_sleeps_is_abuse(ex):
    text = "おかあさんいつもお酒のんでねてる。ごはんはじぶんでつくる。弟のぶんも。小4"
    assert "abuse" in ex(text).crisis


def test_a_fear_of_being_put_out_is_no_abuse(ex):
    text = "高校生です。妊娠したかもしれない。親にバレたら家追い出される"
    assert "abuse" not in ex(text).crisis
