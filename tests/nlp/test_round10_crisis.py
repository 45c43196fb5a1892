"""Round 10a, crisis: someone who has not answered for a day or more (the polite 出ません the
old rows missed, 二日も, 何日も, 既読にならない), an overdose and then no waking, a collapse
with no answer as a health matter too, a family member who shouts at or cuts the meals of a
parent who needs care (elder abuse without the word 虐待), and crisis words that are no
danger now (a collapse told with what came after it, a knife in the past, an injury that is
the violence itself). Each family has look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- not answering for days


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの85歳の父が、3日前から電話に出ません",
        "二日も電話がつながらない",
        "何日も既読にならない",
        "おとといから祖母の携帯がつながりません",
        "一人暮らしの叔母が、ここ数日電話に出ない",
        "息子と3日前からLINEの既読がつかない",
        "もう4日も兄から返信がない",
        "父に昨日から何回かけても電話に出てくれない",
        "姉が電話に出ません。もう三日目です",
        "弟が2日も電話に出ん",
        "いつもはすぐ出る母が、昨日から電話に出ません",
        "父が3日前から電話に出ません。いつもすぐ出るのに",
    ],
)
def test_no_answer_for_days_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は電話に出ないことが多い",
        "母は返事が遅い",
        "娘は仕事が忙しくて、二日も既読にならない",
        "息子は出張中で三日ほど電話に出ない",
        "母とけんかしてから二日も既読にならない",
        "彼氏が二日も返信くれない",
        "3日前から電話の調子が悪くてつながらない",
        "市役所の電話が二日もつながらない",
        "昨日電話したけど出なかった",
        "普段から電話に出ない父なので、二日くらいは気にしていません",
        "二日も返信がないけど、たぶん寝てるだけ",
        "LINEの返信が3日ないと不安になる性格です",
        "娘は大学生で一人暮らし、3日くらい既読にならないのは普通です",
        "2日前から電話に出られない状態です、折り返します",
        "夫が二日酔いで電話に出ない",
        "毎日電話しても出ない",
        "何日も既読にならないけど、いつものこと",
        "友達から二日も返信がなくて、嫌われたのかな",
    ],
)
def test_normal_silence_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_an_old_parent_not_answering_is_care_too(ex):
    result = ex("おとといから祖母の携帯がつながりません")
    assert "emergency" in result.crisis
    assert "care" in result.fields


# ---------------------------------------------------------------- an overdose, then no waking


@pytest.mark.parametrize(
    "text",
    [
        "娘が薬を大量に飲んで、呼んでも起きません",
        "息子が睡眠薬をまとめて飲んだみたいで、揺すっても起きない",
        "友達がODして、呼んでも返事がない",
        "妹が安定剤を1シート全部飲んで、ぐったりしてる",
        "母が薬を一箱飲んで、いびきをかいて寝ている",
        "彼氏がオーバードーズして目を覚まさない",
        "夫が眠剤をたくさん飲んだらしく、いくら呼んでも起きない",
        "娘が薬を30錠飲んだ。起きない",
    ],
)
def test_overdose_then_no_waking_is_suicide_emergency_and_health(ex, text):
    result = ex(text)
    assert {"suicide", "emergency"} <= set(result.crisis)
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "薬をいっぱい飲んで、もう起きなければいい",
        "昔、薬を大量に飲んで、呼んでも起きなかったらしい",
        "薬をたくさん飲んだら、もう目を覚まさないかな",
    ],
)
def test_overdose_wish_or_past_is_no_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が朝呼んでも起きない",
        "風邪薬を飲んで寝た息子が、呼んでも起きない",
        "娘が薬を飲み忘れて、朝なかなか起きない",
    ],
)
def test_not_waking_without_an_overdose_is_no_crisis(ex, text):
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- collapsed, no answer: health


@pytest.mark.parametrize(
    "text",
    [
        "夫が急に倒れて、呼びかけても返事がありません",
        "夫が急に胸を押さえて倒れて、呼びかけても返事がありません",
        "父がトイレで倒れて動かない",
        "母が台所で倒れたまま起きない",
        "祖父が急に倒れて、大きないびきをかいている",
        "妻が風呂場で倒れてぐったりしている",
        "兄が倒れて、目を開けない",
        "母が倒れて呼びかけても反応がない",
    ],
)
def test_collapse_with_no_answer_is_emergency_and_health(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "家の中で祖母が倒れて動けなくなっています",  # cannot get up: care, not health
        "父が急に倒れた",
    ],
)
def test_a_fall_with_nothing_said_of_the_body_is_no_health(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" not in result.fields


# ---------------------------------------------------------------- a parent in care, mistreated


@pytest.mark.parametrize(
    "text",
    [
        "同居の兄が認知症の母に怒鳴ったり、食事を抜いたりしているようです",
        "弟が要介護の父の食事を減らしているみたいです",
        "息子が認知症の祖母に毎日怒鳴り散らしています",
        "夫が寝たきりの義母に暴言を吐いて、ご飯を出さないことがある",
        "姉が認知症の父を怒鳴りつけて、食事も抜いているようです",
        "認知症の祖母が、同居の息子に怒鳴られたり食事を抜かれたりしているらしい",
        "兄嫁が要介護3の母に罵声を浴びせている",
        "80歳の母に兄が怒鳴ってばかりいる",
    ],
)
def test_family_mistreating_a_parent_who_needs_care_is_abuse_and_care(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母に怒鳴られてつらい",
        "認知症の母につい怒鳴ってしまう自分が嫌です",
        "認知症の父が母に怒鳴る",
        "母は認知症で、私は介護で食事を抜くことも多い",
        "兄は認知症の母の介護をしていて、自分の食事を抜いている",
        "兄は認知症の母の介護をしていて、食事を抜くこともあるらしい",
        "弟が認知症の母の食事を作ってくれる",
        "兄が母に怒鳴られている",
        "父は食事を抜くことが多い",
    ],
)
def test_shouting_and_skipped_meals_look_alikes_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- no danger now


@pytest.mark.parametrize(
    "text",
    [
        "脳梗塞で倒れた父がもうすぐ退院するのですが、家で介護できるか不安です",
        "夫が脳梗塞で倒れて働けなくなり、住宅ローンが払えません",
        "母がくも膜下出血で倒れて、今はリハビリ中です",
        "父が倒れてから介護が始まり、仕事を辞めました",
        "夫が心筋梗塞で倒れて、収入が減りました",
        "父が倒れて働けなくなり、息子の学費が払えない",
    ],
)
def test_a_collapse_told_with_what_came_after_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が倒れて意識がない、入院になるかも",
        "母が倒れて呼んでも返事がない、入院の準備がいるのかな",
        "父が倒れて息をしていない。寝たきりになったらどうしよう",
    ],
)
def test_a_collapse_now_beside_what_may_come_after_is_still_an_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "妻に包丁を向けられたことがあり、家に帰るのが怖いです",
        "以前、夫に包丁を突きつけられたことがあって、今も顔色をうかがって暮らしています",
        "昔、元夫にナイフを向けられた。今でも夢に見る",
        "夫は前に包丁を持ち出したことが何度かあり、怒らせないようにしています",
        "結婚当初、夫に包丁を向けられたこともあった。今は殴られはしないが怒鳴られる",
    ],
)
def test_a_knife_in_the_past_is_dv_not_an_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が包丁を持って暴れてる",
        "以前から暴力はあったけど、今夫が包丁を持って暴れてる",
        "前にも包丁を向けられたことがあるけど、今また包丁を持ち出してきた",
        "目の前に包丁を突きつけられた",
    ],
)
def test_a_knife_now_beside_the_past_is_still_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘が交際相手に殴られているようで、顔にけがをして帰ってきました",
        "夫に殴られて腕にけがをした",
        "夫に蹴られて肋骨を骨折した",
    ],
)
def test_an_injury_from_violence_is_dv_not_health(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が転んで頭をけがしました",
        "夫に殴られた。最近は腰痛もひどい",
    ],
)
def test_an_injury_of_its_own_stays_health(ex, text):
    assert "health" in ex(text).fields
