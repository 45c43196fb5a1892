"""Round 35 review: three of the round's rules narrowed where they reached beyond their sets.

- A job lost is no hardship only when it was a relative's, told as how their withdrawal began
  (「倅(52)が会社をクビになってから家から一歩も出ない」); the writer's own lost job, with years at
  home since, is still a money matter.
- A parent far away, living alone, only worried about, is isolation, not care; a worry that
  the parent dies alone unnoticed (孤独死) is a worry for their safety, so care stays.
- A child word in a sentence about a drama is the drama's; a child who comes in after the
  scene is told (「…の描写がトラウマで、子どもが高いところを怖がります」) is the writer's.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "会社クビになってから、ずっと家にいてもう2年になる",
        "リストラされてから半年、家から出ていません",
    ],
)
def test_the_writers_own_lost_job_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "倅(52)が会社をクビになってから家から一歩も出ない。もう一年半になる",
        "息子が仕事を辞めてから部屋にこもって3年になります",
    ],
)
def test_a_relatives_job_lost_long_ago_is_no_hardship(ex, text):
    result = ex(text)
    assert "hardship" not in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母が孤独死しないか心配です",
        "田舎で一人暮らしの父、孤立死だけは避けたいと思っていて不安です",
    ],
)
def test_a_worry_of_dying_alone_keeps_care(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "isolation" in result.patterns


def test_a_far_parent_only_lonely_is_isolation_not_care(ex):
    result = ex("東京に住んでいます。田舎の母が一人暮らしで、話し相手もいないみたいで心配")
    assert "care" not in result.fields
    assert "isolation" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "映画の飛び降りの描写がトラウマで、子どもが高いところを怖がります",
        "ニュースの事故の場面を見てから、子どもが車に乗るのを嫌がる",
    ],
)
def test_a_child_touched_by_a_scene_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "映画で子どもがネグレクトされるシーンがつらかった",
        "テレビ の ドラマ で おかあさん が コドモ たたく ところ みて ないちゃった",
    ],
)
def test_a_child_only_in_the_drama_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields
