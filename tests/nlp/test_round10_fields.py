"""Round 10b: field and pattern wording. A mental illness named beside a disability service
is health as well as disability (統合失調症で作業所に, うつで障害年金).
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a mental illness beside a
# disability service: disability and health


@pytest.mark.parametrize(
    "text",
    [
        "統合失調症で作業所に通ってて、親が亡くなったあとの暮らしが心配",
        "うつで障害年金をもらっています。更新の書類が難しい",
        "双極性障害でグループホームに住んでいます。退去の手続きを知りたい",
        "弟が統合失調症で、精神の手帳を持っています",
        "うつ病でB型に通所中です。工賃が少ない",
        "適応障害で就労移行支援を使っています",
    ],
)
def test_a_mental_illness_beside_a_disability_service_is_also_health(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "health" in fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は知的障害でB型に通っています",
        "自閉症の娘がグループホームに入りました",
        "療育手帳の更新はどこでできますか",
        "作業所の送迎の時間が変わりました",
    ],
)
def test_a_disability_service_without_an_illness_is_not_health(ex, text):
    fields = ex(text).fields
    assert "disability" in fields
    assert "health" not in fields
