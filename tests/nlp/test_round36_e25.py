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
- An old parent who balks at the day service and will not leave the futon (たいぎい, めんどくさい)
  is care, not the parent's health.
- 「熱中症に気ぃつけてな」「熱中症にならんように」 is a greeting, no health matter.
- A grandchild coming home (「孫が帰ってくるけぇ」) and a child's old bicycle put out as bulky
  refuse are no child matter.
- A young carer who cannot get up in the morning (朝も, 朝は) after the caring is no health
  matter.
- Iwami 体がえらい (the body is worn) told after the caring is the strain of caring, no health
  matter; alone or beside an ailment (腰が痛うて) it stays health.
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


# ---------------------------------------------------------------- balking at the day service


@pytest.mark.parametrize(
    "text",
    [
        "デイの迎えが来たのに、父がめんどくさい言うて布団から出てこん",
        "母がヘルパーさん来るのを嫌がって、毎朝たいぎいたいぎい言うて布団から出ん",
    ],
)
def test_balking_at_the_day_service_is_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


def test_a_low_mood_in_the_futon_stays_health(ex):
    assert "health" in ex("最近気分が落ち込んで布団から出られん").fields


# ---------------------------------------------------------------- heat greetings


@pytest.mark.parametrize(
    "text",
    [
        "みなさん熱中症にならんように気ぃつけてね",
        "暑い日が続くけぇ、熱中症には気をつけてな",
        "今日も暑いねぇ、熱中症に注意しましょう",
    ],
)
def test_a_heat_greeting_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "熱中症になったみたいで頭が痛い",
        "熱中症で母がぐったりしとる",
    ],
)
def test_heatstroke_itself_stays_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- grandchildren home, old things


@pytest.mark.parametrize(
    "text",
    [
        "孫が夏休みに帰ってくるけぇ楽しみ",
        "盆に孫らが大阪から帰ってくるんで、布団を干しとかんと",
        "子ども用の椅子をリサイクルに出したい",
        "古い子供用の自転車を粗大ごみで捨てたい",
    ],
)
def test_a_grandchild_home_or_a_childs_old_thing_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が学校に行かんようになって、帰ってくるたびに元気がない",
        "子どもの自転車の乗り方を教えたい",
    ],
)
def test_a_childs_matter_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- a young carer's morning


@pytest.mark.parametrize(
    "text",
    [
        "中2です。母が夜勤の日は俺がじいちゃんの世話しとる。朝は起きれんし遅刻ばっかり",
        "高1。ばあちゃんのおむつ替えよるけぇ、朝もよう起きれん",
    ],
)
def test_a_young_carers_lost_morning_is_no_health(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "health" not in result.fields


def test_a_pupils_lost_morning_with_a_headache_stays_health(ex):
    assert "health" in ex("中3です。最近朝も起きれんし頭が痛い").fields


# ---------------------------------------------------------------- 体がえらい after the caring


@pytest.mark.parametrize(
    "text",
    [
        "母の介護を一人でしよるけぇ、体がえらいです",
        "父の世話しよるけど、もう体がえろうて",
        "認知症の母を見よるけぇ体がえらいんよ",
    ],
)
def test_a_carers_worn_body_in_dialect_is_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "体がえらいけん、病院に行きたい",
        "母の介護しよるけど、わしも腰が痛うて体がえらい",
    ],
)
def test_a_worn_body_alone_or_with_an_ailment_stays_health(ex, text):
    assert "health" in ex(text).fields
