"""A collapse or an ambulance told in the past and then as over in the same or the next
sentence (もう退院した, 回復して元気, 命に別状はない, 通って世話している) is no danger
now: 「倒れたって聞いてびっくりした。でももう退院したよ」 raised an emergency. A new danger
after it, a question whether they will be discharged, or a collapse told without an ending
keeps the alarm."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "倒れたって聞いてびっくりした。でももう退院したよ",
        "父が倒れたけど、もう回復して元気です",
        "母が救急車で運ばれたが、今は落ち着いている",
        "祖母が倒れて救急車で運ばれました。命に別状はないそうです",
        "祖母が家で倒れて救急車で運ばれましたが、おかげさまで元気になりました。これからの介護が心配です",
        "実家の母が倒れて、毎日通って世話してます",
        "父が倒れてから介護しています。ケアマネさんを紹介してほしい",
    ],
)
def test_an_emergency_told_as_over_is_no_alarm(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れた。今は落ち着いているけど意識がない",
        "父が倒れた。まだ意識が戻らない",
        "母が倒れて動けない",
        "祖父が倒れました。もう退院できるのか心配です",
        "夫が倒れて救急車で運ばれた。今は元気になるか不安",
        "母が倒れて一度は元気になったけど、今朝また倒れた",
        "父が倒れた。今介護してるけど意識がない",
    ],
)
def test_a_collapse_not_told_as_over_stays_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis
