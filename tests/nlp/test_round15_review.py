"""Round 15, found in review: a pupil who writes that they are hungry is not, by that
alone, a child neglected; hunger beside another sign (every day, for days, no food at
home, a parent not back) still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "小4です。おなかすいた",
        "中2。部活おわっておなかすいたー",
        "中1です。お腹すいたけど夜ご飯まで我慢",
        "高1 塾のあとでお腹すいて集中できん",
        "しょうがくせいです。おなかすいた",
    ],
)
def test_a_pupil_who_is_hungry_now_is_no_neglect(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "おなかすいた。きのうからなにもたべてない。小3",
        "小5です。いつもおなかすいてる。家にごはんがない",
        "中1。毎日お腹すいてる",
        "ぼく小2。おなかすいたけどママがかえってこない",
        "小6 おなかすいた。お母さん3日かえってこない",
        "近所の子がいつもお腹をすかせている",
    ],
)
def test_hunger_beside_another_sign_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis
