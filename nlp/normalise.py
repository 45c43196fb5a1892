"""Text normalisation that remembers where every character came from.

The tagger and the lexicon see a normalised copy of the message (NFKC, so that
half-width kana and full-width letters become ordinary; spaced-out characters
joined, so that 「か　い　ご」 reads as 介護). Evidence must point into the text
the resident actually wrote, so every normalised character keeps the span of
the original characters it came from.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# A base character plus any combining or half-width (semi-)voiced marks that NFKC
# folds into it (ｶﾞ -> ガ), or a run of whitespace.
_CHUNK = re.compile(r"\s+|.[\u0300-\u036f\u3099\u309a\uff9e\uff9f]*", re.S)
_SPACE = re.compile(r"\s")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


class Normalised:
    """The normalised text and, per normalised character, its span in the original.

    A plain class, not a frozen dataclass: made for every message, and compiled with
    mypyc (nlp.native) its __init__ is native, where a dataclass's runs as Python. The
    attributes are Final: nothing may change them.
    """

    def __init__(
        self,
        text: str,
        starts: tuple[int, ...] | None,  # None: identical to the original
        ends: tuple[int, ...] | None,
        breaks: frozenset[int],  # normalised offsets where a sentence break was removed
        # normalised offsets where any space between Japanese characters was removed: the
        # writer's word boundaries (「ｶｲｺﾞ ﾉ ｿｳﾀﾞﾝ」), which the tagger cannot see
        joins: frozenset[int] = frozenset(),
    ) -> None:
        self.text: Final = text
        self.starts: Final = starts
        self.ends: Final = ends
        self.breaks: Final = breaks
        self.joins: Final = joins

    def __repr__(self) -> str:
        return (
            f"Normalised(text={self.text!r}, starts={self.starts!r}, ends={self.ends!r}, "
            f"breaks={self.breaks!r}, joins={self.joins!r})"
        )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    """NFKC, drop whitespace between Japanese characters, keep an offset map."""
    if not _SPACE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text, None, None, frozenset())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    breaks: set[int] = set()
    joins: set[int] = set()
    chunks = [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(text)]
    run_lengths = _run_lengths(chunks)
    word_spaced = _word_spaced(chunks, run_lengths)
    for idx, (begin, end, chunk) in enumerate(chunks):
        if chunk[0].isspace():
            prev_char = out[-1] if out else ""
            next_chunk = chunks[idx + 1][2] if idx + 1 < len(chunks) else ""
            next_char = unicodedata.normalize("NFKC", next_chunk[:1])
            if _ASCII_WORD.match(prev_char) and _ASCII_WORD.match(next_char):
                out.append(" ")  # keep "I am" apart
                starts.append(begin)
                ends.append(end)
            elif (
                out
                and next_chunk
                and (
                    "\n" in chunk
                    or (not word_spaced and run_lengths[idx - 1] > 1 and run_lengths[idx + 1] > 1)
                )
            ):
                # 「お金は大丈夫 母の介護」: a space between two phrases ends a sentence;
                # 「か い ご」: spaced-out single characters do not, nor the spaces of a
                # message written word by word (「おっと が わたし の …」, as やさしい日本語).
                breaks.add(len(out))
            if out and next_chunk:
                joins.add(len(out))
            continue
        for char in unicodedata.normalize("NFKC", chunk):
            out.append(char)
            starts.append(begin)
            ends.append(end)
    return Normalised("".join(out), tuple(starts), tuple(ends), frozenset(breaks), frozenset(joins))


# Particles a writer sets apart when spacing word by word (分かち書き).
_SPACED_PARTICLES = frozenset("がのをにはへでとも")


def _word_spaced(chunks: list[tuple[int, int, str]], run_lengths: list[int]) -> bool:
    """「おっと が わたし の パスポート を とって」: two or more particles standing alone
    between spaces mean the spaces are word breaks, not phrase or sentence breaks."""
    alone = 0
    for idx, (_, _, chunk) in enumerate(chunks):
        if run_lengths[idx] == 1 and chunk in _SPACED_PARTICLES:
            alone += 1
            if alone >= 2:
                return True
    return False


def _run_lengths(chunks: list[tuple[int, int, str]]) -> list[int]:
    """For each chunk, the number of non-space chunks in its run (0 for spaces)."""
    lengths = [0] * len(chunks)
    i = 0
    while i < len(chunks):
        if chunks[i][2][0].isspace():
            i += 1
            continue
        j = i
        while j < len(chunks) and not chunks[j][2][0].isspace():
            j += 1
        for k in range(i, j):
            lengths[k] = j - i
        i = j
    return lengths


_KATA_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_HIRA_TO_KATA = {code - 0x60: code for code in range(0x30A1, 0x30F7)}


def to_hiragana(text: str) -> str:
    return text.translate(_KATA_TO_HIRA)


def to_katakana(text: str) -> str:
    return text.translate(_HIRA_TO_KATA)


_KANA_ONLY = re.compile(r"[\u3041-\u309f\u30a0-\u30ffー]+")


def is_kana(text: str) -> bool:
    """True when the writer used only kana, i.e. did not commit to a kanji spelling."""
    return _KANA_ONLY.fullmatch(text) is not None
