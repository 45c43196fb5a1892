"""Round 24 (32x9): a family member rampaging now with a bat or a blade, or rampaging while
the writer cannot leave the room (emergency); 「声を出すのはコンビニのレジだけ」 (isolation); a
parent to be put in a home, a parent's house gone to rubbish (care); 「介護もいらず元気」
(no care); the old writer's own bad heart (health); a mother and a grown daughter living
「ふたりで」 (8050). And the mistakes beside them: the old mother struck by her son is not a
child abused, a son at university is not a child being raised beside care (no double care),
and a wife with no money to flee her husband has a money trouble as well as DV."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a weapon and rampaging now


@pytest.mark.parametrize(
    "text",
    [
        "兄が金属バットを持って暴れています。どうしたらいいですか",
        "父が酔ってゴルフクラブを振り回して暴れてる",
        "息子が木刀を持って暴れていて、家族みんな外に出ました",
        "おとうとが ばっと もって あばれてる こわい",
        "旦那が包丁を握って暴れとる、はよ来て",
        "娘が鉄パイプを手にして暴れているんです",
        "今、ひきこもりの弟が部屋で暴れていて、怖くて部屋から出られません",
        "いま父が暴れてて、トイレから出られない。たすけて",
        "さっきから夫が暴れとって、逃げられんのです",
    ],
)
def test_rampaging_now_with_a_weapon_or_trapped_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が野球の練習でバットを振り回して暴れてるみたいに素振りしてる",
        "子どもがおもちゃのバットを持って暴れてて、ほんと元気です",
        "昔、父がよく暴れて、部屋にこもっていたのを思い出します",
        "猫が今こたつの中で暴れてて笑える",
    ],
)
def test_practice_toys_and_the_past_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- no one to speak with


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしで、声を出すのはスーパーのレジくらいです",
        "最近しゃべるのはコンビニの店員さんだけ",
        "話すのは病院の先生ぐらいしかいません",
        "一日に口をきくのは猫だけです",
        "母は、人と話すのはヘルパーさんくらいだと言っています",
        "会話するのはテレビ相手の独り言ばっかり",
        "こえだすのって レジだけ",
    ],
)
def test_speaking_only_to_a_cashier_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "英語を話すのは得意です",
        "話すのは苦手だけど、友だちはたくさんいます",
        "レジで声を出すのが仕事なので喉が疲れます",
    ],
)
def test_speaking_as_a_skill_or_a_job_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- a home, a house of rubbish


@pytest.mark.parametrize(
    "text",
    [
        "父を老人ホームに入れたいけど、どこに相談すれば",
        "ばあちゃんをホームに入れることになりそうです",
        "母はホームに入りたいと言っています",
        "主人をホームに預けるか迷っています",
        "実家の父の家がゴミ屋敷になってて、本人は片付けようとしない",
        "一人暮らしのおばあさんのお宅がごみ屋敷で、においもします",
        "母の部屋がゴミ屋敷状態で、足の踏み場もない",
    ],
)
def test_a_home_for_a_parent_or_a_house_of_rubbish_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は介護もいらず元気に畑をしてます",
        "父はまだ介護は必要ないです。町内会の回覧のことで質問です",
        "亡くなった父の家がゴミ屋敷で、片付け業者を探しています",
        "駅のホームに入ってくる電車の写真を撮るのが好き",
    ],
)
def test_no_care_needed_a_dead_parents_house_or_a_station_is_not_care(ex, text):
    assert "care" not in ex(text).fields


def test_care_refused_but_needed_stays_care(ex):
    assert "care" in ex("母は介護はいらないと言い張りますが、もう一人でお風呂に入れません").fields


# ---------------------------------------------------------------- the old writer's own body


@pytest.mark.parametrize(
    "text",
    [
        "夫は認知症、私も80で心臓が悪いんです",
        "わしも八十五で腰が悪うて、ばあさんの世話がしんどい",
        "自分も78歳になって膝が悪くなりました",
        "わたしは86で目が悪いので、書類が読めません",
    ],
)
def test_an_old_writers_bad_heart_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_heart_in_love_is_not_health(ex):
    assert "health" not in ex("私も20で心臓がドキドキする恋をしました").fields


# ---------------------------------------------------------------- an old parent and a grown child


@pytest.mark.parametrize(
    "text",
    [
        "障害のある弟(45)と85歳の父がふたりで暮らしています",
        "88歳の母と、無職の姉(52)が二人で住んでいます",
        "母(90)と兄(60)が2人で生活していて心配です",
    ],
)
def test_an_old_parent_and_a_grown_child_together_is_8050(ex, text):
    assert "8050" in ex(text).patterns


def test_a_young_couple_living_together_is_not_8050(ex):
    assert "8050" not in ex("彼氏とふたりで暮らしています。家賃の補助はありますか").patterns


# ---------------------------------------------------------------- struck by a grown son


@pytest.mark.parametrize(
    "text",
    [
        "息子に叩かれたり、食事を抜かれたりします。八十の母です",
        "娘から殴られることがあります。私は75歳で足も悪いです",
        "同居の息子に蹴られる。わしは82じゃ",
    ],
)
def test_an_old_parent_struck_by_a_son_is_not_a_child_abused(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


def test_a_child_struck_by_a_brother_stays_a_child(ex):
    result = ex("小学生の娘が、兄に叩かれて泣いています")
    assert "child" in result.fields


# ---------------------------------------------------------------- a grown son beside care


@pytest.mark.parametrize(
    "text",
    [
        "妻が若年性認知症になり介護しています。息子は大学生で仕送りが必要です",
        "父の介護をしていて、子どもは社会人ですが家にいます",
        "母が要介護3で、娘は大学2年、学費も重いです",
    ],
)
def test_care_beside_a_grown_son_is_no_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母の介護と、小学生の子の子育てでへとへとです",
        "上の子は大学生、下の子はまだ保育園で、義父の介護もしています",
    ],
)
def test_care_beside_a_young_child_stays_double_care(ex, text):
    assert "double_care" in ex(text).patterns


# ---------------------------------------------------------------- no money to flee


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られます。家を出たいけど、お金がなくて行き場がない",
        "彼氏が怒鳴って物を投げる。逃げたくてもお金も無いし",
        "主人に蹴られて、離婚したいけどお金が全然ない",
    ],
)
def test_no_money_to_flee_a_violent_partner_is_hardship_too(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "hardship" in result.fields
