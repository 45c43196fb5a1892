"""Round 18 (26s): older writers and regional speech — kana and dialect forms of "no use
living" (いきとってもしょうがない, 生きちょっても), "everyone is better off without me"
(おらん方が皆楽, わしなんかおらんでもええ, 誰も困らん), paying debts with one's own life
insurance, a partner who hits the writer as well as a child (私だけでなく子どもにも), a
fisherman or migrant worker away for days, a grown child who does not come home even for
Obon, dialect loneliness (人と口きいとらん, 話っこする相手もいねぇ), sleep lost in Kyushu
speech (眠れんごとなった) and a small child's age (2歳半の息子); and what is none of these."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- no use living (dialect, kana)


@pytest.mark.parametrize(
    "text",
    [
        "もう生きとっても仕方ないわ。足も動かん",
        "いきとっても しょうがないけん",
        "わしなんか生きちょってもしょうがない",
        "こげん体で生きとったってしゃあない",
        "いきてても いみない",
    ],
)
def test_dialect_no_use_living_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃん九十まで生きとって元気やけん、心配しとらん",
        "市場にいきとってもええか、母に聞いてみる",
        "長生きしてえなあ。孫の結婚式まで",
    ],
)
def test_living_long_and_going_out_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- better off without me


@pytest.mark.parametrize(
    "text",
    [
        "おらんほうが家族は楽やろな。わしはもう何もでけん",
        "あたしがおらんくなった方が、みんな楽になるやろ",
        "おれなんかいなくなっても誰も気づかねぇよ",
        "わしなんかおらんでもええんじゃ",
        "母が「わたしなんかおらん方がみんな楽やろ」って電話で言う",
        "おれがいねえ方が嫁も子らも助かるべ",
    ],
)
def test_everyone_better_off_without_me_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫がおらん方が楽やわ。出張ばっかりでええ",
        "犬がおらん方が静かでええわ",
        "姑がいない方が家の中がうまくいく",
        "私がいなくても誰も困らないように引き継ぎをした",
        "今日はわしがおらんでも誰も困らんけん、病院に行ってくる",
    ],
)
def test_someone_else_away_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- debts paid by one's own insurance


@pytest.mark.parametrize(
    "text",
    [
        "店の借金がかさんだ。おれの保険金で返せるならそれでええ",
        "わしの生命保険で家のローンは片付く",
        "保険が下りれば女房も楽になるべ",
        "父が保険金で借金返せるって言い出して怖い",
    ],
)
def test_debts_paid_by_own_insurance_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "火災保険の保険金で屋根の修理代が払えた",
        "夫が亡くなって、保険金でローンを返せました",
        "保険金で車の修理代払えた",
        "生命保険で家族に残せるものは残したい。終活の相談です",
        "保険金が出れば助かるんだけど、いつ出ますか",
    ],
)
def test_payouts_for_repairs_or_after_a_death_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- the writer and a child hit


@pytest.mark.parametrize(
    "text",
    [
        "旦那が私だけでなく娘にも手を上げるようになった",
        "夫が私にも息子にも手ぇ上げる",
        "主人が私と子どもを叩く",
        "うちの人、私だけじゃなくて子どもまで殴るんです",
        "夫が子どもにまで手を上げるようになりました",
    ],
)
def test_a_partner_hitting_the_writer_and_a_child_is_dv_and_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis and "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "舅が私だけでなく子どもにも手を上げる",
        "夫が私だけでなく息子にも優しい",
        "主人は私と子どもに優しい。でも姑が私を叩く",
    ],
)
def test_someone_else_hitting_or_a_kind_husband_is_no_dv_for_both(ex, text):
    crisis = ex(text).crisis
    assert not ("dv" in crisis and "abuse" in crisis)


# ---------------------------------------------------------------- away for work, away for years


@pytest.mark.parametrize(
    "text",
    [
        "夫は漁に出たら何日も帰ってこないし、子どもは二人",
        "うちの人は出稼ぎで冬は何か月も帰ってこない",
        "主人は長距離トラックで一週間も家を空ける",
        "息子は東京に行ったきり盆にも帰ってこん",
        "娘は県外で、正月にも顔を見せん",
        "孫はめったに帰ってこんけど元気にしとる",
    ],
)
def test_away_for_work_or_estranged_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が漁に出たまま帰ってこない。もう夜だ",
        "じいちゃんが朝に山仕事に行ったきり戻らん。もう暗い",
        "父が畑に出たきり帰ってこん。電話にも出ん",
    ],
)
def test_gone_out_and_not_back_stays_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- loneliness in dialect


@pytest.mark.parametrize(
    "text",
    [
        "このところ何日も人と口きいとらん",
        "誰とも口きいてねえ。テレビだけだ",
        "話っこする相手もいねぇ",
        "しゃべる相手もおらんけん、さみしい",
        "ひとりで暮らしとるけど、息子は盆にも帰ってこん",
    ],
)
def test_dialect_loneliness_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "物置に紐を用意した。誰にも言っとらん",
        "中学の息子が口きいてくれん",
        "夫とけんかして三日口きいとらん",
    ],
)
def test_untold_plans_and_sulking_are_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- sleep (Kyushu) and small children


@pytest.mark.parametrize(
    "text",
    [
        "夜中に目の覚めて眠れんごとなった",
        "寝つけんごつなって困っとる",
        "眠剤の量がどんどん増えよる",
    ],
)
def test_kyushu_sleep_loss_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "よう眠れるごとなった。ありがとう",
        "睡眠薬はもう飲んどらん",
    ],
)
def test_sleep_back_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳半の娘がまだおむつとれんで心配",
        "1歳の子が夜ずっと泣くけん眠れん",
        "5才の息子が言葉がおそいって言われた",
    ],
)
def test_a_small_childs_age_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "五十歳の娘と二人で暮らしとる",
        "50歳の息子の年金の手続き",
    ],
)
def test_a_grown_childs_age_is_no_child(ex, text):
    assert "child" not in ex(text).fields
