"""Compound situations: 8050, young carers, double care, withdrawal, isolation."""

from __future__ import annotations

import pytest


def test_8050_from_ages(ex):
    assert "8050" in ex("82歳の父と52歳の長男が同居、長男は無職です").patterns
    assert "8050" in ex("息子(40代)がひきこもりで、私たちの年金頼みです").patterns


def test_middle_aged_child_without_dependency_is_not_8050(ex):
    assert ex("50代の娘が昇進しました").patterns == ()


def test_young_carer_is_a_minor_writing_about_care_or_housework(ex):
    result = ex("中学生です。母が入院中で、毎日妹の世話と家事をしています")
    assert result.writer_is_minor
    assert "young_carer" in result.patterns
    assert "child" in result.fields


def test_young_carer_in_the_family(ex):
    assert "young_carer" in ex("高校生の娘が祖父の介護を手伝っていて心配").patterns


def test_a_parent_of_a_pupil_is_not_a_minor(ex):
    result = ex("息子は中学生です。家事を手伝ってくれます")
    assert not result.writer_is_minor
    assert "young_carer" not in result.patterns


def test_double_care(ex):
    result = ex("2歳の子を育てつつ、認知症の父の介護をしています")
    assert result.patterns == ("double_care",)
    assert result.fields == ("care", "child")


def test_withdrawal_needs_time_or_idleness(ex):
    assert ex("夫は家にこもりがちです").patterns == ()
    assert ex("兄は何年も部屋から出てこない").patterns == ("hikikomori",)
    assert ex("30歳の妹が働かずに家にいる").patterns == ("hikikomori",)


def test_isolation(ex):
    assert ex("ここ数日、誰とも話していない").patterns == ("isolation",)
    assert ex("悩みを相談できる相手がいない").patterns == ("isolation",)
    assert ex("頼れる親戚がいない").patterns == ()


def test_a_middle_aged_sibling_who_stays_in_is_withdrawal_and_8050(ex):
    result = ex("40代の兄は昼夜逆転で自室にいるだけ。父はもう78です")
    assert result.patterns == ("hikikomori", "8050")
    assert "care" not in result.fields  # the father's age alone is no care need


def test_a_pupil_helping_a_grandparent_to_the_toilet_is_a_young_carer(ex):
    result = ex("小6です。学校の前におばあちゃんのトイレを手伝っています")
    assert result.patterns == ("young_carer",)
    assert result.fields == ("care", "child")


def test_no_one_listening_is_isolation(ex):
    assert ex("家族はいるけど誰も話を聞いてくれない").patterns == ("isolation",)


def test_how_long_may_come_in_the_next_sentence(ex):
    assert ex("娘は部屋から出てきません。もう3年になります").patterns == ("hikikomori",)
    assert ex("息子が家から出ない。かれこれ半年です").patterns == ("hikikomori",)
    assert ex("仕事の話をすると部屋に戻ってしまう。それがもう2年続いている").patterns == (
        "hikikomori",
    )
    assert ex("今日は家から出ない。5年ぶりの大雪だから").patterns == ()


def test_a_pupil_cooking_and_putting_siblings_to_bed_is_a_young_carer(ex):
    for text in (
        "小6です。ママが夜勤なので毎晩夕飯を作ってます",
        "中1。母が入院してて、弟たちの朝ご飯を作ってから学校に行く",
        "高2です。父が仕事で遅いので妹を寝かしつけています",
    ):
        assert "young_carer" in ex(text).patterns, text


@pytest.mark.parametrize(
    "text",
    [
        "ママ友が一人もいなくて公園に行くのがつらい",
        "転勤してきて頼れる人がいない",
        "夜になると話し相手がほしくなる",
        "友達がほしいけど、どうしたらいいかわからない",
    ],
)
def test_no_friends_or_wanting_someone_to_talk_to_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns
