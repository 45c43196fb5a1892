"""Round 27 (35o13), from the crisis misses of sets O13 and P13 (written as held out; read
after their unseen scores were recorded). Fled a partner's throwing or a knife to the car
or a car park now; checking whether the roof door is open; wanting to go and look at the
tracks at night; 「目がさめなきゃよかった」; a farewell passed on to the family; unreachable
after 「迷惑かけたくない」; 「このまま静かにいなくなれたら」; an overdose with vomiting; purple
lips; limp with a weak answer; a mother's boyfriend who touches only me; parents who go
off for the weekend leaving no food; a pension 「管理して」 by a relative while the parent goes
hungry; 「夫を亡くしてから…主人のところへ行きたい」. And what only looks like that: wanting
to hit a boss, trains and night views, purple lips from the cold or the pool, a farewell
at a job's end."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "夫がお酒飲んで物投げだしたから子ども連れて車に逃げてきた。いまスーパーの駐車場",
        "旦那が包丁出してきた。いま車の中に逃げてます",
        "彼氏がナイフを持ち出してきて、今コンビニに逃げてる",
    ],
)
def test_fled_a_partner_now_is_dv_and_an_emergency(ex, text):
    assert {"dv", "emergency"} <= set(ex(text).crisis)


@pytest.mark.parametrize(
    "text",
    [
        "きのう屋上の鍵があいてるか見に行った",
        "夜中になると線路見に行きたくなる",
        "目がさめなきゃよかったって毎朝おもう",
        "家族にはありがとうって伝えといてください。今までお世話になりました",
        "このまま静かにいなくなれたらいいな",
        "もう消えられたら楽なのに",
        "夫を亡くしてから、早く主人のところへ行きたいと毎日思ってしまいます",
        "ODしちゃって吐き気とまらない",
    ],
)
def test_indirect_wishes_and_preparations_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "屋上の鍵の管理は誰がしていますか",
        "電車が好きで、夜中に線路を見に行きたくなります。撮影スポットを教えて",
        "夜景を見に屋上に行きたいです",
        "退職します。今までお世話になりました",
        "花火を見に橋に行きたい",
    ],
)
def test_keys_trains_views_and_farewells_at_work_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母がさっき「もう迷惑かけたくないけぇ」って電話してきて、そのあと全然つながらん",
        "じいちゃんが息苦しいって言ってて、くちびる紫っぽい",
        "ODしちゃって吐き気とまらない",
        "叔父がエアコンなしの部屋でぐったりしてます。返事も弱い",
    ],
)
def test_danger_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "プールで唇が紫になってたけど、もう元気です",
        "寒くて顔が真っ青になったけど、もう温まりました",
        "紫の口紅が似合わない",
    ],
)
def test_purple_lips_from_the_cold_or_makeup_are_no_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis and "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中1です。お母さんの彼氏が家に来ると私にだけさわってくる",
        "うちの親、週末になるとごはんも置かずにどっか行く。弟とカップめん半分こしてる",
        "一人暮らしの父の年金を兄が全部管理してて、父は冷蔵庫空っぽでろくに食べてないみたい",
    ],
)
def test_touching_no_food_left_and_money_held_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "上司がうざすぎて殴りたくなるw まあそれは置いといて、市民プールっていつから開くん？",
        "同僚をぶん殴りたくなる日もあるけど、仕事は楽しいです",
    ],
)
def test_wanting_to_hit_a_boss_is_no_crisis(ex, text):
    assert not ex(text).crisis
