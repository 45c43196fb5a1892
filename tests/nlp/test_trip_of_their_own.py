"""Children going on a trip by themselves (「高校生の息子たちが子どもだけで何日もキャンプに行く」)
is a parent's worry, not a sign of neglect; children left alone for days at home, or while
the parents travel, still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "高校生の息子たちが子どもだけで何日もキャンプに行くと言っていて心配です",
        "中学生の娘が友達と子どもだけで3日間旅行に行きたいと言う",
        "部活の合宿で子どもだけで4日間、大丈夫かな",
    ],
)
def test_a_trip_of_their_own_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小さい子どもだけで何日も家に置かれている",
        "隣の家、子どもだけで何日も過ごしているみたい",
        "親が旅行に行って、子どもだけで何日も家にいる",
    ],
)
def test_children_left_alone_for_days_stay_neglect(ex, text):
    assert "abuse" in ex(text).crisis
