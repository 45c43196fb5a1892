"""Round 22 (30o8): older writers (70s–90s), 老老介護, 8050 and regional speech — one of the
writer's parents or grandparents who keeps money from, forbids outings to or shouts day after
day at the other (DV); an older person who has eaten nothing for days and cannot get up
(emergency); dialect 「おらんくなった」 (missing) and 「おらんようになった方がええ」 (suicide);
「私（76）が死んだら」, 「息子と暮らしています」 and a parent who is now 要介護 themself (8050);
savings that only go down and doctor's bills too high to go (hardship). And what is not that:
ボケ in a joke or a comedy act, the dialect 「〜やけど」 (“but”, no burn), 「朝起きたらいない」,
an illness that is over, a care case seen on the news, one shout at a parent hard of hearing."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a couple: one controls the other


@pytest.mark.parametrize(
    "text",
    [
        "祖父が祖母に生活費をくれず、毎日のように怒鳴りつけています",
        "じいちゃんがばあちゃんにお金を渡さんし、外にも出させてくれんらしい",
        "おじいちゃんはおばあちゃんに怒鳴ってばかりで、買い物にも行かせません",
        "母から聞きました。父が母の外出を許さず、生活費も渡さないそうです",
        "おとうさんがおかあさんに　まいにち　どなってる　こわい",
        "実家の父が母に生活費を渡しません。母は我慢しています",
        "祖父は祖母に年金を一円も渡さず、毎晩どなっているようです",
    ],
)
def test_a_parent_or_grandparent_who_controls_the_other_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖父が祖母に大声で話しかけます。耳が遠いので毎日そうしています",
        "父が母に一度だけ大声を出したことがある",
        "じいちゃんがばあちゃんにお小遣いを渡してた、仲良しやね",
        "祖父が祖母の介護をしています。認知症の祖母が怒鳴るので祖父も疲れています",
    ],
)
def test_a_loud_voice_a_gift_or_a_care_outburst_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- days without food, cannot get up


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父がもう4日も何も食べてなくて、起き上がれんようです",
        "祖母が三日間ろくに食べとらんで、声も弱々しい",
        "隣のおじいさん、何日も食べてないみたいでぐったりしてる",
        "母は二日なんも食べとらん。布団から動けんのよ",
        "おばあちゃん、3日もごはんたべてなくて、おきあがれない",
        "起き上がれなくなって、もう3日も何も食べていません",
        "夫が5日も食べられず、意識がもうろうとしています",
    ],
)
def test_days_without_food_and_unable_to_get_up_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "断食道場で3日間何も食べずに過ごしました。立てないくらいきつかった",
        "去年インフルで3日何も食べられず起き上がれなかったことがある",
        "うちの猫が3日も何も食べてなくてぐったりしてる",
        "3日も食べてないけど、ちゃんと動けてるし元気です",
    ],
)
def test_a_fast_a_past_illness_or_a_pet_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 「おらんくなった」: missing


@pytest.mark.parametrize(
    "text",
    [
        "認知症のじいちゃんがおらんくなった、どこ探してもおらん",
        "母ちゃんが朝からおらんごとなっとる、ボケとるけん心配",
        "夫がおらへんようになってん、靴もないねん",
        "ばっちゃがいねぐなった。雪の中さ出はったかもしれね",
        "おとうさんが　おらんくなった　どうしよう",
        "主人がおらんくなって、もう二時間になります",
    ],
)
def test_gone_missing_in_dialect_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達もみんなおらんくなって、さびしい",
        "子どもらがおらんくなって、家が広う感じる",
        "夫がおらんくなってから10年、ひとりでがんばってきた",
    ],
)
def test_friends_gone_or_a_husband_long_dead_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 「おらんようになった方がええ」


@pytest.mark.parametrize(
    "text",
    [
        "母が「みんなの迷惑じゃけ、おらんようになった方がええ」とこぼします",
        "わしなんかおらんようになった方がええんじゃ",
        "父が、自分はおらんごとなった方が楽やろうと言うとです",
        "ばあちゃんが「わしゃ、いねぐなったほうがいいべ」って",
        "うちなんか、おらへんようになった方がみんな助かるやろ",
        "祖母は「おらんようになったほうがええ」とばかり言います",
    ],
)
def test_better_off_gone_in_dialect_is_suicide(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫なんかおらんようになった方がええわ、と友達に愚痴った",
        "姑がおらんようになった方が楽やけど、そうもいかん",
        "あの上司がおらんようになった方がええって皆言うとる",
    ],
)
def test_someone_else_better_gone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 8050 told by an older parent


@pytest.mark.parametrize(
    "text",
    [
        "わし(82)が死んだら、引きこもりの息子(52)はどうなるんか",
        "知的障害のある娘（45）と二人で暮らしとります。私（79）が倒れたらこの子は…",
        "私（80）がおらんようになったら、長男（55）は一人で生きていけるやろか",
        "息子（50）と暮らしています。私は78で、年金で二人食べています",
        "娘がずっと家にこもっとって、わしも要介護2になってしもうた",
        "息子が何年も引きこもっています。私も要支援の認定を受けました",
    ],
)
def test_an_old_parent_and_a_grown_child_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母（78）と暮らしています。私（50）は会社員です",
        "娘（40）と暮らしていた頃は楽しかった",
        "息子と暮らしています。わしは元気で、畑仕事をしとります",
    ],
)
def test_a_child_who_cares_or_a_past_home_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- ボケ in a joke


@pytest.mark.parametrize(
    "text",
    [
        "孫に「じいちゃんボケたんか？」って冗談言われて笑ったわ。まだまだ元気",
        "漫才のボケとツッコミを練習しとる",
        "ばあちゃんがボケをかまして家族で爆笑した",
        "夫が「ボケたふり」ってふざけて、みんなで大笑い",
    ],
)
def test_bokeru_in_a_joke_is_no_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "母がボケてきて冗談も通じなくなった",
        "夫がボケてきて、冗談で言ってるのか本気なのかわからん",
        "母が「わたしボケたんかね」って冗談みたいに言うけど、最近ほんとに物忘れがひどい",
    ],
)
def test_bokeru_beside_a_joke_that_fails_is_still_care(ex, text):
    assert "care" in ex(text).fields


# ------------------------------------------------------------- 「やけど」 as “but”; over and done


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしやけど、週3でプールに通っとるけん元気よ",
        "ひとりもんやけど寂しくないよ",
        "雨やけど、今日は公民館に行ってきた",
        "朝起きたら夫がおらんかった。散歩に行ったみたい",
        "去年は骨折で入院しとったけど、おかげさまですっかり良くなりました",
        "春に手術したけど、今はもう元気にしとります",
    ],
)
def test_dialect_but_a_morning_absence_or_an_illness_over_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "鍋でやけどして水ぶくれができた",
        "低温やけどしたみたいでひりひりする",
        "手術したけど、また悪くなってきた",
    ],
)
def test_a_burn_or_an_illness_back_again_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "テレビで老老介護の特集を見ました。うちは二人とも元気ですが、先のことを考えます",
        "新聞で介護疲れの事件を読んだ。うちは夫婦とも元気で、ありがたいことです",
    ],
)
def test_care_seen_on_the_news_with_a_well_home_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_care_seen_on_the_news_that_worries_about_ones_own_is_care(ex):
    assert "care" in ex("ニュースで認知症の事件を見て、うちの母も心配になりました").fields


# ------------------------------------------------------------- savings going down, doctor's bills


@pytest.mark.parametrize(
    "text",
    [
        "夫の世話で仕事を辞めてから、貯金が減っていくばかりです",
        "貯金がどんどん減っていく",
        "蓄えが目減りする一方です",
        "歯医者代が高くて行けません",
        "薬代が高うて、飲むのを控えとる",
        "入れ歯の代金が高くて作れん",
    ],
)
def test_savings_going_down_or_bills_too_high_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "貯金箱の小銭が減っていく",
        "体重が減っていくばかり",
        "歯医者は高いイメージがあったけど、思ったより安かった",
    ],
)
def test_a_money_box_weight_or_a_cheap_dentist_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields
