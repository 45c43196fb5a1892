"""Round 38 review: a rule of the round narrowed where it reached beyond its set.

A grown daughter struck by her own husband is DV, not child abuse (44j25); but where a
grandchild or a child is struck too (「娘の旦那が娘ば殴るし、孫にも手ぇ上げよる」), abuse stays.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "娘の旦那が娘ば殴るし、孫にも手ぇ上げよるらしか",
        "むすめ の 夫 が むすめ を なぐってる。まご にも たたく",
        "娘の夫が娘を殴っていて、子どもにも手をあげているようです",
    ],
)
def test_a_grandchild_struck_too_keeps_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_grown_daughter_struck_by_her_husband_is_dv(ex):
    result = ex("むすめ の 夫 が むすめ を なぐってる")
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis
