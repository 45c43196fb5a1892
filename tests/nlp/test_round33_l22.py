"""Round 33 (41l22): a mixed week from a rural town, with relatives far away writing about
family back home. A carer who catches herself thinking 「このまま母と一緒にいなくなれたら」
(「と考える」「と願う」, not only 「と思う」); a farm loan that cannot be repaid (借入, 融資);
an old parent living alone whom the neighbours have not seen (the emergency, not a child's
neglect, even when the writer introduces themself as 息子です or 娘です); an old parent's
low mood when the only care read is the age (health); a carer's own sleep loss
(「母自身も眠れていない」); a pupil who 「学校に行けていません」 and aches in the morning
(the school refusal, not health); thanks to the care manager after the death (no care).
And what only looks like that: a knife told as yesterday's (DV, not the danger now), a
grandchild who is funny or sweet (a grandparent's boast), wishes that are not about dying
(雨が止んでくれたら), a borrowed book, a child unseen next door (still neglect), a pain with
a name, a new worry or a new care need after the death."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- gone with the one cared for


@pytest.mark.parametrize(
    "text",
    [
        "父の介護も10年になります。このまま父と一緒にいなくなれたらと考える夜がある",
        "夫の介護に疲れて、いっそ二人で消えてしまえたらと願ってしまう",
        "もう消えられたらって考えてしまう",
        "介護が長くて、このまま一緒に死ねたらと頭をよぎることがあります",
    ],
)
def test_wishing_to_be_gone_thought_or_wished_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "このまま雨が止んでくれたらと考えています",
        "一緒に旅行に行けたらと考えています",
        "ストレスが消えてくれたらと願っています",
    ],
)
def test_other_wishes_thought_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a loan that cannot be repaid


@pytest.mark.parametrize(
    "text",
    [
        "農協からの借入が返せそうにありません",
        "去年の融資が返せん",
        "友達に借りたお金が返せなくて困ってます",
    ],
)
def test_a_loan_not_repaid_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借りた本が返せそうにない",
        "図書館で借りたDVDが返せてない",
    ],
)
def test_a_borrowed_thing_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a knife told as yesterday's


@pytest.mark.parametrize(
    "text",
    [
        "夫が昨日の夜は包丁を持ち出して「出ていけ」と怒鳴りました",
        "先週、夫にナイフを向けられました。今は普通にしています",
        "夫が怒ると物を投げます。昨日も包丁を持って「殺すぞ」と言われました",
    ],
)
def test_a_knife_told_as_yesterdays_is_dv_not_emergency(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "昨日から夫が包丁を持ったままで怖い",
        "昨日は包丁を振り回されたけど、今も台所で包丁を持ってる",
        "夫が包丁を持って暴れてる",
    ],
)
def test_a_knife_still_held_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a grandparent's boast


@pytest.mark.parametrize(
    "text",
    [
        "孫がかわいくてしかたない笑",
        "孫が面白いことばかり言うので毎日笑ってます",
        "孫の話がおもしろくて",
    ],
)
def test_a_grandchild_funny_or_sweet_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫がかわいいと思えなくて悩んでいます",
        "孫がかわいいけど、娘が孫を叩いてるみたいで心配",
        "孫がかわいくて預かってるけど、最近痩せてきて心配",
    ],
)
def test_a_grandchild_with_a_worry_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- an old parent unseen


@pytest.mark.parametrize(
    "text",
    [
        "大阪に住んでいる息子です。80代の母が一人暮らしで、昨日から電話に出ません。"
        "近所の人も姿を見ていないそうです",
        "娘です。父が一人暮らしで、三日前から電話に出ず、近所の人も姿を見かけないそうです",
        "県外に住む娘です。要介護2の母が一人暮らしで、おとといから電話がつながりません。"
        "隣の人も姿を見ていないと言っています",
    ],
)
def test_an_old_parent_unseen_is_an_emergency_not_neglect(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "abuse" not in result.crisis
    assert "child" not in result.fields
    assert "double_care" not in result.patterns
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の小学生、最近姿を見ない。夜中に怒鳴り声がする",
        "隣の子の姿をもう一週間見ていない。家に閉じ込められてないか心配",
    ],
)
def test_a_child_unseen_stays_neglect(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- an old parent's low mood


@pytest.mark.parametrize(
    "text",
    [
        "70代の母がふさぎこんでいて、好きだった畑にも出なくなりました",
        "80歳の父が最近落ち込んでいて、好きな釣りにも行かなくなった",
    ],
)
def test_an_old_parents_low_mood_with_no_care_need_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が落ち込んでいます",
        "80歳の父が受診してくれません",
        "祖母がおむつになって、本人もふさぎ込んでいる",
    ],
)
def test_a_low_mood_or_refusal_within_care_is_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- a carer's own sleep


@pytest.mark.parametrize(
    "text",
    [
        "姉が母の介護をしていて、姉自身もこのところ眠れていないようです",
        "父の介護で私自身も眠れなくなりました",
        "仙台の娘です。母が祖母の介護で、母自身がもう何か月もまともに寝られていません",
    ],
)
def test_the_carers_own_sleep_is_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で夜もろくに眠れない",
        "認知症の父が夜中に何度も起きるので寝不足が続いている",
    ],
)
def test_sleep_lost_to_the_caring_stays_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- a school refusal's morning ache


@pytest.mark.parametrize(
    "text",
    [
        "息子が中2の春から学校に行けてない。朝になると頭が痛いって言う",
        "娘が夏休み明けから学校に行けていません。朝になるとお腹が痛いと泣きます",
    ],
)
def test_a_school_refusals_morning_ache_is_child_only(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "学校に行っていません。朝になるとお腹が痛いと言います。胃潰瘍と言われました",
        "娘が学校に行ってないけど、頭痛持ちで片頭痛の薬を飲んでます",
    ],
)
def test_a_named_illness_beside_school_refusal_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- thanks after a death


@pytest.mark.parametrize(
    "text",
    [
        "父は先月、病院で看取っていただきました。ケアマネさんにお礼を言いたいです",
        "祖母は先日亡くなりました。ヘルパーさんには本当に感謝しています",
        "母は先週、施設で看取ってもらいました。担当のケアマネさんにお礼を伝えたいのですが",
    ],
)
def test_thanks_for_care_after_the_death_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母は先月亡くなりました。ケアマネさんにお礼を言いたいのですが、父が一人になって心配です",
        "母を看取っていただいた施設にお礼を言いたい。父も入所させたいのですが",
    ],
)
def test_a_new_care_matter_after_the_death_stays_care(ex, text):
    assert "care" in ex(text).fields
