"""Round 17 (25s): older writers and rural dialects — Tohoku voiced forms of wishing to die
(生ぎでても迷惑, 早ぐお迎え), money and going out kept from a wife in dialect (一円も渡さん,
出かけさせてごさん), no food at home (ごはん出らん), kana-written "not answering for days",
じさま/ばさま, 誰とも口きがね, widowed and alone, the last one in the hamlet, drink that will not
stop, heating oil that cannot be bought; and what is none of these (腹へって死にそう,
父ちゃん死んで, ひとり死んでいくんかな, leaving home to live alone, a disabled parking bay,
volunteering in hikikomori support)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- Tohoku voiced death wishes


@pytest.mark.parametrize(
    "text",
    [
        "おらなんか生ぎでても迷惑なだけだ",
        "もう生ぎでる意味ねぇ。畑もでぎねぇし",
        "ばっちゃ死んでがら、もう生ぎでだぐねぇ",
        "早ぐお迎え来ねぇべか。みんなに迷惑かげでる",
        "はよお迎え来てほしいわ。足も動かんし",
    ],
)
def test_tohoku_voiced_wishes_to_die_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "生ぎでるうぢに孫の顔見でぇな",
        "保育園のお迎え、早ぐ来てほしいって先生に言われだ",
        "長生ぎしてけろって孫に言われだ",
    ],
)
def test_tohoku_voiced_look_alikes_are_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- money and going out (dialect)


@pytest.mark.parametrize(
    "text",
    [
        "主人が給料握っとって、わたしには一円も渡さん",
        "夫が年金ぜんぶ持っとって、一円もよこさん",
        "夫が友達と出かけさせてごさん。電話も見られる",
        "旦那が実家に出かけさせてくれん。どこにも行けん",
    ],
)
def test_a_husband_keeping_money_or_keeping_her_in_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が小遣いを一円も渡さんでいいって言うの",
        "孫が雨やから出かけさせてくれんって言う。バスも止まっとる",
        "夫が財布を握っとる。うちはかかあ天下の逆や",
    ],
)
def test_money_and_outings_not_kept_by_a_partner_are_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- no food at home (dialect)


@pytest.mark.parametrize(
    "text",
    [
        "家でごはんほとんど出らん。おなかすく",
        "うちではご飯が出ん日が多い。中1",
        "家じゃ飯がろくに出ねぇ。学校の給食だけだ",
    ],
)
def test_no_food_at_home_in_dialect_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子がごはんの時も部屋から出らん",
        "今日は行事で給食が出らん日です。弁当いりますか",
    ],
)
def test_not_coming_out_or_no_school_lunch_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- not answering for days, in kana


@pytest.mark.parametrize(
    "text",
    [
        "ひとりぐらしの はは が でんわに でない",
        "ひとりぐらしの おばが 2日まえから でんわに でない",
        "一人ぐらしの兄が電話にでない。きのうから",
        "父が 3日まえから でんわに でない。こわい",
    ],
)
def test_kana_not_answering_for_days_is_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ひとりぐらしを はじめました。でんわの けいやくは どこで しますか",
        "3日まえから かぜで ねています。びょういんは どこが いいですか",
    ],
)
def test_kana_look_alikes_are_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_gone_after_saying_so_with_a_dialect_no_answer_is_emergency(ex):
    crisis = ex("弟から「もう消えたい」ってLINEが来て、電話もつながらんし家にもおらん").crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


# ---------------------------------------------------------------- idioms and a death that is grief


@pytest.mark.parametrize(
    "text",
    [
        "腹へって死にそうやわ。役場の近くに食堂ある？",
        "おなかすいて死にそう。給食まだかな",
        "父ちゃん死んで三年になる。墓の掃除の人を頼みたい",
        "母ちゃんが死んでから家が広く感じる",
        "この家でひとり死んでいくんかなと思う。誰も来ん",
    ],
)
def test_hunger_grief_and_a_lonely_end_are_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう死にたい。腹も減らん",
        "ひとりで死にたい。誰も来んでいい",
        "父ちゃんが死んでほしいと言う。もう限界",
    ],
)
def test_wishes_beside_those_words_stay_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- leaving home to live alone


@pytest.mark.parametrize(
    "text",
    [
        "ワイ精神2級。家出て一人で暮らしたいんやけど、GHはあるん？",
        "実家を出て自立したいです。障害者手帳あります",
        "家を出て一人暮らしがしたい。40歳です",
    ],
)
def test_leaving_home_to_live_alone_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "家出したい。親に毎日殴られる。中2",
        "もう家出したい。ごはんもらえない。小6",
    ],
)
def test_a_child_running_from_harm_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- elders in Tohoku words


@pytest.mark.parametrize(
    "text",
    [
        "じさまが夜中に外さ出はって、田んぼで見っかった。もう目ぇ離せねぇ",
        "うちのばさま、最近ものわすれひどくて目ぇ離せねぇ",
        "じさまが一人で風呂入れねぐなった",
    ],
)
def test_tohoku_elders_needing_help_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が走り回って目ぇ離せねぇ。3歳",
        "実家の母が一人で旅行に行った。元気すぎる",
    ],
)
def test_no_elder_needing_help_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "島の実家に母が一人でおります。すぐには行けん",
        "田舎に父が一人で暮らしています。最近電話の声が弱い",
        "実家に親父が独りで住んどる。遠くて心配",
    ],
)
def test_a_parent_alone_in_a_far_home_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- drink, heating oil, money


@pytest.mark.parametrize(
    "text",
    [
        "おやじの酒が止まらん。朝から飲んどる",
        "夫の焼酎がやめられん。手が震えとる",
        "わしも酒がとまらんで困っとる",
    ],
)
def test_drink_that_will_not_stop_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年金が少のうて灯油も買えん。寒い",
        "灯油代が払えない月がある",
        "嫁が寝込んで、わしが休んだら金が回らん",
        "入院費も払えそうにない",
    ],
)
def test_oil_and_money_that_will_not_stretch_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "灯油が売り切れで買えん。どこに在庫ある？",
        "話が早すぎて頭が回らん",
    ],
)
def test_sold_out_oil_and_a_slow_head_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- alone: widowed, the hamlet


@pytest.mark.parametrize(
    "text",
    [
        "ばっちゃ死んでがら、誰とも口きがね",
        "夫に先立たれて一人。話す人もない",
        "妻に先立たれてひとりぼっちになりました",
        "近所の人が減って、もう集落に私一人みたいなもんです",
    ],
)
def test_rural_loneliness_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "集落の草刈りに私一人では無理です。人を頼めますか",
        "夫に先立たれて十年、一人でも毎日楽しくやってます。サークルの案内ください",
    ],
)
def test_rural_look_alikes_are_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- small children: twins, 年長


@pytest.mark.parametrize(
    "text",
    [
        "双子まだ1歳やのに、父が倒れて要介護になった",
        "小1と年長の子がいて、義母の認知症もある",
        "年長さんの娘がいます。母の介護も始まった",
    ],
)
def test_small_children_beside_care_are_child_and_double_care(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "町内会で年長者を敬う会があります",
        "双子の兄が50歳になった。記念に写真を撮りたい",
    ],
)
def test_elders_and_grown_twins_are_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_a_middle_aged_son_fed_by_a_pensioner_is_8050(ex):
    assert "8050" in ex("俺は40過ぎて無職。年金暮らしの母に食わせてもらってる").patterns


# ---------------------------------------------------------------- not a family's concern


@pytest.mark.parametrize(
    "text",
    [
        "障害者用の駐車スペースに毎回普通の車が停まってる。管理はどこ？",
        "役場の車椅子用駐車場に一般の車が止まってます",
    ],
)
def test_a_disabled_parking_bay_misused_is_no_disability(ex, text):
    assert "disability" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ひきこもり支援のボランティアに参加してみたいです",
        "引きこもりの方の居場所のボランティアを探しています",
    ],
)
def test_volunteering_in_hikikomori_support_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "障害者手帳があります。駐車場に停めていい場所はありますか",
        "息子が5年ひきこもってます。ボランティアの人に来てもらえますか",
    ],
)
def test_a_family_concern_beside_those_words_stays(ex, text):
    labels = ex(text)
    assert {"disability"} <= set(labels.fields) or "hikikomori" in labels.patterns
