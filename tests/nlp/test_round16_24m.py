"""Round 16 (24m): a small child left alone while the parents go out (half-width kana too),
violence told as going on right now, a carer's own blow at the spouse or parent they care
for, a cared-for parent taken along in a wish to die, a suicide word that is a class's or a
training's topic, and past suicidal wishes told as years ago beside a happy now; with the
look-alikes that must not take the label."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a child left alone, parents out


@pytest.mark.parametrize(
    "text",
    [
        "ｳﾗﾉｲｴ ﾏｲﾊﾞﾝ ｺﾄﾞﾓ ﾀﾞｹ ｵｲﾃ ｵﾔｶﾞ ﾃﾞｶｹﾃﾙ ﾖｳﾃﾞｽ",
        "となりのいえ、よる ちいさいこだけ のこして おやが あそびにいってる",
        "近所の若い夫婦、夜になると赤ちゃんを置いて飲みに行ってるみたいで心配です",
        "向かいのアパート、毎晩幼い子どもを残して母親が出かけていきます",
        "隣の人、週末はいつも子どもたちを置き去りにして彼氏のところに行ってるらしい",
        "うちの下の階、幼児ふたりを置いて夜中まで遊び歩いとる親がおるんよ",
    ],
)
def test_a_child_left_alone_while_parents_go_out_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "毎晩子どもを祖母に預けて夜勤に出かけています",
        "子どもを置いて出かけるのが不安です。何歳から留守番させていいですか",
        "毎日ゴミ出しのときにちょっとだけ子どもを置いて出かけてしまう",
        "夜は子どもを夫に任せて、友達と飲みに行くこともあります",
        "旅行に行くので、いつも猫を置いて出かけるのが心配",
    ],
)
def test_a_child_minded_or_a_short_absence_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- violence going on right now


@pytest.mark.parametrize(
    "text",
    [
        "いま ぱぱが ままを たたいてる こわい",
        "今、夫に殴られてる。助けて",
        "お父さんがお母さんを蹴ってる、今も。どうしよう",
        "いまも おかあさんが おとうさんに けられてる",
        "彼氏が今も暴れてて部屋から出られない",
        "今まさに旦那に殴られています",
    ],
)
def test_violence_going_on_now_is_an_emergency(ex, text):
    crisis = ex(text).crisis
    assert "emergency" in crisis
    assert "dv" in crisis or "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫に殴られています。",
        "今は毎日夫に殴られてる",
        "昔夫に殴られてたことを今も思い出して眠れない",
        "今ドラマで夫が妻を殴ってるシーンを見てる",
        "夫は今も時々手をあげてくる。離婚を考えています",
        "今も夫に殴られてるような夢を見る",
    ],
)
def test_violence_not_going_on_now_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's own blow


@pytest.mark.parametrize(
    "text",
    [
        "認知症の妻の介護をしています。イライラしてつい手をあげてしまった",
        "要介護の夫を介護しているが、昨日叩いてしまいました。自分が信じられない",
        "寝たきりの主人を介護してるけど、つい叩いてしまう",
        "認知症の母を介護中です。カッとなって叩いてしまった",
        "認知症の夫をつい叩いてしまう",
    ],
)
def test_a_carers_own_blow_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("認知症の夫に叩かれてしまった", "dv"),
        ("母の介護でイライラして、夫を叩いてしまった", "dv"),
        ("夫に殴られています。義母の介護もしています", "dv"),
    ],
)
def test_a_blow_suffered_or_on_another_keeps_its_label(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "認知症の夫の肩をたたいてあげてしまった",
    ],
)
def test_tapping_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a cared-for parent taken along


@pytest.mark.parametrize(
    "text",
    [
        "介護に疲れた。父を連れて楽になりたい",
        "もう限界。ばあちゃんと一緒に死のうかな",
        "母と二人で楽になろうかと考えてしまう",
        "義母と一緒に死ぬしかないのかな",
        "おふくろを連れて二人で楽になりたいと思うことがある",
    ],
)
def test_a_cared_for_parent_taken_along_is_suicide_and_abuse(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "母と一緒に死んだ父の墓参りに行きました",
        "母と一緒に楽に暮らせる家を探しています",
        "祖母と一緒に死ぬほど笑った",
        "母を連れて旅行に行くと楽しい",
    ],
)
def test_kin_together_without_a_wish_to_die_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a class's or a training's topic


@pytest.mark.parametrize(
    "text",
    [
        "ホームルームで「死にたいって言う友達がおったらどうする？」って話し合った",
        "道徳の時間に、消えたいと打ち明けられたらどう声をかけるか考えました",
        "ゲートキーパー研修で「死にたい」と言われたらどう返すかロールプレイしました",
        "教員です。校内研修で自殺予防について扱うので、相談先の一覧をください",
        "民生委員をしています。研修の資料に自殺対策の窓口を載せたいです",
        "職員研修用に自殺予防の相談窓口をまとめたいのですが",
    ],
)
def test_a_suicide_word_for_a_class_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "授業中もずっと死にたいって考えてしまう",
        "研修がきつすぎて、もう消えたい",
        "授業で自殺の話が出てから、私も死にたくなった",
        "道徳の授業の後、友達に「死にたい」って言われた。どうしたらいい",
        "自殺予防の相談窓口を教えてください。もう限界です",
        "研修資料を作ってたら、自分も消えたいと思ってしまった",
    ],
)
def test_a_suicide_word_that_is_the_writers_stays(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- past wishes, years ago, happy now


@pytest.mark.parametrize(
    "text",
    [
        "消えたいって思ってたこともあったけど、もう何年も前のこと。今は毎日楽しく過ごしてます",
        "死にたいと思ってた時期がありました。20年前の話で、今は幸せです",
        "リスカしてたのは高校の頃の話で、今は落ち着いてます。保育園の申し込みについて",
        "死にたかった時期もあるけど、昔のこと。今は元気にやってます",
    ],
)
def test_past_wishes_told_as_years_ago_beside_a_happy_now_are_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいと思ってた時期もあったけど、10年前の話。でも最近またそう思う",
        "死にたいと思ってた。10年前から。今は楽しくない",
        "死にたいと思ってる。今は子どもがいるからなんとか",
        "10年前の話だけど、今も死にたいと思ってしまう",
    ],
)
def test_past_wishes_that_come_back_stay(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- broken sleep, mood swings


@pytest.mark.parametrize(
    "text",
    [
        "ここ最近、夜中に何度も目が覚めてしまいます",
        "夜中に目が覚めるともう朝まで寝つけない",
        "更年期のせいか、毎日だるくてイライラする",
        "気分の浮き沈みが激しくて仕事に行けない日がある",
        "気分の波が大きくて自分でも疲れる",
    ],
)
def test_broken_sleep_and_mood_swings_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが夜中に何度も目を覚まして泣きます。夜泣きはいつまで続きますか",
        "朝すっきり目が覚めるようになりました",
        "気分転換に散歩しています",
    ],
)
def test_waking_others_and_good_mornings_are_no_health(ex, text):
    assert "health" not in ex(text).fields
