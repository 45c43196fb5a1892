"""Round 7: a disabled son or daughter who needs watching (not elderly care), parents
in their 80s told by age and decline, a carer's own lost sleep and exhaustion, breathing
that is wrong now, a neighbour's child and children who see DV, living money a partner
withholds, a teenager who helps a parent dress or bathe, and a care-needing parent hit
by the other. Each family has look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a disabled child


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子から目が離せない",
        "ダウン症の娘は一瞬も目が離せません",
        "多動の息子から片時も目が離せなくて疲れた",
        "知的障害のある息子の介護に疲れた",
        "重度障害の娘の介護をしています",
        "医療的ケア児の娘がいて、夜も介助が必要です",
        "娘が自閉症で、目を離せない",
        "じへいしょうの息子から目がはなせない",
        "障害児の息子の介助が大変です",
    ],
)
def test_watching_a_disabled_child_is_disability_not_care(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "シングルで自閉症の息子を育てていて、目が離せない",
        "障害のある娘を一人で育てていて、目が離せない",
        "発達障害の子を一人で育てていて毎日くたくた",
    ],
)
def test_raising_a_disabled_child_alone_is_not_double_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "要介護1の認定を受けました。近所の子どもにあざがあります",
        "要介護3の認定を受けました。息子が3年ひきこもっています",
    ],
)
def test_care_elsewhere_in_the_message_is_not_a_childs(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "disability" not in result.fields


def test_a_toddler_who_needs_watching_is_a_child_matter(ex):
    result = ex("2歳の息子から目が離せない")
    assert result.fields == ("child",)
    assert result.patterns == ()


@pytest.mark.parametrize(
    "text",
    [
        "自閉症の息子から目が離せないし、認知症の母の介護もある",
        "発達障害の息子がいて、父の介護もしています",
        "息子は自閉症で、母の介護もしている",
        "自閉症の息子と寝たきりの母の介護をしている",
    ],
)
def test_a_disabled_child_and_a_parent_to_care_for_is_double_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "母が認知症で目が離せない",
        "認知症の父から目を離せない",
        "ばあちゃんがボケて目が離せん",
    ],
)
def test_watching_an_older_parent_is_still_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "私が介護をしていて、一日中目が離せない",
        "自分も介護でいっぱいいっぱい",
        "赤ちゃんのお世話と、寝たきりの祖母の介護で毎日くたくた",
    ],
)
def test_care_stays_when_no_child_is_named(ex, text):
    assert "care" in ex(text).fields


def test_a_disabled_father_and_a_grown_son_who_helps_is_not_double_care(ex):
    result = ex("障害のある父の介護をしていて、息子にも手伝ってもらっている")
    assert "care" in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- parents in their 80s


@pytest.mark.parametrize(
    "text",
    [
        "80代の両親が二人暮らしで、最近買い物も難しくなってきた",
        "85の父が一人で風呂に入れなくなった",
        "父が一人で風呂に入れなくなった",
        "両親とも80を過ぎて、買い物に行くのもしんどそう",
        "八十過ぎの母が最近料理をしなくなった",
        "88になる祖母が身の回りのことができなくなってきた",
        "実家の両親が高齢で、ゴミ出しもできなくなった",
        "母が一人で着替えられなくなった",
        "父は85です。最近、風呂に一人で入れなくなりました",
        "米寿の祖母が最近トイレに一人で行けなくなった",
        "おやじが一人で風呂に入れんようになった",
        "うちのばあちゃん、最近ひとりでトイレ行けんくなった",
    ],
)
def test_parents_who_can_no_longer_manage_daily_life_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが一人で風呂に入れない",
        "2歳の娘が一人で着替えられない",
        "雨で買い物に行けない",
        "妻がつわりで家事ができない",
        "母に頼まれたけど仕事が忙しくて料理ができない",
        "母は元気だけど、私が忙しくて掃除ができない",
        "雨で母が買い物に行けないので代わりに行った",
        "母が仕事で忙しくて料理ができない日は私が作る",
        "母が米寿なので家族で外食します",
        "80代の両親が元気に二人で旅行している",
    ],
)
def test_daily_things_not_managed_by_others_are_not_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_toddler_who_cannot_dress_alone_is_no_neglect(ex):
    assert ex("2歳の娘が一人で着替えられない").crisis == ()


# ---------------------------------------------------------------- a carer's own sleep and strength
# (Round 11b narrows this round's rule to what the labelled sets agree on: sleep lost to the
# caring, told in its sentence, and 体がもたない / 私が倒れそう after the caring are the care
# or child matter, not health (o003, o072, j083, n116, g051); exhaustion as a state
# (疲れ果てた) and sleep loss told in a sentence of its own (i040) are still health. See
# test_round11_fields.py.)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("父の介護で心身ともに疲れ果てた", "care"),
        ("母の介護をしています。最近は私自身が眠れなくて、朝起きるのもつらいです", "care"),
        ("育児中です。夜は眠れないし、食欲もありません", "child"),
    ],
)
def test_a_carers_own_exhaustion_or_sleep_told_on_its_own_is_health(ex, text, field):
    result = ex(text)
    assert field in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("介護で夜眠れない日が続いている", "care"),
        ("母の介護で夜もろくに眠れない", "care"),
        ("認知症の父が夜中に何度も起きるので寝不足が続いている", "care"),
        ("介護と仕事で睡眠不足が続いてる", "care"),
        ("仕事と介護の両立で、このままだと私が倒れそう", "care"),
        ("母の介護で一睡もできない夜がある", "care"),
        ("夜中の授乳で毎日寝不足です", "child"),
        ("赤ちゃんの夜泣きがひどくて、ここ1週間まともに寝てない", "child"),
        ("育児で寝る時間もない、体がもたない", "child"),
    ],
)
def test_a_carers_sleep_lost_to_the_caring_is_not_health(ex, text, field):
    result = ex(text)
    assert field in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子育てと親の介護が重なって、心身ともに疲れています",
        "育児でちょっと疲れ気味です",
        "去年は介護で眠れなかったけど、今はショートステイのおかげでよく眠れている",
        "母の介護をしています。夜はよく眠れています",
    ],
)
def test_being_tired_or_sleep_loss_in_the_past_is_not_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- breathing now


@pytest.mark.parametrize(
    "text",
    [
        "母が息をしてない",
        "息をしていない",
        "呼吸がおかしい",
        "母の呼吸が変です",
        "おかんが息してへん",
        "父が息をしとらん",
        "いきしてない",
        "父が苦しそうに息をしている",
        "夫の呼吸が止まりそう",
        "祖父の息が弱くなってる",
        "夫がいびきをかいたまま呼吸がおかしい",
    ],
)
def test_breathing_that_is_wrong_now_is_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息が止まるかと思った",
        "息が止まるほど驚いた",
        "夜中に息が止まっていると言われた、無呼吸症候群かも",
        "寝ているときの呼吸がおかしいといびきを指摘された",
        "犬の呼吸がおかしい",
        "猫が息してないかも",
        "息を止めて潜るのが得意",
        "子どもの息がゼーゼーしてる",
        "ため息ばかりつく夫",
    ],
)
def test_breathing_idioms_sleep_and_pets_are_not_an_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- neighbour's child, DV seen


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の子がいつも夜遅くまで一人で外にいる",
        "よその子が夜遅くまで一人で公園にいる",
        "近所のお子さんが夜中に一人で歩いている",
        "隣んちの子が夜遅くまでずっと外におる",
        "近所の小さい子が夜10時過ぎても外で遊んでる",
        "隣のうちの男の子、いつも夜中に一人で外にいる",
        "同じマンションの小学生が夜遅くまで一人で廊下にいる",
    ],
)
def test_a_neighbours_child_out_alone_at_night(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "abuse" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもと夜遅くまで外で遊んだ",
        "隣の家の坊やがいつも一人で留守番している",
        "近所の子どもたちが公園で遊んでいてうるさい",
    ],
)
def test_a_neighbours_child_with_no_sign_of_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が子どもの前で私を殴る",
        "夫が娘の前で私を殴る",
        "夫が子どもの目の前で私を蹴る",
        "子どもが見ている前で夫に怒鳴られる",
        "旦那が子供たちの前で物を投げて暴れる",
        "夫に殴られるのを息子がいつも見ている",
        "彼氏に叩かれてるとき、子どもが泣いて止めに入ってくる",
        "主人が子どもの前でも平気で私を罵倒する",
        "こどものまえでおっとにたたかれる",
        "旦那は子どもが見てても平気で私を殴る",
    ],
)
def test_dv_a_child_sees_is_dv_and_abuse_of_the_child(ex, text):
    result = ex(text)
    assert {"dv", "abuse"} <= set(result.crisis)
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもの前で夫婦喧嘩をしてしまった",
        "子どもの前で泣いてしまった",
        "子どもの前でタバコを吸う夫がいや",
        "子どもが見ている前で叱ってしまった",
        "昔は子どもの前で夫に殴られたけど、今は離婚して落ち着いています",
    ],
)
def test_in_front_of_the_children_without_dv(ex, text):
    assert ex(text).crisis == ()


def test_dv_with_no_child_is_dv_only(ex):
    assert ex("夫が私を殴る").crisis == ("dv",)


# ---------------------------------------------------------------- living money withheld


@pytest.mark.parametrize(
    "text",
    [
        "夫が生活費を渡してくれない",
        "旦那が家にお金を入れない",
        "夫が生活費を月3万しか渡してくれない",
        "主人がお金をくれないので子どものミルクも買えない",
        "夫から生活費を一円ももらえず、食べるものがない",
        "旦那が給料を全部自分で使って、生活費くれへん",
        "彼氏が生活費を入れてくれない",
        "夫に生活費を止められた",
        "夫が生活費をくれへんから、ごはん代もない",
        "夫から食費しかもらえない",
    ],
)
def test_living_money_a_partner_withholds_is_hardship_and_dv(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "dv" in result.crisis


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("生活費をくれない", ()),
        ("会社から給料がもらえない", ()),
        ("認知症の夫がお金を渡してくれない", ()),
    ],
)
def test_living_money_withheld_by_no_partner_is_hardship_only(ex, text, crisis):
    result = ex(text)
    assert "hardship" in result.fields
    assert result.crisis == crisis


@pytest.mark.parametrize(
    "text",
    [
        "親がお小遣いをくれない",
        "夫に通帳を取り上げられて、お金を使わせてもらえない",
        "彼氏に給料を全部管理されています",
    ],
)
def test_an_allowance_or_money_controlled_is_not_withheld_living_money(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a teenager's bodily care


@pytest.mark.parametrize(
    "text",
    [
        "中学生の娘が母の着替えを手伝っている",
        "中2です。お母さんの着替えとかトイレを手伝ってる",
        "学校から帰ったらお母さんの着替えとかトイレを手伝ってる",
        "ママのおふろを手伝ってる。中学生です",
        "高校生です。父の入浴の介助をしています",
        "中学生です。おばあちゃんのおむつを替えてる",
        "中1です。パパをトイレに連れて行ったり、着替えさせたりしてる",
        "高1。母の体を拭いたり、お風呂に入れてあげてる",
        "中学生です。お母さんのトイレのお世話をしてる",
    ],
)
def test_a_teenager_helping_a_parent_dress_bathe_or_toilet(ex, text):
    """A young carer; elderly care only when the one cared for is old (a grandparent), as
    in dev.tsv (d040 おじいちゃんの介護 is care, d041 病気の母 is not)."""
    result = ex(text)
    assert "child" in result.fields
    assert result.patterns == ("young_carer",)
    named = (
        "おばあちゃん",
        "おじいちゃん",
        "祖母",
        "祖父",
        "介助",
        "介護",
    )  # or care said outright
    assert ("care" in result.fields) == any(word in text for word in named)


@pytest.mark.parametrize(
    "text",
    [
        "高校生で、病気の母の代わりに家事や弟の送り迎えをしています。",
        "中学生です。お母さんが病気で、毎日夕飯を作ってます",
    ],
)
def test_a_teenager_keeping_house_for_an_ill_parent_is_not_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "young_carer" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘の着替えを手伝うのが大変",
        "母が子どもの着替えを手伝ってくれる",
        "中学生です。文化祭で友達の着替えを手伝った",
        "高校生です。母が妹をお風呂に入れてくれる",
    ],
)
def test_dressing_a_child_or_a_friend_is_not_care_nor_young_carer(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert result.patterns == ()


def test_an_adult_helping_a_parent_dress_is_care_not_young_carer(ex):
    result = ex("母の着替えを手伝っている")
    assert result.fields == ("care",)
    assert result.patterns == ()


# ---------------------------------------------------------------- a care-needing parent hit


@pytest.mark.parametrize(
    "text",
    [
        "父が要介護の母を叩く",
        "父が認知症の母に暴力をふるう",
        "寝たきりの母に父が手を上げる",
        "介護疲れで父が母をたたいてしまう。母は認知症です",
        "母は要介護3です。父が母を殴るのを見てしまった",
        "認知症の夫をつい叩いてしまう",
        "要介護の妻を夫が蹴っている",
        "父が母に暴言を吐いたり叩いたりする。母は寝たきりです",
        "車椅子の母を父が突き飛ばした",
        "夫が要介護のお義母さんを突き飛ばした",
        "おやじが寝たきりのおふくろを殴ってる",
    ],
)
def test_a_care_needing_parent_or_spouse_hit_is_care_and_abuse(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "abuse" in result.crisis


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("父が母を殴る", ("dv",)),
        ("認知症の父が母を叩いてくる", ("dv",)),
        ("要介護の母を父が一生懸命介護している", ()),
        ("要介護の母の肩を父がたたいてあげている", ()),
        ("父の肩たたきをした", ()),
        ("夫に肩を叩かれて振り向いた", ()),
    ],
)
def test_no_abuse_when_the_one_hit_needs_no_care_or_no_one_is_hit(ex, text, crisis):
    assert ex(text).crisis == crisis


@pytest.mark.parametrize(
    "text",
    [
        "忙しくてゴミ出しもできないままです",
        "散らかったままで掃除もできない",
        "そのままにしている",
    ],
)
def test_mama_inside_tamama_is_no_mother(ex, text):
    result = ex(text)
    assert "mother" not in result.persons
    assert "care" not in result.fields


def test_mama_written_by_a_child_is_still_mother(ex):
    assert "mother" in ex("きのうままにおこられた").persons
