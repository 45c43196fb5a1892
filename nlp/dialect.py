"""Dialect negatives read as standard ones, for the lexicon's regular expressions.

Much of Japan says a verb's negative with ん (western Japan, Tohoku, Izumo, and older
people everywhere): 「父が帰ってこん」「揺すっても起きん」「電話もつながらん」「返事せん」
「起きんかった」, and へん in Kansai (「動かへん」); and ている as とる (「浴槽に沈んどる」
「家の前で待っとる」). Word forms in the lexicon already match
them (ず, ぬ and へん are ない to ``nlp.tokens``), but a ``re:`` row is text, written with
ない: 「帰ってこない」. A script that rewrote the crisis test texts this way lost 100 and more
of them. Such a message is read once more with each of these negatives written as ない
(``dialect_negatives``); the new characters point at the writer's own ん, so the evidence
still shows their words.
"""

from __future__ import annotations

import re

from nlp.normalise import Normalised, replaced
from nlp.tokens import Tokens

_VERB_POS = frozenset({"動詞", "助動詞"})
# A message with none of these has no form to rewrite (most messages: read no further).
_MAY_HAVE_ONE = re.compile(r"ん|[とど][るっり]")
# ている said とる/どる (western Japan): 「沈んどる」「待っとる」「しとった」「なっとります」.
_IS_DOING = {
    "とる": "ている",
    "どる": "でいる",
    "とっ": "てい",
    "どっ": "でい",
    "とり": "てい",
    "どり": "でい",
}
# The token the tagger makes of 「来ん」 after て (帰ってこん: 此れ, 込む): read as こない.
_COME_AFTER_TE = frozenset({"こん"})
_COME_NOT = re.compile(r"[てで]こん(?:(?![ぁ-ゖ])|(?=かった|し|けど|のに|よ|わ|ね|で))")
# 居る: the lexicon has its own rows for おらん (「母がおらん」), and 「おらんようになる」 is
# 「いなくなる」, which おらない would misread.
_OWN_ROWS = frozenset({"居る"})
# 来る before Kansai へん: 「出てけえへん」「こーへん」「きいひん」 are 出てこない.
_COME_STEMS = frozenset({"け", "けえ", "けー", "こ", "こー", "こう", "き", "きい"})


def dialect_negatives(
    norm: Normalised, tokens: Tokens
) -> tuple[Normalised, list[tuple[int, int]]] | None:
    """``norm`` with each dialect negative of a verb written as ない, and the spans of the
    writer's text rewritten; None when it has none: 「帰らん」→「帰らない」, 「起きんかった」→
    「起きなかった」, 「動かへん」→「動かない」, 「帰ってこん」→「帰ってこない」, 「息しとらん」→
    「息していない」."""
    text = norm.text
    if _MAY_HAVE_ONE.search(text) is None:
        return None
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the normalised text
    for i in range(1, len(words)):
        word, before = words[i], words[i - 1]
        if ends[i - 1] != starts[i] or before.lemma in _OWN_ROWS:
            continue
        if word.surface == "へん" and before.surface in _COME_STEMS:  # けえへん, こーへん
            edits.append((starts[i - 1], ends[i], "こない"))
            continue
        surface = word.surface
        if surface == "ん" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            if word.lemma != "ない" or before.surface in ("ませ", "し"):
                continue
            if before.surface == "せ" and before.lemma == "為る":  # 返事せん → 返事しない
                edits.append((starts[i - 1], ends[i], "しない"))
            elif before.lemma == "とる" and before.surface in ("とら", "どら"):  # 息しとらん
                edits.append(
                    (
                        starts[i - 1],
                        ends[i],
                        "ていない" if before.surface[0] == "と" else "でいない",
                    )
                )
            else:
                edits.append((starts[i], ends[i], "ない"))  # 帰らん, つながらん, 起きん
        elif word.lemma == "とる" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            standard = _IS_DOING.get(surface)  # 沈んどる, 待っとる, 大事にしとった
            if standard is not None:
                edits.append((starts[i], ends[i], standard))
        elif surface.startswith("んかっ") and word.lemma == "ない" and before.pos1 in _VERB_POS:
            edits.append((starts[i], starts[i] + 1, "な"))  # 起きんかった (same length)
        elif surface == "へん" and word.pos1 == "助動詞" and before.pos1 in _VERB_POS:
            edits.append((starts[i], ends[i], "ない"))  # 動かへん
        elif surface in _COME_AFTER_TE and before.surface in ("て", "で"):
            edits.append((starts[i], ends[i], "こない"))  # 帰ってこん, 出てこん
    for found in _COME_NOT.finditer(text):  # kana the tagger cuts otherwise (かえってこん)
        begin = found.start() + 1
        if not any(start < begin + 2 and begin < end for start, end, _ in edits):
            edits.append((begin, begin + 2, "こない"))
    if not edits:
        return None
    edits.sort()
    return replaced(norm, edits), [norm.original_span(b, e) for b, e, _ in edits]
