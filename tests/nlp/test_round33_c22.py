"""Round 33 (41c22): Kansai, Chugoku and Kyushu speech from the C22 set. 就労継続支援
weighed as 「A型とB型、どっちがええんか」 (disability); wages gambled away in dialect
(「給料ほとんどつこうてまう」, hardship); a partner who blocks the door (DV).
And what only looks like that: newspapers piling up at an old man's house (no unpaid
bill); an overdose only thought of (「全部飲んだら楽になれるんかな」: suicide, not
health); a care worker's exam (「ケアマネの試験」); a grandparent's boast about a
grandchild's prize; a school refusal long over, told in dialect (「今は元気に高校通っとる」);
「誰にも会わんと消えてしまいたい」 (a way of vanishing, not isolation or a shut-in); a
partner who keeps the writer in whenever angry (DV, but no one shut in now); a partner who
is drunk and violent right now (DV and the emergency, not a drinking problem); influenza
and blood types A and B."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- A型・B型 weighed


@pytest.mark.parametrize(
    "text",
    [
        "A型とB型の違いがよくわからんのです",
        "B型かA型か迷ってます、どっちに通えばいいですか",
        "息子が支援学校を出たらA型とB型どっちがいいんでしょう",
        "A型とかB型とか、何が違うんか教えてください",
    ],
)
def test_a_and_b_type_work_weighed_is_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "インフルのA型とB型、どっちがしんどいん？",
        "血液型がA型とB型の夫婦です",
        "うちはA型とB型で相性悪いって言われた",
        "A型とB型の人って性格違うん？",
    ],
)
def test_influenza_and_blood_types_are_no_disability(ex, text):
    assert "disability" not in ex(text).fields


# ---------------------------------------------------------------- wages gambled, in dialect


@pytest.mark.parametrize(
    "text",
    [
        "競馬やめられんで、年金つこうてしまう",
        "スロットで給料ぜんぶつかってしもた",
        "パチンコで生活費つこうてしもうて、どうしたらええか",
    ],
)
def test_living_money_gambled_in_dialect_is_hardship(ex, text):
    result = ex(text)
    assert "hardship" in result.fields
    assert "health" in result.fields


def test_gambling_within_the_wages_is_no_hardship(ex):
    assert "hardship" not in ex("パチンコは趣味で、給料の範囲で楽しんどる").fields


# ---------------------------------------------------------------- newspapers piling up


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃん一人暮らしで、電話出んし新聞もたまっとるって言われた",
        "ばあちゃん一人暮らしで、電話にも出んし郵便物がたまっとる",
        "隣のじいさん、電話しても出んし新聞が三日分たまっとるんよ",
    ],
)
def test_newspapers_piling_up_are_no_unpaid_bill(ex, text):
    result = ex(text)
    assert "hardship" not in result.fields
    assert "emergency" in result.crisis


@pytest.mark.parametrize(
    "text",
    ["電話代ためてしもて止められそう", "携帯代たまっとって払えん"],
)
def test_phone_bill_left_unpaid_stays_hardship(ex, text):
    assert "hardship" in ex(text).fields


# ---------------------------------------------------------------- an overdose only thought of


@pytest.mark.parametrize(
    "text",
    [
        "薬ぜんぶ飲んだら楽になれるかな",
        "眠剤まとめて飲んだら死ねるかな",
        "もらった薬を一度に全部飲んだら楽になれるんやろか",
    ],
)
def test_an_overdose_only_thought_of_is_suicide_not_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "さっき薬ぜんぶ飲んだ",
        "薬ぜんぶ飲んだら気持ち悪うなって吐いた",
        "家にある薬を全部飲んでしまった",
    ],
)
def test_an_overdose_taken_stays_health(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "health" in result.fields


# ---------------------------------------------------------------- a care worker's exam


@pytest.mark.parametrize(
    "text",
    [
        "介護の仕事して5年、ケアマネの資格取るために勉強しよる",
        "介護福祉士の試験に合格しました。登録はどこでするん？",
        "ケアマネを目指して勉強中です。講習会ってありますか",
    ],
)
def test_a_care_workers_exam_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["母のケアマネさんとの相性が悪い", "父のケアマネさんが試験的にショートステイを勧めてくれた"],
)
def test_a_parents_care_manager_stays_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a grandparent's boast


@pytest.mark.parametrize(
    "text",
    [
        "孫が書道で金賞とったんよ",
        "孫が高校に合格したって、じいちゃん大喜び",
        "孫がかけっこで一番やったって自慢しよる",
    ],
)
def test_a_grandchilds_prize_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が一等とったけど、最近あざが多くて心配",
        "孫の世話をしよるけど、言葉が遅うて心配",
    ],
)
def test_a_grandchild_with_a_worry_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- school refusal long over


@pytest.mark.parametrize(
    "text",
    [
        "娘は中学のとき不登校やったけど、今は元気に高校通いよる",
        "息子、小学校の頃不登校やったけど今は毎日楽しく学校行っとる",
        "うちの子、中学のとき不登校じゃったけど今はすっかり元気に通っとるよ",
    ],
)
def test_school_refusal_long_over_in_dialect_is_no_child(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子は中学のとき不登校やったけど、今も高校に通っとらん",
        "うちの子、不登校やったけど今は元気に通っとるのに、また行かんようになった",
    ],
)
def test_school_refusal_back_again_stays_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- vanishing unseen


@pytest.mark.parametrize(
    "text",
    [
        "誰にも会わずに消えてしまいたい",
        "誰にも会わんと、そのままおらんようになりたい",
        "もう嫌や。誰にも会わんと、すっと消えられたらええのに",
    ],
)
def test_vanishing_unseen_is_suicide_not_isolation(ex, text):
    result = ex(text)
    assert "suicide" in result.crisis
    assert "isolation" not in result.patterns
    assert "hikikomori" not in result.patterns


@pytest.mark.parametrize(
    "text",
    ["誰にも会わんと、毎日家におる", "もう一か月誰にも会っとらん"],
)
def test_meeting_no_one_stays_isolation(ex, text):
    assert "isolation" in ex(text).patterns


# ---------------------------------------------------------------- kept in when the partner is angry


@pytest.mark.parametrize(
    "text",
    [
        "旦那がキレたら物投げたりして、玄関の前に立って出してくれんけん怖い",
        "旦那が怒ったら玄関に立って出してくれんけん怖い",
        "彼氏が酔うといつも部屋から出してくれへん、怖い",
        "夫が怒ったら玄関に立ちふさがって出してくれん",
    ],
)
def test_kept_in_when_angry_is_dv_not_emergency(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼氏がキレたら部屋から出してくれん、今も閉じ込められとる、怖い",
        "夫がドアの前に立って出してくれない、今トイレに隠れてる",
        "会った人が帰してくれない、今トイレから",
    ],
)
def test_kept_in_now_stays_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_a_guest_at_the_door_is_no_dv(ex):
    assert "dv" not in ex("お客さんが玄関に立って出してくれん").crisis


# ---------------------------------------------------------------- drunk and violent now


@pytest.mark.parametrize(
    "text",
    [
        "今、夫が酒飲んで暴れとる。子ども連れて車に逃げとる",
        "旦那が酒飲んで暴れとる、今トイレに隠れとる",
        "今、旦那が酒飲んで暴れよる、子どもと車に逃げた",
    ],
)
def test_drunk_and_violent_now_is_dv_emergency_not_health(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "emergency" in result.crisis
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "夫は酒を飲むといつも暴れる",
        "夫が酒飲んで暴れて、今子どもと公園に逃げてきた。毎晩こうなる",
    ],
)
def test_drink_as_a_habit_stays_health(ex, text):
    assert "health" in ex(text).fields
