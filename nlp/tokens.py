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
from dataclasses import dataclass
from typing import Any, NamedTuple

from nlp.needles import GateKeys
from nlp.normalise import Normalised, is_kana, to_hiragana, to_katakana
from nlp.tagger import morpheme

# The written negations ん, ず, ぬ and the Kansai へん/ひん all mean ない.
_LEMMA_ALIASES = {"無い": "ない", "ず": "ない", "ぬ": "ない", "へん": "ない", "ひん": "ない"}
_SENTENCE_ENDS = frozenset("。．.!！?？…\n")
_CLAUSE_ENDS = frozenset("、，,;；")
# Skipped inside a phrase: politeness and aspect do not change the meaning
# (「話す人がいない」 also matches 話す人がいません, 「話さない」 matches 話してない).
TRANSPARENT = frozenset({"ます", "です", "て", "てる", "ちゃう", "居る", "有る", "仕舞う"})
# Conjunctive particles that end the scope of a negation (「お金は大丈夫だけど…」).
_CLAUSE_PARTICLES = frozenset({"が", "けれど", "けど", "のに", "し", "から", "ので"})
_ODD_POS = frozenset({"記号", "感動詞", "補助記号", "接頭辞", "接尾辞"})
# UniDic also reads a kanji adjective with its okurigana cut short (空い as 空しい), and
# then takes the イ音便 of a verb for it before と, ちょ, とっ (「空いとらん」「手が
# 空いとったら」). Of all such cut-short adjectives (a scan of every kanji + い) only 空い
# is also a verb's イ音便 (空く); the others (少い, 嬉い …) have no verb twin.
_ONBIN_TWINS = {"空い": "空く"}
_NO_KEYS: frozenset[str] = frozenset()
_NO_PAIRS: dict[str, str] = {}  # shared: never written to
_CACHE_LIMIT = 50_000  # distinct words kept; cleared when full, so memory stays flat


@dataclass(slots=True)  # not a NamedTuple or frozen: compiled, a native class is faster
class Word:
    """What a word contributes to a token, wherever it stands (cached)."""

    surface: str
    lemma: str | None
    keys: tuple[str, ...]
    pos1: str
    pos2: str
    kana_only: bool
    unknown: bool  # not in the dictionary (MeCab guessed it)
    ends_sentence: bool
    ends_clause: bool  # also true where a sentence ends
    candidates: Any  # what the lexicon may match starting here (set by the lexicon)
    active: bool  # the lexicon has something that may start at this word
    odd_kana: bool  # kana the tagger may have cut wrongly (see Lexicon.find)
    transparent: bool  # skipped inside phrases (です, て, いる …)
    length: int
    gate_keys: frozenset[str]  # the keys of lexicon pattern gates inside it (nlp.needles)
    follows: dict[str, str]  # first character of a next word -> the key it makes with its last
    first: str  # its first character
    katakana: str  # its surface in katakana (for reading runs of kana, see Lexicon.find)
    written: str  # kana written with its lemma's kanji (きえ → 消え), else the surface


class Token(NamedTuple):
    """One token of a message (built on demand; the matcher works on ``Tokens``)."""

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


class Tokens:
    """A message's tokens as parallel lists: built with C-level helpers, no object per token."""

    __slots__ = ("words", "starts", "ends", "sentences", "clauses")

    def __init__(
        self,
        words: list[Word],
        starts: list[int],
        ends: list[int],
        sentences: list[int],
        clauses: list[int],
    ) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self.sentences = sentences
        self.clauses = clauses

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Token:
        return Token(
            self.words[i], self.starts[i], self.ends[i], self.sentences[i], self.clauses[i]
        )


# Words whose kana stays kana in a kanji reading: particles, endings, prefixes (お, ご).
_KEEP_KANA_POS = frozenset(
    {"助詞", "助動詞", "接頭辞", "接尾辞", "補助記号", "記号", "感動詞", "空白"}
)


# Everyday words residents (and the lexicon's patterns) write in kana: こと, とき, ため …
_EVERYDAY_WORDS = (
    "事 物 時 所 為 様 方 頃 位 程 筈 訳 達 内 後 辺 皆 何 誰 此れ 其れ 彼れ 此処 其処 何処 又 "
    "未だ 迄 矢張り 全然 一寸 沢山 色々 本当 丁度 其の 此の 彼の 様々 宜しい 良い 無い 御飯"
)
_EVERYDAY_KANA = frozenset(_EVERYDAY_WORDS.split())


def written_in_kanji(surface: str, lemma: str | None, lform: str, pos1: str, pos2: str = "") -> str:
    """A kana word written with its lemma's kanji where the reading lines up: きえ (消える,
    キエル) → 消え, くすり (薬) → 薬, おくじょう (屋上) → 屋上; otherwise the surface
    (particles, endings, readings that do not line up: かあ of 母 stays かあ)."""
    if lemma is None or pos1 in _KEEP_KANA_POS or is_kana(lemma) or pos2 == "非自立可能":
        return surface  # いる, ある, なる, する (居る, 有る …) stay as people write them
    if lemma in _EVERYDAY_KANA:
        return surface
    i = len(lemma)
    while i > 0 and "ぁ" <= lemma[i - 1] <= "ゖ":
        i -= 1
    kanji, okurigana_kana = lemma[:i], lemma[i:]
    if not kanji or is_kana(kanji[:1]):
        return surface
    tail = to_katakana(okurigana_kana)
    if not lform.endswith(tail):
        return surface
    kanji_reading = lform[: len(lform) - len(tail)]
    if not kanji_reading or not to_katakana(surface).startswith(kanji_reading):
        return surface
    return kanji + surface[len(kanji_reading) :]


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

    def __init__(
        self,
        candidates: Callable[[tuple[str, ...]], Any],
        active: Callable[[Any], bool],
        gate_keys: GateKeys | None = None,
    ) -> None:
        self._candidates = candidates
        self._active = active
        self._gate_keys = gate_keys or GateKeys(())
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
        pos1 = m.pos1
        if pos1 == "形容詞" and m.surface in _ONBIN_TWINS:  # 「空いとらん」 is not 空しい
            lemma, pos1 = _ONBIN_TWINS[m.surface], "動詞"
        keys = token_keys(m.surface, lemma, m.lform)
        kana_only = is_kana(m.surface)
        unknown = m.lemma == m.surface == m.lform
        ends_sentence = m.surface in _SENTENCE_ENDS or (
            m.pos1 == "補助記号" and m.surface[-1] in "。!?"
        )
        candidates = self._candidates(keys)
        return Word(
            m.surface,
            lemma,
            keys,
            pos1,
            m.pos2,
            kana_only,
            unknown,
            ends_sentence,
            ends_sentence
            or m.surface in _CLAUSE_ENDS
            or (m.pos2 == "接続助詞" and lemma in _CLAUSE_PARTICLES),
            candidates,
            self._active(candidates),
            # unknown, or katakana that may spell a kanji word (ショウガイ)
            kana_only and (pos1 in _ODD_POS or unknown or "\u30a1" <= m.surface[0] <= "\u30fa"),
            lemma in TRANSPARENT,
            len(m.surface),
            self._gate_keys.in_text(m.surface) or _NO_KEYS,
            self._gate_keys.follows.get(m.surface[-1:], _NO_PAIRS),
            m.surface[:1],
            to_katakana(m.surface),
            written_in_kanji(m.surface, lemma, m.lform, pos1, m.pos2) if kana_only else m.surface,
        )

    def tokens(self, norm: Normalised, lines: list[str]) -> Tokens:
        cache = self._words
        words: list[Word] = []
        for line in lines:  # compiled, a loop of dict look-ups beats map(cache.__getitem__)
            word = cache.get(line)
            words.append(word if word is not None else self.word(line))
        if not words:
            return Tokens(words, [], [], [], [])
        if norm.breaks:
            return self._tokens_slowly(norm, words)
        # MeCab only drops whitespace, so without any the surfaces tile the text.
        # (A plain loop: compiled with mypyc it beats itertools.)
        starts: list[int] = []
        ends: list[int] = []
        sentences: list[int] = []
        clauses: list[int] = []
        pos = sentence = clause = 0
        for word in words:
            starts.append(pos)
            pos += word.length
            ends.append(pos)
            sentences.append(sentence)
            clauses.append(clause)
            sentence += word.ends_sentence
            clause += word.ends_clause
        if pos == len(norm.text):
            return Tokens(words, starts, ends, sentences, clauses)
        return self._tokens_slowly(norm, words)

    @staticmethod
    def _tokens_slowly(norm: Normalised, words: list[Word]) -> Tokens:
        starts: list[int] = []
        ends: list[int] = []
        sentences: list[int] = []
        clauses: list[int] = []
        text = norm.text
        pos = 0
        sentence = clause = 0
        breaks = sorted(norm.breaks) if norm.breaks else None
        for word in words:
            start = text.find(word.surface, pos)  # MeCab skips whitespace only
            if start < 0:
                start = pos
            pos = start + len(word.surface)
            if breaks:
                while breaks and breaks[0] <= start:
                    breaks.pop(0)
                    if starts:
                        sentence += 1
                        clause += 1
            starts.append(start)
            ends.append(pos)
            sentences.append(sentence)
            clauses.append(clause)
            if word.ends_sentence:
                sentence += 1
            if word.ends_clause:
                clause += 1
        return Tokens(words, starts, ends, sentences, clauses)
