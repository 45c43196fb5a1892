"""Crisis words written in hiragana that the tagger cuts into other words, read in kanji.

Children, older people and anyone typing fast write 「もうしんでもいい」「しねっていわれた」
「じさつしたい」「りすかしちゃった」「むすめがけられた」「ろーぷかった」. UniDic reads these
kana as 芯+で, 為る+ない, ジ+冊, 栗鼠+か, 掛ける, 櫓+ぷか: 死ぬ, 自殺, 蹴る and the rest never
reach the lexicon (a script that rewrote the crisis test texts in hiragana lost 37 of the
39 with 死). Such a message is read once more with these words
written in kanji or katakana (``kana_spellings``); the new characters point at the writer's
own kana, so the evidence still shows their words, and only labels whose evidence includes
a rewritten word are added (see ``nlp.extractor._added_where_rewritten``).

Each spelling is bound on the left (by the start of the message, a space or a mark, a few
adverbs such as もう and いっそ, or the writer as subject: 「ぼくは」), so the same kana inside
a longer word stays as it is: 「きゅうしんでした」 (休診), 「あんしんで」 (安心), 「じしんで」
(地震), 「しんだい」 (寝台); and a death told of someone else (「ははがしんで」) is left to the
kanji reading, where the rows for grief read it.
"""

from __future__ import annotations

import re

from nlp.normalise import Normalised, replaced

# What may stand before the word: the start, a space or a mark.
_AFTER_A_BREAK = r"(?:^|(?<=[\s、。,.「『！!？?…]))"
# Before 死ん: that, or an adverb, or the writer as the one (「ぼくは」「わたしも」): with
# another subject it is mostly a death told (「ははがしんで」「きんぎょがしんで」), which the
# rows for grief only read in kanji (母, 金魚).
_SELF = ("わたし", "あたし", "ぼく", "おれ", "うち", "じぶん", "わし")
_BEFORE_DYING = (
    "(?:"
    + "|".join(
        [_AFTER_A_BREAK[3:-1]]
        + [f"(?<={adverb})" for adverb in ("もう", "いっそ", "はやく", "いま")]
        + [f"(?<={who}{particle})" for who in _SELF for particle in "はも"]
    )
    + ")"
)

# (pattern, written): a match of the pattern is read as ``written``.
_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 死んで, 死んだ, 死んじゃう (not 死んでん…, しんだい 寝台, しんでれら)
    (re.compile(_BEFORE_DYING + r"しん(?=で(?![んれ]|した)|だ(?![いん])|じゃ)"), "死ん"),
    # 死ね as a word said or thought: 「しねっていわれた」「しね。」
    (
        re.compile(_AFTER_A_BREAK + r"しね(?=って|っ[。！!]|と(?:か|い|言)|[」』。！!、…]|\s|$)"),
        "死ね",
    ),
    (re.compile(r"(?<=もう)しぬ"), "死ぬ"),
    (re.compile(r"(?:(?<=[にでとも])|(?<=いっそ))しのう"), "死のう"),
    # 自殺 wished or planned (not 「じさつたいさく」, nor an attempt told from the past)
    (
        re.compile(
            r"じさつ(?=したい|しよう|する(?:しか|かも|つもり)|しそう|しちゃ|したく|を?かんがえ)"
        ),
        "自殺",
    ),
    (re.compile(r"りすか(?=[しすやをのがはもっ]|あと|[\s。、！!…]|$)"), "リスカ"),
    (re.compile(r"(?<=が)けら(?=れ)"), "蹴ら"),  # むすめがけられた (not 掛ける)
    (re.compile(r"ろーぷ"), "ロープ"),
)
# A message with none of these has nothing to rewrite (most messages: read no further).
_MAY_HAVE_ONE = re.compile(r"し[んねぬの]|じさつ|りすか|けら|ろーぷ")


def kana_spellings(norm: Normalised) -> tuple[Normalised, list[tuple[int, int]]] | None:
    """``norm`` with each crisis word above written in kanji (or katakana), and the spans of
    the writer's text rewritten; None when it has none."""
    text = norm.text
    if _MAY_HAVE_ONE.search(text) is None:
        return None
    edits: list[tuple[int, int, str]] = []
    for pattern, written in _SPELLINGS:
        for found in pattern.finditer(text):
            begin, end = found.span()
            if not any(start < end and begin < stop for start, stop, _ in edits):
                edits.append((begin, end, written))
    if not edits:
        return None
    edits.sort()
    return replaced(norm, edits), [norm.original_span(b, e) for b, e, _ in edits]
