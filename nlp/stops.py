"""Full stops a writer left out: 「夫が倒れて入院中ですまだ意識が戻らない」.

Many residents write without punctuation, one sentence running into the next. The
patterns and rules read 。 as a sentence's end (「まだ意識が戻らない」 must start a
sentence, 「入院中です」 end one), so such a message is read once more with a 。 where
a sentence plainly ended: after a polite end (ます, です, ません, ました, でした) that is
followed by a word, not by a particle or an ending (「いますもう」, not 「ですね」
「ますから」); after a plain end (た, ない, たい) only when a verb, an adjective, an adverb
or a conjunction follows (「言われた笑えない」「帰りたくないもう無理」), since a plain
end before a noun is most often a relative clause (「昨日買った本」「殴られた私」); the
same after an adjective (「つらいもう無理」).
"""

from __future__ import annotations

from nlp.tokens import Tokens

_POLITE = frozenset({"ます", "です"})
_PAST_AFTER_POLITE = frozenset({"まし", "でし"})
_PLAIN = frozenset({"た", "ない", "たい"})
_NOT_AFTER_POLITE = frozenset({"助詞", "助動詞", "接尾辞", "補助記号", "記号", "空白"})
_AFTER_PLAIN = frozenset({"動詞", "形容詞", "副詞", "接続詞", "感動詞"})
_AFTER_ADJECTIVE = frozenset({"副詞", "接続詞", "感動詞"})
# What may follow an end but belongs to its sentence: a laugh (「ゴミ出ししてました笑」),
# 「まあ」 that shrugs it off (「死にたいまあ次は当たるか」).
_STAYS = frozenset({"笑", "w", "草", "まあ", "まぁ"})
_LAUGHS = frozenset({"笑", "w", "草", "😂", "🤣", "😆", "😅"})
# After a plain end: 成る (「見かけないなって」 is cut ない|なっ|て); the wish to die or
# vanish, whose cause comes just before it in one breath (「抽選外れた死にたいまあ次は」):
# the first reading already reads them together, and a joke's frame needs the cause.
_NOT_AFTER_PLAIN = frozenset({"成る", "死ぬ", "消える"})
_OPENING = frozenset("「『")
_CLOSING = frozenset("」』")


def implied_stops(tokens: Tokens) -> list[int]:
    """Normalised offsets where a sentence ended with no mark written (a 。 goes there)."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    stops: list[int] = []
    if any(word.surface in _LAUGHS for word in words):
        return stops  # a joke's frame may lie across its sentences (「爆死した死にたいw」)
    quoted = 0  # inside 「…」: a quote's words are one utterance (「部活きつい死ぬ」って)
    for i in range(len(words) - 1):
        word, following = words[i], words[i + 1]
        if word.surface in _OPENING:
            quoted += 1
        elif word.surface in _CLOSING and quoted:
            quoted -= 1
        if i == 0 or quoted or ends[i] != starts[i + 1] or following.surface in _STAYS:
            continue
        surface, lemma = word.surface, word.lemma
        if word.pos1 == "形容詞":  # 「つらいもう無理」; not 「つらく」
            if surface[-1:] == "い" and following.pos1 in _AFTER_ADJECTIVE:
                stops.append(ends[i])
            continue
        if word.pos1 != "助動詞":
            continue
        polite = (
            (lemma in _POLITE and surface == lemma)
            or (surface == "ん" and words[i - 1].surface == "ませ")
            or (surface == "た" and words[i - 1].surface in _PAST_AFTER_POLITE)
        )
        if polite:
            if following.pos1 not in _NOT_AFTER_POLITE:
                stops.append(ends[i])
        elif (
            lemma in _PLAIN
            and surface in _PLAIN
            and following.pos1 in _AFTER_PLAIN
            and not (lemma == "たい" and following.pos1 == "動詞")  # 入りたい消えたい: a list
            and following.lemma not in _NOT_AFTER_PLAIN
        ):
            stops.append(ends[i])
    return stops
