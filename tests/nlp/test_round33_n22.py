"""Round 33 (41n22): a parent's care named beside the writer's own job (「母の介護と自分の
仕事で手一杯」) stays care; a pupil whose sister's meals and bath are 「毎日わたし」 is a
young carer; an old parent's 老後 (「親も70半ばなので老後のことで」) is care; a child's
morning stomach ache before staying home (「朝になるとお腹が痛いと言って休む」) is the
child's matter, not health; a writer on parental leave with a baby who visits a parent in
hospital every day is double care; 「誰か相談にのってくれんか」 asks for help and is not
isolation; debts or a pregnancy kept from the family
(「借金が…家族にも言えない」) are a secret, not isolation; an older relative's hearing going
beside a care need (「じいちゃんの耳が遠くなって、物忘れも」) is care, not health.
And what only looks like that: work in care (介護の仕事をしています); an adult who does
the house herself; a parent's age without their old age; an adult who stays off work with
a stomach ache; a hospital visit without a baby; 「誰にも相談できない」 (still isolation)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- care beside own job


@pytest.mark.parametrize(
    "text",
    [
        "父の介護と自分の仕事でいっぱいいっぱいです",
        "母の介護と私のパートで毎日くたくた",
        "義母の介護や自分の仕事で休む暇がありません",
    ],
)
def test_care_beside_own_job_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護の仕事をしていますが転職を考えています",
        "老人ホームで働いていて腰が痛いです",
    ],
)
def test_care_work_is_not_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- young carer: 毎日わたし


@pytest.mark.parametrize(
    "text",
    [
        "中1です。弟のごはんとお風呂はいつもわたし。宿題する時間がない",
        "高2です。親が帰り遅いから妹の夕飯は毎日私です",
        "小6です。弟たちのお迎えとごはんは毎日ぼくがやってる",
    ],
)
def test_pupil_who_feeds_siblings_is_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です。妹のごはんの好き嫌いが多くて困ってます",
        "中2です。今日のごはんはカレーでした",
    ],
)
def test_pupil_fed_by_others_is_not_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- an old parent's 老後


@pytest.mark.parametrize(
    "text",
    [
        "母も80過ぎなので、老後のことを相談したいです",
        "両親とも70代後半になり、この先の老後が心配です",
        "父は75歳です。老後のことで相談にのってもらえますか",
    ],
)
def test_old_parents_later_life_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "自分の老後のお金が心配です",
        "親は50代で元気です",
    ],
)
def test_own_later_life_or_young_parent_is_not_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- morning stomach ache


@pytest.mark.parametrize(
    "text",
    [
        "小3の息子が、朝になるとお腹が痛いと言って休みます",
        "娘が毎朝「頭が痛い」って言って休んでしまいます。中学2年です",
    ],
)
def test_childs_morning_ache_is_not_health(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が毎朝お腹が痛いと言って仕事を休みます",
        "最近ずっとお腹が痛いです",
    ],
)
def test_adults_ache_is_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- baby and a parent in hospital


@pytest.mark.parametrize(
    "text",
    [
        "産休中なのに父が倒れて入院。赤ちゃん連れて毎日病院に通っています",
        "育休中に義母が手術で入院。赤ちゃんを抱っこして毎日お見舞いに行ってます",
        "生後3か月の赤ちゃんがいるのに、母ががんで入院して看病をしています",
    ],
)
def test_baby_and_parent_in_hospital_is_double_care(ex, text):
    assert "double_care" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "母が入院したので毎日病院に通っています",
        "赤ちゃんが熱を出して毎日病院に通っています",
    ],
)
def test_only_one_side_is_not_double_care(ex, text):
    assert "double_care" not in ex(text).patterns


# ---------------------------------------------------------------- someone asked for


@pytest.mark.parametrize(
    "text",
    [
        "引きこもりの息子のことで、誰か相談にのってくれませんか",
        "誰か話を聞いてくれないかな。家計のことで悩んでいます",
    ],
)
def test_someone_asked_for_is_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "誰にも相談できないまま一人で抱えています",
        "誰も頼れる人がいない",
    ],
)
def test_no_one_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- a matter kept from family


@pytest.mark.parametrize(
    "text",
    [
        "リボの支払いが膨らんで家族にも話せない",
        "パチンコで借りたお金が返せなくて、家族には言えません",
        "会社をクビになったこと、まだ家族に言えない",
    ],
)
def test_matter_kept_from_family_is_not_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "家族にも友達にも相談できない",
        "借金のことを家族にも話せないし、ずっと一人で抱えてる",
        "家族にも話せない。毎日がつらい",
    ],
)
def test_no_one_in_the_family_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- an elder's hearing in care


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんの耳が遠くなって、同じ話ばかりするようになった",
        "母は耳が遠くなって、認知症も進んできました",
    ],
)
def test_elders_hearing_beside_care_need_is_care_only(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "耳が遠くなって、母の介護もつらい",
        "85歳の父の耳が遠くなってきた",
    ],
)
def test_own_hearing_or_age_alone_stays_health(ex, text):
    assert "health" in ex(text).fields
