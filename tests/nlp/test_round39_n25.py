"""Round 39 (44n25): from a set of residents of 70–90 in the five towns (大仙市, 長井市, 大泉町,
涌谷町, 大田市). Prescribed pills kept back unswallowed 「それで終わりにする」 (suicide); a parent
not wanting a child to do the 「下の世話」 (care, the block for a baby's or dog's toileting left
for 「娘の下の世話」); 「高くて手が出ねえ」 (too dear to buy: hardship, no violence); the Tohoku
「〜だけっども」 (but, no 蹴る); 「年金を持ってかれる」 (taken away: hardship, no 彼); a writer
naming herself 「七十の嫁です」 (the family's daughter-in-law, no partner: her blow is abuse, not
dv); a bruise on a spouse living in a care home, its staff asked (abuse feared, not dv);
「もうひと月も人と話しとらん」 (dialect: isolation)."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- pills kept back to end it


@pytest.mark.parametrize(
    "text",
    [
        "医者の薬を飲まんでためとります。それで終わりにしようと思うとります",
        "病院の薬を飲まずに貯めてある。いざとなったらまとめて飲んで楽になる",
        "もらった薬、のまないでためてるの。それで終わりにするつもり",
    ],
)
def test_pills_kept_back_to_end_it_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬を飲まないで我慢してたら熱が上がった",
        "薬を飲まずに残しておいたら先生に叱られた",
    ],
)
def test_pills_not_taken_without_an_end_stay_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 娘に下の世話をさせる


@pytest.mark.parametrize(
    "text",
    [
        "これ以上娘に下の世話までさせたくない",
        "息子に下の世話をさせるのがつらい",
        "嫁から下の世話をしてもらうのは申し訳ない",
    ],
)
def test_a_child_doing_the_toileting_of_the_writer_is_care(ex, text):
    assert "care" in ex(text).fields


def test_a_babys_toileting_stays_no_care(ex):
    assert "care" not in ex("孫の下の世話も大変").fields


# ---------------------------------------------------------------- 高くて手が出ねえ


@pytest.mark.parametrize(
    "text",
    [
        "補聴器を買いてえんだけど高くて手が出ねえ",
        "入れ歯を作りたいが値段が高くて手が出ない",
        "電動車いすは高すぎて手が出ません",
    ],
)
def test_too_dear_to_buy_is_hardship_not_violence(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis
    assert "hardship" in result.fields


def test_a_hand_raised_stays_violence(ex):
    assert "abuse" in ex("息子がカッとなると母に手が出る").crisis


# ---------------------------------------------------------------- 〜だけっども


@pytest.mark.parametrize(
    "text",
    [
        "孫がラインを入れでくれたんだけっども、使い方が分がらね",
        "役場さ行ったけっど、誰もいねがった",
        "夏祭りさ行ぎてえんだけっど、雨降ったらやんのすか",
    ],
)
def test_tohoku_kedomo_is_no_kick(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "dv" not in result.crisis


def test_a_kick_stays_violence(ex):
    assert "abuse" in ex("息子に腹を蹴られた、八十の母です").crisis


# ---------------------------------------------------------------- 年金を持ってかれる


@pytest.mark.parametrize(
    "text",
    [
        "年金もほとんど持ってかれちまう。金よこせって怒鳴る四十五の息子",
        "年金をみんな持っていかれて、米も買えねえ",
    ],
)
def test_pension_taken_away_is_hardship_not_a_boyfriend(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "dv" not in result.crisis


# ---------------------------------------------------------------- 七十の嫁です


@pytest.mark.parametrize(
    "text",
    [
        "九十のばあちゃん看てる嫁です。この前とうとう頭叩いでしまった",
        "義母を介護している長男の嫁です。つい手を上げてしまいました",
    ],
)
def test_a_daughter_in_law_hitting_the_one_she_cares_for_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize("text", ["うちの嫁に殴られた", "嫁に叩かれている"])
def test_a_wife_hit_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- a bruise in a care home


@pytest.mark.parametrize(
    "text",
    [
        "施設に入ってる女房に面会に行ったら腕にあざがあった。職員に聞いてもはっきりしねえ",
        "特養に入所してる家内の足に青あざ。スタッフは転んだと言うが縛られてるんでねえか",
    ],
)
def test_a_bruise_on_a_spouse_in_a_care_home_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


def test_a_bruise_from_the_partner_stays_dv(ex):
    assert "dv" in ex("夫に殴られてあざができた。施設の職員に相談した").crisis


# ---------------------------------------------------------------- 人と話しとらん


@pytest.mark.parametrize(
    "text",
    [
        "車を手放してから、もう三週間も人と話しとらんです",
        "誰とも話してねえ日が続いでる",
        "ばあさん亡くしてから、人としゃべっとらん",
    ],
)
def test_not_talking_to_anyone_in_dialect_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


def test_talking_with_people_stays_no_isolation(ex):
    assert "isolation" not in ex("寄り合いで人と話して楽しかった").patterns
    assert "isolation" not in ex("しばらく人と話しとらんけど気楽で平気だ").patterns
