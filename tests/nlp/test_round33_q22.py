"""Round 33 (41q22): what the Q22 set missed. Being blamed for seeing friends, with the phone
checked every night, and no one named (a partner's control: DV); a forty-something out of
work who only goes out at night (hikikomori); a writer in their seventies, widowed, alone and
with no one to talk to (isolation, not care).
And what only looks like that: a joke that denies debt (「借金で回らないわけではない」); care
that ended last year (今はもう大丈夫); a job that does not last told beside 就労移行 (the
disability matter, no hardship); a parent down after a child's check-up (the child's
development, not the parent's health); a pupil's strict parent; going out only at night for
the heat or a night shift; 80 or more, or a need for help, alone (still care)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- control with no one named


@pytest.mark.parametrize(
    "text",
    [
        "友達と遊んで帰ると何時間も責められて、携帯も毎日チェックされる。私がおかしいの？",
        "実家に連絡しただけで怒鳴られて、LINEも全部見られます",
        "スマホを毎晩チェックされて、友達と会ったら問い詰められる",
        "同僚と飲みに行くとキレられて、ケータイも見せろと言われます",
    ],
)
def test_blamed_for_friends_and_phone_checked_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友達と会うと怒鳴られて、スマホもチェックされる。中2です",
        "友達と遊びに行ったら親にめっちゃ怒鳴られた。スマホも見られた",
        "友達と会うのは好きです。スマホのチェックは毎朝してます",
        "友達と会うと先生に怒鳴られて、スマホもチェックされた",
    ],
)
def test_a_pupils_strict_elders_or_own_phone_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- out only at night


@pytest.mark.parametrize(
    "text",
    [
        "30代の息子、仕事を辞めてから外に出るのは夜中のコンビニくらいです",
        "兄はもう何年も夜しか外に出ない",
        "40代で無職です。外に出るのは深夜だけ",
    ],
)
def test_out_only_at_night_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "夏は暑いので外に出るのは夜だけにしてます",
        "夜勤なので外に出るのは夜だけ",
        "日焼けしたくないから外に出るのは夜くらい",
    ],
)
def test_out_at_night_for_heat_or_work_is_no_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- seventies, alone, lonely


@pytest.mark.parametrize(
    "text",
    [
        "妻に先立たれて話す人がいません。78歳の一人暮らしです",
        "夫を亡くして一人です。話し相手もいない。76歳",
        "主人が亡くなってから誰とも話さない。77歳、ひとり暮らしです",
    ],
)
def test_seventies_alone_and_lonely_is_isolation_not_care(ex, text):
    e = ex(text)
    assert "isolation" in e.patterns
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "82歳の一人暮らしで、話し相手もいない",
        "76歳一人暮らし、足が悪くて買い物に行けず誰とも話さない",
        "76歳、一人暮らし。夫は施設にいて、話す人がいない",
    ],
)
def test_eighty_or_a_need_or_a_spouse_in_care_alone_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- denials and what has ended


@pytest.mark.parametrize(
    "text",
    [
        "肩こりがひどい（借金で首が回らないわけじゃないです笑）",
        "お金に困っているわけではないのですが、息子の進学のことで相談です",
    ],
)
def test_money_trouble_denied_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


def test_debt_itself_is_hardship(ex):
    assert "hardship" in ex("借金で首が回らない").fields


@pytest.mark.parametrize(
    "text",
    [
        "母は昨年まで祖父を介護していましたが、祖父は施設に入ったので今はもう落ち着いています。"
        "相談は私の不眠のことです",
        "去年まで義母の世話をしてたけど、今はもう大丈夫です。相談は自分の腰痛のことで",
    ],
)
def test_care_that_has_ended_is_no_care(ex, text):
    e = ex(text)
    assert "care" not in e.fields
    assert "health" in e.fields


def test_care_ended_but_a_new_need_is_care(ex):
    text = "去年まで父を介護していましたが今はもう大丈夫。でも最近母も物忘れがひどくて"
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- disability work, check-ups


@pytest.mark.parametrize(
    "text",
    [
        "発達障害があって仕事が長続きしない。就労移行支援を使いたい",
        "ADHDで仕事が続かないので、就労継続支援B型ってどうなんでしょう",
    ],
)
def test_work_not_lasting_beside_disability_work_is_no_hardship(ex, text):
    e = ex(text)
    assert "disability" in e.fields
    assert "hardship" not in e.fields


def test_work_not_lasting_and_rent_is_hardship(ex):
    assert "hardship" in ex("仕事が続かなくて家賃が払えない").fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳児健診で発達がゆっくりと言われて落ち込んでます",
        "1歳半検診で言葉が少ないって言われて、へこんでます",
    ],
)
def test_down_after_a_childs_check_up_is_the_child_not_health(ex, text):
    e = ex(text)
    assert "child" in e.fields
    assert "health" not in e.fields


def test_lasting_low_mood_is_health(ex):
    assert "health" in ex("最近ずっと落ち込んでて眠れない").fields
