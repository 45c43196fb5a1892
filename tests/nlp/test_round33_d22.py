"""Round 33 (41d22): people with a disability and their families. Hoarded pills the writer
thinks of taking all at once (「全部飲んだら楽になれるかな」); a partner who shuts a son or
daughter in (夫が押し入れに閉じ込めます); a taxi fare to the clinic that is hard to pay;
no one to talk to in the neighbourhood, always alone; 「母がしんだら、ぼくはどうしたら」 from a
middle-aged writer with an old parent (8050); an old parent still looking after a disabled
middle-aged child who is at the limit (care); the writer helped by others every day
(disability); a son or daughter given an adult age in brackets with a diagnosis
(娘(ダウン症、20歳)).
And what only looks like that: 「死にたい笑」 after a phone's data is lost; a child's ADHD
medicine cost (no health); a child shut out in the cold that a neighbour keeps seeing, told
in the past (no emergency now); a partner who takes the writer's disability pension (no
care); a service's staff member asking about training; a young spouse looked after because
of a wheelchair (no care, double care stays); good news with nothing asked; a disabled son
or daughter of no stated age looked after (no child)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- hoarded pills


@pytest.mark.parametrize(
    "text",
    [
        "ずっとためてた薬、まとめて飲んだら楽になれるかな",
        "病院でもらった薬を全部のんだら、もう終われるかな",
        "飲まずにとっておいた薬がたくさんある。まとめて飲めば死ねるかな",
        "もらった薬を一気に飲んだらもう目が覚めないかな",
    ],
)
def test_all_the_pills_at_once_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "飲み忘れた薬をまとめて飲んでもいいですか",
        "痛み止めを全部飲み終わったら病院に来てくださいと言われました",
    ],
)
def test_a_question_about_taking_pills_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 「死にたい笑」 after a trifle


@pytest.mark.parametrize(
    "text",
    [
        "写真のデータ全部飛んだ…死にたい笑",
        "鍵なくした、死にたいｗ",
        "推しのガチャ爆死、死にたい笑",
        "財布落とした死にたいｗ　ところで手帳の更新は？",
    ],
)
def test_a_trifle_lost_and_laughed_at_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "データが全部消えて、もう死にたい。生きてる意味がない",
        "毎日死にたい笑　ほんとに生きてるのがつらい",
        "死にたい笑",
    ],
)
def test_wishing_to_die_without_a_trifle_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- fares to the clinic


@pytest.mark.parametrize(
    "text",
    [
        "通院のバス代もきつくて、病院に行く回数を減らしています",
        "病院までの交通費が高くて払えない",
        "リハビリに行くタクシー代が厳しいです",
    ],
)
def test_a_fare_hard_to_pay_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "タクシー代は市から出ますか",
        "交通費の領収書はどこに出せばいいですか",
    ],
)
def test_a_fare_asked_about_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- alone, no one nearby


@pytest.mark.parametrize(
    "text",
    [
        "耳が遠くなって、近所の人ともほとんど話せなくなりました",
        "日本語がわからないので、近所の人と話せません",
        "家族もいなくて、いつもひとりです。",
        "ずっとひとりです。誰とも話していません",
    ],
)
def test_no_one_to_talk_to_nearby_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ずっとひとりで頑張ってきました",
        "ずっと一人です。結婚はしていません",
    ],
)
def test_single_or_managing_alone_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- 8050 from the child's side


@pytest.mark.parametrize(
    "text",
    [
        "母は80さい、わたしは知的障害で50さいです。母がしんだら、わたしはどこで暮らせばいいですか",
        "父は82歳、僕は52歳で障害があります。父が死んだらどうしたらいいですか",
        "母は79歳、私はうつで働けず49歳です。母が亡くなったら私はどうやって生きていけばいいのか",
    ],
)
def test_middle_aged_writer_fearing_the_old_parents_death_is_8050(ex, text):
    result = ex(text)
    assert "8050" in result.patterns
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもの頃、ママがしんだらどうしようって泣いてた",
        "母がしんだら、葬式はどうしたらいいですか",
    ],
)
def test_a_parents_death_without_an_old_parent_and_grown_child_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- the old parent at the limit


@pytest.mark.parametrize(
    "text",
    [
        "88歳の父が、障害のある58歳の兄の世話をずっとしています。父ももう限界です",
        "85歳の母が55歳の弟の面倒を見ています。母ももう体が弱ってきました",
        "87歳の父が、知的障害のある55歳の姉の面倒をみていますが、父ももう限界みたいです",
    ],
)
def test_old_parent_of_8050_at_the_limit_is_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "8050" in result.patterns


def test_old_parent_of_8050_in_good_health_is_no_care(ex):
    result = ex("85歳の母が55歳の弟の面倒を見ています。母は元気です")
    assert "care" not in result.fields
    assert "8050" in result.patterns


# ---------------------------------------------------------------- a partner shuts a child in


@pytest.mark.parametrize(
    "text",
    [
        "娘(4歳)がパニックになると、夫がトイレに閉じ込めます",
        "小2の息子が言うことを聞かないと、旦那が物置に閉じ込めて鍵をかけます",
        "息子(5歳)が泣きやまないと、夫が車の中に閉じ込めます",
    ],
)
def test_partner_shutting_a_child_in_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


def test_partner_shutting_a_child_in_and_kicking_the_writer_is_both(ex):
    result = ex("息子(小3)が泣くと、夫が押し入れに閉じ込めてしまいます。止めると私も叩かれます")
    assert {"abuse", "dv"} <= set(result.crisis)


@pytest.mark.parametrize(
    "text",
    [
        "夫に押し入れに閉じ込められます。息子もいます",
        "夫は私を物置に閉じ込めます",
    ],
)
def test_the_writer_shut_in_by_a_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


# ---------------------------------------------------------------- shut out, seen again and again


@pytest.mark.parametrize(
    "text",
    [
        "真冬なのに、隣の子がよくベランダに出されていました",
        "向かいの家の子が、雪の日にベランダに出されて泣いていました。前から何度も見ています",
    ],
)
def test_a_child_shut_out_seen_before_is_abuse_not_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の子が雪の中ベランダに出されて泣いています。もう30分くらい",
        "隣のベランダに今小さい子が出されてて泣いてる。外雪なのに",
        "何回も見ているけど、今も隣の子が雪の中ベランダに出されて泣いてます",
    ],
)
def test_a_child_shut_out_in_the_snow_now_is_emergency(ex, text):
    assert {"abuse", "emergency"} <= set(ex(text).crisis)


# ---------------------------------------------------------------- the writer's pension taken


@pytest.mark.parametrize(
    "text",
    [
        "彼氏に私の障害年金を通帳ごと取り上げられています",
        "主人に私の障害年金を全部取り上げられています",
    ],
)
def test_writers_disability_pension_taken_is_dv_not_care(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "care" not in result.fields
    assert "disability" in result.fields


def test_an_old_writers_pension_taken_is_still_care(ex):
    result = ex("夫に年金を取り上げられています。私は78歳です")
    assert "care" in result.fields


# ---------------------------------------------------------------- a service's staff asks


@pytest.mark.parametrize(
    "text",
    [
        "放課後等デイサービスの職員です。研修の日程を知りたいです",
        "児童発達支援事業所の職員です。虐待防止のポスターはありますか",
        "作業所の支援員です。利用者さんに配るチラシが欲しいです",
    ],
)
def test_staff_asking_for_training_or_leaflets_has_no_field(ex, text):
    assert ex(text).fields == ()


def test_staff_telling_their_own_trouble_keeps_it(ex):
    assert "health" in ex("グループホームの職員です。夜勤で眠れずつらいです").fields


# ---------------------------------------------------------------- help the writer receives


@pytest.mark.parametrize(
    "text",
    [
        "車いすなので、毎日ヘルパーさんに介助してもらっています",
        "介助を受けないとトイレにも行けない。家族に申し訳ない",
        "トイレも母に介助してもらっていて、申し訳ない",
    ],
)
def test_the_writer_helped_every_day_is_disability(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "父の介助が大変です",
        "82歳です。入浴も介助してもらっています",
        "母の介助をしながら働いています",
    ],
)
def test_help_given_to_a_parent_or_an_old_writer_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a young spouse looked after


@pytest.mark.parametrize(
    "text",
    [
        "夫が交通事故で障害が残り、夫の世話をしながら1歳の娘を育てています",
        "夫が病気で半身まひになり、夫の介助と小学生2人の子育てに追われています",
        "妻が病気で車いすになりました。妻の世話をしながら小学生の子を育てています",
    ],
)
def test_young_spouse_with_a_disability_is_double_care_without_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert "double_care" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "認知症の妻の世話と孫の世話で大変です",
        "夫が事故で寝たきりになり介護が必要です",
    ],
)
def test_spouse_with_dementia_or_bedridden_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- good news


@pytest.mark.parametrize(
    "text",
    [
        "一人で電車に乗れるようになりました！毎日がたのしいです",
        "就労移行を出て、働けるようになりました。うれしいです",
    ],
)
def test_good_news_with_nothing_asked_has_no_field(ex, text):
    assert ex(text).fields == ()


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("デイサービスに通えるようになりました！でも母の物忘れが心配です", "care"),
        ("グループホームに入れるようになりますか", "disability"),
    ],
)
def test_news_with_a_worry_or_a_question_keeps_its_field(ex, text, field):
    assert field in ex(text).fields


# ---------------------------------------------------------------- a disabled son or daughter


@pytest.mark.parametrize(
    "text",
    [
        "障害のある娘の世話で、もう何年も眠れていません",
        "重度の障害がある息子の面倒をみるのに疲れました",
    ],
)
def test_disabled_son_or_daughter_of_no_age_is_disability_not_child(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "障害のある息子(8歳)の世話に疲れ果てました",
        "障害児の娘の世話で疲れました",
        "障害のある娘の世話をしながら、要介護の父も見ています",
    ],
)
def test_disabled_child_with_an_age_or_beside_a_parents_care_is_child(ex, text):
    assert "child" in ex(text).fields


def test_daughter_with_an_adult_age_after_a_diagnosis_is_no_child(ex):
    result = ex("娘(自閉症・22歳)が、作業所で職員に叩かれたと言っています")
    assert "abuse" in result.crisis
    assert "child" not in result.fields


def test_son_with_a_school_age_after_a_diagnosis_is_a_child(ex):
    result = ex("息子(自閉症、12歳)が、作業所の職員に叩かれたと言っています")
    assert "abuse" in result.crisis
    assert "child" in result.fields
