"""Round 33 (41wish): a wish to die said as 「〜できたら」「〜れたら」「〜てしまえたら」
(if only it could be), found by a grid of stems and forms: 「消えたい」「終わりにしたい」 were
read, 「このまま母と一緒にいなくなれたら」「もう消えられたら」「いっそ終わりにできたら」
「このまま楽になれたら」「もう全部終わればいいのに」 were not (38 of 98 wordings of a carer's
wish to go together with the one cared for were missed). Not: someone else who
「いなくなれば」, a memory or a coin that 「消えてしまえたら」, work or a relationship one
could 「終わりにできたら」, a life that would be 「もう少し楽になれたら」."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "母の介護がもう8年目で、最近このまま母と一緒にいなくなれたらと考えてしまう",
        "もう消えられたらいいのに",
        "私なんか消えてしまえたら楽なのに",
        "いっそ終わりにできたらって毎晩思う",
        "夫と二人で終わりにできたら楽なのにと考えてしまう",
        "このまま楽になれたらいいのに",
        "もう全部終わればいいのに",
        "この子と一緒に終われたらと思ってしまう夜がある",
        "ぼくがいなくなれたら、みんな楽になるのかな",
    ],
)
def test_a_wish_to_die_as_if_only_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "兄がいなくなれば家が平和になるのにと思うことがある",
        "隣の犬がいなくなればいいのに、うるさくて",
        "手品でコインが消えてしまえたらおもしろいのにね",
        "あの日の記憶が消えてしまえたらいいのに",
        "もう少し楽になれたらいいなと思って、ヘルパーさんを頼みたいです",
        "このまま介護が楽になればいいけど",
        "いっそ今の仕事を終わりにできたら楽なのに",
        "もう全部終わればいいのに、この工事",
        "二人で終われたら早く帰れるね、今日の片付け",
    ],
)
def test_what_only_looks_like_such_a_wish_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis
