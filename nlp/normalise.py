"""Text normalisation that remembers where every character came from.

The tagger and the lexicon see a normalised copy of the message (NFKC, so that
half-width kana and full-width letters become ordinary; spaced-out characters
joined, so that 「か　い　ご」 reads as 介護). Evidence must point into the text
the resident actually wrote, so every normalised character keeps the span of
the original characters it came from.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Final

# A chunk is a run of whitespace, or a base character plus any combining or half-width
# (semi-)voiced marks that NFKC folds into it (ｶﾞ -> ガ): ``\s+|.[marks]*``.
_MARKS = "\u0300-\u036f\u3099\u309a\uff9e\uff9f"  # a character class body
_MARK_CHARS = frozenset(chr(c) for c in [*range(0x300, 0x370), 0x3099, 0x309A, 0xFF9E, 0xFF9F])


# The characters of the BMP that NFKC changes when alone (half-width kana, full-width
# letters and punctuation …).
# Not 「…」: NFKC makes it "...", three of the full stops that tokens and rules read one by
# one, while the lexicon's patterns were written with 「…」 (「今夜飛ぶ…」, 「いま屋上にいます…
# もう飛ぶしかない」, a pause or a trailing off the way many people type on LINE).
_FOLDED = frozenset(
    char
    for char in map(chr, range(0x10000))
    if unicodedata.normalize("NFKC", char) != char and char != "…"
)


def _unstable_ranges() -> str:
    """A character class body of the characters NFKC changes when alone (BMP; surrogates
    too), plus every character beyond the BMP: the ones normalise() must look at."""
    ranges: list[str] = []
    first = -1
    for code in range(0x10000):
        char = chr(code)
        odd = 0xD800 <= code <= 0xDFFF or char in _FOLDED
        if odd and first < 0:
            first = code
        elif not odd and first >= 0:
            ranges.append(f"\\U{first:08x}-\\U{code - 1:08x}")
            first = -1
    if first >= 0:
        ranges.append(f"\\U{first:08x}-\\U0000ffff")
    return "".join(ranges) + "\\U00010000-\\U0010ffff"


# Where a chunk may be more than one character that NFKC leaves alone: whitespace, a mark
# (with the character before it), a character NFKC changes.
_ODD = re.compile(rf"[\s{_MARKS}{_unstable_ranges()}]")
_SPACE = re.compile(r"\s")
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


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
    """NFKC, drop whitespace between Japanese characters, drop emoji and crying or
    neutral kaomoji, keep an offset map.

    「もう疲れた😢。消えるね😭」「ﾀｽｹﾃ ﾅｸﾞﾗﾚﾙ(´；ω；`)」: a face stands where a sentence
    ends or beside it; left in, it cuts the words and sentences that patterns and rules
    read (消えるね then no longer ends a sentence, the message is no longer katakana only).
    It is dropped like a line break: a sentence break where it stood between words, and 。
    where it stood after a sentence's last letter (「いま屋上にいます😢もう飛ぶしかない」).
    The laughing ones (😂🤣😆😅, (^^), (笑)) stay: rules read them as a joke.
    """
    norm = _normalise(text) if _DECORATION.search(text) is None else _without_decorations(text)
    if _PAUSE_MARKS.search(norm.text) is None:
        return norm
    return _pauses_as_full_stops(norm)


# A run of pause marks (「…」「、、」「・・・」「..」) typed where a sentence ended: after a
# sentence's last letter (た, です, ません, ない, よ, ね, わ, か, る, り) and before more words.
_PAUSE_MARKS = re.compile(r"…|‥|、、|・・|\.\.")
# Not before a quoting or topic particle (「殴られた…という夢」「消えたい…は冗談」), nor
# before words that take back what came before (「死にたい…まあ次は当たるか」), nor before a
# wish to die, which is read wherever it stands, while its cause before the pause tells an
# outburst (「抽選外れた…死にたい」) from despair.
_PAUSE_AS_STOP = re.compile(
    r"(?<=[たすんいよねわかるりぬぶむ歳才])(?:…|‥|、{2,}|・{2,}|\.{2,})+"
    r"(?:$|(?=[^\s。、！？!?…‥・.」』)）\]とっはがをのじwｗ草])"
    r"(?!まあ|まぁ|なんて|なーんて|うそ|ウソ|嘘|冗談|みたい|笑(?!え)|死にたい|しにたい))"
)


def _pauses_as_full_stops(norm: Normalised) -> Normalised:
    """The message with each pause mark that ends a sentence read as 。, mapped to the
    marks the writer typed. 「いま屋上にいます…もう飛ぶしかない」「家にいない、、夜なのに」:
    the patterns and rules read 。 as where a sentence ends, and a sentence that runs on
    into the next (「倒れています…救急車を呼びました」) reads as help already come, or a
    denial meant for the next sentence cancels this one. A pause inside a sentence
    (「もう…疲れた」「首を…」「いっそ二人で…」) stays as it is; one at the very end after a
    sentence's last letter becomes 。 too (「今夜飛ぶ…」)."""
    edits = [(*found.span(), "。") for found in _PAUSE_AS_STOP.finditer(norm.text)]
    return replaced(norm, edits) if edits else norm


def replaced(norm: Normalised, edits: list[tuple[int, int, str]]) -> Normalised:
    """``norm`` with each (start, end, new) edit made, sorted and not overlapping, in its
    normalised offsets; each new character maps to the writer's characters of the whole
    span it replaced, and a sentence break or word boundary inside a span moves to its end.
    Used for pauses read as 。 here and for dialect read as standard Japanese (nlp.dialect)."""
    text = norm.text
    size = len(text)
    old_starts = norm.starts if norm.starts is not None else tuple(range(size))
    old_ends = norm.ends if norm.ends is not None else tuple(range(1, size + 1))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    moved = [0] * (size + 1)  # new offset of each old offset
    done = 0
    for begin, end, new in edits:
        for k in range(done, begin + 1):
            moved[k] = len(starts) + k - done
        pieces.append(text[done:begin])
        starts.extend(old_starts[done:begin])
        ends.extend(old_ends[done:begin])
        pieces.append(new)
        starts.extend([old_starts[begin]] * len(new))
        ends.extend([old_ends[end - 1]] * len(new))
        for k in range(begin + 1, end + 1):
            moved[k] = len(starts)
        done = end
    for k in range(done, size + 1):
        moved[k] = len(starts) + k - done
    pieces.append(text[done:])
    starts.extend(old_starts[done:])
    ends.extend(old_ends[done:])
    return Normalised(
        "".join(pieces),
        tuple(starts),
        tuple(ends),
        frozenset(moved[b] for b in norm.breaks),
        frozenset(moved[j] for j in norm.joins),
    )


# Emoji and other pictographs (with their joiners, variation selectors and skin tones),
# but not the laughing or sweating faces the lexicon and rules read (死ぬ😂 is a joke),
# nor the marks that stand for ? and !.
_EMOJI = (
    "(?:(?![😂🤣😆😅😝😜💦❓❔❗❕])"
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2b06\u2b07\u2b1b\u2b1c"
    "\ufe0e\ufe0f\u200d\u20e3])+"
)
# A kaomoji: brackets round two or more characters with a face mark in them and no kana,
# kanji or digits (「(´；ω；`)」「(T_T)」「(>_<)」, not 「(48)」「(笑)」「(DV)」), and not a
# laughing one (「(^^)」「(*´▽`*)」「(≧∀≦)」).
_FACE_BODY = r"[^()（）\sぁ-ゖ一-鿿0-9０-９\^＾▽∀≧]"
_KAOMOJI = (
    rf"[(（]{_FACE_BODY}{{0,6}}[´`；;ωДд_＿TＴ°゜ﾟ・･≦εﾉノ⊂⊃≡><＞＜\-ー~〜]"
    rf"{_FACE_BODY}{{0,8}}[)）]"
)
_DECORATION = re.compile(f"{_EMOJI}|{_KAOMOJI}")
# A face between a sentence's last letter and more words (as for pauses, see _PAUSE_AS_STOP):
# the patterns and rules read it as 。 (「いま屋上にいます😢もう飛ぶしかない」).
# Not after とか (「死にたいとか😢そういうのじゃない」), and not before 消えたい, which like
# 死にたい is read wherever it stands while its cause before the face tells an outburst.
_FACE_AS_STOP = re.compile(
    rf"(?<=[たすんいよねわかるりぬぶむ歳才])(?<!とか)(?:{_EMOJI}|{_KAOMOJI})+"
    r"(?=\s*[^\s。、！？!?…‥・.」』)）\]とっはがをのじにwｗ草😂🤣😆😅])"
    r"(?!\s*(?:まあ|まぁ|なんて|なーんて|うそ|ウソ|嘘|冗談|みたい|笑(?!え)|死にたい|しにたい"
    r"|消えたい|きえたい))"
)
_PUNCTUATION = frozenset("。、！？!?…,.　 ")


def _without_decorations(text: str) -> Normalised:
    """``normalise`` of the text with its emoji and kaomoji taken out, mapped back to the
    writer's text; where one stood between two words, a sentence break (as for a line
    break)."""
    pieces: list[str] = []
    kept: list[int] = []  # original offset of each character of the stripped text
    cuts: list[int] = []  # stripped offsets where a decoration was taken out
    pos = 0
    for found in _DECORATION.finditer(text):
        pieces.append(text[pos : found.start()])
        kept.extend(range(pos, found.start()))
        if _FACE_AS_STOP.match(text, found.start()):
            pieces.append("。")  # 「もう疲れた😢消えるね」: the face ends the sentence
            kept.append(found.start())
        else:
            cuts.append(len(kept))
        pos = found.end()
    pieces.append(text[pos:])
    kept.extend(range(pos, len(text)))
    norm = _normalise("".join(pieces))
    size = len(norm.text)
    inner_starts = norm.starts if norm.starts is not None else tuple(range(size))
    inner_ends = norm.ends if norm.ends is not None else tuple(range(1, size + 1))
    starts = tuple(kept[s] for s in inner_starts)
    ends = tuple(kept[e - 1] + 1 for e in inner_ends)
    breaks = set(norm.breaks)
    joins = set(norm.joins)
    for cut in cuts:
        at = bisect.bisect_left(inner_starts, cut)  # the first normalised char after it
        if 0 < at < size and not (
            norm.text[at - 1] in _PUNCTUATION or norm.text[at] in _PUNCTUATION
        ):
            breaks.add(at)
            joins.add(at)
    return Normalised(norm.text, starts, ends, frozenset(breaks), frozenset(joins))


def _normalise(text: str) -> Normalised:
    """NFKC, drop whitespace between Japanese characters, keep an offset map.

    The text is read in chunks: a run of whitespace, or one character with any marks
    NFKC may fold into it; each chunk is normalised on its own and its characters map
    back to the whole chunk. Most chunks are one character that NFKC leaves alone: those
    are copied in stretches, and only the others (found with ``_ODD``) one by one.
    """
    if not _SPACE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text, None, None, frozenset())
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    breaks: set[int] = set()
    joins: set[int] = set()
    length = 0  # characters out so far
    last = ""  # the last of them
    done = 0  # text before this is written out
    run = 0  # chunks in the run of non-space chunks that ``done`` is in, so far
    spaced = -1  # 1 if written word by word (_word_spaced), 0 if not, -1 not looked at yet
    size = len(text)
    search = _ODD.search
    found = search(text)
    begin = found.start() if found is not None else size
    while begin < size:
        if text[begin].isspace():
            end = begin + 1
            while end < size and text[end].isspace():
                end += 1
        else:
            if begin > done and text[begin] in _MARK_CHARS:
                begin -= 1  # the character before, written as it is, takes the mark
            end = begin + 1
            while end < size and text[end] in _MARK_CHARS:
                end += 1
        if begin > done:  # chunks of one character that NFKC leaves as it is
            out.append(text[done:begin])
            starts.extend(range(done, begin))
            ends.extend(range(done + 1, begin + 1))
            length += begin - done
            run += begin - done
            last = text[begin - 1]
        chunk = text[begin:end]
        done = end
        if not chunk[0].isspace():
            folded = unicodedata.normalize("NFKC", chunk)
            out.append(folded)
            if len(folded) == 1:
                starts.append(begin)
                ends.append(end)
            else:
                starts.extend([begin] * len(folded))
                ends.extend([end] * len(folded))
            length += len(folded)
            run += 1
            last = folded[-1]
        else:
            if last in _ASCII_WORD and (
                unicodedata.normalize("NFKC", text[end : end + 1])[:1] in _ASCII_WORD
            ):
                out.append(" ")  # keep "I am" apart
                starts.append(begin)
                ends.append(end)
                length += 1
                last = " "
            elif (
                length
                and end < size
                and ("\n" in chunk or (run > 1 and _chunks_over_one(text, end)))
            ):
                # 「お金は大丈夫 母の介護」: a space between two phrases ends a sentence;
                # 「か い ご」: spaced-out single characters do not, nor the spaces of a
                # message written word by word (「おっと が わたし の …」, as やさしい日本語).
                if "\n" not in chunk and spaced < 0:
                    spaced = 1 if _word_spaced(text) else 0
                if "\n" in chunk or spaced == 0:
                    mark = _space_as_punctuation(text, chunk, "".join(out[-2:])[-2:], end)
                    if mark:
                        # 「いま屋上にいます　もう飛ぶしかない」 (。), 「離婚　いまは幸せです」
                        # (、): the patterns and rules see the writer's bound too
                        out.append(mark)
                        starts.append(begin)
                        ends.append(end)
                        length += 1
                        last = mark
                    if mark != "。":
                        breaks.add(length)
            if length and end < size:
                joins.add(length)
            run = 0
        following = text[end : end + 1]
        if following and (following in _FOLDED or following.isspace()):
            begin = end  # another chunk to look at right here (ﾋｷｺﾓﾘ, ？ then a space)
        else:
            found = search(text, end)
            begin = found.start() if found is not None else size
    if done < size:
        out.append(text[done:])
        starts.extend(range(done, size))
        ends.extend(range(done + 1, size + 1))
    return Normalised("".join(out), tuple(starts), tuple(ends), frozenset(breaks), frozenset(joins))


# A phrase that ends in a case particle goes on (「夫に　パスポートを　隠されて」, spaced
# phrase by phrase): a space after it is no 、.
_PHRASE_PARTICLES = frozenset("にをがはへのとも")


# First letters of a verb that follows て as an auxiliary (話して　いません, 食べて　しまった):
# a space before it does not end the phrase.
_AUXILIARY_STARTS = frozenset("いおしくもみあほ")


# Particles a writer sets apart when spacing word by word (分かち書き), standing alone.
_LONE_PARTICLE = re.compile(r"(?<!\S)[がのをにはへでとも](?!\S)")


# Hiragana or kanji: a message with neither, but with katakana letters (full- or half-width), is
# written all in katakana (also read so by the extractor, see Extractor._extract).
HIRAGANA_OR_KANJI = re.compile(r"[\u3041-\u309f\u3400-\u9fff\uf900-\ufaff々]")
KATAKANA = re.compile(r"[\u30a1-\u30fa\uff66-\uff9d]")  # letters, not the sound marks ﾞﾟ
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]")
HIRAGANA = re.compile(r"[\u3041-\u3096]")  # letters, not the sound marks


def _word_spaced(text: str) -> bool:
    """「おっと が わたし の パスポート を とって」: two or more particles standing alone
    between spaces mean the spaces are word breaks, not phrase or sentence breaks. So do
    the spaces of a message written only in katakana (「ﾀﾞﾝﾅ ﾆ ｸﾋﾞ ｼﾒﾗﾚﾀ」, old phones,
    telegram style), whose particles are katakana or left out."""
    if HIRAGANA_OR_KANJI.search(text) is None and KATAKANA.search(text):
        return True
    alone = _LONE_PARTICLE.search(text)
    return alone is not None and _LONE_PARTICLE.search(text, alone.end()) is not None


# Last letters of a sentence's end (した, です, ません, たい, よ, ね, わ, か).
_SENTENCE_FINAL = frozenset("たですんいよねわか")


def _space_as_punctuation(text: str, chunk: str, tail: str, end: int) -> str:
    """The mark a space between two phrases stands for, so that the patterns and rules,
    which read 。 and 、 as the bounds of a sentence and a phrase, see it (tail: the last two
    letters before the space):
    - 。 for a line break, or a full-width space after a sentence's end
      (「いま屋上にいます　もう飛ぶしかない」);
    - 、 for another full-width space (「DVで離婚して五年　いまは穏やかです」), but not after a
      case particle (「夫に　パスポートを　隠されて」, spaced phrase by phrase) nor between て
      and its auxiliary (「話して　いません」);
    - nothing in a message with no kanji (「おかあさん　うごかない」 is spaced phrase by phrase),
      nor for a half-width space, which only breaks the sentence for the tagger's words
      (see ``Normalised.breaks``): kana-heavy messages space word by word with it."""
    following = unicodedata.normalize("NFKC", text[end : end + 1])[:1]
    last = tail[-1:]
    if last in _PUNCTUATION or following in _PUNCTUATION:
        return ""
    if "\n" in chunk:
        return "。"
    if "\u3000" not in chunk or KANJI.search(text) is None:
        return ""
    # 「イヤイヤ期で　スーパーで」「死にたいとか　そういう」end a clause (not 「行かないで」)
    if last in _SENTENCE_FINAL and tail != "とか" and (last != "で" or tail == "いで"):
        return "。"
    if last in _PHRASE_PARTICLES or (last in "てで" and following in _AUXILIARY_STARTS):
        return ""
    return "、"


def _chunks_over_one(text: str, begin: int) -> bool:
    """Whether the run of non-space chunks starting at ``begin`` has more than one: a
    character after its first that is not a mark folded into a chunk."""
    space = _SPACE.search(text, begin)
    end = space.start() if space is not None else len(text)
    return any(text[i] not in _MARK_CHARS for i in range(begin + 1, end))


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


# ---------------------------------------------------------------- round 26 (34c12): romaji
# 「kaeritakunai ie. oyaji ni mata nagurareta. chu2」: a message typed in Latin letters on a
# phone without Japanese input (abroad, a school tablet, a child). Each word that reads as
# Japanese syllables (Hepburn or kunrei: shi/si, tsu/tu, chu/tyu, double consonants) is written
# in hiragana; particles standing alone read as particles (wa は, wo/o を, e へ), school years
# (chu2, kou1, sho5) as 中2・高1・小5. A word that does not read so (English) stops the reading.
def _romaji_table() -> dict[str, str]:
    rows = {
        "": "あいうえお",
        "k": "かきくけこ",
        "g": "がぎぐげご",
        "s": "さしすせそ",
        "z": "ざじずぜぞ",
        "t": "たちつてと",
        "d": "だぢづでど",
        "n": "なにぬねの",
        "h": "はひふへほ",
        "b": "ばびぶべぼ",
        "p": "ぱぴぷぺぽ",
        "m": "まみむめも",
        "r": "らりるれろ",
    }
    table: dict[str, str] = {}
    for consonant, kana in rows.items():
        for vowel, letter in zip("aiueo", kana, strict=True):
            table[consonant + vowel] = letter
    table.update(
        {
            "ya": "や",
            "yu": "ゆ",
            "yo": "よ",
            "wa": "わ",
            "wo": "を",
            "shi": "し",
            "chi": "ち",
            "tsu": "つ",
            "fu": "ふ",
            "ji": "じ",
            "la": "ら",
            "li": "り",
            "lu": "る",
            "le": "れ",
            "lo": "ろ",
            "va": "ば",
            "vi": "び",
            "vu": "ぶ",
            "ve": "べ",
            "vo": "ぼ",
            "fa": "ふぁ",
            "fi": "ふぃ",
            "fe": "ふぇ",
            "fo": "ふぉ",
            "ti": "ち",
            "tu": "つ",
            "si": "し",
            "zi": "じ",
            "hu": "ふ",
            "je": "じぇ",
            "she": "しぇ",
            "che": "ちぇ",
            "di": "でぃ",
        }
    )
    small = {"a": "ゃ", "u": "ゅ", "o": "ょ"}
    for head, kana in {
        "ky": "き",
        "gy": "ぎ",
        "sy": "し",
        "sh": "し",
        "zy": "じ",
        "jy": "じ",
        "j": "じ",
        "ty": "ち",
        "ch": "ち",
        "cy": "ち",
        "dy": "ぢ",
        "ny": "に",
        "hy": "ひ",
        "by": "び",
        "py": "ぴ",
        "my": "み",
        "ry": "り",
    }.items():
        for vowel, mark in small.items():
            table[head + vowel] = kana + mark
    return table


_ROMAJI_SYLLABLES = _romaji_table()
_ROMAJI_PARTICLES = {"wa": "は", "wo": "を", "o": "を", "e": "へ"}
_ROMAJI_GRADE = re.compile(r"(chuu?|tyuu?|kou?|koko|shou?|syou?)([1-6])", re.IGNORECASE)
_ROMAJI_WORD = re.compile(r"[A-Za-z][A-Za-z0-9']*")
# A letter alone (B型: 「B gata」) or an acronym in capitals (DV, ADHD, NPO): kept in Latin.
_ROMAJI_LATIN_42b23 = re.compile(r"[A-Za-z]|[A-Z]{2,5}")
_ROMAJI_PUNCT = {".": "。", ",": "、", "!": "!", "?": "?"}
MIN_ROMAJI_LETTERS = 5
# A particle standing alone as a word: the sign of Japanese, which one word such as
# 「ashinitaijo」 or a name lacks (「shinitai」 alone has its own lexicon row).
_ROMAJI_PARTICLE_WORDS = frozenset(
    {"wa", "ga", "no", "ni", "de", "to", "wo", "o", "mo", "e", "ka", "ne", "yo", "kara", "made"}
)


def _romaji_word(word: str) -> list[str] | None:
    """Kana per letter of ``word`` (a letter that starts no kana gets ""), or None."""
    out: list[str] = []
    i, size = 0, len(word)
    while i < size:
        rest = word[i:]
        if rest[0] == "n" and (size == i + 1 or rest[1] == "'" or rest[1] not in "aiueoy"):
            out.append("ん")
            if rest[1:2] in ("n", "'") and (size == i + 2 or word[i + 2] not in "aiueoy"):
                out.append("")  # nn, n': one ん
                i += 1
            i += 1
            continue
        if size > i + 1 and rest[0] == rest[1] and rest[0] in "kgsztdhbpmrcjfw":
            out.append("っ")  # kitte, matte
            i += 1
            continue
        if rest.startswith("tch"):
            out.append("っ")
            i += 1
            continue
        for length in (3, 2, 1):
            kana = _ROMAJI_SYLLABLES.get(rest[:length])
            if kana is not None:
                out.append(kana)
                out.extend([""] * (length - 1))
                i += length
                break
        else:
            return None
    return out


# 42k23: 「Sumimasen, juminzei takai, harau dekinai.」: a writer who leaves the particles out
# still ends a word the Japanese way (-masu, -masen, -desu, dekinai, shitai) or apologises
# (sumimasen), which English does not.
_ROMAJI_JAPANESE_ENDING_42k23 = re.compile(
    r"[a-z]*(?:masu|masen|mashita|masenn|desu|deshita|dekinai|wakaranai|shitai|takunai)"
    r"|sumimasen|gomennasai|onegaishimasu|arigatou?(?:gozaimasu)?"
)


def romaji_reading(text: str) -> tuple[str, list[int], list[int]] | None:
    """``text`` written in romaji read in hiragana, with per kana character its span in
    ``text``; None unless every word reads as romaji, they have at least MIN_ROMAJI_LETTERS
    letters and one is a particle standing alone. Spaces stay (the normaliser reads them as
    word breaks)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    letters_read = 0
    particle = False
    pos = 0
    for match in _ROMAJI_WORD.finditer(text):
        for i in range(pos, match.start()):
            char = _ROMAJI_PUNCT.get(text[i], text[i])
            out.append(char)
            starts.append(i)
            ends.append(i + 1)
        pos = match.end()
        word = match.group().lower()
        particle = (
            particle
            or word in _ROMAJI_PARTICLE_WORDS
            or _ROMAJI_JAPANESE_ENDING_42k23.fullmatch(word) is not None
        )
        grade = _ROMAJI_GRADE.fullmatch(word)
        if grade is not None:
            kana_of = [
                {"c": "中", "t": "中", "k": "高", "s": "小"}[word[0]],
                grade.group(2),
            ]
            out.extend(kana_of)
            starts.extend([match.start(), match.end() - 1])
            ends.extend([match.end() - 1, match.end()])
            letters_read += len(word)
            continue
        if word in _ROMAJI_PARTICLES:
            out.append(_ROMAJI_PARTICLES[word])
            starts.append(match.start())
            ends.append(match.end())
            letters_read += len(word)
            continue
        letters = _romaji_word(word)
        if letters is None and _ROMAJI_LATIN_42b23.fullmatch(match.group()):
            # 42b23: 「B gata no sagyousho」「DV ga aru」: a letter or an acronym stays Latin
            for i in range(match.start(), match.end()):
                out.append(text[i].upper())
                starts.append(i)
                ends.append(i + 1)
            continue
        if letters is None:
            return None
        letters_read += len(word)
        for offset, kana in enumerate(letters):
            for char in kana:
                out.append(char)
                starts.append(match.start() + offset)
                ends.append(match.start() + offset + 1)
    if letters_read < MIN_ROMAJI_LETTERS or not particle:
        return None
    for i in range(pos, len(text)):
        out.append(_ROMAJI_PUNCT.get(text[i], text[i]))
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends
