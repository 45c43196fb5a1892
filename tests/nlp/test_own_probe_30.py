"""Own probes (30), by script over the test texts and from domain facts 3.9.

Kin and partner words in their everyday forms: おかん, おとん (the tagger cut them into
お + かんがい, お + 飛ぶ until they went into the user dictionary), かれし in kana, and an ex
named 元主人 or 元彼氏 where the rows listed 元夫 (a script added the everyday forms to every
row that listed お母さん, お父さん, 元夫 or 元旦那). A script that wrote the crisis test
texts with おかん for 母 lost 27 crises, now 15; with 主人 for 夫, 5, now 1."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        ("おかんがいなくなりました、探しています", "emergency"),
        ("認知症のおかんが家を抜け出して、いまも見つからないです", "emergency"),
        ("おとんに毎日なぐられる。中2", "abuse"),
        ("かれしにたたかれた。こわい", "dv"),
        ("元主人がアパートの前に車停めてじっと見とる", "dv"),
        ("元彼氏が家の前で待ってる。こわくて外に出られない", "dv"),
    ],
)
def test_everyday_kin_words_carry_the_crisis(ex, text, crisis):
    assert crisis in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "悪寒がするので病院に行きます",
        "おかんと旅行に行ってきました。楽しかった",
        "元主人とは円満に別れて、今はいい友達です",
    ],
)
def test_everyday_kin_words_alone_raise_nothing(ex, text):
    assert not ex(text).crisis


def test_okan_is_read_as_the_mother(ex):
    assert "mother" in ex("おかんの物忘れがひどくなってきた").persons


# ---------------------------------------------------------------- domain facts 3.9


@pytest.mark.parametrize(
    "text",
    [
        "腕を強くつかまれたり、出口をふさがれて怖い",
        "夫にドアの前に立ちふさがれて出られない",
        "手首をぎゅっとつかまれて、玄関をふさがれた",
    ],
)
def test_grabbed_and_kept_from_the_door_is_dv(ex, text):
    """Domain facts 3.9 (DV, ⚠): an arm gripped hard, the way out blocked."""
    assert "dv" in ex(text).crisis


def test_a_door_blocked_by_snow_is_no_dv(ex):
    assert not ex("雪で玄関がふさがれて出られない。除雪をお願いできますか").crisis
