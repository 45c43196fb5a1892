"""Round 24 (32z9): a small town's messages — teenagers, children, young parents, older
people and farmers, in dialect and in kana. A teenager who cuts and does not say what
(「また切っちゃった」「きょうもきっちゃった」「切るのがやめられない」), not hair, a call or a
finger in the kitchen; a child whose mother or father gives no meals and who has eaten
nothing since yesterday, not a night out; a child telling of a friend's bruise 「お父さんに
やられたって」, not a bruise from football or a game lost; a pupil who minds a grandparent
with dementia after school (「放課後はずっと見てる」), not a teacher minding pupils; a year
inside a flat (アパート・マンション); savings that 「減ってきました」; and what only looks
like a crisis: a DV story in last night's drama, a husband who 「帰ってこないし」 as one
complaint among others."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- cutting, the object unsaid


@pytest.mark.parametrize(
    "text",
    [
        "またきっちゃった。だれにもいえない",
        "きょうもきっちゃった",
        "ゆうべまた切ってしまいました。親には内緒にしています",
        "また切った。血がなかなか止まらない",
        "さっきまた切っちゃって、長袖で隠してる",
        "娘がまた切っちゃったみたいで、手首に絆創膏を貼っていました",
        "結局また切っちゃった。やめるって約束したのに",
        "切るのがやめられない。どうしたらいいの",
        "テスト終わって、きのうもきっちゃった",
    ],
)
def test_cutting_again_with_no_object_is_self_harm(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "前髪また切っちゃった、短すぎて学校行きたくない",
        "お母さんからの電話、またうっかり切っちゃった",
        "料理してて指をまた切っちゃった。絆創膏ある？",
        "また切っちゃった、LINEの通話。電波悪すぎ",
        "庭の木の枝、今日もまた切っちゃった",
    ],
)
def test_hair_a_call_or_a_kitchen_cut_is_no_self_harm(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child not fed at home


@pytest.mark.parametrize(
    "text",
    [
        "ママがごはんくれないから、きのうのあさからなにもたべてない",
        "おとうさんがばんごはんつくってくれなくて、きのうから食べてない",
        "きのうから何も食べてない。お母さんがご飯作ってくれない",
        "お母さんがごはんつくってくれへん。おとといからなんもたべてへん",
        "かあちゃんがご飯くれん。昨日の夜から食べとらん",
        "パパがごはんくれない。2日前から食べてないよ",
        "おかあさんがずっとごはんつくってくれなくて、きのうからたべてない",
    ],
)
def test_a_child_given_no_meals_and_unfed_since_yesterday_is_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "お母さんが今日はご飯作ってくれないって言うから、みんなで外食した",
        "お母さんがご飯作ってくれない日は自分で作る。けっこう楽しい",
        "熱があってきのうから何も食べてない。お母さんがおかゆ作ってくれた",
        "妻が最近ご飯を作ってくれない。昨日から口もきいてくれない",
    ],
)
def test_a_meal_out_or_a_child_who_cooks_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


# ------------------------------------------------------------ a friend's bruise, told by a child


@pytest.mark.parametrize(
    "text",
    [
        "ともだちのかおにあざがあって、ママにたたかれたっていってた",
        "クラスの子が、お母さんに殴られてあざができたって見せてくれた",
        "友達が足にけがしてて、お父さんにやられたって小さい声で言ってた",
        "親友の背中に傷があった。親にやられたらしい。誰に言えばいい？",
        "隣の席の子、いつもアザがある。お母さんの彼氏に蹴られたって",
        "友だちがお父さんにぶたれてあざになったって泣いてた",
    ],
)
def test_a_friends_bruise_from_a_parent_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "友だちとサッカーしてあざができた。めっちゃ痛い",
        "友だちがお父さんにゲームでやられたって笑ってた",
        "友達が自転車で転んでけがしたけど、お母さんが迎えに来てた",
        "友だちのけがはもう治ったって。お父さんに病院連れてってもらったらしい",
    ],
)
def test_a_friends_sports_bruise_or_a_lost_game_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ------------------------------------------------------------ minding a grandparent after school


@pytest.mark.parametrize(
    "text",
    [
        "中2。じいちゃんが寝たきりで学校から帰ったらずっとじいちゃんを見てる",
        "高1です。祖母が認知症で、親が夜勤だから放課後は毎日見てます",
        "ばあちゃんがボケてきて、うちが放課後ずっとみてる。中3",
        "中学生です。おばあちゃんが認知症なので、学校が終わったらいつも見てないといけない",
        "小6です。じいちゃんが病気で、部活の代わりにじいちゃんの様子を見てます",
        "15歳です。母が寝たきりで、学校から帰ったら毎日母を見てます",
    ],
)
def test_a_pupil_minding_a_grandparent_after_school_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "先生です。放課後はずっと生徒を見てます",
        "中2です。放課後はずっとゲーム実況を見てる",
        "ばあちゃんは認知症だけど、デイサービスの人がいつも見てくれてる",
    ],
)
def test_a_teacher_or_a_screen_after_school_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- a year inside a flat


@pytest.mark.parametrize(
    "text",
    [
        "仕事を辞めてから、もう半年以上アパートから出ていません",
        "息子は2年前からマンションから一歩も出ていません",
        "弟が3年くらい自分の部屋から出てこない",
        "兄はもう1年、団地から出ていないみたいです",
        "もう一年アパートから出られない。買い物は全部ネット",
    ],
)
def test_months_inside_a_flat_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "アパートから出ていくことになりました。引っ越し先を探しています",
        "3年前にマンションから出ていった夫とは連絡を取っていません",
        "今日は雨でアパートから出ていません",
    ],
)
def test_moving_out_or_one_rainy_day_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "年金だけで暮らしていて、貯金も減ってきました",
        "失業してから貯金がだいぶ減ってきています",
        "貯金が少しずつ減ってます。この先が不安です",
        "蓄えもかなり減ってしまいました",
    ],
)
def test_savings_running_down_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "体重が減ってきました。ダイエット成功です",
        "ストレスが減ってきています。ありがとうございます",
    ],
)
def test_weight_or_stress_going_down_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- only looks like a crisis


@pytest.mark.parametrize(
    "text",
    [
        "ゆうべのドラマ、DVの話でめっちゃ泣いた。ところでゴミの日いつ？",
        "昨日の映画、虐待の話で重かったわ",
        "朝ドラ、いじめの回やったね。見た？",
        "このマンガはDVがテーマの話で考えさせられる",
    ],
)
def test_a_drama_about_dv_is_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ドラマのDVの話、うちとまったく同じで怖くなった。夫に毎日殴られています",
        "映画の虐待の話を見て、私も子どもを叩いてしまうと思った",
    ],
)
def test_a_drama_that_is_like_home_still_counts(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたい。夫は帰ってこないし、誰にも話せない",
        "夫は仕事ばかりで帰ってこないし、実家も遠いし、しんどい",
        "旦那は毎晩帰ってこんけど、もう慣れた",
    ],
)
def test_a_husband_who_never_comes_home_as_a_complaint_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が昨日から帰ってこないし、電話も出ない",
        "主人が朝出かけたまま帰ってこない。携帯もつながらない",
    ],
)
def test_a_husband_missing_since_yesterday_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "美容院代がもったいなくて、また切っちゃった。短すぎた",
        "また切っちゃった、前髪。みじかすぎ",
    ],
)
def test_cutting_ones_own_hair_again_is_no_self_harm(ex, text):
    assert "suicide" not in ex(text).crisis
