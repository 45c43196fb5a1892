"""Polite negatives read as plain ones, for the lexicon's regular expressions.

Residents write to the town hall politely: 「起きません」「戻りません」「つながりません」
「反応がありません」. Word forms in the lexicon already match them (their lemmas merge
ます and ん into ない, see ``nlp.tokens``), but a ``re:`` row is text, and most were
written with the plain 「起きない」「戻らない」. Rather than give every such row its polite
twins, the message is read a second time with each 「…ません」 after a verb turned into
「…ない」, keeping every offset (the spare character becomes a space, after any closing marks that
follow: 「いません」」→「いない」 」), so a pattern's match still points at the writer's own
words. The rules read this text too; a pattern that wants a quote's 」と right after a
polite negative must allow the space (「…しない」 と連絡が」).
"""

from __future__ import annotations

from nlp.tokens import Tokens

# The last kana of a godan verb's dictionary form -> its i-row (連用形, before ます) and
# a-row (未然形, before ない): 戻る 戻り 戻ら, 動く 動き 動か, 言う 言い 言わ.
_I_ROW = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))
_A_ROW = dict(zip("うくぐすつぬぶむる", "わかがさたなばまら", strict=True))
_VERB_POS = frozenset({"動詞", "助動詞"})
_CLOSERS = frozenset("」』）)。、，,.！!？?…〜~")
_THERE_IS = frozenset({"有る", "在る", "ある"})
# Kana the tagger reads as a godan verb though residents mean the ichidan one: おきません is
# 起きません (「ママがおきません」) far more often than 置きません.
_KANA_ICHIDAN = frozenset({"おき"})


def plain_negatives(text: str, tokens: Tokens, changed: list[tuple[int, int]]) -> str | None:
    """``text`` with each verb + ません read as its plain negative (same length), or None
    when it has none. 「起きません」→「起きない 」, 「戻りません」→「戻らない 」,
    「来ません」→「こない 」, 「反応がありません」→「反応がない   」, 「いません」」→「いない」 」,
    「起きませんでした」→「起きなかった  」. The spans rewritten are appended to ``changed``."""
    if "ませ" not in text:
        return None
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    chars: list[str] | None = None
    for i in range(1, len(words) - 1):
        polite = words[i]
        if polite.surface != "ませ" or polite.lemma != "ます" or words[i + 1].surface != "ん":
            continue
        if text[ends[i + 1] : ends[i + 1] + 1] in ("か", "?", "？"):
            continue  # 「頼める人はいませんか」 asks; it denies nothing
        verb = words[i - 1]
        if ends[i - 1] != starts[i] or ends[i] != starts[i + 1]:
            continue
        if verb.pos1 in _VERB_POS:
            stem = _plain_stem(verb.surface, verb.lemma or "")
        elif verb.surface in ("て", "で") and verb.pos1 == "助詞":
            stem = verb.surface  # 「連絡とれてません」 (て-いません, the い dropped) → とれてない
        else:
            continue
        if chars is None:
            chars = list(text)
        begin, end = starts[i - 1], ends[i + 1]
        plain = stem + "ない"
        if text.startswith("でした", end):  # 起きませんでした → 起きなかった
            plain, end = stem + "なかった", end + 3
        # The spare characters go after the closing marks that follow (「いません」」 →
        # 「いない」 」), so patterns that want ない」 or ない。 still find them.
        after = end
        while after < len(text) and text[after] in _CLOSERS:
            after += 1
        plain = (plain + text[end:after]).ljust(after - begin)
        chars[begin:after] = plain
        changed.append((begin, after))
    return "".join(chars) if chars is not None else None


def _plain_stem(surface: str, lemma: str) -> str:
    """The form before ない of a verb written before ます: 戻り→戻ら, 起き→起き, き→こ,
    あり→"" (ある has no stem before ない: 「ありません」 is 「ない」)."""
    if lemma in _THERE_IS:
        return ""
    if lemma in ("来る", "くる") and surface in ("き", "来"):
        return "こ" if surface == "き" else surface
    if surface in _KANA_ICHIDAN:
        return surface
    last = lemma[-1:]
    # 借り (借りる) is ichidan: its lemma is the surface + る, and it keeps its stem.
    if last in _I_ROW and surface[-1:] == _I_ROW[last] and not lemma.endswith(surface[-1] + "る"):
        return surface[:-1] + _A_ROW[last]
    return surface
