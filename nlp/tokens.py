"""A normalised token stream: the keys each word can be matched by, and where it is.

A token is matched by its dictionary form (lemma), by its surface folded to
hiragana, and, when the resident wrote it in kana only, by its reading, so that
しょうがい, 障がい and 障碍 all meet the lexicon's 障害, and ﾋｷｺﾓﾘ meets 引きこもり.
"""

from __future__ import annotations

from typing import NamedTuple

from nlp.normalise import Normalised, is_kana, to_hiragana, to_katakana
from nlp.tagger import Morpheme

# The written negations ん, ず, ぬ and the Kansai へん/ひん all mean ない.
_LEMMA_ALIASES = {"無い": "ない", "ず": "ない", "ぬ": "ない", "へん": "ない", "ひん": "ない"}
_SENTENCE_ENDS = frozenset("。．.!！?？…\n")
_CLAUSE_ENDS = frozenset("、，,;；")
# Conjunctive particles that end the scope of a negation (「お金は大丈夫だけど…」).
_CLAUSE_PARTICLES = frozenset({"が", "けれど", "けど", "のに", "し", "から", "ので"})


class Token(NamedTuple):
    surface: str
    start: int  # offsets in the normalised text
    end: int
    lemma: str | None
    keys: tuple[str, ...]
    pos1: str
    pos2: str
    kana_only: bool
    sentence: int
    clause: int


def canonical_lemma(lemma: str | None) -> str | None:
    """Strip UniDic's loanword gloss (ケア-care) and merge the forms of negation."""
    if not lemma:
        return None
    if "-" in lemma and not lemma.startswith("-"):
        lemma = lemma.split("-", 1)[0]
    return _LEMMA_ALIASES.get(lemma, lemma)


def token_keys(surface: str, lemma: str | None, kana_base: str | None) -> tuple[str, ...]:
    """Keys a message token can be looked up by (see module docstring)."""
    keys = [to_hiragana(surface)]
    if lemma is not None and lemma != keys[0]:
        keys.append(lemma)
    if len(surface) > 1 and is_kana(surface):  # a lone kana (こ of 来ない) is no reading
        keys.append("~" + to_katakana(surface))
        if kana_base:
            keys.append("~" + kana_base)
    return tuple(keys)


def build_tokens(norm: Normalised, morphemes: list[Morpheme]) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    sentence = clause = 0
    breaks = norm.breaks
    for m in morphemes:
        start = pos + len(m.white_space)
        end = start + len(m.surface)
        pos = end
        if breaks and any(start >= b > (tokens[-1].start if tokens else -1) for b in breaks):
            sentence += 1
            clause += 1
        lemma = canonical_lemma(m.lemma)
        tokens.append(
            Token(
                m.surface,
                start,
                end,
                lemma,
                token_keys(m.surface, lemma, m.kana_base),
                m.pos1,
                m.pos2,
                is_kana(m.surface),
                sentence,
                clause,
            )
        )
        if m.surface in _SENTENCE_ENDS or (m.pos1 == "補助記号" and m.surface[-1] in "。!?"):
            sentence += 1
            clause += 1
        elif m.surface in _CLAUSE_ENDS or (
            m.pos2 == "接続助詞" and lemma in _CLAUSE_PARTICLES
        ):
            clause += 1
    return tokens
