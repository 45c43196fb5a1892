"""Round 15, found in review: a pupil who writes that they are hungry is not, by that
alone, a child neglected; hunger beside another sign (every day, for days, no food at
home, a parent not back) still is. A person thought found (見つかったと思ったら人違い) who is
still missing stays an emergency."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "小4です。おなかすいた",
        "中2。部活おわっておなかすいたー",
        "中1です。お腹すいたけど夜ご飯まで我慢",
        "高1 塾のあとでお腹すいて集中できん",
        "しょうがくせいです。おなかすいた",
    ],
)
def test_a_pupil_who_is_hungry_now_is_no_neglect(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "おなかすいた。きのうからなにもたべてない。小3",
        "小5です。いつもおなかすいてる。家にごはんがない",
        "中1。毎日お腹すいてる",
        "ぼく小2。おなかすいたけどママがかえってこない",
        "小6 おなかすいた。お母さん3日かえってこない",
        "近所の子がいつもお腹をすかせている",
    ],
)
def test_hunger_beside_another_sign_is_neglect(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "祖母がいなくなって、見つかったと思ったら人違いでした。まだ見つかりません",
        "母が行方不明になって、見つかったかと思ったら別の人でした",
        "祖父が行方不明になって一度見つかったけど、また見つからない",
    ],
)
def test_a_person_thought_found_but_still_missing_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が行方不明になりましたが、無事に見つかりました",
        "母がいなくなったけど、警察に保護されました。ありがとうございました",
        "祖母が迷子になったけど、見つかりました。お騒がせしました",
    ],
)
def test_a_person_found_again_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize("text", ["ﾀｽｹﾃ ﾅｸﾞﾗﾚﾙ", "ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ ｺﾜｲ", "ｼﾆﾀｲ"])
def test_explain_shows_what_classify_decides_for_katakana_only_messages(extractor, text):
    """「ﾀｽｹﾃ ﾅｸﾞﾗﾚﾙ」 finds nothing until it is read again in hiragana; --explain once
    skipped that second reading and showed no label where classify raised abuse."""
    explained, _ = extractor.extract_explained(text)
    assert explained == extractor.extract(text)
    assert explained.crisis
