"""Round 9a, crisis: an overdose just taken, written in kana (the tagger cuts ぜんぶのんだ into
ぜんぶ|の|ん|だ, so 飲む never appears), a weapon now and the writer hiding whoever is
threatened, "better if I were not here" in dialect, a child writing of neglect in kana, a
body in danger now as a health matter (not elderly care for an old person's age alone),
and crisis words that are no crisis (a parent who cannot die and leave a child, fandom
slang, fiction, a plain denial of violence, labour pains). Each family has look-alikes
that must stay quiet.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- an overdose just taken


@pytest.mark.parametrize(
    "text",
    [
        "さっき くすり ぜんぶ のんだ",
        "もらってた眠剤いっぱいのんじゃった。ねむくなってきた",
        "家にある薬ぜんぶ飲んだ、もうどうでもいい",
        "しょほうされた くすり ぜんぶ のみました",
        "くすり たくさん のんじゃった たすけて",
        "安定剤を1シートぜんぶのんだ",
        "睡眠薬を30錠のんだ",
        "ODしちゃった、ふらふらする",
    ],
)
def test_overdose_just_taken_is_suicide_emergency_and_health(ex, text):
    result = ex(text)
    assert {"suicide", "emergency"} <= set(result.crisis)
    assert "health" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "薬をまとめてのんでもいいですか",
        "かぜ薬を全部のんだら治りました",
        "子どもが薬を全部飲んでくれて助かった",
        "お酒をいっぱいのんだ",
        "くすりを のむのを わすれた",
        "薬局で薬をもらってきた",
    ],
)
def test_medicine_look_alikes_are_no_overdose(ex, text):
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "昔、薬をいっぱいのんだことがある",
        "去年くすりを大量にのんで入院した",
    ],
)
def test_an_overdose_in_the_past_is_no_emergency(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "emergency" not in result.crisis
