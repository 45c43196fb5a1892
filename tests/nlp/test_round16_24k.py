"""Round 16 (24k): a crisis-heavy blind set — a look down from a height and 「一瞬」, blood on a
blade found in a child's room, 「線路に行く」 sent and the phone not answered (polite forms), a
child writing in kana with a count of days, a child put out in the snow, a message all in
katakana; and the words that are no crisis: a denial followed by けど, self-harm stopped years
ago, a character in a novel, a pupil hit by a senior, a professional's question, an alarm that
came to nothing, money that 「kills」, an animal abused, a prescription 「大量」, homework on
young carers."""

from __future__ import annotations

import pytest


def _no_crisis(ex, text, label):  # type: ignore[no-untyped-def]
    assert label not in ex(text).crisis


# ---------------------------------------------------------------- a height and 「一瞬」


@pytest.mark.parametrize(
    "text",
    [
        "妻がベランダから下をずっと見ていて「ここからなら一瞬だね」と言った",
        "息子が屋上から下をのぞいて「一瞬やろな」ってつぶやいてた",
        "10階から飛び降りたら一瞬で終わるのかなって考えてしまう",
        "ここからなら一瞬で楽になれる気がする",
        "マンションの窓から下を見てると、一瞬で終われるんじゃないかと思う",
    ],
)
def test_a_height_and_an_instant_is_suicide(ex, text):  # type: ignore[no-untyped-def]
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ここからなら駅まで一瞬やな",
        "ベランダから下を見たら花火が一瞬だけ見えた",
        "屋上から下を見ると一瞬足がすくむ、高所恐怖症かな",
        "飛行機なら一瞬で着くのにね",
    ],
)
def test_an_instant_that_is_a_distance_is_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


# ---------------------------------------------------------------- blood on a blade


@pytest.mark.parametrize(
    "text",
    [
        "娘の部屋のゴミ箱に血のついたカミソリが捨ててありました",
        "高1の息子の机から、血が付いたカッターの刃が何枚も出てきた",
        "血のにじんだティッシュと剃刀が娘のポーチに入っていた",
        "息子の部屋にカッターの刃と血のついたティッシュがあった。本人は黙っている",
    ],
)
def test_blood_on_a_blade_found_is_self_harm(ex, text):  # type: ignore[no-untyped-def]
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "工作でカッターを使ったら指を切って血が出た",
        "カッターの刃を替えたいんですが、どこで売ってますか",
        "ひげそりのカミソリで肌が荒れて血が出ることがある",
    ],
)
def test_a_blade_or_blood_alone_is_no_self_harm(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


# ---------------------------------------------------------------- 「線路に行く」, then silence


@pytest.mark.parametrize(
    "text",
    [
        "父が「今から線路に行く」とメールしてきて、電話に出ません",
        "友人から「これから屋上に行く」とLINEが来て、既読になりません",
        "弟が「橋の上に向かってる」と送ってきて、連絡がつきません",
        "母から「海に行く、ごめん」ってメッセージ。電話がつながりません",
    ],
)
def test_going_to_a_high_place_then_no_answer_polite(ex, text):  # type: ignore[no-untyped-def]
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫は線路の点検に行っていて、電話に出ません",
        "屋上のビアガーデンに行くので電話に出られません",
        "子どもたちは海に行ってて楽しそうです",
    ],
)
def test_going_for_work_or_fun_is_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- a child's kana with days


@pytest.mark.parametrize(
    "text",
    [
        "ママ 2日かえってこない ごはんない",
        "パパが5日もかえってこない おなかすいた たべるものない",
        "おかあさん 3日いない ごはん ない",
        "ママが4日もどってこない れいぞうこ からっぽ おなかすいた",
    ],
)
def test_a_child_alone_for_days_is_abuse_and_emergency(ex, text):  # type: ignore[no-untyped-def]
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママ 2日出張でいない、パパとごはんたべた",
        "3日ぶりにママがかえってきた うれしい",
        "きょうは 2回 ごはん おかわりした",
    ],
)
def test_a_child_with_a_parent_around_is_no_abuse(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "abuse")


# ---------------------------------------------------------------- a child put out in the cold


@pytest.mark.parametrize(
    "text",
    [
        "となりの子が雪の中ベランダに裸足で出されてずっと泣いてる",
        "氷点下なのに小さい子が薄着で外に出されて泣いてます",
        "吹雪いてるのに子どもがパジャマのまま家から閉め出されてるみたい",
        "雪の夜に近所の男の子が締め出されて2時間も玄関の前で泣いてる",
    ],
)
def test_a_child_put_out_in_the_cold_is_abuse_and_emergency(ex, text):  # type: ignore[no-untyped-def]
    crisis = ex(text).crisis
    assert "abuse" in crisis
    assert "emergency" in crisis


def test_a_child_shut_out_on_a_cold_day_is_abuse(ex):  # type: ignore[no-untyped-def]
    assert "abuse" in ex("寒いのに近所の男の子がまた締め出されて玄関の前で泣いてる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもが裸足で雪の上を走り回ってて元気すぎる",
        "雪が積もったので子どもと雪だるまを作りました",
        "寒いのに息子が半袖で学校に行きたがる",
    ],
)
def test_a_child_playing_in_the_snow_is_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    crisis = ex(text).crisis
    assert "abuse" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- a message all in katakana


@pytest.mark.parametrize(
    "text",
    [
        "ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ",
        "ｵｯﾄﾆ ﾏｲﾆﾁ ﾀﾀｶﾚﾙ ｺﾜｲ",
        "オット ニ ナグラレタ タスケテ",
        "ｶﾚｼ ﾆ ｹﾗﾚﾀ",
    ],
)
def test_katakana_violence_by_a_partner_is_dv(ex, text):  # type: ignore[no-untyped-def]
    assert "dv" in ex(text).crisis


def test_katakana_suicide_words_are_read(ex):  # type: ignore[no-untyped-def]
    assert "suicide" in ex("ﾑｽｺ ｶﾞ ｼﾆﾀｲ ﾄ ｲｯﾃﾙ").crisis


@pytest.mark.parametrize(
    "text",
    [
        "ﾍﾙﾊﾟｰ ｶﾞ ｺﾅｲ",
        "ｵｯﾄ ｶﾞ ﾔｻｼｲ",
        "ｷｮｳ ﾊ ｱﾂｲ",
    ],
)
def test_katakana_without_a_crisis_is_none(ex, text):  # type: ignore[no-untyped-def]
    assert ex(text).crisis == ()


def test_katakana_care_still_found(ex):  # type: ignore[no-untyped-def]
    assert "care" in ex("ｶｲｺﾞ ﾉ ｿｳﾀﾞﾝ").fields


# ---------------------------------------------------------------- denials followed by けど


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかは全然ないけど、最近ずっと眠れない",
        "死にたいとまでは思わないけど、毎日がしんどい",
        "消えたいとかは別にないけど、仕事がつらい",
        "しにたいとかはないけど、やる気が出ない",
        "死にたいなんて思ってないけど、疲れがとれない",
    ],
)
def test_a_denial_then_another_worry_is_no_suicide(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかはないけど、消えてしまいたい",
        "死にたいとまでは思わないけど、朝が来なければいいのにと思う",
        "もう死にたい。けど子どもがいる",
    ],
)
def test_a_denial_with_another_suicide_word_stays(ex, text):  # type: ignore[no-untyped-def]
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- self-harm stopped long ago


@pytest.mark.parametrize(
    "text",
    [
        "学生の頃リストカットしてたけど、もう5年以上してません。傷を隠す方法ありますか",
        "昔リスカしてました。ここ10年はしてないです。跡を消す治療って保険きく？",
        "以前自傷してたけど、もう何年もやってない。傷あとのことで相談したい",
    ],
)
def test_self_harm_stopped_years_ago_is_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


@pytest.mark.parametrize(
    "text",
    [
        "昔リストカットしてて、もう3年してなかったのに最近また切りたくなる",
        "リスカして5年になります、今もやめられない",
        "昔リストカットしてた。最近またやってしまった",
    ],
)
def test_self_harm_come_back_stays(ex, text):  # type: ignore[no-untyped-def]
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a character in a novel


@pytest.mark.parametrize(
    "text",
    [
        "脚本で自殺を考える人物を書いています。相談窓口の対応を知りたいです",
        "漫画で自殺未遂をするキャラを描いているので、病院でどうなるか教えてください",
        "小説の中で死にたいと思う主人公を書いてます。リアルな描写にしたくて",
    ],
)
def test_a_character_being_written_is_no_crisis(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


@pytest.mark.parametrize(
    "text",
    [
        "小説で自殺を考える登場人物を書いてたら、私も死にたくなってきた",
        "漫画を描いてるけど、もう死にたい",
    ],
)
def test_the_writer_s_own_feeling_stays(ex, text):  # type: ignore[no-untyped-def]
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a pupil hit by a peer


@pytest.mark.parametrize(
    "text",
    [
        "娘が同級生に叩かれたと言って帰ってきました。学校に相談すべき？",
        "中1の息子が部活の先輩から蹴られているらしい",
        "息子がクラスメイトに殴られてけがをしました",
    ],
)
def test_a_child_hit_by_a_peer_is_child_not_abuse(ex, text):  # type: ignore[no-untyped-def]
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が父親に殴られています",
        "息子が部活の先輩に殴られた。家でも父親に叩かれている",
        "娘が継父に蹴られてあざができてる",
    ],
)
def test_a_child_hit_by_family_stays_abuse(ex, text):  # type: ignore[no-untyped-def]
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a professional's question


@pytest.mark.parametrize(
    "text",
    [
        "小学校の教員です。もし児童に虐待の疑いがあった場合の通告先を教えてください",
        "ヘルパーをしています。利用者さんへの虐待に気づいた場合の連絡の流れは？",
        "保健師です。もし虐待を疑う家庭があった場合、通告の手順を確認したいです",
    ],
)
def test_a_professional_asking_how_to_report_is_no_abuse(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "abuse")


@pytest.mark.parametrize(
    "text",
    [
        "保育士です。園児の腕にあざがあって、家で叩かれていると言っています",
        "ヘルパーをしています。利用者さんが息子さんに殴られているようです",
        "教員です。もし違ったらと迷っていますが、生徒が家で虐待されていると打ち明けてくれました",
    ],
)
def test_a_professional_telling_of_real_signs_stays_abuse(ex, text):  # type: ignore[no-untyped-def]
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- an alarm that came to nothing


@pytest.mark.parametrize(
    "text",
    [
        "父と連絡が取れなくて焦ったけど、寝てただけでした",
        "祖母が帰ってこないと思ったら、近所の家でお茶してただけだった",
        "一人暮らしの母に電話がつながらなくて心配したけど、夜に連絡がつきました",
        "兄が行方不明かと思ったら無事でした。お騒がせしました",
    ],
)
def test_an_alarm_that_came_to_nothing_is_no_emergency(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "emergency")


@pytest.mark.parametrize(
    "text",
    [
        "昨日は寝てただけでしたが、今日はまた父と連絡が取れません",
        "母と連絡が取れません。充電が切れてただけならいいけど",
    ],
)
def test_an_alarm_still_open_stays(ex, text):  # type: ignore[no-untyped-def]
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- idioms and traps


@pytest.mark.parametrize(
    "text",
    [
        "家賃に殺されそう、安い部屋ってありますか",
        "光熱費に殺されてる。冬はほんとにきつい",
        "今月は出費に殺された…",
    ],
)
def test_money_that_kills_is_no_emergency(ex, text):  # type: ignore[no-untyped-def]
    result = ex(text)
    assert "emergency" not in result.crisis


def test_a_partner_who_threatens_to_kill_stays(ex):  # type: ignore[no-untyped-def]
    assert "dv" in ex("夫に「殺すぞ」と言われて殺されるかと思った").crisis


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の猫が虐待されてるみたいです",
        "動物虐待を見かけたらどこに通報すればいい？",
        "野良犬を虐待してる人がいる",
    ],
)
def test_an_animal_abused_is_no_abuse(ex, text):  # type: ignore[no-untyped-def]
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" not in result.fields


def test_a_child_abused_beside_a_pet_stays(ex):  # type: ignore[no-untyped-def]
    assert "abuse" in ex("隣の家で子どもが虐待されてるみたい。犬もいつも吠えてる").crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が薬を大量に処方されていて、飲み間違いが心配です",
        "病院で薬を大量に出されて、飲みきれない",
        "祖母の家に薬が大量に余ってて、どう捨てればいい？",
    ],
)
def test_a_prescription_in_quantity_is_no_overdose(ex, text):  # type: ignore[no-untyped-def]
    _no_crisis(ex, text, "suicide")


@pytest.mark.parametrize(
    "text",
    [
        "薬を大量に飲んでしまった",
        "彼が薬を大量に飲んで意識がない",
    ],
)
def test_an_overdose_stays(ex, text):  # type: ignore[no-untyped-def]
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- homework on young carers


@pytest.mark.parametrize(
    "text",
    [
        "中学の宿題でヤングケアラーについて調べてます",
        "大学のレポートで8050について調べています。資料はありますか",
        "ダブルケアについて勉強しています。市の窓口を教えてください",
    ],
)
def test_homework_on_a_pattern_is_not_the_pattern(ex, text):  # type: ignore[no-untyped-def]
    result = ex(text)
    assert not result.patterns


def test_a_young_carer_writing_of_themself_stays(ex):  # type: ignore[no-untyped-def]
    assert "young_carer" in ex("私はヤングケアラーです。毎日母の介護で学校に行けない").patterns
