"""Round 34 (42e23): from a set of neighbours, teachers, landlords, co-workers and far-off
kin telling what they saw of someone else. A farewell said as sleep (おやすみ、もう起きない)
and pills laid out, posted now; a young woman at work (職場の女の子) who is no child, with a
fall given as the excuse for a bruise; money withheld among a partner's controls; a pupil
making breakfast or taking a sibling to nursery; a tenant never seen to leave the room; an
8050 talk heard at a training, a child with pay who comes to borrow, a young one with parents
in their fifties, an old couple's age; and everyday talk (a dog's barking, a pet's death, a
laughed tale before another question) that is no matter."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a farewell said as sleep


@pytest.mark.parametrize(
    "text",
    [
        "同じクラスの子がLINEのひとことを「おやすみ、もう起きない」にしてて怖い",
        "友だちから「おやすみなさい。二度と目を覚ましません」ってメッセージが",
        "娘の先輩が「永遠におやすみ」と書き込んでいるそうです",
        "バイト先の子が「永遠の眠りにつきます」ってつぶやいてた",
    ],
)
def test_a_farewell_said_as_sleep_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの子はおやすみしたら朝まで起きないので助かってます",
        "おやすみ、もう起きないで朝までぐっすり寝てね",
        "祖母は去年の冬に永遠の眠りにつきました。法要の手続きを知りたいです",
        "おやすみなさい、もう起きなかったらごめんね笑 明日は寝坊しそう",
    ],
)
def test_sleep_words_that_are_no_farewell_stay_quiet(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- pills laid out


@pytest.mark.parametrize(
    "text",
    [
        "甥が睡眠薬をずらっと並べた画像をインスタに上げてる",
        "部屋で娘が市販薬を大量に並べていました",
        "クラスの子が錠剤の山の写真を載せてた",
    ],
)
def test_pills_laid_out_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父のお薬カレンダーに一週間分の薬をたくさん並べてセットしました",
        "ドラッグストアの棚に風邪薬がずらっと並んでいて選べない",
        "薬局で薬をたくさん出してもらいました",
    ],
)
def test_pills_in_a_calendar_or_a_shop_stay_quiet(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- posted now: an emergency


@pytest.mark.parametrize(
    "text",
    [
        "近所の中学生がSNSに「おやすみ、もう起きない」と投稿してます",
        "姪がインスタに睡眠薬をいっぱい並べた写真を上げてる",
        "後輩が「今までありがとう、さよなら」ってツイートしてる",
    ],
)
def test_a_farewell_or_pills_posted_now_is_an_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達がよく「死にたい」って投稿してる",
        "去年、いとこが「さよなら」ってインスタに書いたことがあった",
        "同級生が「消えたい」って投稿してた",
    ],
)
def test_a_habit_a_past_post_or_no_farewell_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_a_farewell_in_a_posted_story_is_not_a_tale(ex):
    assert "suicide" in ex("弟がストーリーに「永遠におやすみ」って上げてた").crisis


def test_a_farewell_in_a_drama_story_stays_a_tale(ex):
    text = "ドラマのストーリーで主人公が「永遠におやすみ」って言うシーンが泣けた"
    assert "suicide" not in ex(text).crisis


def test_the_wake_inside_the_farewell_is_no_collapse(ex):
    text = "友達がSNSに薬をいっぱい並べた写真と「おやすみ、もう起きない」って載せてる"
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" not in result.fields


# ---------------------------------------------------------------- a young woman at work


@pytest.mark.parametrize(
    "text",
    [
        "職場の女の子が腕にあざを作って来た。彼氏に何かされてるのかも",
        "バイト先の後輩の女の子、顔にあざがあって旦那さんが怖いって",
        "会社の新人の男の子が最近元気ないです",
        "パートの若い子が「夫に殴られた」って泣いてた",
    ],
)
def test_a_young_one_at_work_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "アパートの子が夜中まで外にいる。親の姿がない",
        "会社の子育て支援制度って使えますか",
        "近所の女の子が夜遅くまで一人で公園にいます",
    ],
)
def test_children_not_at_work_stay_children(ex, text):
    assert "child" in ex(text).fields


def test_a_colleagues_bruise_from_her_husband_is_dv(ex):
    text = "職場の後輩の女の子が目の下にあざ。旦那さんにやられたっぽいけど本人は転んだだけって"
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


def test_a_mothers_bruise_told_as_a_fall_keeps_care(ex):
    text = "認知症の母の腕にあざがあって、本人は転んだだけって言うけど施設の人が怪しい"
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- money withheld as control


@pytest.mark.parametrize(
    "text",
    [
        "娘が旦那に携帯を全部チェックされて、お金も渡してもらえず、友達にも会わせてもらえないと",
        "夫に財布もスマホも見られて、お金もくれない。これってDVですか",
    ],
)
def test_money_withheld_among_controls_is_dv_not_hardship(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "hardship" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が生活費を渡してくれない",
        "夫にスマホを全部チェックされて、お金も渡してもらえず、子どものミルクも買えない",
    ],
)
def test_money_withheld_alone_or_with_a_want_keeps_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a pupil who keeps house


@pytest.mark.parametrize(
    "text",
    [
        "小6の担任です。お父さんが入院中で、朝ごはん作りを毎日その子がしていて遅刻が増えました",
        "中1の娘が毎朝弟を保育園に送ってから学校へ行っています",
        "小4の担任です。妹の保育園の送りをその子がしていて、遅刻が続いています",
    ],
)
def test_a_pupil_who_makes_breakfast_or_takes_a_sibling_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "朝ごはん作りが面倒で毎日パンです",
        "朝は下の子を保育園に送ってから出勤しています",
        "今日は息子が朝ごはん作りを手伝ってくれた",
    ],
)
def test_a_parents_own_breakfast_or_drop_off_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


def test_a_young_carers_parents_illness_is_health(ex):
    text = "孫(中3)が、がんで倒れた父親の身の回りの世話と家事を全部やっていて部活もやめました"
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "health" in result.fields


# ---------------------------------------------------------------- a tenant never seen out


@pytest.mark.parametrize(
    "text",
    [
        "大家です。1階の入居者の方、もう1年以上部屋から出ている気配がありません",
        "隣の息子さん、半年以上家から出た様子がないんです",
    ],
)
def test_never_seen_to_leave_for_months_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_rent_paid_by_the_parents_is_no_hardship(ex):
    text = "大家です。入居者の家賃は親御さんから毎月振り込まれています。最近姿を見ません"
    assert "hardship" not in ex(text).fields


def test_rent_paid_late_is_still_hardship(ex):
    text = "家賃は親から振り込まれるはずが、もう3か月滞納になってます"
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- 8050


@pytest.mark.parametrize(
    "text",
    [
        "町内会の研修で8050問題の話を聞きました。資料はもらえますか",
        "テレビでヤングケアラーの特集を見ました。勉強になりました",
    ],
)
def test_a_topic_heard_at_a_training_is_no_pattern(ex, text):
    result = ex(text)
    assert "8050" not in result.patterns
    assert "young_carer" not in result.patterns


def test_a_topic_heard_and_found_at_home_keeps_the_pattern(ex):
    text = "ニュースで8050問題の特集を見て、うちも同じだと思いました。兄は50で無職、母は80です"
    assert "8050" in ex(text).patterns


def test_a_child_with_pay_who_comes_to_borrow_is_no_8050(ex):
    text = "弟が競馬をやめられず、給料日前になると父に金を借りに来る。父も年金暮らしです"
    result = ex(text)
    assert "8050" not in result.patterns
    assert "hardship" in result.fields


def test_a_young_one_with_parents_in_their_fifties_is_no_8050(ex):
    text = "いとこ(24)が仕事をやめてから2年、部屋から出てこないそうです。両親はまだ50代です"
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "8050" not in result.patterns


def test_an_old_couples_age_alone_is_no_care(ex):
    text = (
        "向かいの家、80代のご夫婦と50代の息子さんの3人暮らしで、"
        "息子さんはもう何年も外で見かけません"
    )
    result = ex(text)
    assert "8050" in result.patterns
    assert "care" not in result.fields


def test_an_old_parent_who_cannot_shop_is_care_and_hunger_is_hardship(ex):
    text = (
        "民生委員です。80代の父親と50代の息子さん、息子さんは長年ひきこもり。"
        "父親が足を痛めて買い物にも行けず、食べる物にも困っているようです"
    )
    result = ex(text)
    assert "care" in result.fields
    assert "hardship" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- health and not health


def test_months_of_lost_sleep_while_caring_are_health(ex):
    text = (
        "近所の奥さん、赤ちゃんを育てながら義父の介護で夜も起こされて、もう半年まともに寝てないって"
    )
    assert "health" in ex(text).fields


def test_a_night_of_lost_sleep_while_caring_stays_care(ex):
    text = "障害のある息子の世話と母の介護で、夜もまともに寝れていません"
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "隣の工事の音がうるさくて寝不足です。苦情はどこに言えば",
        "上の階の足音で眠れない。管理会社に言うべき？",
    ],
)
def test_sleep_lost_to_noise_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_sleep_lost_to_noise_with_its_toll_is_health(ex):
    text = "隣の犬の鳴き声で眠れなくて、もう3か月。心療内科に通っています"
    assert "health" in ex(text).fields


def test_grief_at_a_pets_death_is_no_health(ex):
    text = "友達の犬が亡くなって、とても落ち込んでいます。ペットの霊園って市にありますか"
    assert "health" not in ex(text).fields


def test_grief_at_a_pets_death_with_its_toll_is_health(ex):
    text = "猫が死んでから落ち込んで、何か月も眠れず仕事も休んでいます"
    assert "health" in ex(text).fields


def test_an_injury_that_left_a_disability_is_no_health(ex):
    text = "兄が交通事故で障害が残って働けなくなり、義姉のパートだけで子ども2人を育てています"
    result = ex(text)
    assert "disability" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- everyday talk


@pytest.mark.parametrize(
    "text",
    [
        "娘の先生が「0点なら校庭10周」って言ってて娘が大笑いしてた笑 ところで図書館は何時まで？",
        "同僚が「給料日前で金欠すぎ」と僕のお菓子を食べてました笑 ところで粗大ごみの出し方を教えて",
    ],
)
def test_a_laughed_tale_before_another_question_raises_nothing(ex, text):
    assert ex(text).fields == ()


@pytest.mark.parametrize(
    "text",
    [
        "息子が学校で「死ね」と言われたらしい笑 笑えないけど、どうしたらいいですか",
        "今月金欠で家賃が払えない笑 どこに相談すればいいですか",
    ],
)
def test_a_laughed_tale_with_a_worry_keeps_its_fields(ex, text):
    assert ex(text).fields != ()


# ---------------------------------------------------------------- grown and young


def test_a_neighbours_son_with_a_grown_age_is_no_child(ex):
    text = "近所の家の娘さん(30代)がダウン症でグループホームを探しているそうです"
    result = ex(text)
    assert "disability" in result.fields
    assert "child" not in result.fields


def test_the_home_after_the_parents_is_no_hardship(ex):
    text = "知的障害のある弟のことで、両親が親亡き後の住まいを心配しています"
    assert "hardship" not in ex(text).fields


def test_a_young_woman_expecting_alone_without_work_is_hardship(ex):
    text = "姪が妊娠したけど彼氏とは別れたそうで、まだ20歳で仕事もしていません"
    result = ex(text)
    assert "child" in result.fields
    assert "hardship" in result.fields


def test_a_mother_on_leave_is_no_hardship(ex):
    text = "妊娠8か月で産休中です。今は仕事をしていないので両親学級に行けます"
    assert "hardship" not in ex(text).fields
