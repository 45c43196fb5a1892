"""A pupil who tells that an adult does the care for their brother or sister
(「中2です。妹のごはんは毎日お母さんが作ってくれます」) is no young carer: the rows for a
sibling's meals or care read the writer as the one who does it. A request to the writer
(「見てくれって言われる」) or the writer doing it too keeps the young carer."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "中2です。妹のごはんは毎日お母さんが作ってくれます",
        "中学生です。弟の面倒はおばあちゃんが見てくれる",
        "小5です。妹のお風呂はパパが入れてくれるよ",
    ],
)
def test_a_sibling_cared_for_by_an_adult_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中2です。妹のごはんは毎日わたしが作ってる",
        "中学生です。お母さんが夜勤なので、弟の面倒を見てくれって言われて毎日やってる",
        "中1です。お母さんが病気で、弟のご飯も洗濯もぼくがやってます。おばあちゃんがたまに手伝ってくれる",
        "高1です。母が入院中で、妹の世話はおばが見てくれるけど、家事は全部私",
    ],
)
def test_the_writer_doing_it_stays_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns
