"""Round 36 (44e25): Iwami speech (大田市, Shimane), older residents and their adult children
(set E25), the families behind its misses.

- A tired carer who thinks of walking into the sea or a river (「海にでも入ろうか」「いっそ川に
  飛び込もうか」) is suicide; a hot day's 「海にでも入ろうかね」 is not.
- A rope or cord hung on a beam or lintel (「納屋の梁にひもかけといた」) told with a laugh that
  may be no joke is suicide; a cord on the beam for dried persimmons or onions is not.
- A partner's threat to kill on a condition (「別れる言うたら殺すって」「逃げたら殺すけぇ」) is DV,
  not an emergency now; a knife in hand with it stays an emergency.
- Someone who roams the house, rages or chases with a sickle, a hatchet or a knife, with a
  threat or the writer's fear, is an emergency; a sickle carried to the field is nothing.
"""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- into the sea


@pytest.mark.parametrize(
    "text",
    [
        "介護でくたびれた。父ちゃん置いて川にでも飛び込もうかと思うことがある",
        "もう疲れた。いっそ海に入ろうかね",
        "一人で介護しよって、しんどうて池に身を投げようかと思う",
        "母ちゃんの世話に疲れて、海にでも入ろうかと思う晩がある",
    ],
)
def test_a_tired_carer_thinking_of_the_sea_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "暑いけぇ孫と海にでも入ろうかね",
        "今日は天気がええけぇ川に入ろうかと思う、魚とりに",
    ],
)
def test_a_swim_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a rope on the beam


@pytest.mark.parametrize(
    "text",
    [
        "父が「物置の梁に縄かけといた」言うて笑いよった。本気かもしれん",
        "じいちゃんが鴨居にロープ掛けてあった。まさかと思うけど",
        "近所のおじさんが「納屋の梁にひもかけたけぇ」って笑うとった、気になる",
    ],
)
def test_a_rope_on_the_beam_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "納屋の梁にひもかけといた、干し柿つるすんよ",
        "梁に玉ねぎのひもかけといたけぇ見てみ",
    ],
)
def test_a_cord_for_drying_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a threat on a condition


@pytest.mark.parametrize(
    "text",
    [
        "夫に逃げたら殺すけぇって言われとる",
        "元彼に、会わんかったら殺すって",
        "彼氏に別れる言うたら殺すって",
    ],
)
def test_a_threat_on_a_condition_is_dv_not_an_emergency(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" not in result.crisis


def test_a_threat_with_a_knife_in_hand_stays_an_emergency(ex):
    assert ex("夫が包丁持って、逃げたら殺すって叫んどる").crisis == ("dv", "emergency")


# ---------------------------------------------------------------- armed in the house


@pytest.mark.parametrize(
    "text",
    [
        "父が鉈持って家の中うろうろしよる、殺す言うて怖い",
        "30の息子が「ぶっ殺す」言うて斧もって廊下を歩き回っとる",
        "兄が包丁持って暴れよる　助けて",
    ],
)
def test_armed_and_roaming_with_a_threat_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが鎌持って畑うろうろしよる",
        "昔、夫が包丁持って追いかけてきたことがある、怖かった",
    ],
)
def test_a_sickle_to_the_field_or_a_past_knife_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis
