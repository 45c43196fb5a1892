"""Round 37 (44g25): dev's mix of residents, families, neighbours and young people (set G25),
the families behind its misses.

- A blow typed in kana without conversion (「ついてが出てしまいました」「母にてがでてしまった」, for
  つい手が出た) is the writer's own violence: at a cared-for elder or a child it is abuse; kana
  について (about) stays nothing.
- A parent who goes out every night (「夜になると親がいなくなる」「毎晩ママがいなくなって」) is a
  parent away, not someone missing now: no emergency; told by a child, neglect (abuse). A
  relative who went missing today stays an emergency.
- A child who looks after a grandparent and grows sleepy at school (「学校でねむくなる」
  「授業中にねちゃう」) is a young carer, not the writer's double care.
- Work that freezes the body (「仕事のことを考えると体が動かなくなる」「体が動かなくて会社を
  休んだ」) is health; a parent's body after a stroke is not the writer's.
- A child's ache on school mornings said in speech (「腹が痛いっていうて学校行きしぶる」「頭が痛い
  言うて学校行きたがらへん」) is the child's school matter, no health; a doctor or a fever keeps it.
- Thanks or joy after an event at the 子ども食堂 (「クリスマス会、楽しかった」) is no child or
  money matter; a family that needs the meals stays.

Left as the existing convention (tests/nlp/test_round28_r13.py): a writer in their 70s with an
illness of their own beside a disabled son is care.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a blow typed in kana


@pytest.mark.parametrize(
    "text",
    [
        "介護している祖母に、ついてが出てしまった。自分が怖い",
        "認知症の母にてがでてしまいました",
        "寝たきりの父に、ついてをあげてしまった",
        "言うことを聞かない子どもについてが出ちゃった",
    ],
)
def test_a_blow_typed_in_kana_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "介護している母について相談です",
        "子どもについて、学校のことが知りたい",
        "父についての話が出てくる本を読んだ",
        "ついてを上げて質問してください",
    ],
)
def test_kana_about_is_no_blow(ex, text):
    assert not ex(text).crisis


# ---------------------------------------------------------------- a parent away every night


@pytest.mark.parametrize(
    "text",
    [
        "小5です。夜になると親がいなくなる。ごはんもない",
        "中1です。毎晩ママがいなくなって朝まで帰ってこない",
        "小3です。夜になるとお母さんがいなくなる",
    ],
)
def test_a_parent_away_every_night_is_neglect_no_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "母がいなくなった。夜になっても帰ってこない",
        "今朝から父がいなくなって見つからない",
        "毎日散歩していた父が今日いなくなった",
        "認知症の母がさっきいなくなりました",
    ],
)
def test_someone_missing_now_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- sleepy at school


@pytest.mark.parametrize(
    "text",
    [
        "わたしがおじいちゃんのせわをしていて、学校でねむい",
        "僕がばあちゃんの世話をしてるから、学校で眠くなる",
        "あたしがママのかわりにおばあちゃんのせわしてる。学校でねむくなる",
        "弟のめんどうを見てて夜おそくまでおきてるから、授業中にねちゃう",
    ],
)
def test_a_child_carer_sleepy_at_school_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が夜ふかしして学校で眠いと言う",
        "最近学校で眠くなるのはなぜ？",
    ],
)
def test_sleepy_at_school_alone_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- the body freezes at work


@pytest.mark.parametrize(
    "text",
    [
        "会社のことを思うと体が動かず、2日休みました",
        "上司のことを考えるだけで体が動かない",
        "体が動かなくなって、仕事を休んでいます",
        "職場のことを考えると朝から体が動かなくて",
    ],
)
def test_a_body_frozen_by_work_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_body_eager_for_work_is_nothing(ex):
    assert not ex("仕事のことを考えると楽しみで体が動く").fields


def test_a_parents_body_that_fails_is_care_not_the_writers_health(ex):
    result = ex("父の体が動かなくなって仕事を休んだ")
    assert "care" in result.fields
    assert "health" not in result.fields


# ---------------------------------------------------------------- an ache on school mornings


@pytest.mark.parametrize(
    "text",
    [
        "娘(小3)が朝になるとおなかが痛いっていって学校に行きしぶります",
        "小1の息子が朝になると頭が痛い言うて学校行きたがらへん",
        "息子が毎朝おなかいたいって学校をいやがる",
    ],
)
def test_an_ache_on_school_mornings_is_the_childs_school_matter(ex, text):
    result = ex(text)
    assert "child" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子(小2)が朝になると腹が痛いっていうて、病院で検査したら胃潰瘍でした",
        "息子(小2)が朝になると腹が痛いっていうて学校行きしぶる。熱もある",
        "娘(小3)がおなかが痛いっていって学校を休んだ。夜も痛がって眠れない",
        "夫が朝になると頭が痛いって会社に行きたがらない",
    ],
)
def test_an_ache_with_a_doctor_or_apart_from_school_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- an event at the 子ども食堂


@pytest.mark.parametrize(
    "text",
    [
        "こども食堂のクリスマス会、すごく楽しかった！ありがとうございました",
        "子ども食堂で流しそうめんの会、おいしかったです",
        "子ども食堂のもちつき大会、楽しかったね。また来年も",
    ],
)
def test_joy_after_an_event_at_the_kids_cafeteria_is_nothing(ex, text):
    result = ex(text)
    assert not result.fields
    assert not result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "子ども食堂のイベントで食費が助かりました、ありがとう",
        "子ども食堂のイベントに行きたいけど、食費も苦しくて",
        "お金がなくて子ども食堂に行きたいです",
    ],
)
def test_a_family_that_needs_the_meals_stays(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- the existing convention


def test_a_writer_in_their_seventies_ill_beside_a_disabled_son_stays_care(ex):
    text = "障害のある息子(45)と私(77)の二人暮らしです。私が心臓の病気で通院しています"
    assert "care" in ex(text).fields
