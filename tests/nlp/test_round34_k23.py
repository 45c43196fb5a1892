"""Round 34 (42k23): families from abroad writing the Japanese they have (kana with spaces,
no particles, romaji, a foreign word), and neighbours or staff writing about them.

- a kana message read in kanji: whole spaced words the tagger cuts up (かいご: 買い+ご,
  ふとうこう, やちん, ほけん, つかれた, がっこう, ちゅうがく) are written as the words they are,
  and かえって after から and before 来る is 帰って (not 却って);
- a baby shaken hard told with 揺らす or 揺する is abuse; a swing, a bottle, waking a
  sleeper are not;
- after a death, wanting to go over there (あっち, 天国) without a particle is suicide;
- a pupil's grade after a pronoun, an age in English, and a grandparent named in Tagalog
  or Portuguese tell a young carer;
- kana 「ころす き か」 (the joke), a fall told with care after it, and whether the police
  should have been called are no emergency; kana うってる is no depression;
- money in plain words: 「はらう できない」, romaji without particles, 「ほけん きれてる」,
  「きゅうりょう ぜんぶ なくなる」, 「しごと クビ」, a notice that the power will be cut.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "むすめ 8さい。じゅく から かえって こない。もう よる 10じ",
        "むすこ しょうがっこう から かえって きません、もう くらい",
        "こども が がっこう から かえって こない、でんわ も でない",
    ],
)
def test_a_child_not_back_written_in_kana_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ともだち に かした おかね かえって こない",
        "むすこ がっこう から かえって きた、いま ゲーム してる",
        "かえって つかれた、きょう は もう ねる",
    ],
)
def test_money_not_paid_back_or_a_child_home_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "あかちゃん 3かげつ。なきやまない から つよく ゆらして しまった",
        "赤ちゃんを思いっきり揺すってしまって、自分がこわい",
        "むすこ 1さい。イライラ して はげしく ゆすった。また しそう",
    ],
)
def test_a_baby_shaken_hard_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "こうえん で ブランコ を つよく ゆらしたら こども が よろこんだ",
        "ミルクのびんを強く揺らして粉を溶かします",
        "あかちゃん を ゆらして ねかせる、まいにち たいへん",
        "朝なかなか起きない息子を強く揺すって起こした",
    ],
)
def test_a_swing_a_bottle_or_rocking_to_sleep_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "おっと しんだ。わたし も あっち いきたい",
        "ママ しんじゃった。わたし も はやく てんごく いきたい",
        "母が亡くなってから、私も天国に行きたいと毎日思う",
    ],
)
def test_going_over_there_after_a_death_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "なつやすみ に わたし も あっち いきたい、ブラジル",
        "祖父が亡くなって、葬式のために私もすぐあっちに行きます",
    ],
)
def test_a_trip_over_there_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ぼく ちゅうがく 2ねん。ママ びょうき。ぼく ごはん つくる、ママ の せわ する",
        "I'm 14. lolo ボケて、わたし まいにち みてる。がっこう ねむい",
        "わたし 13さい。avó ボケて、わたし まいにち みてる",
    ],
)
def test_a_pupil_caring_for_family_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "わたし 38さい。ママ ボケて、わたし まいにち みてる。こども 2にん",
        "おばあちゃん びょうき。わたし まいにち テレビ みてる",
    ],
)
def test_an_adult_or_the_tv_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "おっと「ころす き か！」って、わたし の カレー からすぎ 笑",
        "ちち たおれて から あるけない、いま かいご いる",
        "ゆうべ となり で おおきな こえ。警察を呼ぶべきだったのか、まよってます",
    ],
)
def test_a_joke_a_past_fall_or_a_look_back_is_no_emergency(ex, text):
    result = ex(text)
    assert "emergency" not in result.crisis
    assert "dv" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママ たおれた！いま いき してない",
        "夫に「ころすぞ」と言われた。こわい",
    ],
)
def test_a_fall_now_or_a_real_threat_still_counts(ex, text):
    assert ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "やさい うってる みせ しってる？",
        "くるま うって おかね つくった",
    ],
)
def test_kana_selling_is_no_depression(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ぜいきん たかい、はらう できない",
        "Sumimasen, yachin takai, harau dekinai",
        "ほけん きれてる、びょういん いけない",
        "スロット やめられない、きゅうりょう ぜんぶ きえる",
        "こうじょう クビ。らいげつ から おかね ない",
        "ガス とめる かみ きた",
        "かいご で しごと やめた、やちん はらう できない",
    ],
)
def test_money_in_plain_words_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "このお店はカードで払うことができない",
        "車の保険が切れてたので更新した",
        "しごと で くび いたい",
    ],
)
def test_the_way_to_pay_a_car_or_a_neck_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "りゆう ない のに なみだ でる、まいにち",
        "I feel depressed since I came to Japan",
    ],
)
def test_tears_without_a_reason_or_depression_in_english_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "むすめ ちゅうがく 1ねん。がっこう いきたくない いう",
        "はは の かいご で つかれた",
        "むすこ ふとうこう です",
    ],
)
def test_whole_kana_words_are_read(ex, text):
    assert ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "まえ せいかつほご うけてた。いま しごと して、もう だいじょうぶ。ありがとう",
        "在留カード なくした。また つくる の おかね かかる？",
    ],
)
def test_help_that_has_ended_or_a_fee_asked_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "前は生活保護を受けてた。今は仕事がある、でもまた家賃が払えない",
        "去年から生活保護。いま しごと さがしてる",
        "やちん はらえない。おかね いる",
    ],
)
def test_hardship_still_told_stays(ex, text):
    assert "hardship" in ex(text).fields
