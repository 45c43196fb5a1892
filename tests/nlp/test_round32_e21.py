"""Round 32 (40e21): a note on a door (「もう疲れました」) then no answer (suicide),
「早く死んでくれ」 said to the writer (abuse by others, not the writer's suicide), a
bruise told in the sentence after a partner's blow (DV, not child abuse), a child's home
with two signs of neglect (ごみだらけ, 毎日カップラーメン, ママずっと寝てる, 学校に行って
いない), a body that will not move on some days (health). And what is not that: a shop
or builder's 「ご迷惑をおかけしました」 notice, a mortgage application (ローンの審査),
「ひとりで暮らしていけるか」 without money, an older relative settled in a home, 「何科」
for a developmental worry, a job quit long ago by the one who stays in, children named
only as the household, a childminder's leaflet request, a university report."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a farewell note, no answer


@pytest.mark.parametrize(
    "text",
    [
        "大家です。入居者の部屋のドアに「もう疲れました」と書いた紙が貼ってあって、ノックしても返事がありません",
        "弟の部屋に「今までありがとう、さようなら」と書いたメモが置いてあって、電話もつながりません",
        "母のアパートに行ったら「もう限界です」って書いた紙がテーブルにあって、母がいなくなってました",
        "隣の人の玄関に「ご迷惑をおかけしました。もう疲れました」という張り紙。チャイムにも反応がない",
    ],
)
def test_farewell_note_then_no_answer_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "工事の人が「ご迷惑をおかけしました」と書いた紙を貼っていきました。騒音の苦情はどこに言えば",
        "隣の人が「お世話になりました」と書いた紙をポストに入れて引っ越していきました",
        "お店のシャッターに「長い間ありがとうございました」と書いた紙が貼ってありました",
    ],
)
def test_shop_or_moving_notice_is_not_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 「死んでくれ」 said to the writer


@pytest.mark.parametrize(
    "text",
    [
        "83歳です。嫁に毎日「早く死んでくれ」と言われ、ごはんも私の分だけ作ってもらえません",
        "同居の息子に「さっさと死んでほしい」って言われます",
        "娘から「死ねばいいのに」と何度も言われて、つらいです",
        "父に「はよ死んでくれ」と怒鳴られる",
    ],
)
def test_told_to_die_is_not_the_writers_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "嫁に「死んでくれ」と言われて、もう本当に死にたいです",
        "「早く死んでほしい」と言われ続けて、消えたいと思うようになりました",
    ],
)
def test_told_to_die_and_wishing_to_die_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- the bruise after a partner's blow


@pytest.mark.parametrize(
    "text",
    [
        "息子の小学校のことで相談です。夫は機嫌が悪いと私の髪をつかんで壁に押しつけてきます。"
        "昨日も顔にあざができてしまいました",
        "娘の保育園のことで相談です。旦那に昨日も殴られました。腕にあざが残っています",
    ],
)
def test_bruise_after_partners_blow_is_dv_not_abuse(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が息子を叩きました。息子の腕にあざができています",
        "夫が機嫌が悪いと子どもを突き飛ばします。子どもの背中にあざがありました",
    ],
)
def test_bruise_on_a_child_stays_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a child's home unkept


@pytest.mark.parametrize(
    "text",
    [
        "妹がシングルで小学生の甥を育てています。家の中はごみだらけで、甥に聞くと「ママずっと寝てる」"
        "と言います",
        "近所の小学生の子、ごはんは毎日カップラーメンだって。もう2週間学校に行っていないみたい",
        "姪(小3)の家に行ったら部屋がゴミだらけで、姪は「ごはんはいつもお菓子」と言っていました",
        "孫の話では、お母さんは一日中寝てるし、ごはんは毎日カップ麺だそうです。孫は小学2年です",
        "ままがずっとねてて、ごはんはまいにちカップラーメン。しょうがく3ねん",
        "母がうつで一日中寝ていて、子どもたちのご飯は毎日カップ麺です",
    ],
)
def test_two_signs_of_neglect_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夏休みは子どもの昼ごはんが毎日カップラーメンになってしまいます。部屋も散らかり放題です",
        "小学生の息子の部屋がゴミだらけで片付けません。どう声をかければいいですか",
        "一人暮らしで、ごはんは毎日カップラーメン、部屋もゴミだらけです",
        "38歳の息子が部屋から出てこず、部屋はゴミだらけで、ごはんは毎日カップ麺です",
    ],
)
def test_one_sign_a_busy_spell_or_a_grown_son_is_not_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_parent_in_bed_all_day_is_health(ex):
    text = "甥はここ2週間学校に行っていません。甥に聞くと「ママずっと寝てる」と言います"
    result = ex(text)
    assert "abuse" in result.crisis
    assert "health" in result.fields


# ---------------------------------------------------------------- a body that will not move


@pytest.mark.parametrize(
    "text",
    [
        "最近は下の子が泣いていても体が動かない日があって、自分でも大丈夫かなと思います",
        "からだが動かない日が増えて、家事ができません",
        "仕事の日の朝、体が動かない時があります",
    ],
)
def test_body_that_will_not_move_some_days_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- not hardship


@pytest.mark.parametrize(
    "text",
    [
        "住宅ローンの審査で納税証明書がいるんですが、どこで取れますか",
        "家を建てるのでローンを組みたいのですが、所得証明はどこでもらえますか",
        "車のローンの申し込みに住民票が必要です",
    ],
)
def test_mortgage_application_is_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "住宅ローンが払えなくなりそうです",
        "ローンの審査に落ちて、今のアパートの家賃も払えません",
    ],
)
def test_mortgage_unpaid_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "統合失調症で作業所に通っています。この先ひとりで暮らしていけるか不安です",
        "障害があって、親がいなくなったら一人で生活していけるのか心配です",
    ],
)
def test_living_alone_ability_is_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年金だけで暮らしていけるか不安です",
        "パート代だけで生活していけるのか心配です",
    ],
)
def test_living_on_little_money_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "70代の両親と40代の兄のことです。兄は仕事をやめて以来15年自室にこもっていて、父が要介護になりました",
        "息子は会社を辞めてから10年、部屋にこもっています",
    ],
)
def test_job_quit_long_ago_by_the_shut_in_is_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_job_quit_with_money_named_stays_hardship(ex):
    text = "息子は会社を辞めてから10年部屋にこもっていて、私の年金だけでは生活費が足りません"
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "会社が倒産して失業保険も切れました。妻と子ども2人がいて、家のローンもまだ残ってます",
        "リストラされました。嫁と子が3人おるのに貯金もありません",
    ],
)
def test_children_named_as_household_are_not_child(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "child" not in result.fields


def test_children_with_their_school_stay_child(ex):
    text = "妻と子ども2人がいて、上の子が不登校です。家賃も払えません"
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- not care, not health, no field


@pytest.mark.parametrize(
    "text",
    [
        "80歳の叔母が施設に入ってもう3年、今は穏やかに過ごしています。叔母の家が空き家になっているので相談できますか",
        "祖母がホームに入って、今は元気に暮らしています。祖母の家の固定資産税について聞きたいです",
    ],
)
def test_relative_settled_in_a_home_is_not_care(ex, text):
    assert "care" not in ex(text).fields


def test_relative_in_a_home_but_worse_stays_care(ex):
    assert "care" in ex("母が施設に入ってから認知症が進んで、介護のことで相談です").fields


@pytest.mark.parametrize(
    "text",
    [
        "担任から、息子が授業中座っていられないと言われました。ADHDかもって。病院は何科に行けばいいですか",
        "娘に発達の遅れがあるかもしれません。何科を受診すればいいですか",
    ],
)
def test_developmental_worry_which_department_is_not_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields


def test_headache_which_department_is_health(ex):
    assert "health" in ex("頭痛が続いています。何科に行けばいいですか").fields


@pytest.mark.parametrize(
    "text",
    [
        "保育士です。職場で配る子育て支援センターのチラシを何部かいただくことはできますか",
        "民生委員です。地区で配る認知症の家族会の案内を何部かいただけますか",
    ],
)
def test_job_then_leaflets_is_no_field(ex, text):
    assert ex(text).fields == ()


def test_job_then_own_trouble_keeps_field(ex):
    assert "child" in ex("保育士です。自分の子が不登校で困っています").fields


@pytest.mark.parametrize(
    "text",
    [
        "大学のレポートで、ひきこもり支援について調べています。市の取り組みを教えていただけますか",
        "卒論でヤングケアラーについて調べています。市の支援策を知りたいです",
    ],
)
def test_university_report_on_a_service_is_no_pattern(ex, text):
    result = ex(text)
    assert result.patterns == ()
    assert result.fields == ()


def test_own_withdrawal_beside_a_report_is_kept(ex):
    text = "大学のレポートでひきこもり支援について調べていますが、実は自分も半年家から出られません"
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- an old writer's legs and errands


@pytest.mark.parametrize(
    "text",
    [
        "78歳で一人暮らしです。膝が悪くて買い物にもなかなか出られず、誰とも話していません",
        "わしは82です。わしも足が悪うなって買い物にも行けんようになった",
        "私は85歳です。腰が悪くてゴミ出しにも行けません",
    ],
)
def test_old_writers_legs_and_errands_are_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "うちも足腰が悪くて、買い物もままならんのよ",
        "私は80歳です。膝が悪くて、夫の介護がつらいです",
        "私は79歳で、心臓が悪くて買い物にも行けません",
    ],
)
def test_no_age_a_carer_or_an_illness_keeps_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- someone else's exhaustion as seen


@pytest.mark.parametrize(
    "text",
    [
        "担当地区のご主人が、寝たきりの奥さんの介護に疲れ果てた様子でした",
        "近所のおじいさんが、奥さんの介護に疲れ切った様子です",
        "隣のお母さんが、育児に疲れ果てた顔をしていました",
    ],
)
def test_someone_elses_exhaustion_as_seen_is_not_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父の介護で心身ともに疲れ果てた",
        "介護で疲れ果てて、毎朝ひどい顔です",
    ],
)
def test_the_writers_own_exhaustion_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- 「死んでくれ」 from a partner


@pytest.mark.parametrize(
    "text",
    [
        "夫に「お前なんか早く死んでくれ」と毎日言われます",
        "彼氏から「死んでほしい」って何度も言われる",
    ],
)
def test_partner_says_die_is_dv_not_suicide(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "suicide" not in result.crisis


def test_in_law_says_die_is_not_suicide(ex):
    assert "suicide" not in ex("義母に「はよ死んでくれたらええのに」と言われる").crisis
