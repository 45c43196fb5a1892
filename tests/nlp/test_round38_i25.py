"""Round 38 (44i25): dev's mix of residents, families, neighbours and young people (set I25),
the families behind its misses.

- A child writing in kana or with a typo that they 「かいごしてる」「介ごしてる」 for a grandparent
  is care (介護をしている, not 介護士); 「かいごしの資格」 stays talk of work.
- A writer who says 「学校おわったらすぐかえる」 or 「友だちとあそべない」 of themself is a child:
  beside care for a grandparent, a young carer. Said of a son or daughter, not.
- Small children at home for days 「親がいないまま」「大人がいない状態で」 are neglect (abuse),
  not withdrawal; 「父親がいないまま育った」 is nothing.
- An 8050 family on the old parent's pension is a money matter when the parent asks what
  becomes of the child after 「私が先に逝ったら」; the pension alone stays none.
- With both parents dead (「両親が亡くなり」「父も母も他界して」), a middle-aged brother or
  sister looked after by the writer is no 8050; 「両親が亡くなったら」 (ahead) still is.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- かいごしてる, 介ごしてる


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんのかいごしてる。がっこうのあとはずっといえにいる",
        "じいちゃんの介ごしてるからつかれた",
        "母の介ごで毎日たいへんです",
    ],
)
def test_care_in_kana_or_with_a_typo_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "かいごしの資格をとりたい",
        "介護士として働いています",
    ],
)
def test_a_care_worker_stays_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a child writing of school


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんのかいごしてる。学校おわったらすぐかえる",
        "じいちゃんのかいごしなきゃいけないから友だちとあそべない",
        "おばあちゃんの介ごしてる。学校が終わったらすぐに帰らないと",
        "おばあちゃんの介護してる。ママは夜まで仕事だから学校おわったらまっすぐ帰ってる",
    ],
)
def test_a_child_who_cares_after_school_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert {"care", "child"} <= set(result.fields)
    assert "double_care" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘は学校終わったらすぐ帰ってくる",
        "息子は友だちとあそべないって泣いてる",
        "夫の介護で友達と会えない",
    ],
)
def test_a_parent_writing_of_school_is_no_child_writer(ex, text):
    result = ex(text)
    assert not result.writer_is_minor
    assert "young_carer" not in result.patterns


# ---------------------------------------------------------------- 親がいないまま


@pytest.mark.parametrize(
    "text",
    [
        "小さい子が二人、何日も大人がいないまま過ごしてるみたい",
        "隣の子たち、もう3日も親がいない状態で家にいます",
        "小学生の兄弟が何日も親がいないまま家にいるようです",
    ],
)
def test_children_for_days_without_a_parent_are_neglect_not_withdrawal(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "hikikomori" not in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "父親がいないまま育ちました",
        "母子家庭で父親がいない状態です。夜は不安",
    ],
)
def test_a_father_absent_from_childhood_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- 私が先に逝ったら


@pytest.mark.parametrize(
    "text",
    [
        "82歳の母です。50歳の娘が働かず、私の年金で暮らしています。私が先に逝ったらあの子はどうなるのか",
        "わしは85。せがれ55が家におる。年金で二人暮らし。わしが逝ってしもうたらどうなる",
        "80の父です。息子(53)はずっと家にいて、わしの年金が頼り。わしが死んだあと、あいつは",
    ],
)
def test_an_8050_pension_and_the_parents_death_ahead_is_hardship(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "8050" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "80の母です。息子(52)と二人暮らしで、私の年金で暮らしています",
        "82歳の母です。52歳の息子がずっと家にいて、私の年金で二人暮らしです",
        "81の私と、障害年金をもらっている52の娘の二人暮らし。私が先に逝ったら心配です",
    ],
)
def test_an_8050_pension_alone_stays_no_hardship_44i25(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- both parents dead


@pytest.mark.parametrize(
    "text",
    [
        "両親が他界し、知的障害の兄(50代)の面倒を私が見ています",
        "父も母も亡くなって、ダウン症の姉(40代)の世話をこれから誰が見ればいいのか",
        "自閉症の弟(45歳)がいます。両親はもう亡くなり、これから誰が面倒を見ていくのか",
    ],
)
def test_a_sibling_after_both_parents_died_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "両親が亡くなったら、40代の弟の面倒は誰が見るのか",
        "父が亡くなり、母(82)が50代の兄の面倒を見ています",
    ],
)
def test_a_parent_still_alive_keeps_8050(ex, text):
    assert "8050" in ex(text).patterns
