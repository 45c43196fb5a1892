"""Families of phrasings residents use without the key word (虐待, ひきこもり, 障害 …)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "向かいの家の女の子、毎日同じ服で髪もボサボサです",
        "近所の小学生がいつもおなかをすかせていて心配",
        "夜の12時ごろ、小さい子がひとりでコンビニの前に座っていた",
        "隣は親が何日も帰らず、子どもだけで暮らしているようです",
        "雪の日なのに半袖で外に出されている子がいる",
        "小4です。親がご飯を作ってくれなくて、家にご飯がない",
        "アパートの子が夜中まで玄関の前にいる。親の姿がない",
    ],
)
def test_neglect_described_by_its_signs_is_abuse_of_a_child(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ワンオペで夜中も一人で子どもを見ています",
        "子どもが転んで足にあざができた",
        "うちの子はご飯を食べないので困っています",
        "子どもが一人で公園に行きたがります",
    ],
)
def test_everyday_parenting_is_not_neglect(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    ("text", "patterns"),
    [
        ("弟は大学を中退してから4年、部屋にこもりっぱなし", ("hikikomori",)),
        ("娘がもう半年、家から一歩も出てこん", ("hikikomori",)),
        ("ここ2年ほど外に出られず、誰とも会っていません", ("hikikomori", "isolation")),
        ("今日は雨なので外に出ないでおこう", ()),
        ("ずっと引きこもっていた息子が最近バイトを始めました", ()),
    ],
)
def test_withdrawal_without_the_word(ex, text, patterns):
    assert ex(text).patterns == patterns


@pytest.mark.parametrize(
    "text",
    [
        "私は47歳、無職で、80歳の父の年金で暮らしています",
        "75歳の両親に、50代の私が養ってもらっている状態です",
        "姉(53)は働かずに年金暮らしの両親に頼りきりです",
    ],
)
def test_8050_told_by_the_middle_aged_child_or_a_sibling(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "hardship" in result.fields
    assert "care" not in result.fields  # old parents who need no help are not care


@pytest.mark.parametrize(
    "text",
    [
        "耳が聞こえにくくて窓口で困ります",
        "目がほとんど見えないので書類を読み上げてほしい",
        "手話ができる職員さんはいますか",
        "補聴器の補助について知りたい",
        "車いすでも入れる施設を探しています",
        "身体手帳の3級です",
    ],
)
def test_disability_without_the_word(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "水道代を4か月ためちゃった",
        "携帯代を払えてなくて止められた",
        "家賃を滞らせてしまい、大家さんに怒られた",
        "金ないし電気代もためてる",
    ],
)
def test_arrears_on_bills(ex, text):
    assert "hardship" in ex(text).fields


def test_payment_questions_are_not_hardship(ex):
    assert ex("水道料金の支払い方法を変えたい").fields == ()
    assert ex("借金はありません。最近眠れません").fields == ("health",)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("お金がなくて病院に行けない", ("hardship", "health")),
        ("健診で引っかかって再検査になった", ("health",)),
        ("寝不足続きでふらふらする", ("health",)),
        ("最近、具合が悪い日が多い", ("health",)),
    ],
)
def test_health_without_an_illness_name(ex, text, fields):
    assert ex(text).fields == fields


def test_a_parent_coming_home_from_hospital_is_care(ex):
    assert ex("退院してくる母の世話を家でできるか不安").fields == ("care",)
    assert ex("祖父がもうすぐ退院するけど、家で見られるか心配").fields == ("care",)


def test_money_a_partner_controls_is_dv_not_hardship(ex):
    for text in (
        "夫に通帳を取り上げられて、お金を使わせてもらえない",
        "彼氏に給料を全部管理されています",
        "旦那がスマホを毎日チェックしてくる",
    ):
        result = ex(text)
        assert result.crisis == ("dv",), text
        assert "hardship" not in result.fields, text


def test_a_bruise_is_dv_from_a_partner_and_abuse_on_a_child(ex):
    assert ex("彼に殴られて腕にあざができた").crisis == ("dv",)
    assert ex("保育園の子の顔にあざがある").crisis == ("abuse",)


@pytest.mark.parametrize(
    "text",
    [
        "団地に、夜遅くまでうろうろしている小学生がいる",
        "学童のお迎えに誰も来ない日が続いている子がいる",
        "近所の赤ちゃん、親が出かけたまま何時間も戻らない",
        "小5です。お母さんが何日も帰ってきていなくて、妹と二人です",
        "甥っ子がいつもお腹をすかせていて、食べさせてもらっていないみたい",
    ],
)
def test_more_neglect_signs(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis  # parents staying away is neglect
    assert "child" in result.fields


def test_a_partner_hitting_a_child_is_dv_and_abuse(ex):
    assert ex("夫が酒を飲むと暴れて、子どもにも手を上げる").crisis == ("abuse", "dv")


@pytest.mark.parametrize(
    "text",
    [
        "子どもの服がすぐ汚れるので洗濯が大変",
        "夜に子どもと一緒にコンビニに行くのは危ないですか",
        "保育園のお迎えが毎日ぎりぎりになってしまいます",
    ],
)
def test_parenting_talk_with_neglect_words_is_no_alarm(ex, text):
    assert ex(text).crisis == ()


def test_denials_and_look_alikes(ex):
    assert ex("借金は完済しました").fields == ()
    assert ex("目が見えにくいのは老眼かな").fields == ()
    assert ex("大学をやめてから1年、親とも話さず外に出ていない").patterns == (
        "hikikomori",
        "isolation",
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("ショートとデイを増やしたいが母が嫌がる", ("care",)),
        ("デイトレードで損した", ()),
        ("小3の息子の放デイの空きを探しています", ("disability", "child")),
        ("じっちゃが転んでから歩けなくなった", ("care",)),
        ("ばっちゃんの物忘れがひどい", ("care",)),
        ("じいさんの面倒みでるけど、もう無理だ", ("care",)),
        ("同級生に無視されてる", ("child",)),
        ("保健室登校をしています", ("child",)),
    ],
)
def test_care_and_school_words_people_use(ex, text, fields):
    assert ex(text).fields == fields


@pytest.mark.parametrize(
    "text",
    [
        "バイトのシフト削られて生活がやばい",
        "親に貯金を使い込まれていた",
        "暖房を我慢してる、灯油が高すぎて",
        "財布に200円しかない",
        "口座の残高が500円",
        "かねがない",
        "薬代が高くて",
    ],
)
def test_money_trouble_without_the_usual_words(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["ずっと体が重くてだるい", "朝起きられなくて会社に行けない", "階段で転んで足首を捻挫した"],
)
def test_bodily_complaints_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    ("text", "fields", "patterns"),
    [
        ("児童手当はいつ振り込まれますか", ("child",), ()),
        ("認知症サポーターになりたい", (), ()),
        ("高齢者施設でボランティアしたい", (), ()),
        ("一人暮らしだけど寂しくはない", (), ()),
    ],
)
def test_no_worry_behind_the_word(ex, text, fields, patterns):
    result = ex(text)
    assert (result.fields, result.patterns) == (fields, patterns)


def test_fewer_shifts_is_hardship(ex):
    assert ex("コロナでシフト減、働ける日が減った").fields == ("hardship",)


def test_refusing_to_go_out_and_work_is_withdrawal(ex):
    assert ex("弟は働けないし、外に出るのも怖いと言う").patterns == ("hikikomori",)
    assert ex("息子は働くのは無理、外に出るなんて無理と言う").patterns == ("hikikomori",)


def test_a_son_or_daughter_of_a_childs_age_is_a_child(ex):
    assert ex("息子(15)が学校に行かない").fields == ("child",)
    result = ex("2歳の娘を育てながら、一人暮らしの父の様子も見に行っている")
    assert result.fields == ("care", "child")
    assert result.patterns == ("double_care",)


def test_not_able_to_tell_the_people_around(ex):
    assert ex("家族にも友達にも相談できない").patterns == ("isolation",)
    assert ex("身近な人には重いと思われそうで話せない").patterns == ("isolation",)


def test_striking_things_is_not_violence_against_a_person(ex):
    assert ex("大声で怒鳴る、物に当たる、壁を叩く").crisis == ()
    assert ex("夫が怒ると壁を殴る").crisis == ("dv",)


@pytest.mark.parametrize(
    "text",
    [
        "母が同じ話を何回も繰り返すようになった",
        "祖母がトイレを失敗することが増えた",
        "じいちゃんが風呂を嫌がって入らない",
    ],
)
def test_signs_of_dementia_or_frailty_are_care(ex, text):
    assert ex(text).fields == ("care",)


def test_a_childs_development_is_a_child_matter(ex):
    assert ex("息子の発達が遅い気がする").fields == ("child",)


def test_hemiplegia_is_a_disability(ex):
    assert "disability" in ex("父が脳出血で片麻痺になった").fields


def test_an_age_stated_with_desu_is_the_writers(ex):
    result = ex("無職で、母の年金に頼って暮らしている50代です")
    assert result.patterns == ("8050",)
    assert "care" not in result.fields


def test_parental_leave_is_child_rearing(ex):
    result = ex("産休明けに義父の介護が始まった")
    assert result.fields == ("care", "child")
    assert result.patterns == ("double_care",)


def test_income_that_is_not_enough_is_hardship(ex):
    assert ex("夫の給料だけでは全然足りない").fields == ("hardship",)


def test_talking_to_no_one_in_other_words(ex):
    assert ex("もう何日も誰ともしゃべってない").patterns == ("isolation",)


def test_a_partner_out_of_reach_is_no_missing_person(ex):
    assert ex("妊娠を伝えたら彼氏と連絡が取れなくなった").crisis == ()
    assert ex("一人暮らしの父と連絡が取れない").crisis == ("emergency",)


@pytest.mark.parametrize(
    "text",
    [
        "母が通帳がないと騒いで、嫁が盗んだと言う",
        "義父にお金を盗ったと疑われて毎日責められる",
        "祖母に泥棒扱いされてつらい",
        "父が夜中に家の中を歩き回っている",
    ],
)
def test_accusations_of_theft_and_wandering_at_home_are_dementia_care(ex, text):
    assert "care" in ex(text).fields


def test_someone_not_a_parent_accusing_of_theft_is_not_care(ex):
    assert ex("同級生に消しゴムを盗んだと言われた").fields == ("child",)


@pytest.mark.parametrize(
    "text",
    [
        "左耳が聞こえず、会議で困ります",
        "片目が見えず、運転ができない",
        "病気で右目を失明しました",
        "事故で聴力を失った",
    ],
)
def test_loss_of_hearing_or_sight_is_a_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "勤め先が倒産しました",
        "バイト先の店がつぶれて職を失った",
        "もう2か月、給料が振り込まれない",
        "給与の未払いが続いている",
        "入学の準備のお金が足りるか心配",
        "出産費用の助成はありますか",
        "来年の学費が払えるか不安です",
    ],
)
def test_a_failed_employer_unpaid_wages_and_costs_ahead_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


def test_a_father_written_in_kana_is_no_bankruptcy(ex):
    assert "hardship" not in ex("おとうさんにおこられた").fields


def test_a_question_whether_money_will_do_does_not_deny_the_worry(ex):
    assert ex("出産のお金が足りるか不安").fields == ("child", "hardship")


@pytest.mark.parametrize(
    "text",
    ["介護で腰を悪くした", "無理がたたって体を壊した", "パチスロがやめられない"],
)
def test_a_worn_out_body_and_slot_machines_are_health(ex, text):
    assert "health" in ex(text).fields
