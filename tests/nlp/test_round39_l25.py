"""Round 39 (44l25): what set L25 (dev's mix of residents, families, neighbours and young
people) missed, read as families of wording.

- Savings gone (「貯金が全部なくなりました」「治療費で貯金ももう使い果たした」) are hardship,
  whatever spent them (a game's 課金, shopping); a worry about what happens if they go
  (「貯金がなくなったらどうしよう」) and someone else's savings used (「父の貯金を使い果たした」)
  are not.
- Small children left (置いて, 残して) while the parents have not come home for days are
  abuse and an emergency; a parent who goes out at night, and a writer at home with the
  children while the husband is away, are not an emergency.
- The writer's own stroke told with its paralysis beside a disability matter
  (「脳梗塞で片麻痺になって手帳をもらいました。仕事に戻れるか不安」) stays health; a parent's or
  a spouse's stroke, or one beside care, is still how the care or the disability began.

Kept as before although the set's gold differs: a carer's own bad knee is health
(round 20), household money kept short with receipts checked is dv, not hardship (round
33), 「もう死ぬ」 and then no reply is an emergency (farewell then silence), and fleeing now
with a child from a violent partner is abuse as well.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "スマホゲームの課金がやめられなくて、貯金がぜんぶなくなった",
        "ネットショッピングがやめられなくて、貯金がなくなりました",
        "治療費で貯金ももう使い果たしました",
        "リストラされて半年、貯金もすっかりなくなってしまった",
    ],
)
def test_savings_gone_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "貯金がなくなったらどうしよう、と老後のことを考えます",
        "弟が父の貯金を使い果たしてしまった",
    ],
)
def test_savings_feared_for_or_someone_elses_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "隣の家、小さい子を置いて親がもう3日帰ってきてない",
        "下の部屋、幼い兄弟を残して母親が何日も帰ってこないみたい",
        "向かいの家、ちいさい子だけ置いて親がここ何日か戻ってきてない",
        "アパートの上の階、小さい子2人を置いて親が何日も帰ってきてないようです",
    ],
)
def test_small_children_left_with_parents_gone_for_days_is_an_emergency(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ちっちゃい子2人だけ置いで親が夜いねぐなる",
        "小さい子を置いて親が夜遊びに行くみたい",
    ],
)
def test_parents_going_out_at_night_stays_abuse_only(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "emergency" not in result.crisis


def test_a_husband_away_for_days_is_no_crisis(ex):
    assert not ex("夫は出張でもう何日も帰ってない。小さい子と留守番").crisis


@pytest.mark.parametrize(
    "text",
    [
        "脳梗塞で片麻痺になって障害者手帳をもらいました。仕事に戻れるか不安です",
        "脳出血で半身まひになって、障害者手帳をとりました。仕事はもう無理かも",
        "去年脳梗塞で右半身にまひが残り、手帳をもらいました。復職できるか心配",
    ],
)
def test_the_writers_own_stroke_beside_a_disability_stays_health(ex, text):
    result = ex(text)
    assert "disability" in result.fields
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫が脳梗塞で片麻痺になって身体障害者手帳をもらいました",
        "脳梗塞で片麻痺になった父の介護と手帳のことを相談したい",
    ],
)
def test_someone_elses_stroke_or_one_beside_care_stays_no_health(ex, text):
    assert "health" not in ex(text).fields
