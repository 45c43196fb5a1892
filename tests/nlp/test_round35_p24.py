"""Round 35 (43p24): from residents of Daisen (Akita) writing as they speak. ている said
てら/でら (通ってら, 面倒みでら), だけ/では said だげ/だば, a noun's ねぇ (金ねぇ), voiced verb
stems (行げね, 叩ぎそう), 倒れだら as a worry, 死ぬがど思った as an idiom, 見でねぇば なんね; an
Akita 母ちゃん who is the writer's mother when a brother is named; a fall from the roof in the
snow; 私なんか いないほうが written with spaces; 認知の親父; a pupil who goes home to watch a
grandparent or pays the bills; a drama's character; a far-off parent alone and lonely; a single
writer who cares for both parents; an old parent's bad back after their age; grown children
at work."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- Akita forms read as standard


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("娘、障害あって施設さ通ってら。年金だげだば暮らせね", "hardship"),
        ("作業所さ通ってらども工賃だげだば足りねぇ", "hardship"),
        ("金ねぇ。米も買えね", "hardship"),
        ("中1。妹が病気で、おれが毎晩みでねぇばなんね", "young_carer"),
        ("じっちゃの世話で学校行げね日多い", "young_carer"),
        ("息子、仕事やめでがらずっと家にいで5年になる", "hikikomori"),
    ],
)
def test_akita_forms_are_read(ex, text, label):
    e = ex(text)
    assert label in e.fields + e.patterns


def test_pupil_caring_in_akita_speech_is_no_double_care(ex):
    e = ex("じっちゃの世話で学校行げね日多い")
    assert "double_care" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "じっちゃ倒れだらどうするべ。一人暮らしだ",
        "雪かぎで疲れで死ぬがど思った",
    ],
)
def test_akita_worry_or_idiom_raises_no_crisis(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "うぢの子はみんな働いでらがら心配ねぇ",
        "子どもらはみんな働いてるので関係ないけど、勉強になった",
    ],
)
def test_grown_children_at_work_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- 母ちゃん beside a brother


def test_mother_beside_a_brother_is_the_writers_mother(ex):
    e = ex("母ちゃん(82)と兄貴が二人暮らし、きのうがら母ちゃん電話さ出ねぇ")
    assert "emergency" in e.crisis
    assert "care" in e.fields


# ---------------------------------------------------------------- a voiced ending hid the word


def test_hand_raised_before_a_voiced_ending_is_abuse(ex):
    assert "abuse" in ex("2歳の息子さ手あげでしまいそうでおっかねぇ").crisis


# ---------------------------------------------------------------- a fall from the roof


@pytest.mark.parametrize(
    "text",
    [
        "じっちゃ はしごがら落ぢだ 動げね",
        "雪下ろしで屋根から落ちて動けない",
        "夫が脚立から落ちた もう動かない",
    ],
)
def test_fall_from_a_height_and_not_moving_is_an_emergency(ex, text):
    e = ex(text)
    assert "emergency" in e.crisis
    assert "health" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "スマホが棚から落ちて動かない",
        "去年の冬に屋根から落ちたけど、今はもう元気に動ける",
    ],
)
def test_a_phone_or_a_past_fall_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- 私なんか いないほうが


@pytest.mark.parametrize(
    "text",
    [
        "わたしなんか いないほうが みんな楽だべ",
        "おれなんか いねぇほうが いいんだ",
    ],
)
def test_better_without_me_written_with_spaces_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_away_this_weekend_is_no_suicide(ex):
    assert "suicide" not in ex("週末は出張でいないので、家のことは夫に頼みました").crisis


# ---------------------------------------------------------------- 認知の親父


@pytest.mark.parametrize(
    "text",
    [
        "認知の母と小学生の娘、両方みでで限界",
        "認知のばっちゃの世話、毎日くたびれる",
    ],
)
def test_ninchi_of_a_parent_is_care(ex, text):
    assert "care" in ex(text).fields


def test_acknowledging_a_child_is_no_care(ex):
    assert "care" not in ex("子の認知の手続きを知りたい").fields


# ---------------------------------------------------------------- a pupil goes home to watch


def test_pupil_going_home_to_watch_a_grandparent_is_a_young_carer(ex):
    e = ex("中2。じいちゃんが認知症で、学校終わったらまっすぐ帰って見てる")
    assert "young_carer" in e.patterns


def test_pupil_going_home_to_watch_tv_is_no_young_carer(ex):
    assert "young_carer" not in ex("学校終わったらすぐ帰ってテレビ見てる").patterns


# ---------------------------------------------------------------- a pupil pays the bills


def test_pupil_paying_the_gas_bill_for_an_ill_mother(ex):
    e = ex("中3。母さん病気で、おれのバイト代でガス代払ってる")
    assert "hardship" in e.fields
    assert "young_carer" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "高校生です。バイト代でスマホ代払ってる",
        "母のパート代で電気代払ってる",
    ],
)
def test_own_phone_bill_or_a_parents_pay_is_no_young_carer(ex, text):
    e = ex(text)
    assert "young_carer" not in e.patterns
    assert "hardship" not in e.fields


# ---------------------------------------------------------------- a drama's character


def test_character_about_to_die_in_a_film_is_no_suicide(ex):
    assert "suicide" not in ex("映画で主人公が死のうとするシーンで泣いた").crisis


def test_viewer_who_wants_to_die_too_is_suicide(ex):
    assert "suicide" in ex("ドラマで主人公が死のうとする場面見て、私も死にたくなった").crisis


# ---------------------------------------------------------------- a far-off parent alone


def test_far_off_parent_alone_and_lonely_is_isolation_not_care(ex):
    e = ex("大阪に住んでる者です。実家の父が一人暮らしで、話し相手もいないようで心配です")
    assert "isolation" in e.patterns
    assert "care" not in e.fields


def test_parent_alone_with_forgetting_keeps_care(ex):
    e = ex("一人暮らしの母が最近物忘れがひどくて、話し相手もいないようで心配")
    assert "care" in e.fields


# ---------------------------------------------------------------- a single carer of both parents


def test_single_writer_caring_for_both_parents_is_no_8050(ex):
    e = ex("私は52で独身、仕事しながら両親の介護をしてる。父85で認知症、母83")
    assert "care" in e.fields
    assert "8050" not in e.patterns


# ---------------------------------------------------------------- an old parent's bad knee


def test_old_parents_bad_knee_after_the_age_is_care_not_health(ex):
    e = ex("母88で膝悪くして歩けなくなった。父も90で認知症")
    assert "care" in e.fields
    assert "health" not in e.fields


def test_writers_own_bad_back_stays_health(ex):
    assert "health" in ex("私は腰を悪くして仕事を休んでいる").fields
