"""Round 24 (32h8): a small rural town, regional speech and all-hiragana — a hunting gun or a
sickle taken out in anger, a small child alone outside at night, fuel and fertiliser prices,
no income in sight after an illness ends the work, bad knees and a hurt back in dialect,
「手帳ってとれるの」, a son who has just left high school, a child's kana about parents
fighting, housework told in dialect by a pupil. And what is not that: a hunting licence, a
sickle for weeding, a childhood memory, a qualification exam, a debt long paid off, news of
prices, a question about declaring income, 「ふらふら」 for idling."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- guns and blades taken out


@pytest.mark.parametrize(
    "text",
    [
        "父が猟銃を持ち出して母に向けています",
        "じいちゃんが鉄砲持ち出して「ぶっ殺しちゃる」と叫んどる",
        "隣の旦那さんが猟銃持って庭で暴れとる、早く来て",
        "兄が鎌を振り回して家の中で暴れてる",
        "夫がライフルを構えて「出ていくなら撃つ」と言っている",
        "おやじが斧を持ち出して玄関で怒鳴っとる",
        "息子が金属バットを振り回して家具を壊してる",
    ],
)
def test_a_gun_or_blade_taken_out_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父は猟友会に入っていて、猟銃の免許の更新に行きました",
        "鎌で草刈りをしていて指を切りました",
        "猟銃の保管ロッカーはどこで買えますか",
        "イノシシが出るので猟銃を持った人に来てもらいたい",
        "息子は野球部でバットを振り回して素振りばかりしてます",
    ],
)
def test_a_licence_weeding_or_sport_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_a_husband_with_a_gun_is_dv(ex):
    result = ex("夫が猟銃を持ち出して私を脅してくる")
    assert "dv" in result.crisis
    assert "emergency" in result.crisis


# ---------------------------------------------------------------- a small child alone at night


@pytest.mark.parametrize(
    "text",
    [
        "近くのアパートの4歳くらいの子が、夜中に一人で駐車場をうろうろしてます",
        "夜遅くに2歳ぐらいの子がひとりで道を歩いてて、親が見当たらない",
        "保育園くらいの子が、毎晩一人で公園におるんよ。親は帰ってこんみたい",
        "となりの5さいの子、よる ひとりで そとに いる",
        "深夜に小さい子が裸足で家の前に立ってた。最近ずっとこう",
        "小1の男の子が夜になると一人でコンビニの前に座っとる",
    ],
)
def test_a_small_child_alone_outside_at_night_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもの頃、夜に一人で公園にいたことをよく思い出します",
        "5歳の息子が夜一人でトイレに行けません",
        "3歳の娘と夜に公園を散歩しました",
        "昔は小さい子でも夜ひとりで外にいたもんだ",
    ],
)
def test_a_memory_or_an_ordinary_night_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- prices and income


@pytest.mark.parametrize(
    "text",
    [
        "灯油も電気代も上がって、年金だけじゃ冬が越せん",
        "ガソリンが高くて、通院の車を出すのもきつい",
        "飼料が値上がりして、牛を続けられるかわからん",
        "肥料代がどんどん上がって、もう赤字です",
        "燃料が高騰してハウスの暖房がたけん",
        "病気で漁に出られんようになって、これから収入をどうすればいいのか",
        "店をたたんだので、収入の当てがありません",
        "からだこわして しごとやめた。しゅうにゅうを どうしたらいいか",
    ],
)
def test_rising_costs_or_no_income_in_sight_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ガソリンが上がったってニュースで見ました",
        "物価が上がっても、うちは今のところ大丈夫です",
        "確定申告で収入をどう書けばいいか教えてください",
        "昔は借金で大変だったけど、今はもう完済して穏やかに暮らしてます",
    ],
)
def test_news_a_tax_form_or_a_paid_debt_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- knees and backs, 手帳


@pytest.mark.parametrize(
    "text",
    [
        "わしも膝が悪うて、畑に出るのもしんどい",
        "腰をやってしもうて、母の世話ができん",
        "ひざがわるくて 階段がつらいです",
        "去年から股関節が悪くて歩くのがやっと",
        "重いもの持ったら、腰痛めてしまった",
        "うちも最近ひざが悪うて、正座ができん",
    ],
)
def test_bad_knees_or_a_hurt_back_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫は腰が悪いくせにゴルフばかり行く",
        "母が腰を痛めて、父の介護ができなくなりました。父は要介護3です",
        "膝が悪い祖母のデイサービスの送迎を頼みたい",
    ],
)
def test_a_complaint_or_an_older_relatives_knee_in_care_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うつ病で働けなくなりました。手帳ってもらえるんでしょうか",
        "てんかんがあるんですが、手帳はとれますか",
        "発達の遅れがある娘、手帳って申請できるのかな",
    ],
)
def test_asking_whether_a_techou_can_be_had_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "妊娠しました。母子手帳ってもらえるのはどこですか",
        "お薬手帳はもらえますか",
        "年金手帳は再発行してもらえますか",
    ],
)
def test_other_techou_are_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- children


@pytest.mark.parametrize(
    "text",
    [
        "娘が高校を退学してしまって、毎日家でごろごろしてます",
        "長男が高校をやめてしもうて、これからどうしたらいいか",
        "孫が高校を中退して、うちで預かってます",
    ],
)
def test_a_child_who_just_left_high_school_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "パパが ママを たたく。こわい",
        "おかあさんが おとうさんに どなる。ねれない",
        "とうちゃんが かあちゃんを けった",
    ],
)
def test_a_childs_kana_about_parents_fighting_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護の仕事をしています。社会福祉士の受験資格について知りたい",
        "ケアマネの受験の講習はいつありますか",
        "息子が働きもせんでふらふらしとる",
    ],
)
def test_an_exam_for_adults_or_idling_raises_nothing(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。母が病気なので、晩飯はわしが作っとる",
        "高1です。父は単身赴任、母は夜勤じゃけん、洗濯はうちがしよる",
        "中学生です。家のことはおらが全部やっとる",
    ],
)
def test_a_pupils_housework_in_dialect_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


def test_a_parent_cooking_in_dialect_is_no_young_carer(ex):
    assert "young_carer" not in ex("晩飯はわしが作っとる。嫁は夜勤での").patterns
