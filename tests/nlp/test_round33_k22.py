"""Round 33 (41k22): a pupil who watches a disabled sibling all night (young carer); a
school event asked about (運動会, 授業参観: child); a carer who has herself become unable
to sleep (私のほうが眠れなくなった: health).
And what only looks like that: deadlines piling up 「死ぬ〜」; a past 「死にたい」 thanked
for now that it is over; a cat that hides under the bed; going to a festival with a
grandchild; thanks for help from the years of caring for one now dead; a pregnancy with
no money for the clinic (no illness of the writer's); a brother who shouts 「年金よこせ」
at an old mother (elder abuse, but no 8050 said)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a pupil up all night


@pytest.mark.parametrize(
    "text",
    [
        "中3です。妹に障害があって、母が夜勤の日は私が一晩中見てます",
        "高1です。弟が重い障害で、親が仕事の夜はうちが朝まで見てる。学校で寝ちゃう",
        "中2。障害のある兄を、親がいない夜は僕が夜通し見てます。宿題できない",
    ],
)
def test_pupil_watching_a_sibling_all_night_is_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "昨日は一晩中映画を見てました",
        "私が朝まで見てたのはドラマの録画です",
    ],
)
def test_watching_a_film_all_night_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- school events


@pytest.mark.parametrize(
    "text",
    [
        "運動会って保護者も参加できますか？",
        "授業参観の日は何時に学校に行けばいいですか",
        "保護者会っていつあるんでしょうか。子どもの担任の先生に聞きそびれて",
    ],
)
def test_school_event_is_child(ex, text):
    assert "child" in ex(text).fields


def test_town_sports_day_is_no_child(ex):
    assert "child" not in ex("町内の運動会の会場はどこですか").fields


# ---------------------------------------------------------------- the carer's own sleep


@pytest.mark.parametrize(
    "text",
    [
        "父の介護で疲れて、私のほうが眠れなくなってしまいました",
        "母の介護が続いて、最近は私まで眠れなくなってきた",
        "認知症の夫の世話で、自分が眠れなくなりました",
    ],
)
def test_carer_become_sleepless_is_health(ex, text):
    result = ex(text)
    assert "health" in result.fields
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夜中に祖母が出て行こうとするので、見張っていてこっちが寝られません",
        "母の介護で夜中に何度も起こされて寝不足です",
    ],
)
def test_sleep_lost_to_night_care_stays_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- 死ぬ〜 over deadlines


@pytest.mark.parametrize(
    "text",
    [
        "レポートの締め切り3つ重なってて死ぬ〜",
        "課題たまりすぎてて死ぬー",
        "テスト前でバイトのシフトも入ってて死にそう〜笑",
        "眠くて死ぬ〜",
    ],
)
def test_deadlines_death_stretched_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "レポートも出せなかったし、もう死ぬしかない",
        "締め切りに追われて、もう死にたい",
        "死ぬ〜",
    ],
)
def test_real_death_wish_near_deadlines_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a past 死にたい thanked


@pytest.mark.parametrize(
    "text",
    [
        "以前「死にたい」と相談した者です。今は落ち着いて毎日過ごせています。ありがとうございました",
        "去年ここに「消えたい」ってLINEした者です。おかげで今は学校に行けてます",
    ],
)
def test_past_death_wish_thanked_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "前に「死にたい」って相談した者です。今はまた死にたい気持ちが強くなってます",
        "前に「死にたい」って相談した者です。やっぱりまだ死にたいです",
        "前に「死にたい」って相談した者です。",
    ],
)
def test_past_death_wish_back_again_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- pets, grandchildren, thanks


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫がベッドの下に引きこもって出てこない",
        "犬がソファの裏に隠れて出てこないんですが、夜間の動物病院ってありますか",
    ],
)
def test_pet_hiding_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "hikikomori" not in result.patterns


def test_writer_who_cannot_leave_bed_stays_health(ex):
    assert "health" in ex("朝になってもベッドから出られない").fields


@pytest.mark.parametrize(
    "text",
    [
        "花火大会はいつですか。孫と行きたいと思って",
        "秋祭りに孫を連れて行きたいんですが、駐車場はありますか",
    ],
)
def test_outing_with_grandchild_is_no_child(ex, text):
    assert "child" not in ex(text).fields


def test_grandchild_with_bruises_stays_child(ex):
    assert "child" in ex("孫と出かけたら腕にあざがたくさんあって心配です").fields


@pytest.mark.parametrize(
    "text",
    [
        "父は先月亡くなりました。介護していた頃はいろいろとお世話になりました",
        "母を介護してた時は本当に助けてもらって感謝しています。母は春に旅立ちました",
    ],
)
def test_thanks_for_past_care_is_no_care(ex, text):
    assert "care" not in ex(text).fields


def test_past_care_then_new_dementia_stays_care(ex):
    text = "介護していた頃はお世話になりました。今度は夫が認知症と言われました"
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- pregnancy and the clinic


@pytest.mark.parametrize(
    "text",
    [
        "妊娠したけどお金がなくて病院に行けてない",
        "妊娠してるのに健診に行けてません。お金がなくて",
    ],
)
def test_pregnant_without_clinic_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "child" in result.fields


def test_pregnant_and_ill_stays_health(ex):
    assert "health" in ex("妊娠中だけどうつがひどくて何もできない").fields


# ---------------------------------------------------------------- a stroke's signs now


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが急にろれつが回らなくなって左手が動かないみたい、救急車呼んだほうがいい？",
        "祖母が急に右手が動かなくなった。救急車呼ぶべき？",
        "80のばあちゃんが今朝から左足が動かないって言ってる、どうしよう",
    ],
)
def test_stroke_signs_of_an_old_person_are_health_not_care(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields
    assert "care" not in result.fields


def test_stroke_signs_with_dementia_keep_care(ex):
    result = ex("認知症の祖母が急に右手が動かなくなって、ろれつも回らない")
    assert "emergency" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "おばあちゃんが急に顔がゆがんで言葉が出てこない",
        "父が突然口元が垂れてしゃべりにくそうにしてる",
    ],
)
def test_face_drooping_suddenly_is_emergency(ex, text):
    result = ex(text)
    assert "emergency" in result.crisis
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが急に顔をゆがめて泣き出した",
        "さっき顔がゆがんで笑ってた",
        "急に顔がゆがむほど痛い虫歯",
    ],
)
def test_face_twisted_in_a_laugh_or_pain_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 「年金よこせ」


@pytest.mark.parametrize(
    "text",
    [
        "弟が「年金よこせ」って80の父を怒鳴ってるのを見た",
        "50の息子が「年金よこせ」と怒鳴る",
        "息子に「年金出せ」と言われて怖い",
    ],
)
def test_pension_demanded_of_an_old_parent_is_abuse_not_8050(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "8050" not in result.patterns


def test_pension_demanded_by_a_shut_in_son_stays_8050(ex):
    result = ex("50の息子がもう10年家から出ず働かず、「年金よこせ」と怒鳴る")
    assert "abuse" in result.crisis
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    ["年金出せるかどうか確認したい", "年金を出せる書類はどこでもらえますか"],
)
def test_pension_paperwork_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis
