"""Round 21 (29j8): short, direct messages that word a crisis in everyday ways —
「もう朝が来なくていい」, the Tohoku 「目ぇ覚めねばいい」, 「このまま落ちたら楽かな」, an
urge to step forward at a level crossing or on a platform; a parent who leaves the little ones
to a pupil in the family; a school year written in kana (「しょうがく5ねん」) or
「うち高1なんやけど」; 「いばしょがない」 in kana; an over-the-counter cough medicine that
cannot be stopped; savings that are running out; a small child whose words do not come;
one-year-old twins beside a parent's care. And the look-alikes: a character who died in an
anime, 「明日なんか来なくていい」 before a test, 「明日は来なくていい」 from a boss, a weight
that may drop, a relay race, a jump into a pool, a debt that has been paid off,
「お金の心配は全然ない」, grandchildren who came to stay, a parent's care that settled once they
moved into a home, and 「困っとるんよ」, which says the writer is troubled (not
「困っとらん」)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- not wanting the morning to come


@pytest.mark.parametrize(
    "text",
    [
        "朝なんて来なければいいのにって、布団の中で毎晩考えてしまう",
        "もう明日が来なくていいです。疲れました",
        "あしたなんかこなくていい。ずっとそう思ってる",
        "母が「もう朝が来んでええ」と言うようになりました",
        "明日の朝なんか来ないでほしい、このまま終わりたい",
        "朝が来なけりゃいいって思いながら眠る日が続いてる",
        "夫が最近「目ぇ覚めねばいいな」とぽつりと言います",
        "おら、もう起きねばいいと思ってる",
    ],
)
def test_not_wanting_the_morning_to_come_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "明日テストだから明日なんか来なくていい笑 勉強しなきゃ",
        "楽しすぎて朝が来なければいいのにって思った夜でした",
        "明日は来なくていいよ、ゆっくり休んでね",
        "店長に明日来なくていいと言われた",
        "朝は来なくていいです、昼からで大丈夫です",
    ],
)
def test_a_test_a_happy_night_or_a_day_off_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- falling, a level crossing


@pytest.mark.parametrize(
    "text",
    [
        "このまま落ちたら楽になれるかなって、屋上で考えてた",
        "ここから落ちたら楽なのかなってベランダでぼーっとしてしまう",
        "いっそ飛び降りたら終われるのにと思う",
        "息子が「このまま飛んだら楽かな」と窓辺で言っていた",
        "駅のホームに立つと一歩前に出たくなる",
        "踏切の前で、ふと線路に出たくなることがあります",
        "電車が来るたびに、すっと前に出てしまいそうで怖い",
        "娘が「ホームにいると前に踏み出したくなる」と打ち明けてくれた",
        "ふみきりで まってると まえに でたくなる",
        "いっそ飛び込んだら楽になれるかな",
        "このまま飛び込んじゃえば終われる",
    ],
)
def test_a_fall_or_a_step_in_front_of_a_train_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "体重がこのまま落ちたら楽になるって先生に言われた",
        "成績がこのまま落ちたらやばい、塾探してます",
        "駅伝の中継を見てると自分も前に出たくなる",
        "アニメの主人公が死んで号泣した。市の図書館は何時まで？",
        "漫画の最終回で好きなキャラが死んじゃって立ち直れない笑",
        "小説の登場人物が死んだシーンで泣いた",
        "プールにこのまま飛び込んだら楽しそう",
        "夏休みに川にそのまま飛び込んだら楽しかった",
    ],
)
def test_a_weight_a_relay_or_a_story_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_a_character_who_died_does_not_hide_the_writers_own_wish(ex):
    assert "suicide" in ex("アニメの推しが死んで、もう私も死にたい").crisis


# ---------------------------------------------------------------- a pupil left with the little ones


@pytest.mark.parametrize(
    "text",
    [
        "中学生の長女に下の子たちの世話を任せきりで申し訳ない",
        "小5の息子に妹の保育園のお迎えを毎日頼んでいます",
        "高校生の娘にばあちゃんの介護までさせてしまってる",
        "仕事が夜までなので、中2の長男に弟たちのご飯を作らせています",
        "中1の上の子に下の子の面倒を見させてばかりで、部活もやめさせた",
        "夫が入院してから、小6のお姉ちゃんに家事を頼りっぱなしです",
    ],
)
def test_a_parent_leaning_on_a_pupil_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中学生の娘にたまに夕飯を作るのを手伝わせています",
        "高校生の息子に休みの日だけ弟の面倒を見てもらってる",
        "中学生の娘にご飯を作ってあげたいけど時間がない",
    ],
)
def test_a_little_help_or_cooking_for_a_pupil_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- the writer's school year in kana


@pytest.mark.parametrize(
    "text",
    [
        "しょうがく4ねんです。ママがびょうきで、いもうとのごはんつくってる",
        "うち中2なんやけど、毎日弟の世話で宿題できひん",
    ],
)
def test_a_pupil_who_cooks_or_cares_in_kana_or_dialect_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ちゅうがく1ねん。がっこういきたくない",
        "こうこう2ねんです。ともだちとけんかした",
        "うち高1なんやけど、親とケンカばっかでしんどい",
        "うち中3なんだけど、進路のことで親ともめてる",
    ],
)
def test_a_school_year_in_kana_or_dialect_is_a_child_writing(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ちゅうがく3ねんです。いえにいばしょがない",
        "いばしょない。どこいってもひとり",
        "家にもがっこうにもいばしょがなくて、つらい",
    ],
)
def test_no_place_to_be_in_kana_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- over-the-counter medicine


@pytest.mark.parametrize(
    "text",
    [
        "市販の痛み止めが手放せなくて、一日に何回も飲んでしまう",
        "咳も出てないのに、せき止めがやめられへん",
        "娘が市販薬をやめられないみたいで心配です",
        "ブロンがないと落ち着かない",
        "風邪薬依存っぽい。どこに相談したらいい？",
        "市販の睡眠改善薬がやめられません",
    ],
)
def test_medicine_that_cannot_be_stopped_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- savings running out


@pytest.mark.parametrize(
    "text",
    [
        "貯金もそろそろ尽きそうです",
        "蓄えが底をつきかけていて不安",
        "手持ちのお金がもうすぐ尽きる",
        "年金暮らしで、貯金がとうとう底をついた",
        "ちょきんがもうつきそう",
    ],
)
def test_savings_running_out_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_a_lively_evening_is_no_hardship(ex):
    assert "hardship" not in ex("話題が尽きない楽しい会でした").fields


# ---------------------------------------------------------------- a small child's first words


@pytest.mark.parametrize(
    "text",
    [
        "2歳なのにまだ言葉が出ない",
        "うちの子、3歳半でことばが増えない",
        "1歳半健診で言葉がほとんど出てないって言われた",
        "息子はもうすぐ4さいだけど、単語がなかなか出てこない",
        "保育園の先生に、言葉が出ないのが気になると言われた",
    ],
)
def test_a_small_childs_words_that_do_not_come_are_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "びっくりして言葉が出なかった",
        "母は90歳で、最近言葉がすぐ出てこない",
        "息子の結婚式で感動して言葉が出なかった",
    ],
)
def test_an_adult_lost_for_words_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- twins beside a parent's care


@pytest.mark.parametrize(
    "text",
    [
        "義母の介護と、1歳の双子の育児でくたくた",
        "双子の夜泣きと母の介護で寝てない",
        "0歳の年子と、認知症の父の世話が重なってる",
    ],
)
def test_small_twins_and_a_parents_care_are_double_care(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "double_care" in result.patterns


def test_an_adult_twin_is_no_child(ex):
    assert "child" not in ex("双子の兄が会社を辞めました").fields


# ---------------------------------------------------------------- troubled, not denied


@pytest.mark.parametrize(
    "text",
    [
        "母がデイサービスに行きたがらんで困っとるんです",
        "おやじがデイに行くのを嫌がって困っとるんよ",
        "ばあちゃんがヘルパーさんを断るけん困っとるんじゃ",
    ],
)
def test_komattorun_says_the_writer_is_troubled(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金の心配は全然ないんですが、転入の手続きを教えてください",
        "生活費の心配は特にありません。転入の手続きだけ知りたいです",
        "お金の心配はまったくないけど、健康診断の日程が知りたい",
        "借金は去年ぜんぶ完済しました。今日はマイナンバーの件で",
        "奨学金をやっと返し終わったので、引っ越しの手続きを聞きたい",
        "カードローンを完済できました！住民票はどこで取れますか",
    ],
)
def test_no_money_worry_or_a_debt_paid_off_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金の心配しかない。家賃が払えない",
        "借金を完済したけど、また家賃が払えなくなった",
        "借金が完済できなくて困ってる",
        "借金を完済したいけどお金がない",
    ],
)
def test_a_debt_still_owed_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- grandchildren, a settled care


@pytest.mark.parametrize(
    "text",
    [
        "孫たちが遊びに来てくたくたです。ごみの日を教えて",
        "夏休みに孫が泊まりに来るので、プールの場所が知りたい",
    ],
)
def test_grandchildren_who_come_to_stay_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が泊まりに来るたびに、娘が孫を叩くのを見てしまう",
        "孫が泊まりに来たとき、体にあざがあった",
    ],
)
def test_a_grandchild_hurt_during_a_visit_is_still_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母の介護は施設に入ってから落ち着きました。今日は粗大ごみの件です",
        "父の認知症も、グループホームに入ってだいぶ落ち着いてます",
    ],
)
def test_care_that_settled_in_a_home_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_a_settled_care_leaves_the_money_worry(ex):
    assert "hardship" in ex("母の介護は施設に入ってから落ち着きましたが、費用が払えません").fields
