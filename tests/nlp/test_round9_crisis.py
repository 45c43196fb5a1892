"""Round 9a, crisis: an overdose just taken, written in kana (the tagger cuts ぜんぶのんだ into
ぜんぶ|の|ん|だ, so 飲む never appears), a weapon now and the writer hiding whoever is
threatened, "better if I were not here" in dialect, a child writing of neglect in kana, a
body in danger now as a health matter (not elderly care for an old person's age alone),
and crisis words that are no crisis (a parent who cannot die and leave a child, fandom
slang, fiction, a plain denial of violence, labour pains). Each family has look-alikes
that must stay quiet.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an overdose just taken


@pytest.mark.parametrize(
    "text",
    [
        "さっき くすり ぜんぶ のんだ",
        "もらってた眠剤いっぱいのんじゃった。ねむくなってきた",
        "家にある薬ぜんぶ飲んだ、もうどうでもいい",
        "しょほうされた くすり ぜんぶ のみました",
        "くすり たくさん のんじゃった たすけて",
        "安定剤を1シートぜんぶのんだ",
        "睡眠薬を30錠のんだ",
        "ODしちゃった、ふらふらする",
    ],
)
def test_overdose_just_taken_is_suicide_emergency_and_health(ex, text):
    result = ex(text)
    assert {"suicide", "emergency"} <= set(result.crisis)
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "薬をまとめてのんでもいいですか",
        "かぜ薬を全部のんだら治りました",
        "子どもが薬を全部飲んでくれて助かった",
        "お酒をいっぱいのんだ",
        "くすりを のむのを わすれた",
        "薬局で薬をもらってきた",
    ],
)
def test_medicine_look_alikes_are_no_overdose(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "昔、薬をいっぱいのんだことがある",
        "去年くすりを大量にのんで入院した",
    ],
)
def test_an_overdose_in_the_past_is_no_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


# ---------------------------------------------------------------- a weapon now, hiding now


@pytest.mark.parametrize(
    "text",
    [
        "夫が包丁を持ち出して暴れてる。いまトイレに隠れてる",
        "旦那がナイフ振り回してる、子どもと押し入れに隠れてる",
        "彼氏が包丁を持ち出した。今部屋に鍵かけてる",
        "主人が酔って包丁を手に怒鳴ってる。トイレに隠れてる",
        "元夫が家に来てナイフを突きつけてきた",
        "夫に殴られて、今トイレに隠れてます",
        "夫が暴れてるので部屋に鍵をかけてます",
    ],
)
def test_partner_with_a_weapon_or_writer_hiding_now_is_dv_and_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "同居の兄が暴れて包丁を持ち出した、今外に逃げてる",
        "息子が包丁を振り回して暴れてる、部屋に鍵をかけて閉じこもってます",
        "父が刃物を持ち出して母を追いかけてる",
        "義父がナイフを持ち出してわめいてる",
    ],
)
def test_anyone_with_a_weapon_now_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が包丁を持ち出して魚をさばいてくれた",
        "キャンプでナイフを使うのが怖い",
        "包丁を研いでもらえるお店を知りたい",
        "子どもがかくれんぼで押し入れに隠れてる",
        "猫がベッドの下に隠れてる",
        "夫の暴力から逃げて、今は実家に避難しています",
        "昔、夫が暴れるといつもトイレに隠れていた",
        "夫が怒鳴って物を投げる。怖くて寝室に鍵をかけて寝ています",
    ],
)
def test_knife_and_hiding_look_alikes_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# -------------------------------------------------------- "better off without me" in dialect


@pytest.mark.parametrize(
    "text",
    [
        "わしがおらん方が、息子らも楽になるじゃろ",
        "おらがいねえ方がみんな楽だべ",
        "わしなんぞおらん方が家のためじゃ",
        "うちがおらんほうが、みんなうまくいくっちゃろ",
        "ワシがおらんかった方が良かったんじゃ",
        "あたしがおらん方が、この家は平和",
        "自分がいなくなった方が家族のためやと思う",
    ],
)
def test_better_off_without_me_in_dialect_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母がおらん方が楽",
        "あいつがおらん方が楽",
        "うちの夫がおらん方がよっぽど楽",
        "わしがおらん間、妻を頼みます",
        "うちがおらんときは、ヘルパーさんが来てくれます",
    ],
)
def test_someone_else_away_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child writes of neglect in kana


@pytest.mark.parametrize(
    "text",
    [
        "うち ごはん でない ひ ある。おなか すいた",
        "ごはん たべてない",
        "きのうから なにも たべてない",
        "ママ かえってこない",
        "ママが かえってこない。おなか すいた",
        "パパも ママも いない。よる ひとり",
        "ごはん つくってくれない おなか すいた",
        "おかあさん かえってこない。ごはん ない",
    ],
)
def test_child_writing_of_neglect_in_kana_is_abuse_and_child(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields
    assert "emergency" not in result.crisis  # a parent away: neglect, not a missing person


@pytest.mark.parametrize(
    "text",
    [
        "おなか すいた",
        "ははが ごはん たべてない しんぱい",
        "むすこが ごはん たべない",
        "息子がご飯食べてない",
        "わたしは ベトナムから きました。しごとが なくなりました。ごはんも ありません",
    ],
)
def test_hunger_and_others_meals_are_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize("text", ["おとうさんが かえってこない", "おっとが かえってこない"])
def test_an_adult_missing_in_kana_stays_an_emergency(ex, text):
    assert ex(text).crisis == ("emergency",)


# ---------------------------------------------------------------- a body in danger now is health


@pytest.mark.parametrize(
    "text",
    [
        "夫がトイレで倒れて、呼んでも返事がないんです",
        "じいちゃんが呼んでも返事せん。息はしとるけど目ぇ開けんとよ",
        "ばあちゃんが倒れて、声かけても返事がない",
        "祖母が息はしてるけど、呼びかけに答えない",
        "85歳の父がトイレで倒れて意識がない",
        "母が揺すっても起きない",
        "おばあちゃんが息はあるけど目を開けない",
        "祖父が泡を吹いて倒れた",
    ],
)
def test_body_in_danger_now_is_emergency_and_health_not_care(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "家の中で祖母が倒れて動けなくなっています",  # a fall, nothing said of the body
        "認知症の祖母が倒れて、呼んでも返事がない",  # care for the dementia
        "一人暮らしの母に昨日から電話しても出ない",
    ],
)
def test_care_stays_where_there_is_more_than_age(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "care" in result.fields


# ---------------------------------------------------------------- crisis words that are no crisis


@pytest.mark.parametrize(
    "text",
    [
        "知的障害の息子がいます。私ももう80、この子を残して死ねません",
        "障害のある娘を残して先に死ぬわけにはいかない",
        "この子より先には死ねない、親亡き後が心配です",
        "推しのライブ当たって息してない笑",
        "ライブ当選して呼吸できてない笑",
        "小説で登場人物が自殺を考える場面を書いています",
        "主人公が死にたいと思う話を書いてる",
        "漫画のキャラが自殺する描写がつらくて読めなかった",
        "夫とはケンカもしますけど、暴力とかは全然ないです",
        "夫は優しくて、手を上げられたことは一度もありません",
    ],
)
def test_worry_fandom_fiction_and_denial_are_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "死ぬかと思うくらい陣痛が痛かった笑",
        "お産が痛すぎて死ぬかと思った",
    ],
)
def test_labour_pains_are_childbirth_not_health(ex, text):
    result = ex(text)
    assert result.crisis == ()
    assert result.fields == ("child",)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("この子を残して死にたい", "suicide"),
        ("ライブに行けなくて、もう死にたい", "suicide"),
        ("小説を書いてるけど、もう自殺したい", "suicide"),
        ("息してない、救急車呼んだ", "emergency"),
        ("夫に殴られた。暴力はいつものこと", "dv"),
        ("夫に手を上げられたことはないけど、毎日怒鳴られる", "dv"),
    ],
)
def test_the_real_thing_beside_a_look_alike_still_fires(ex, text, label):
    assert label in ex(text).crisis


def test_a_child_saying_it_is_hungry_is_no_neglect(ex):
    assert ex("息子がお腹すいたって泣いてる").crisis == ()
