"""Round 34 (42o23): residents who write the Japanese they have (short sentences, dropped
particles, kana for kanji, some romaji), and the people who write about them.

- a partner who strikes a grandparent, written word by word (夫 が おばあちゃん たたく) or
  with the old person first as the topic, is elder abuse, not DV against the writer;
- a partner who keeps the writer's passport or residence card is DV (control);
- a child's burn-like or bruise-like marks, many of them, or said to be made by a parent's
  partner, are abuse;
- a romaji message may hold an English word (passport) and may lack a particle;
- partner violence long over (離婚 して 10年, いま しあわせ) and a film line asked about
  (えいが で「きえたい」いう セリフ) are no crisis.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "夫 が おばあちゃん たたく。こわい",
        "おじいちゃん、夜 夫 が なぐる",
        "おばあちゃん（だんな の おかあさん）、夫 が いつも たたく",
        "主人 が おばあちゃん けってる",
    ],
)
def test_partner_strikes_a_grandparent_is_elder_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫 が わたし たたく。おばあちゃん 見てる",
        "おばあちゃん、夫 が わたし を たたく",
    ],
)
def test_writer_struck_by_partner_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫 が わたし の パスポート とった",
        "かれし が わたし の 在留カード かえさない",
        "彼氏にパスポートを取り上げられて、国に帰れない",
        "otto ga watashi no passport kaeshite kurenai",
    ],
)
def test_partner_keeps_the_writers_passport_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫がパスポートを取った。来月いっしょに旅行に行きます",
        "会社 が パスポート あずかってる",
        "夫 パスポート とりに いった",
    ],
)
def test_passport_errands_are_not_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "生徒の腕にあざみたいな跡がいくつもあります",
        "うちのクラスの子の足に、やけどのような跡が何か所もあります",
        "息子の足に傷。「パパにやられた」って",
        "児童の腕のあざについて聞くと「ママの彼氏がやった」と話しました",
    ],
)
def test_marks_on_a_child_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもがやけどした。お湯をこぼした。病院は何科ですか",
        "むすこ 料理 で やけど した。薬 ほしい",
    ],
)
def test_a_childs_accident_is_not_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_romaji_without_a_particle_is_read(ex):
    assert "hardship" in ex("shigoto nakunatte okane sukunai. denki tomatta").fields


@pytest.mark.parametrize("text", ["hello how are you", "I love you so much"])
def test_english_is_not_read_as_romaji(ex, text):
    result = ex(text)
    assert not result.crisis and not result.fields


@pytest.mark.parametrize(
    "text",
    [
        "むかし 夫 から DV あった。でも もう 離婚 して 10年。いま しあわせ",
        "えいが で「きえたい」いう セリフ あった。どういう いみ？",
        "「しにたい」いう せりふ、いみ なに？",
    ],
)
def test_past_and_film_lines_are_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "むかし 夫 から DV あった。いま も たたく",
        "ドラマ の「しにたい」きもち わかる。わたし も おなじ",
        "むすめ「きえたい」いう。こわい",
    ],
)
def test_ongoing_or_own_feelings_stay_crisis(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "むすこ 家 から 出ない、もう 2年",
        "むすめ へや から でない、もう 5か月。",
        "あに へや から でてこない 3年 くらい",
    ],
)
def test_staying_in_for_months_in_mixed_script_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "いえ から でない ひ、3年 まえ は あった",
        "外 に 出ない で、3か月 ぶり に 友だち に 会った",
    ],
)
def test_a_past_or_a_day_out_is_not_hikikomori(ex, text):
    assert "hikikomori" not in ex(text).patterns


def test_a_child_who_looks_after_siblings_in_mixed_script_is_a_young_carer(ex):
    text = "ぼく 中1。パパ 夜 しごと。おとうと の ごはん と おふろ ぼく やる"
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "歯 いたい。保険証 ない。いくら かかる？",
        "ほけん はいってない。びょういん たかい",
        "こども の 保育料 たかい",
        "学費が高すぎて払えない",
    ],
)
def test_no_insurance_or_fees_too_high_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "生命保険に入っていない",
        "保険証 ないと 病院 いけない？",
        "保険証 なくした",
        "保育料 高いか 安いか 教えて",
    ],
)
def test_other_insurance_or_questions_are_not_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text", ["むすこ ゲーム ばかり、1日 8時間", "娘がスマホばっかりで困ってる"]
)
def test_a_child_gaming_all_day_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize("text", ["わたし ゲーム ばかり してる", "息子とゲームを1時間した"])
def test_adult_gaming_or_playing_with_a_child_is_not(ex, text):
    assert "child" not in ex(text).fields
