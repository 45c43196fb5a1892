"""Round 35 (43t24): an ordinary day's messages (set T24), the families behind its misses.

- money that vanished (給料がほとんど溶けた, 貯金が一瞬で飛んだ), school or lesson fees too high
  to keep up (塾代が高すぎて通わせられない), a flat that cannot be found (住める部屋が見つからない)
  are hardship; sleeping pills or pain killers that do not work are health;
- a pension date or form asked about (年金の支給日だけ知りたい) and quitting only wondered about
  (辞めるしかないのかな) are no hardship;
- dementia looked after by another with 'we are fine', a disabled writer's own home help and
  the failing legs of the old parent of an 8050 household are no care (or no health);
- a trailing grade in brackets (…(中2)) is the writer's own; skipping school to watch a sibling
  is young care; a parent's school run for a disabled child beside an old parent's care is
  double care, not young care.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- money that vanished


@pytest.mark.parametrize(
    "text",
    [
        "スロットで給料がほとんど溶けた",
        "競馬で貯金が一瞬で飛んだ。どうしよう",
        "今月も生活費ぜんぶ消えちゃった",
        "ボーナス全額消えました",
    ],
)
def test_money_that_vanished_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "給料日前は消えたいくらい憂うつ",
        "貯金のことで不安が消えた、ありがとう",
        "年金の記録が消えた問題のニュースを見た",
    ],
)
def test_vanishing_said_of_no_money_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- fees and flats


@pytest.mark.parametrize(
    "text",
    [
        "塾代が高すぎて通わせられない",
        "習い事の月謝が高くて続けられそうにない",
        "施設の費用が高くて払えない",
        "子どもの学費がかさんで苦しい",
    ],
)
def test_fees_too_high_to_keep_up_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "塾の費用って高いですか",
        "費用が高くても続けたいと息子が言うので通わせます",
    ],
)
def test_a_fee_asked_about_or_gladly_paid_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ペットと住める部屋がなかなか見つからない",
        "高齢だからか物件がどこも借りられない",
        "引っ越し先が全然みつからなくて困ってる",
        "住むところが見つからん",
    ],
)
def test_no_flat_to_be_found_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["アパートの鍵が見つからない", "いい物件が見つかりました。ありがとうございます"],
)
def test_a_lost_key_or_a_flat_found_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- medicine that does not work


@pytest.mark.parametrize(
    "text",
    [
        "眠剤を変えてもらったけど効かない",
        "痛み止めがもう効かなくなってきた",
        "安定剤ぜんぜん効いてない気がする",
    ],
)
def test_medicine_that_does_not_work_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_pesticide_that_does_not_work_is_no_health(ex):
    assert "health" not in ex("虫よけスプレーが全然効かない").fields


# ---------------------------------------------------------------- no hardship


@pytest.mark.parametrize(
    "text",
    [
        "年金の支給日だけ知りたいです",
        "年金の手続きだけ教えてください",
        "パートと介護の両立がきつくて、仕事やめるしかないのかなと考えてます",
        "子どもの送り迎えで職場に迷惑かけてて、辞めるしかないのかな",
    ],
)
def test_a_pension_date_or_quitting_wondered_about_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年金だけで暮らしていて、もう限界です",
        "仕事を辞めたらお金が足りない",
        "会社をクビになった",
    ],
)
def test_a_pension_alone_or_a_job_lost_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- no care


@pytest.mark.parametrize(
    "text",
    [
        "父の認知症は姉が見てるので、私は大丈夫です。自治会の集金の件で連絡しました",
        "祖父の介護は叔母がやってくれてるから、うちは問題ないです",
    ],
)
def test_care_done_by_another_and_we_are_fine_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の認知症は私が見てるけど、もう限界です",
        "祖母の認知症がひどくなって、姉がみてるけど大変そう",
        "祖母の認知症は母がみてるので大丈夫かな。母も疲れてるみたい",
        "父の認知症は姉が見てるから心配ないと思ってたら、姉が入院した",
    ],
)
def test_care_told_as_hard_stays_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "療育手帳B2で、ヘルパーさん頼めますか",
        "統合失調症で一人暮らし、ヘルパーさんを使いたい",
    ],
)
def test_a_disabled_writers_own_helper_is_no_care(ex, text):
    fields = ex(text).fields
    assert "care" not in fields
    assert "disability" in fields


def test_a_helper_for_an_old_mother_stays_care(ex):
    assert "care" in ex("母(82)は身体の手帳があって、ヘルパーさんを頼みたい").fields


@pytest.mark.parametrize(
    "text",
    [
        "80の母です。50の娘が仕事をやめてから10年家から出ません。私も膝が弱ってきて、先が心配",
        "私は78歳です。55の息子が何年も部屋にこもっとる。わしも足腰が弱うなってきた",
    ],
)
def test_an_8050_parents_own_failing_legs_are_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "私も腰が悪くなって、夫の介護がつらい",
        "80の母です。50の娘と二人暮らし。私も心臓が悪くなって入院しました",
    ],
)
def test_a_carers_back_or_an_illness_named_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- young carers


@pytest.mark.parametrize(
    "text",
    [
        "母がうつで寝てて、わたしが学校休んで妹を見てる(中2)",
        "学校を早退しておばあちゃんに付き添うことがある(高1)",
    ],
)
def test_school_skipped_to_watch_family_is_young_care(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert result.writer_is_minor


@pytest.mark.parametrize("text", ["息子(中3)が不登校です", "弟(小5)の宿題を見てあげてる母です"])
def test_a_bracketed_grade_after_a_kin_word_is_not_the_writer(ex, text):
    assert not ex(text).writer_is_minor


@pytest.mark.parametrize(
    "text",
    [
        "小2の娘が自閉症で、支援学級の送り迎えは全部私。そのうえ父の介護も始まった",
        "小3の息子が発達障害で放課後デイに通ってる。送迎は私。実家の母も認知症が進んで、週2で通ってます",
    ],
)
def test_a_parents_school_run_beside_an_old_parents_care_is_double_care(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns
    assert "double_care" in result.patterns


def test_a_school_child_who_does_the_chores_stays_young_care(ex):
    result = ex("中2の娘が毎日ばあちゃんのご飯を作って、薬の管理もしてくれてる")
    assert "young_carer" in result.patterns
