"""A full-width space written where 、 or 。 would go (LINE users who drop 句読点):
「離婚して五年　いまは穏やかです」. The patterns and rules read 、 and 。 as the bounds of a
phrase and a sentence, so such a space is read as 、 (or as 。 after a sentence's end), not
dropped: the time, the denial or the story in the phrase before stays its own phrase.
Not inside a verb and its auxiliary (「話して　いません」), not in a message with no kanji
(spaced phrase by phrase), and 「〜で」「〜とか」 before the space end a clause, not a sentence."""

from __future__ import annotations

import pytest

from nlp.normalise import normalise


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("夫の暴力で離婚して五年　いまは穏やかです", "夫の暴力で離婚して五年、いまは穏やかです"),
        ("保育園の帰り道で　急に泣き出して", "保育園の帰り道で、急に泣き出して"),
        ("死にたいとか　そういうのではなくて", "死にたいとか、そういうのではなくて"),
        ("もう飛ぶしかない　今屋上にいます", "もう飛ぶしかない。今屋上にいます"),
        ("今日も　誰とも　話して　いません", "今日も誰とも話していません"),
        ("子どもの頃　父に　叩かれた", "子どもの頃、父に叩かれた"),
        ("行かないで　お願い", "行かないで。お願い"),
        ("おかあさん　うごかない", "おかあさんうごかない"),
    ],
)
def test_a_full_width_space_is_read_as_punctuation(text, read):
    assert normalise(text).text == read


@pytest.mark.parametrize(
    "text",
    [
        "夫の暴力で離婚したのは昔の話で　今は子どもと穏やかに暮らしています",
        "十年前にDVで別れて　いまは再婚して幸せです",
        "元夫の暴力は昔のことで　今は連絡もありません",
    ],
)
def test_violence_set_in_the_past_before_a_space_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "3歳の息子がかんしゃく持ちで　スーパーで泣き叫ぶので困っています",
        "祖母が玄関で転んで　すねに内出血ができました　冷やせばいいですか",
        "死にたいとか　そういうんじゃないんです　ただ夜眠れなくて",
        "隣は空き家で　もう何日も誰も出入りしていません　庭の草がすごい",
        "父は単身赴任中で　週末しか家に戻りません",
    ],
)
def test_an_everyday_phrase_before_a_space_raises_no_crisis(ex, text):
    assert not ex(text).crisis


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2歳の娘が泣きやまなくて　とうとう頭をたたいてしまった　自分がこわい", "abuse"),
        ("父にまた家を追い出された　15歳　行くあてがない", "abuse"),
        ("小3です　きのうから何も食べてない", "abuse"),
        ("夫にまた殴られる　夢だったらいいのに", "dv"),
        ("家出してきた　今ネットカフェにいる　中3", "emergency"),
    ],
)
def test_a_crisis_spaced_like_punctuation_is_still_read(ex, text, label):
    assert label in ex(text).crisis
