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
    assert "8050" not in ex(text).patterns


def test_a_young_one_with_parents_in_their_fifties_is_no_8050(ex):
    text = "いとこ(24)が仕事をやめてから2年、部屋から出てこないそうです。両親はまだ50代です"
    result = ex(text)
    assert "hikikomori" in result.patterns
    assert "8050" not in result.patterns
