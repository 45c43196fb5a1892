"""An emoji or a crying face typed where a sentence ended (LINE writers often use one
instead of 。): 「いま屋上にいます😢もう飛ぶしかない」. It is read as 。 (normalise), after a
sentence's last letter and before more words, as for pauses (test_pauses.py), so the
patterns and rules see two sentences. Not after とか, not before a particle or a laugh, and
not before 死にたい or 消えたい, whose cause before the face tells an outburst."""

from __future__ import annotations

import pytest

from nlp.normalise import normalise


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("もう疲れた😢消えるね", "もう疲れた。消えるね"),
        ("もう疲れた😢 消えるね", "もう疲れた。消えるね"),
        ("夫が帰ってこない(´；ω；`)もう朝です", "夫が帰ってこない。もう朝です"),
        ("死にたいとか😢そういうのじゃない", "死にたいとかそういうのじゃない"),
        ("殴られた😢って夢を見た", "殴られたって夢を見た"),
        ("宝くじはずれた😭死にたい", "宝くじはずれた死にたい"),
        ("つかれた😢", "つかれた"),
    ],
)
def test_a_face_between_sentences_is_a_full_stop(text, read):
    assert normalise(text).text == read


def test_the_full_stop_points_at_the_face():
    text = "もう疲れた😢消えるね"
    norm = normalise(text)
    assert norm.original_span(5, 6) == (5, 6)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("いま橋の上にいます😢もう飛ぶしかない", "suicide"),
        ("母が夕方から帰ってきません😭もう夜の11時です", "emergency"),
        ("パパがママをなぐってる😢こわい", "dv"),
    ],
)
def test_a_crisis_with_faces_for_full_stops_is_read(ex, text, label):
    assert label in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "10年前にDVで離婚した😢いまは幸せです",
        "夫の暴力は昔の話です😊今は子どもと穏やかに暮らしてます",
        "去年父が倒れた😢もうすっかり元気です",
    ],
)
def test_a_past_told_before_a_face_raises_no_crisis(ex, text):
    assert not ex(text).crisis
