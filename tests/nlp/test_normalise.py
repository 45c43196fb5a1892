"""Normalisation keeps a map back to the original characters."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.normalise import _DECORATION, _normalise, is_kana, normalise, to_hiragana, to_katakana


def test_plain_text_is_untouched():
    norm = normalise("母の介護")
    assert norm.text == "母の介護"
    assert norm.original_span(2, 4) == (2, 4)


def test_half_width_kana_with_voicing_marks_fold_to_one_character():
    norm = normalise("ｼｮｳｶﾞｲ")
    assert norm.text == "ショウガイ"
    assert norm.original_span(3, 4) == (3, 5)  # ガ came from ｶﾞ


def test_spaces_between_japanese_are_dropped_but_kept_between_latin_words():
    assert normalise("か い ご").text == "かいご"
    assert normalise("I am ＯＫ").text == "I am OK"


def test_a_space_between_phrases_is_a_sentence_break():
    norm = normalise("お金は大丈夫 母の介護が心配")
    assert norm.text == "お金は大丈夫母の介護が心配"
    assert norm.breaks == frozenset({6})
    assert normalise("か い ご").breaks == frozenset()


def test_kana_helpers():
    assert to_hiragana("ヒキコモリ") == "ひきこもり"
    assert to_katakana("かいご") == "カイゴ"
    assert is_kana("しょうがい") and not is_kana("障害")


def test_every_dropped_space_is_remembered_as_a_word_boundary():
    norm = normalise("ｶｲｺﾞ ﾉ ｿｳﾀﾞﾝ")
    assert norm.text == "カイゴノソウダン"
    assert norm.joins == frozenset({3, 4})
    assert norm.breaks == frozenset()


def test_spaces_of_a_message_all_in_katakana_are_word_breaks():
    norm = normalise("ﾀﾞﾝﾅ ﾆ ｸﾋﾞ ｼﾒﾗﾚﾀ ｺﾜｲ")
    assert norm.text == "ダンナニクビシメラレタコワイ"
    assert norm.breaks == frozenset()
    assert normalise("ダンナ コワイ\nタスケテ").text == "ダンナコワイ。タスケテ"


def test_a_line_break_or_a_wide_space_after_a_sentence_is_a_full_stop():
    """The patterns and rules read 。 as a sentence's end; a writer's line break, or a
    full-width space after です or た, is one (「いま屋上にいます　もう飛ぶしかない」)."""
    assert (
        normalise("いま屋上にいます　もう飛ぶしかない").text == "いま屋上にいます。もう飛ぶしかない"
    )
    norm = normalise("家出してきた\n今ネカフェ\n中2")
    assert norm.text == "家出してきた。今ネカフェ。中2"
    assert norm.original_span(6, 7) == (6, 7)  # the 。 is the writer's line break
    assert normalise("死にたい。\nもう無理").text == "死にたい。もう無理"  # no second 。
    # phrase by phrase, or in kana only: the space is not a full stop
    assert normalise("夫に　パスポートを　隠されて").text == "夫にパスポートを隠されて"
    assert (
        normalise("おかあさん　うごかない　いきしてるか").text == "おかあさんうごかないいきしてるか"
    )


# normalise() as it was first written: one chunk at a time, each through NFKC. The faster
# normalise() must give exactly this.
_CHUNK = re.compile(r"\s+|.[\u0300-\u036f\u3099\u309a\uff9e\uff9f]*", re.S)


def _chunk_by_chunk(text: str) -> tuple[object, ...]:
    if not re.search(r"\s", text) and unicodedata.is_normalized("NFKC", text):
        return (text, None, None, frozenset(), frozenset())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    breaks: set[int] = set()
    joins: set[int] = set()
    chunks = [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(text)]
    runs = [0] * len(chunks)  # non-space chunks in each chunk's run
    i = 0
    while i < len(chunks):
        j = i
        while j < len(chunks) and not chunks[j][2][0].isspace():
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = j + 1
    # written word by word (分かち書き): two particles standing alone
    particles = frozenset("がのをにはへでとも")
    spaced = sum(runs[k] == 1 and chunk in particles for k, (_, _, chunk) in enumerate(chunks))
    # or written all in katakana (no hiragana, no kanji): its spaces are word breaks too
    if not re.search(r"[\u3041-\u309f\u3400-\u9fff\uf900-\ufaff々]", text) and re.search(
        r"[\u30a1-\u30fa\uff66-\uff9d]", text
    ):
        spaced = 2
    word = re.compile(r"[A-Za-z0-9]")
    for idx, (begin, end, chunk) in enumerate(chunks):
        if chunk[0].isspace():
            before = out[-1] if out else ""
            after = chunks[idx + 1][2] if idx + 1 < len(chunks) else ""
            if word.match(before) and word.match(unicodedata.normalize("NFKC", after[:1])):
                out.append(" ")
                starts.append(begin)
                ends.append(end)
            elif (
                out
                and after
                and ("\n" in chunk or (spaced < 2 and runs[idx - 1] > 1 and runs[idx + 1] > 1))
            ):
                # a line break, or a full-width space after a sentence's end in a message
                # with kanji, is written as 。; another full-width space there as 、, but
                # not after a case particle or between て and its auxiliary (unless
                # punctuation is already beside it)
                tail = "".join(out)[-2:]
                following = unicodedata.normalize("NFKC", after[:1])[:1]
                wide = "\u3000" in chunk and re.search(r"[\u3400-\u9fff]", text) is not None
                stop = "\n" in chunk or (
                    wide
                    and before in "たですんいよねわか"
                    and tail != "とか"
                    and (before != "で" or tail == "いで")
                )
                comma = (
                    wide
                    and not stop
                    and before not in "にをがはへのとも"
                    and not (before in "てで" and following in "いおしくもみあほ")
                )
                beside = "。、！？!?…,. \u3000"
                mark = "。" if stop else "、" if comma else ""
                if mark and before and before not in beside and following not in beside:
                    out.append(mark)
                    starts.append(begin)
                    ends.append(end)
                    if mark == "、":
                        breaks.add(len(out))
                else:
                    breaks.add(len(out))
            if out and after:
                joins.add(len(out))
            continue
        for char in chunk if chunk == "…" else unicodedata.normalize("NFKC", chunk):
            out.append(char)
            starts.append(begin)
            ends.append(end)
    return ("".join(out), tuple(starts), tuple(ends), frozenset(breaks), frozenset(joins))


_ALPHABET = [
    *"aZ09 ",
    *"\u3000\n\t\xa0\u2003\x1c",  # spaces
    *"\u0301\u0308\u3099\u309a\uff9e\uff9f\u20d0\u0344",  # marks, folded in or not
    *"ｶｷﾊｳ",  # half-width kana
    *"Ａ１？！（",  # full-width
    *"母介護がのは。、",
    *"がのをで",  # particles: two standing alone make a message written word by word
    *"¨㍻①ﬁ…",  # NFKC makes these several characters (¨ starts with a space), but not …
    *"😀𠮷\ud800",
    *"\u1100\u1161\uac00Åé",
]


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from(_ALPHABET), max_size=16))
def test_normalise_is_nfkc_chunk_by_chunk(text):
    norm = _normalise(text)
    got = (norm.text, norm.starts, norm.ends, norm.breaks, norm.joins)
    assert got == _chunk_by_chunk(text)


def test_every_character_of_the_bmp_normalises_as_its_own_chunk():
    for code in range(0x10000):
        for text in (chr(code), f"a{chr(code)}\u3099", f" {chr(code)} x"):
            norm = _normalise(text)
            assert (norm.text, norm.starts, norm.ends, norm.breaks, norm.joins) == (
                _chunk_by_chunk(text)
            ), text


# ---------------------------------------------------------------- emoji and kaomoji


def test_a_crying_face_is_dropped_and_ends_a_sentence():
    norm = normalise("もう疲れた😢消えるね😭")
    assert norm.text == "もう疲れた消えるね"
    assert norm.breaks == frozenset({5})  # where 😢 stood between two words
    assert norm.original_span(5, 9) == (6, 10)  # 消えるね, in the writer's text


def test_a_kaomoji_is_dropped_but_not_brackets_with_words_or_an_age():
    assert normalise("ﾀｽｹﾃ(´；ω；`)").text == "タスケテ"
    assert normalise("ツライ（T_T）").text == "ツライ"
    assert normalise("息子(48)が").text == "息子(48)が"
    assert normalise("彼氏から(DV)").text == "彼氏から(DV)"
    assert normalise("大丈夫です(笑)").text == "大丈夫です(笑)"


def test_laughing_faces_stay_for_the_rules_that_read_a_joke():
    assert normalise("死ぬ😂").text == "死ぬ😂"
    assert normalise("疲れた(^^)").text == "疲れた(^^)"
    assert normalise("大丈夫？❓").text.endswith("?❓")


_DECORATED = [*_ALPHABET, "😢", "😭", "🙏", "❤", "\ufe0f", "\u200d", "(´；ω；`)", "😂", "(^^)"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_DECORATED), max_size=12).map("".join))
def test_decorations_are_taken_out_and_the_rest_maps_to_the_writers_characters(text):
    norm = normalise(text)
    plain = _normalise(_DECORATION.sub("", text))
    assert norm.text == plain.text
    taken = {i for found in _DECORATION.finditer(text) for i in range(*found.span())}
    for i in range(len(norm.text)):
        start, end = norm.original_span(i, i + 1)  # (a mark after an emoji joins the
        assert start not in taken and end - 1 not in taken  # letter before it, over it)
