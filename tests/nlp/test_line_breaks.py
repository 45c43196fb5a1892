"""Line breaks and full-width spaces in place of 。, as people write on LINE. The patterns
and rules read 。 as a sentence's end; a script that wrote the 3,271 crisis test texts with
line breaks (or full-width spaces) for 。 lost 26 crises, now none (7 with spaces: an age
or a grade standing alone, and kana-only messages, whose spaces may be phrase by phrase)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("いま屋上にいます\nもう飛ぶしかない", "suicide"),
        ("いま屋上にいます　もう飛ぶしかない", "suicide"),
        ("家の前に父が倒れています\n救急車を呼びました", "emergency"),
        ("小学２年の息子がまだ帰ってきません　友達の家にもいなくて外はもう真っ暗です", "emergency"),
        ("家出してきた\n今ネカフェ\n中2", "emergency"),
        ("親に家を出されました\n14歳\n泊まれるところありますか", "abuse"),
        ("長袖ばかり着るようになった\nカッターの刃がゴミ箱に捨ててあった", "suicide"),
    ],
)
def test_a_crisis_written_line_by_line_is_read(ex, text, crisis):
    assert crisis in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "部活がきつくて死ぬかと思った\nでも楽しい",
        "夫が倒れたのは去年です　今は元気に仕事しています",
        "ドラマで屋上から飛び降りるシーンがあった\n怖かった",
    ],
)
def test_an_ordinary_message_line_by_line_stays_quiet(ex, text):
    assert not ex(text).crisis
