"""Round 33 (41g22): a mixed weekday on a small city's LINE account.
An age said of the writer and the partner together (「私も主人ももう70代」) is the writer's
own, so a shut-in grown child with them is 8050 and the age alone is no care; school
children counted (「小学生2人の宿題」) are the writer's own, so with a parent's care it is
double care, not a young carer; a grade written 「小学2年」 is a child like 小2; a grown
sibling 無職 at home with no money named is the withdrawal, not hardship.
And what only looks like that: a talk by someone who once was a hikikomori; a neighbour
who does not answer a call from outside (the emergency and care, no health yet); a school
day or lesson told as a laugh or a thanks (no child-rearing matter)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an age shared with the partner


@pytest.mark.parametrize(
    "text",
    [
        "娘は38歳で10年家から出ません。私も夫ももう78歳で、この先が心配です",
        "私と主人は75歳、息子(42)はずっと部屋にこもっています",
        "息子は36歳、もう十年以上自室から出てきません。私も主人も70代で年金暮らしです",
    ],
)
def test_shut_in_child_with_parents_sharing_an_age_is_8050(ex, text):
    e = ex(text)
    assert "8050" in e.patterns
    assert "hikikomori" in e.patterns
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "私も妻も70代ですが、二人とも元気に暮らしています。粗大ごみの日を教えて",
        "私も主人も75歳、毎朝ふたりで散歩しています",
    ],
)
def test_an_old_couple_in_good_health_is_no_care(ex, text):
    e = ex(text)
    assert "care" not in e.fields
    assert "8050" not in e.patterns


def test_a_partner_growing_frail_beside_the_shared_age_is_still_care(ex):
    assert "care" in ex("私も夫も80代で、夫の足がだいぶ弱ってきました").fields


# ---------------------------------------------------------------- school children counted


@pytest.mark.parametrize(
    "text",
    [
        "義母の介護で実家に通ってます。家では小学生2人と保育園児がいて毎日バタバタ",
        "父の世話で週3回実家へ。小学生ふたりの習い事の送迎もあって休む暇がない",
        "母が要介護1になって週末は実家通い。平日は小学生2人の宿題を見ていて、もう限界です",
    ],
)
def test_counted_school_children_and_a_parents_care_is_double_care(ex, text):
    e = ex(text)
    assert "double_care" in e.patterns
    assert "young_carer" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "小学5年です。お母さんが病気なので、毎日ごはんを作って弟の宿題も見ています",
        "中2です。おばあちゃんの介護をしていて宿題をする時間がない",
    ],
)
def test_a_pupil_who_cares_is_still_a_young_carer(ex, text):
    e = ex(text)
    assert "young_carer" in e.patterns
    assert "double_care" not in e.patterns


# ---------------------------------------------------------------- a grade written 小学〇年


@pytest.mark.parametrize(
    "text",
    [
        "療育手帳の更新の手続きを知りたいです。娘は小学4年生です",
        "療育手帳はどこで申請しますか。息子は中学1年です",
        "息子は小学3年で、ADHDの診断が出ました。手帳は取れますか",
    ],
)
def test_a_disability_matter_of_a_school_child_is_child(ex, text):
    e = ex(text)
    assert "disability" in e.fields
    assert "child" in e.fields


def test_an_adult_with_the_handbook_is_no_child(ex):
    e = ex("療育手帳を持っています。30歳です。仕事を探しています")
    assert "disability" in e.fields
    assert "child" not in e.fields


# ---------------------------------------------------------------- 無職 at home, no money named


@pytest.mark.parametrize(
    "text",
    [
        "60代の両親と40代の姉が同居してて、姉はずっと無職で家にこもってる。母が最近物忘れがひどい",
        "弟は45歳で無職、もう何年も部屋から出てこない。母は78歳です",
    ],
)
def test_a_shut_in_sibling_without_work_is_no_hardship(ex, text):
    e = ex(text)
    assert "hardship" not in e.fields
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "兄は50代で無職、80の母と二人暮らし。母の年金だけでは生活が苦しい",
        "45歳、無職です。家賃が払えません",
        "無職で貯金もなくなってきた",
        "あにが むしょくで ずっと いえに いる。ははの ねんきん だけで くらしてる",
        "へやから 3ねん でてない 40さい むしょく ちょきん もう ない",
    ],
)
def test_without_work_and_money_named_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- a talk by a former hikikomori


@pytest.mark.parametrize(
    "text",
    [
        "元ひきこもりの人の講演を聞いてきました。すごく良かったです",
        "ひきこもりを経験した若者が話すイベントはいつありますか",
        "引きこもりだった方の体験談を聞く会があると聞きました。場所はどこですか",
    ],
)
def test_a_talk_by_a_former_hikikomori_is_no_pattern(ex, text):
    e = ex(text)
    assert "hikikomori" not in e.patterns
    assert "8050" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "元ひきこもりの息子がまた部屋から出なくなりました",
        "ひきこもりだった息子が最近また部屋から出なくなって、もう半年です",
    ],
)
def test_a_child_withdrawn_again_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


# ---------------------------------------------------------------- a call unanswered from outside


@pytest.mark.parametrize(
    "text",
    [
        "近所の一人暮らしのおじいさん、郵便受けがいっぱいで、チャイムを鳴らしても返事がない",
        "隣のおばあちゃん、カーテンが閉まったままで、声をかけても返事がないです",
        "向かいの一人暮らしのおばあさん、新聞が何日もたまってて、玄関で呼んでも返事がない",
    ],
)
def test_a_call_unanswered_from_outside_is_the_emergency_not_health(ex, text):
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "隣のおばあちゃんが家の中で倒れていて、呼んでも返事がない",
        "父が布団の中で呼んでも返事がない",
        "母が呼んでも反応がない。息はしてる",
    ],
)
def test_a_body_that_does_not_answer_is_health(ex, text):
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" in e.fields


# ---------------------------------------------------------------- a school day told as chat


@pytest.mark.parametrize(
    "text",
    [
        "娘の授業参観に行ってきました。楽しかったです",
        "息子の運動会、最後まで走りきって感動しました！",
        "子どもの学芸会で親子ダンスやって汗だく笑",
        "娘の学校で防災の授業があって、家族で話し合うきっかけになりました。ありがとうございました",
    ],
)
def test_a_school_day_told_as_chat_is_no_child(ex, text):
    e = ex(text)
    assert "child" not in e.fields
    assert not e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "運動会で子どもがけがをしました。どこに相談すればいいですか",
        "息子の学校の授業についていけないみたい",
        "子どもの運動会、楽しかったけど最近学校に行きたがらなくて心配です",
        "修学旅行の積立金が払えない",
    ],
)
def test_a_school_worry_is_child(ex, text):
    assert "child" in ex(text).fields
