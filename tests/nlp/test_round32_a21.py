"""Round 32 (40a21): an older writer's words. Crisis: 「このまま飛びこめば楽になるだろうか」
(the れば / めば form of a leap); a daughter-in-law or daughter who 「孫にろくに食事をさせていない」
(neglect told by a grandparent); a daughter who came home and, in the next sentence, 「婿どのに
殴られておった」 (DV, not child abuse); a carer who strikes 「ぼけた主人」 (elder abuse, not DV).
And what only looks like that: jumping into a futon or a new job, a child not fed before a
check-up or with a fever, a grandchild struck by the son-in-law (child abuse), a husband who
has gone senile and strikes the writer (DV).
Fields and patterns: 心の病 and 心臓をわずらう, a doctor's visit put off (health); a pension
gone to drink (hardship); 「お金はございますが」, 「食べるものも味がせず」 (no hardship); 「年のせい
だと言われる」 (no care); a wife who falls often, a handrail at home (care; not the town hall's
stairs, nor a small child who falls); a 民生委員's report (no care); a carer's 「体がもちません」
(no health); an old wife's failing eyes (no disability); a grown son at home who strikes the
old writer (care and abuse, no child); an old writer's legs grown 不自由 (care, not
disability); 「部屋から出てまいりません」, an age before a space, 「娘が四十になりました」 and
「夫婦が倒れたら」 (hikikomori, 8050); 「一人暮らしで頼るものもおりません」 (isolation; not
頼れる親戚がいない alone); a grown grandchild or a neighbour's grown daughter (no child); a
daughter come home with the grandchildren and in work (no 8050).
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- 飛びこめば楽に


@pytest.mark.parametrize(
    "text",
    [
        "橋の上から川をのぞいて、このまま飛びこめば楽になるだろうかと考えておりました",
        "いっそ飛び込めば楽になれるのに",
        "踏切でふと、飛びこめば終われるかなと思ってしまった",
        "とびこめばらくになれるかな",
        "川に身を投げれば楽になれるかと思いました",
    ],
)
def test_a_leap_that_would_end_it_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "疲れた日は布団に飛び込めば楽になる",
        "思い切って転職に飛び込めば楽になるかな",
        "プールに飛び込めば楽しいよ",
        "身を投げ出して子どもを守った",
    ],
)
def test_a_leap_into_bed_or_a_job_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 孫に食事をさせていない


@pytest.mark.parametrize(
    "text",
    [
        "嫁が孫にろくに食事をさせていないようで、うちに来るとがつがつ食べます",
        "娘が孫にちゃんと食事をさせていないみたいで心配です",
        "息子の嫁は孫にまともに食事もさせません",
        "隣の奥さん、子どもにろくに食事させてないみたい",
        "嫁が孫にご飯を作ってやらないようで、いつも腹をすかせております",
        "嫁が孫にろくにメシも食わせんようで",
        "息子の嫁が孫に飯を食わせていないらしい",
        "孫が来るといつも腹をすかせております。嫁はろくに食事も作らんようで",
    ],
)
def test_a_child_not_fed_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は熱があるので今日は食事をさせていません",
        "検査の前なので子どもに食事をさせていません",
        "まだ離乳食は食べさせていません",
        "部活のあと息子はいつも腹をすかせて帰ってくる",
        "育ち盛りの孫はいつもお腹をすかせております",
    ],
)
def test_a_meal_held_back_for_a_reason_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 娘が…。婿どのに殴られて


@pytest.mark.parametrize(
    "text",
    [
        "娘が孫をつれて帰ってまいりました。婿どのに殴られておったようで顔にあざがございます",
        "娘が戻ってきました。旦那さんに叩かれたらしいです",
        "娘が婿どのに殴られておるようで心配です",
        "息子が帰ってきた。嫁に殴られたと言っている",
        "姉が実家に戻ってきた。義兄に蹴られたらしい",
    ],
)
def test_a_grown_kin_struck_by_their_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "孫が泣いて帰ってきました。婿に叩かれたようで、腕にあざがあります",
        "娘が帰ってきました。孫も婿に叩かれたそうです",
    ],
)
def test_a_grandchild_struck_by_the_son_in_law_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- ぼけた主人を叩く


@pytest.mark.parametrize(
    "text",
    [
        "ぼけた主人につい手をあげてしまいます。自分がこわいのです",
        "ぼけてきた母をつい叩いてしまう",
        "ボケた夫をカッとなって叩いてしまいました",
        "認知症になった夫を叩いてしまいました",
    ],
)
def test_a_carer_striking_the_senile_is_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ぼけた主人に叩かれます",
        "主人がぼけてきて、私に手をあげるようになりました",
    ],
)
def test_a_senile_partner_who_strikes_is_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- health: 心の病, 受診を控える


@pytest.mark.parametrize(
    "text",
    [
        "娘は若いころから心の病で働けません",
        "私も心臓をわずらっております",
        "父は腎臓をわずらっております",
        "年金がすくなく、医者にかかるのをがまんしております",
        "お金がないので病院に行くのを我慢しています",
    ],
)
def test_an_illness_or_a_visit_put_off_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["恋わずらいでしょうか、娘がぼんやりしております", "思いわずらうことが多くて"],
)
def test_lovesickness_and_worry_are_no_health(ex, text):
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- hardship: money gone to drink


@pytest.mark.parametrize(
    "text",
    [
        "主人の酒がやめられず 年金もみな酒代にきえてしまいます",
        "年金が全部酒代に消えていく",
        "主人の給料がみなパチンコに消えます",
    ],
)
def test_a_pension_gone_to_drink_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金はございますが話し相手がおりません 毎日テレビだけが相手でございます",
        "お金はございますが、母の物忘れが心配です",
        "お金はありますが、誰とも話さない日が続きます",
        "お金には不自由しておりませんが、さみしい毎日です",
        "食べるものも味がせず、眠れません",
        "お酒でストレスが消える",
    ],
)
def test_money_denied_or_food_without_taste_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text", ["食べるものがなくて困っております", "お金はあるけど家賃が払えないかもしれない"]
)
def test_no_food_or_rent_unpaid_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- care: falls, handrails


@pytest.mark.parametrize(
    "text",
    [
        "家内がよくころぶようになりまして、家に手すりをつける補助などはございますか",
        "母がよくころぶようになりました",
        "父がたびたび転ぶようになって心配です",
        "トイレに手すりをつけたいのですが補助はありますか",
    ],
)
def test_falls_and_a_handrail_at_home_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "役場の正面の階段が急で年寄りにはきつうございます。手すりをつけていただけませんか",
        "公民館の階段が急で年寄りにはきついので手すりをつけてほしい",
        "子どもがよく転ぶようになりました",
        "民生委員をしております。地区の一人暮らし高齢者の見守り件数を報告書にまとめたいのですが、様式はございますか",
        "家内に話しても年のせいだと言われるばかりです",
    ],
)
def test_public_stairs_a_report_or_a_dismissal_are_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_dismissed_as_age_keeps_the_care_word(ex):
    assert "care" in ex("母は物忘れがひどいのですが、医者には年のせいだと言われました").fields


# ---------------------------------------------------------------- care beside strain and eyes


def test_a_carers_strain_is_care_not_health(ex):
    fields = ex(
        "九十の母を看ております。私も七十になりもう体がもちません。施設も考えています"
    ).fields
    assert "care" in fields
    assert "health" not in fields


def test_an_old_wifes_failing_eyes_are_no_disability(ex):
    text = "私は八十で家内は糖尿病がわるくなり目もよく見えなくなってまいりました"
    assert "disability" not in ex(text).fields


def test_failing_eyes_with_a_certificate_stay_disability(ex):
    assert "disability" in ex("母の目が見えなくなり、身体障害者手帳がとれると聞きました").fields


# ---------------------------------------------------------------- a grown son who strikes


@pytest.mark.parametrize(
    "text",
    [
        "同居のせがれが気にいらぬことがあると私をたたきます。食事もろくにもらえません",
        "同居の息子が私を叩きます",
        "せがれがわしを殴るんです",
        "倅に突き飛ばされます",
    ],
)
def test_a_grown_son_striking_the_old_writer_is_care_and_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields
    assert "child" not in result.fields


@pytest.mark.parametrize("text", ["息子(5)が私を叩きます", "せがれが孫を叩いておるようです"])
def test_a_small_son_or_a_grandchild_struck_keeps_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- an old writer's legs


@pytest.mark.parametrize(
    "text",
    [
        "せがれは五十二 仕事をやめてから七年 家から一歩もでません "
        "私も足が不自由になり 夫婦が倒れたらどう生きていくのか",
        "わしも八十を過ぎて足が不自由になってきた",
    ],
)
def test_an_old_writers_weak_legs_are_care(ex, text):
    fields = ex(text).fields
    assert "care" in fields
    assert "disability" not in fields


@pytest.mark.parametrize(
    "text", ["私は事故で足が不自由になりました", "私は足が不自由です。障害者手帳はとれますか"]
)
def test_legs_hurt_young_or_with_a_certificate_stay_disability(ex, text):
    assert "disability" in ex(text).fields


# ---------------------------------------------------------------- 8050 and hikikomori


@pytest.mark.parametrize(
    "text",
    [
        "せがれは四十六になりますが、もう十五年ほど部屋から出てまいりません。私ども夫婦も八十を越え足腰もよわってまいりました",
        "せがれは五十二 仕事をやめてから七年 家から一歩もでません 夫婦が倒れたらどう生きていくのか",
        "息子は五十 仕事をやめてから五年 家から出ません",
    ],
)
def test_a_middle_aged_son_shut_in_is_hikikomori_and_8050(ex, text):
    patterns = ex(text).patterns
    assert "hikikomori" in patterns
    assert "8050" in patterns


@pytest.mark.parametrize(
    "text",
    [
        "しょうがいのある娘が四十になりました。親がいなくなった後、この子はどこで暮らせばよいのか",
        "自閉症の息子が四十五になります。親がいなくなった後、この子はどうなるのか",
    ],
)
def test_a_disabled_middle_aged_child_after_the_parents_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子は今朝は部屋から出てまいりません、寝坊のようです",
        "娘が二十になりました。成人式の着物はどこで借りられますか",
        "親が死んだら私どうしよう。高校生です",
    ],
)
def test_a_late_morning_a_young_age_or_a_pupils_fear_is_no_8050(ex, text):
    patterns = ex(text).patterns
    assert "8050" not in patterns
    assert "hikikomori" not in patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が離婚して孫三人と戻ってまいりました。娘のパート代と私らの年金だけでは食べていけません",
        "娘が孫を連れて戻ってきました。娘はパートで働いておりますが、私らの年金だけでは苦しい",
    ],
)
def test_a_daughter_back_with_grandchildren_and_in_work_is_no_8050(ex, text):
    result = ex(text)
    assert "8050" not in result.patterns
    assert "child" in result.fields


def test_a_middle_aged_son_back_and_jobless_stays_8050(ex):
    assert "8050" in ex("息子(45)が孫を連れて戻ってきました。仕事もせず私の年金だのみです").patterns


# ---------------------------------------------------------------- isolation


def test_alone_with_no_one_to_rely_on_is_isolation(ex):
    text = "足腰が弱り買い物にもいけなくなりました一人暮らしで頼るものもおりません"
    assert "isolation" in ex(text).patterns


def test_no_relative_to_rely_on_alone_is_no_isolation(ex):
    assert "isolation" not in ex("頼れる親戚がいない").patterns


# ---------------------------------------------------------------- grown grandchildren


@pytest.mark.parametrize(
    "text",
    [
        "ヒキコモリの孫がおります　二十五になります",
        "孫が保育士の試験に受かりました。市の保育園の採用はございますでしょうか",
        "孫が就職いたしました。お祝いは何がよいでしょう",
        "ご近所の娘さんが十年以上も家から出ていないようです。親御さんももう八十を過ぎておられます",
    ],
)
def test_a_grown_grandchild_or_neighbours_daughter_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫がひきこもっております。中学二年です",
        "孫が小学校に入ります",
        "隣の子が夜遅くまで外にいます",
    ],
)
def test_a_young_grandchild_or_neighbours_child_stays_child(ex, text):
    assert "child" in ex(text).fields
