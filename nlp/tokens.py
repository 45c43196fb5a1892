"""A normalised token stream: the keys each word can be matched by, and where it is.

A token is matched by its dictionary form (lemma), by its surface folded to
hiragana, and, when the resident wrote it in kana only, by its reading, so that
しょうがい, 障がい and 障碍 all meet the lexicon's 障害, and ﾋｷｺﾓﾘ meets 引きこもり.

Everything that depends only on the word (not on where it stands) is computed
once per distinct MeCab output line and cached in a ``Vocabulary``: most
messages reuse words seen before, and this keeps extraction close to the cost
of tagging itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from nlp.normalise import Normalised, is_kana, to_hiragana, to_katakana
from nlp.tagger import morpheme

# The written negations ん, ず, ぬ and the Kansai へん/ひん all mean ない.
_LEMMA_ALIASES = {"無い": "ない", "ず": "ない", "ぬ": "ない", "へん": "ない", "ひん": "ない"}
_SENTENCE_ENDS = frozenset("。．.!！?？…\n")
_CLAUSE_ENDS = frozenset("、，,;；")
# Conjunctive particles that end the scope of a negation (「お金は大丈夫だけど…」).
_CLAUSE_PARTICLES = frozenset({"が", "けれど", "けど", "のに", "し", "から", "ので"})
_CACHE_LIMIT = 50_000  # distinct words kept; cleared when full, so memory stays flat


class Word(NamedTuple):
    """What a word contributes to a token, wherever it stands (cached)."""

    surface: str
    lemma: str | None
    keys: tuple[str, ...]
    pos1: str
    pos2: str
    kana_only: bool
    unknown: bool  # not in the dictionary (MeCab guessed it)
    ends_sentence: bool
    ends_clause: bool
    candidates: Any  # what the lexicon may match starting here (set by the lexicon)


class Token(NamedTuple):
    word: Word
    start: int  # offsets in the normalised text
    end: int
    sentence: int
    clause: int

    @property
    def surface(self) -> str:
        return self.word.surface

    @property
    def lemma(self) -> str | None:
        return self.word.lemma

    @property
    def keys(self) -> tuple[str, ...]:
        return self.word.keys


def canonical_lemma(lemma: str | None) -> str | None:
    """Strip UniDic's loanword gloss (ケア-care) and merge the forms of negation."""
    if not lemma:
        return None
    if "-" in lemma and not lemma.startswith("-"):
        lemma = lemma.split("-", 1)[0]
    return _LEMMA_ALIASES.get(lemma, lemma)


def token_keys(surface: str, lemma: str | None, lform: str) -> tuple[str, ...]:
    """Keys a message token can be looked up by (see module docstring)."""
    keys = [to_hiragana(surface)]
    if lemma is not None and lemma != keys[0]:
        keys.append(lemma)
    if len(surface) > 1 and is_kana(surface):  # a lone kana (こ of 来ない) is no reading
        keys.append("~" + to_katakana(surface))
        if lform and lform != surface:
            keys.append("~" + lform)
    return tuple(keys)


class Vocabulary:
    """MeCab output line -> Word, with the lexicon's candidates attached."""

    def __init__(self, candidates: Callable[[tuple[str, ...]], Any]) -> None:
        self._candidates = candidates
        self._words: dict[str, Word] = {}

    def word(self, line: str) -> Word:
        word = self._words.get(line)
        if word is None:
            if len(self._words) > _CACHE_LIMIT:
                self._words.clear()
            word = self._words[line] = self._make(line)
        return word

    def _make(self, line: str) -> Word:
        m = morpheme(line)
        lemma = canonical_lemma(m.lemma)
        keys = token_keys(m.surface, lemma, m.lform)
        return Word(
            m.surface,
            lemma,
            keys,
            m.pos1,
            m.pos2,
            is_kana(m.surface),
            m.lemma == m.surface == m.lform,
            m.surface in _SENTENCE_ENDS or (m.pos1 == "補助記号" and m.surface[-1] in "。!?"),
            m.surface in _CLAUSE_ENDS or (m.pos2 == "接続助詞" and lemma in _CLAUSE_PARTICLES),
            self._candidates(keys),
        )

    def tokens(self, norm: Normalised, lines: list[str]) -> list[Token]:
        tokens: list[Token] = []
        text = norm.text
        pos = 0
        sentence = clause = 0
        breaks = sorted(norm.breaks) if norm.breaks else None
        cached = self._words.get
        for line in lines:
            word = cached(line) or self.word(line)
            start = text.find(word.surface, pos)  # MeCab skips whitespace only
            if start < 0:
                start = pos
            pos = start + len(word.surface)
            if breaks:
                while breaks and breaks[0] <= start:
                    breaks.pop(0)
                    if tokens:
                        sentence += 1
                        clause += 1
            tokens.append(Token(word, start, pos, sentence, clause))
            if word.ends_sentence:
                sentence += 1
                clause += 1
            elif word.ends_clause:
                clause += 1
        return tokens
