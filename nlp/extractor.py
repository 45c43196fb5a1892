"""The extractor: tokenise once, match the lexicon, apply the rules."""

from __future__ import annotations

import bisect
import contextlib
import os
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from nlp import userdic
from nlp.dialect import dialect_negatives, foreign_words_43r24, tohoku_reading
from nlp.kana_spellings import kana_spellings
from nlp.lexicon import DEFAULT_LEXICON, Hit, Lexicon, load_entries
from nlp.model import CRISES, FIELDS, PATTERNS, PERSONS, Evidence, Extraction
from nlp.normalise import (
    HIRAGANA,
    HIRAGANA_OR_KANJI,
    KANJI,
    KATAKANA,
    Normalised,
    normalise,
    romaji_reading,
    to_hiragana,
)
from nlp.plain import plain_negatives
from nlp.rules import decide
from nlp.stops import implied_stops
from nlp.tagger import TaggerPool
from nlp.tokens import Tokens

_EMPTY = Extraction()


class Extractor:
    """Loads the lexicon (plus any local extra lexicons) once; ``extract`` is pure.

    Safe to share between threads: each thread gets its own tagger. Caches are
    bounded, so memory stays flat (see ``nlp.tagger`` on ``renew_every``).
    """

    def __init__(
        self,
        extra_lexicons: Sequence[Path] = (),
        *,
        renew_every: int | None = None,
    ) -> None:
        with _quiet():  # the MeCab dictionary builder writes progress to stdout
            user_dic = userdic.build()
        self.tagger = TaggerPool(user_dic, renew_every=renew_every)
        entries = load_entries(DEFAULT_LEXICON)
        for path in extra_lexicons:
            entries += load_entries(Path(path))
        self.lexicon = Lexicon(entries, self.tagger)
        self._stretches: dict[str, Extraction] = {}  # see _extract_stretch

    def extract(self, text: str) -> Extraction:
        return self._extract(text, None)

    def extract_explained(self, text: str) -> tuple[Extraction, tuple[Evidence, ...]]:
        """``extract`` plus the words that were found but did not count (denied, an idiom,
        a job …), each as Evidence whose note says why; for ``--explain``."""
        discounted: list[Evidence] = []
        result = self._extract(text, discounted)
        # A message read twice (katakana read again in hiragana) may discount a word twice.
        return result, tuple(dict.fromkeys(discounted))

    def _extract(self, text: str, discounted: list[Evidence] | None) -> Extraction:
        """One path for both: ``--explain`` shows what ``classify`` decided."""
        norm = normalise(text)
        if not norm.text.strip():
            return _EMPTY
        foreign = foreign_words_43r24(norm)  # round 35 (43r24): pai, mãe, filho, dinheiro
        if foreign is not None:
            norm = foreign
        tokens, hits, ruled = self._read(norm)
        # 42b23: a katakana message written word by word keeps what its katakana readings set
        # aside, for its reading in kanji (``_read_in_kanji_42b23``)
        kana_set_aside: list[Evidence] | None = None
        script = _LAUGH_MARK_42b23.sub("", text) if "笑" in text else text  # 「サケブ（笑）」
        if norm.joins and HIRAGANA_OR_KANJI.search(script) is None and KATAKANA.search(text):
            kana_set_aside = []
        if kana_set_aside is not None and discounted is None:
            discounted = kana_set_aside
        result = decide(text, ruled, tokens, hits, discounted) if hits else _EMPTY
        dialect = dialect_negatives(norm, tokens)
        if dialect is not None:
            again = self._decide_reading(text, dialect[0], discounted)
            if again is not None:
                result = _added_where_rewritten(result, again, dialect[1])
        tohoku = tohoku_reading(norm)
        if tohoku is not None:
            again, aside = self._read_tohoku(text, tohoku[0], discounted)
            if again is not None:
                result = _read_as_standard(
                    result, again, tohoku[1], aside, KANJI.search(text) is not None
                )
        spelled = kana_spellings(norm)
        if spelled is not None:
            again = self._read_spelled(text, spelled[0], discounted)
            if again is not None:
                result = _added_where_rewritten(result, again, spelled[1])
        stops = implied_stops(tokens)
        if stops:
            again = self._decide_reading(text, _with_stops(norm, stops), discounted)
            if again is not None:
                result = _filled_in(result, again)
        if HIRAGANA_OR_KANJI.search(script) is None:
            if KATAKANA.search(text):
                again = self._read_as_hiragana_24k(text, norm, discounted)
                if again is not None:
                    result = _merged_24k(result, again)
                if kana_set_aside is not None:
                    before = list(discounted) if discounted is not None else []
                    set_aside: list[Evidence] = []
                    again = self._read_katakana_in_kanji_42b23(text, norm, set_aside)
                    if discounted is not None and discounted is not kana_set_aside:
                        discounted += set_aside
                    if again is not None:
                        result = _read_in_kanji_42b23(result, again, set_aside, before)
            elif _LATIN_LETTERS_34c12.search(text):
                again = self._read_romaji_34c12(text, discounted)
                if again is not None:
                    result = _merged_24k(result, again)
                again = self._read_romaji_in_kanji_42b23(text, discounted)
                if again is not None:
                    result = _filled_in(result, again)
        elif _KATAKANA_RUN.search(norm.text):
            again = self._read_katakana_words_in_hiragana(text, norm, tokens, hits, discounted)
            if again is not None:
                result = _merged_24k(result, again)
        if HIRAGANA.search(norm.text) and (
            KANJI.search(norm.text) is None or _mostly_kana_in_words_42o23(norm)
        ):
            spaced = _spaced_words_42b23(norm) if norm.joins else None
            if spaced is not None:  # 42b23: the tagger sees the writer's word breaks
                tokens = self._read(norm, spaced)[0]
            again = self._read_in_kanji(text, norm, tokens, discounted)
            if again is not None and KANJI.search(norm.text) is not None:
                again = _without_crisis_42o23(again)
            if again is not None:
                result = _filled_in(result, again)
        if HIRAGANA_OR_KANJI.search(norm.text) is not None and not _LAUGH.search(norm.text):
            stretches = _stretches_in_another_script(norm)
            whole = bool(stretches) and _kana_with_figures_only_43r24(norm)
            for begin, end in stretches:
                again = self._extract_stretch(text[begin:end], discounted)
                if whole and again is not _EMPTY:
                    again = _without_crisis_42o23(again)
                if again is not _EMPTY:
                    result = _filled_in(result, _moved(again, begin))
        return result

    def _extract_stretch(self, stretch: str, discounted: list[Evidence] | None) -> Extraction:
        """A kana stretch read as a message of its own. Short ones are mostly the same few
        sentences (「ありがとうございました」「よろしくおねがいします」), so their extractions are
        kept (bounded); ``--explain`` (``discounted``) always reads afresh."""
        if discounted is not None or len(stretch) > _STRETCH_CACHE_WIDTH:
            return self._extract(stretch, discounted)
        cache = self._stretches
        found = cache.get(stretch)
        if found is None:
            if len(cache) >= _STRETCH_CACHE_SIZE:
                cache.clear()
            found = cache[stretch] = self._extract(stretch, None)
        return found

    def _read_in_kanji(
        self, text: str, norm: Normalised, tokens: Tokens, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """「いまおくじょうにいます。もうとぶしかない」: a message written in kana only (children,
        older people, some phones) is read once more with each word written in its lemma's
        kanji where the reading lines up (今屋上にいます。もう飛ぶしかない; see
        ``tokens.written_in_kanji``), so patterns and rules written with kanji find it. Its
        labels only fill the groups the kana reading left empty (``_filled_in``). Each
        character of the new text points at the writer's own word, so the evidence still
        shows their kana."""
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        spelled = _kana_words_42k23(norm, starts, ends)
        if not spelled and all(word.written == word.surface for word in words):
            return None
        pieces: list[str] = []
        firsts: list[int] = []
        lasts: list[int] = []
        at: dict[int, int] = {}  # normalised offset of a word -> its offset in the new text
        pos = length = 0
        i = 0
        while i < len(words):
            word = words[i]
            for k in range(pos, starts[i]):  # whitespace MeCab skipped
                first, last = norm.original_span(k, k + 1)
                pieces.append(norm.text[k])
                firsts.append(first)
                lasts.append(last)
                length += 1
            at[starts[i]] = length
            last_word = i
            written = word.written
            if i in spelled:  # 42k23: a whole kana word the tagger cut up (かいご: 買い+ご)
                last_word, written = spelled[i]
            elif written in _GOING_HOME_MISREAD_42k23 and 0 < i < len(words) - 1:
                written = _going_home_42k23(written, words[i - 1].surface, words[i + 1].surface)
            first, last = norm.original_span(starts[i], ends[last_word])
            pieces.append(written)
            firsts.extend([first] * len(written))
            lasts.extend([last] * len(written))
            length += len(written)
            pos = ends[last_word]
            i = last_word + 1
        if pos < len(norm.text) or not pieces:
            return None  # the words do not tile the text: leave it
        breaks = frozenset(at[b] for b in norm.breaks if b in at)
        joins = frozenset(at[j] for j in norm.joins if j in at)
        kanji = Normalised("".join(pieces), tuple(firsts), tuple(lasts), breaks, joins)
        return self._decide_reading(text, kanji, discounted)

    def _read_katakana_words_in_hiragana(
        self,
        text: str,
        norm: Normalised,
        tokens: Tokens,
        hits: list[Hit],
        discounted: list[Evidence] | None,
    ) -> Extraction | None:
        """「夫にﾅｸﾞﾗﾚﾃ」「父がタオレテ動かない」: a verb written in katakana for emphasis, inside
        a message with kanji or hiragana, is a word the tagger does not know. Runs of
        katakana with such a word, where the lexicon found nothing, are read once more in
        hiragana (same length, so the evidence still points at the writer's words); the
        labels of both readings count. Known katakana words (ヘルパー, ケアマネ) stay."""
        spans = _unknown_katakana_runs(norm.text, tokens, hits)
        if not spans:
            return None
        chars = list(norm.text)
        for start, end in spans:
            chars[start:end] = to_hiragana(norm.text[start:end])
        kana = Normalised("".join(chars), norm.starts, norm.ends, norm.breaks, norm.joins)
        return self._decide_reading(text, kana, discounted)

    def _read_as_hiragana_24k(
        self, text: str, norm: Normalised, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """「ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ ｺﾜｲ」: a message written only in katakana (half-width on old phones)
        whose verbs the tagger cannot read as katakana; read once more in hiragana, which keeps
        every offset, so the evidence still points at the writer's words. Messages with any
        hiragana or kanji never get here."""
        plain = _LAUGH_MARK_42b23.sub("", norm.text) if "笑" in norm.text else norm.text
        if _KATAKANA_ONLY_24k.fullmatch(plain) is None:
            return None
        kana = Normalised(to_hiragana(norm.text), norm.starts, norm.ends, norm.breaks, norm.joins)
        return self._decide_reading(text, kana, discounted)

    def _read_romaji_34c12(self, text: str, discounted: list[Evidence] | None) -> Extraction | None:
        """「kaeritakunai ie. oyaji ni mata nagurareta. chu2」: a message typed only in Latin
        letters that reads as Japanese romaji, read once more in hiragana (nlp.normalise.
        romaji_reading); the evidence points at the writer's romaji. English stays unread."""
        composed = _romaji_in_kana(text)
        if composed is None:
            return None
        return self._decide_reading(text, composed, discounted)

    def _read_katakana_in_kanji_42b23(
        self, text: str, norm: Normalised, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """Round 34 (42b23): 「オット オコッテ ナイフ モッテル。ワタシ コドモ ト トイレ ニ
        カクレテル」: a message written word by word in katakana (foreign-born residents, older
        phones) is read once more in kanji, as a kana message is (``_read_in_kanji``): each
        word the dictionary knows as a loanword (ナイフ, トイレ, ニュース, カッター) stays in
        katakana, every other word is written in hiragana, the tagger is shown the writer's
        word breaks, and the words are written with their lemma's kanji (夫 怒って ナイフ
        持ってる。私 子供 と トイレ に 隠れてる). Without the breaks the tagger cuts
        「おこってないふもってる」 as ない|ふもっ; without the loanwords 「ないふ」 is no knife.
        Same offsets: the evidence points at the writer's katakana."""
        spaced = _spaced_words_42b23(norm)
        if spaced is None:
            return None
        chars = list(norm.text)
        for start, end in _written_words_42b23(norm):
            word = norm.text[start:end]
            if self._stays_katakana_42b23(word):
                continue
            chars[start:end] = to_hiragana(word)
        mixed = Normalised("".join(chars), norm.starts, norm.ends, norm.breaks, norm.joins)
        tokens, hits, _ = self._read(mixed, _spaced_words_42b23(mixed))
        kanji = self._read_in_kanji(text, mixed, tokens, discounted)
        # 「ブカツ イキタクナイ」: a crisis the kana words themselves rule out (部活に行きたくない,
        # not 生きたくない) is not raised by a kanji guess (ぶ且つ) that hides the ruling
        ruled_out = {h.entry.label for h in hits if h.entry.group == "block"}
        if kanji is None or not ruled_out & set(kanji.crisis):
            return kanji
        return _without(kanji, ruled_out & set(kanji.crisis))

    def _stays_katakana_42b23(self, word: str) -> bool:
        """Whether a katakana word the writer spaced stays katakana in the mixed reading:
        - a noun or adjective the dictionary knows in katakana (ムスコ 息子, ナイフ), unless in
          hiragana it is a particle or ending (カラ から, not 空; ダケ だけ);
        - else hiragana where the dictionary knows it so (にゅういん 入院, おこって 怒る);
        - else katakana if the lexicon reads it in katakana (カイゴ 介護, which in hiragana
          the tagger cuts as 買い|ご)."""
        kana = to_hiragana(word)
        lines = self.tagger.lines(word)
        if len(lines) == 1:
            surface, lemma, pos1 = lines[0].split("\t", 3)[:3]
            if _kept_in_katakana_42b23(surface, lemma, pos1):
                read = self.tagger.lines(kana)
                return not (len(read) == 1 and read[0].split("\t", 3)[2] in _FUNCTION_POS_42b23)
        read = self.tagger.lines(kana)
        if len(read) == 1 and _KANJI_42b23.search(read[0].split("\t", 2)[1]):
            return False
        return self.lexicon.has_reading(word)

    def _read_romaji_in_kanji_42b23(
        self, text: str, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """Round 34 (42b23): 「seishin no techou motte imasu」「musuko 28sai. ie kara denai」:
        a message in romaji, read in hiragana (``_read_romaji_34c12``), is read once more with
        its words in kanji (精神 の 手帳, 家 から 出ない), as a kana message is, so the rows and
        rules written in kanji find it; the tagger is shown the writer's word breaks."""
        composed = _romaji_in_kana(text)
        if composed is None:
            return None
        tokens = self._read(composed, _spaced_words_42b23(composed))[0]
        return self._read_in_kanji(text, composed, tokens, discounted)

    def _read_spelled(
        self, text: str, spelled: Normalised, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """A message with crisis words spelled in kanji (nlp.kana_spellings). If the rest is
        kana too, the other words are written in kanji as well (``_read_in_kanji``), so the
        rows that tell a past, a pet or a story (「いぜんは」「きんぎょが」) read them."""
        tokens, hits, ruled = self._read(spelled)
        if KANJI.search(text) is None:
            kanji = self._read_in_kanji(text, spelled, tokens, discounted)
            if kanji is not None:
                return kanji
        return decide(text, ruled, tokens, hits, discounted) if hits else None

    def _read_tohoku(
        self, text: str, standard: Normalised, discounted: list[Evidence] | None
    ) -> tuple[Extraction | None, list[Evidence]]:
        """A message in Tohoku speech read in standard forms (nlp.dialect.tohoku_reading),
        with the readings a standard message gets too: its ん negatives as ない, and, when it
        is written in kana only, its words in kanji; and the words that reading set aside
        (a pet's death, a worry about what may come), for ``_read_as_standard``."""
        tokens, hits, ruled = self._read(standard)
        aside: list[Evidence] = []
        result = decide(text, ruled, tokens, hits, aside) if hits else None
        if discounted is not None:
            discounted.extend(aside)
        negatives = dialect_negatives(standard, tokens)
        if negatives is not None:
            again = self._decide_reading(text, negatives[0], discounted)
            if again is not None:
                result = again if result is None else _filled_in(result, again)
        if KANJI.search(text) is None and HIRAGANA.search(standard.text):
            again = self._read_in_kanji(text, standard, tokens, discounted)
            if again is not None:
                result = again if result is None else _filled_in(result, again)
        return result, aside

    def _decide_reading(
        self, text: str, reading: Normalised, discounted: list[Evidence] | None
    ) -> Extraction | None:
        """A second reading of the message (same offsets): its labels, or None if no hit."""
        tokens, hits, ruled = self._read(reading)
        return decide(text, ruled, tokens, hits, discounted) if hits else None

    def _read(
        self, norm: Normalised, spaced: str | None = None
    ) -> tuple[Tokens, list[Hit], Normalised]:
        """Tag the normalised text and find every lexicon hit in it; also the text the rules
        read: with polite negatives as plain ones (「起きません」 as 「起きない 」, same offsets;
        see nlp.plain), as most patterns and rules were written for the plain negative.
        ``spaced``: the same text with spaces where the writer's words break, for the tagger
        only (it drops them; see ``_spaced_words_42b23``)."""
        lines = self.tagger.lines(norm.text if spaced is None else spaced)
        tokens = self.lexicon.vocabulary.tokens(norm, lines)
        changed: list[tuple[int, int]] = []
        plain = plain_negatives(norm.text, tokens, changed)
        hits = self.lexicon.find(norm.text, tokens, norm.joins, plain, changed)
        if plain is None:
            return tokens, hits, norm
        return tokens, hits, Normalised(plain, norm.starts, norm.ends, norm.breaks, norm.joins)

    def analyse(self, text: str) -> tuple[Normalised, Tokens, list[Hit]] | None:
        """The normalised text, its tokens and every lexicon hit; None when nothing hit."""
        norm = normalise(text)
        if not norm.text.strip():
            return None
        tokens, hits, _ = self._read(norm)
        return (norm, tokens, hits) if hits else None


# Half-width katakana (ｦ-ﾟ) or full-width katakana, with no hiragana or kanji at all: the
# first check stops at the first hiragana or kanji, so other messages pay almost nothing.
_KATAKANA_ONLY_24k = re.compile(
    r"[\u30a0-\u30ff\s0-9A-Za-z、。！？!?,.…・「」ー〜~()（）]*[\u30a1-\u30fa][\u30a0-\u30ff\s0-9A-Za-z、。！？!?,.…・「」ー〜~()（）]*"
)


# A Latin letter: a message with no kana or kanji but letters may be romaji (round 26).
_LATIN_LETTERS_34c12 = re.compile(r"[A-Za-z]")


# Three katakana in a row (ナグラ…, ﾀｵﾚﾃ after NFKC): most messages have none.
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fcー]{2}")


def _romaji_in_kana(text: str) -> Normalised | None:
    """A message in romaji, normalised in hiragana, each character pointing at the writer's
    romaji (nlp.normalise.romaji_reading); None if it does not read as Japanese."""
    reading = romaji_reading(text)
    if reading is None:
        return None
    kana, kana_starts, kana_ends = reading
    norm = normalise(kana)
    if norm.starts is None or norm.ends is None:
        starts, ends = tuple(kana_starts), tuple(kana_ends)
    else:
        starts = tuple(kana_starts[i] for i in norm.starts)
        ends = tuple(kana_ends[i - 1] for i in norm.ends)
    return Normalised(norm.text, starts, ends, norm.breaks, norm.joins)


def _is_katakana(surface: str) -> bool:
    return all("\u30a1" <= ch <= "\u30fa" or ch == "ー" for ch in surface)


_KATAKANA_ENDINGS = frozenset("テタルイダデッ")
_OKURIGANA = frozenset("ってたるなれちじ")


def _unknown_katakana_runs(text: str, tokens: Tokens, hits: list[Hit]) -> list[tuple[int, int]]:
    """Character spans of runs of katakana tokens that read like a bent verb or adjective
    the tagger did not know, where no lexicon hit lies wholly inside the run (ケアマネ is a
    word the lexicon knows)."""
    runs: list[tuple[int, int]] = []
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    i = 0
    while i < len(words):
        if not _is_katakana(words[i].surface):
            i += 1
            continue
        j, unknown, short = i + 1, words[i].unknown, len(words[i].surface) <= 2
        while j < len(words) and starts[j] == ends[j - 1] and _is_katakana(words[j].surface):
            unknown = unknown or words[j].unknown
            short = short and len(words[j].surface) <= 2
            j += 1
        start, end = starts[i], ends[j - 1]
        # Guessed, or cut into pieces of one or two (ナ|グッ|テる), and bent like a verb or
        # an adjective (ナグラレ「ル」, タオレ「テ」, ヒキコモ「って」): not a loanword (スマホ,
        # バーベキュー), whose meaning a reading in hiragana would lose.
        odd = unknown or (short and j - i > 1)
        inflected = text[end - 1] in _KATAKANA_ENDINGS or text[end : end + 1] in _OKURIGANA
        if (
            odd
            and inflected
            and end - start >= 3
            and not any(start <= hit.start and hit.end <= end for hit in hits)
        ):
            runs.append((start, end))
        i = j
    return runs


def _with_stops(norm: Normalised, stops: list[int]) -> Normalised:
    """The normalised text with a 。 at each offset of ``stops`` (see nlp.stops). Each 。
    takes no room in the writer's text (it starts and ends where the word before it ends),
    so the evidence of this reading still points at their words."""
    text = norm.text
    size = len(text)
    old_starts = norm.starts if norm.starts is not None else tuple(range(size))
    old_ends = norm.ends if norm.ends is not None else tuple(range(1, size + 1))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for at in stops:
        pieces.append(text[done:at])
        pieces.append("。")
        starts.extend(old_starts[done:at])
        ends.extend(old_ends[done:at])
        starts.append(old_ends[at - 1])
        ends.append(old_ends[at - 1])
        done = at
    pieces.append(text[done:])
    starts.extend(old_starts[done:])
    ends.extend(old_ends[done:])

    def moved(offset: int) -> int:
        return offset + bisect.bisect_right(stops, offset)

    return Normalised(
        "".join(pieces),
        tuple(starts),
        tuple(ends),
        frozenset(moved(b) for b in norm.breaks),
        frozenset(moved(j) for j in norm.joins),
    )


# A sentence: up to and with its end mark (「いなくなった！と思ったら」 goes on).
_SENTENCE_WITH_END = re.compile(r"(?:[^。！？!?]|[！？!?]+(?=と|って))+[。！？!?]*")
_KANA_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_LATIN = re.compile(r"[A-Za-z]")
_LAUGH = re.compile(r"笑|[wｗ](?![A-Za-z])|草|😂|🤣|😆|😅")
MIN_KANA_STRETCH = 4  # letters: 「たすけて」, not 「はい」
_STRETCH_CACHE_WIDTH = 16  # characters: a stretch this short is kept
_STRETCH_CACHE_SIZE = 2_000


def _stretches_in_another_script(norm: Normalised) -> list[tuple[int, int]]:
    """Spans in the writer's text of the runs of sentences written in kana only inside a
    message with kanji (「いまおくじょうにいます。もうとぶしかない。よろしくお願いします」), or
    in katakana only inside a message in hiragana (「はじめまして。ｵｯﾄ ﾆ ﾅｸﾞﾗﾚﾀ」): a child's
    or an older writer's own words, with a greeting before or after them (typed by someone
    else, or a phone's ready-made phrase). The readings made for messages written so (in
    hiragana, in kanji, a child's words) are given to such a run as a message of its own."""
    text = norm.text
    script = KANJI if KANJI.search(text) is not None else HIRAGANA
    stretches: list[tuple[int, int]] = []
    begin = end = -1
    for found in _SENTENCE_WITH_END.finditer(text):
        sentence = found.group()
        if script.search(sentence) is None and _KANA_LETTER.search(sentence):
            if begin < 0:
                begin = found.start()
            end = found.end()
            continue
        if begin >= 0:
            stretches.append((begin, end))
            begin = -1
    if begin >= 0:
        stretches.append((begin, end))
    spans: list[tuple[int, int]] = []
    for begin, end in stretches:
        if (begin, end) == (0, len(text)) or _LATIN.search(text, begin, end):
            continue  # the whole message (read as such already); 「これDVですよね？」
        if len(_KANA_LETTER.findall(text, begin, end)) >= MIN_KANA_STRETCH:
            spans.append(norm.original_span(begin, end))
    return spans


def _moved(result: Extraction, offset: int) -> Extraction:
    """A part's extraction with its evidence moved to where the part stands in the message."""
    return Extraction(
        fields=result.fields,
        patterns=result.patterns,
        crisis=result.crisis,
        evidence=tuple(
            e._replace(start=e.start + offset, end=e.end + offset) for e in result.evidence
        ),
        persons=result.persons,
        writer_is_minor=result.writer_is_minor,
    )


def _merged_24k(first: Extraction, second: Extraction) -> Extraction:
    """The labels, evidence and persons of both readings of a katakana-only message."""

    def both(a: tuple[str, ...], b: tuple[str, ...], order: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(label for label in order if label in a or label in b)

    evidence = first.evidence + tuple(e for e in second.evidence if e not in first.evidence)
    return Extraction(
        fields=both(first.fields, second.fields, FIELDS),
        patterns=both(first.patterns, second.patterns, PATTERNS),
        crisis=both(first.crisis, second.crisis, CRISES),
        evidence=evidence,
        persons=both(first.persons, second.persons, PERSONS),
        writer_is_minor=first.writer_is_minor or second.writer_is_minor,
    )


def _added_where_rewritten(
    first: Extraction,
    second: Extraction,
    spans: list[tuple[int, int]],
    touching: bool = False,
) -> Extraction:
    """The first reading, plus the labels of a second reading (dialect negatives written as
    ない, see nlp.dialect) that the first lacks and whose words include a rewritten span:
    only what the standard spelling let a pattern see, not what the lexicon already read
    in the writer's own words (「おらんようになる」 has rows of its own). With ``touching``
    (43p24, Tohoku speech), words that end where a rewritten span starts count too: the
    ending the writer voiced was what hid the word (「手あげでしまいそう」: 手あげ before
    the rewritten で)."""
    have = set(first.fields + first.patterns + first.crisis)
    new = [
        e
        for e in second.evidence
        if e.label not in have
        and any(
            (e.start < end and start < e.end) or (touching and e.end == start)
            for start, end in spans
        )
    ]
    if not new:
        return first
    taken = {e.label for e in new}

    def more(a: tuple[str, ...], order: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(label for label in order if label in a or label in taken)

    return Extraction(
        fields=more(first.fields, FIELDS),
        patterns=more(first.patterns, PATTERNS),
        crisis=more(first.crisis, CRISES),
        evidence=first.evidence + tuple(new),
        persons=first.persons or second.persons,
        writer_is_minor=first.writer_is_minor or second.writer_is_minor,
    )


def _read_as_standard(
    first: Extraction,
    second: Extraction,
    spans: list[tuple[int, int]],
    aside: list[Evidence],
    with_kanji: bool,
) -> Extraction:
    """The first reading of a message in Tohoku speech, corrected by its reading in standard
    forms (nlp.dialect.tohoku_reading): the labels the standard reading found on rewritten
    words are added (``_added_where_rewritten``: 「行ぎでぇ」 read as 行きたい); and a label the
    standard reading lacks goes when that reading set its words aside (「犬っこが死んでしまった」:
    a pet's death; 「倒れねが心配」: a worry) or, for a field or a pattern, when all its words
    were dialect the first reading took for something else (「がっこ漬け」 is pickles, not
    school)."""
    # A field of the standard reading counts wherever its words are: the reading also
    # tells who is who (「八十四のおら」 is the writer at 84: care). A pattern or a crisis
    # counts only on rewritten words, as for the other dialect readings.
    # (A message in kana only is read in kanji too, a fallback whose fields only fill an
    # empty group: there only rewritten words count.)
    result = first
    if with_kanji:
        result = _added_where_rewritten(first, _only(second, FIELDS), [(0, 1 << 30)])
    result = _added_where_rewritten(result, second, spans, touching=True)
    kept = set(second.fields + second.patterns + second.crisis)

    def overlaps(a: Evidence, b: Evidence) -> bool:
        return a.start < b.end and b.start < a.end

    def misread(e: Evidence) -> bool:
        return any(start <= e.start and e.end <= end for start, end in spans)

    gone = set()
    for label in set(first.fields + first.patterns + first.crisis) - kept:
        words = [e for e in first.evidence if e.label == label]
        if not words:
            continue
        set_aside = all(any(d.label == label and overlaps(d, e) for d in aside) for e in words)
        if set_aside or (label not in CRISES and all(misread(e) for e in words)):
            gone.add(label)
    # 43p24: 「ばあちゃんの世話で学校行げね日ある」: the standard reading (学校行けない) finds the
    # writer is the pupil who cares (young carer); the first reading's double care (a parent
    # raising children and caring) was read before the dialect was, and goes.
    if (
        "double_care" in first.patterns
        and "young_carer" in second.patterns
        and "double_care" not in second.patterns
        and "young_carer" not in first.patterns
    ):
        gone.add("double_care")
    return _without(result, gone) if gone else result


def _only(extraction: Extraction, labels: tuple[str, ...]) -> Extraction:
    """``extraction`` with only the evidence of these labels."""
    return Extraction(
        fields=tuple(label for label in extraction.fields if label in labels),
        patterns=tuple(label for label in extraction.patterns if label in labels),
        crisis=tuple(label for label in extraction.crisis if label in labels),
        evidence=tuple(e for e in extraction.evidence if e.label in labels),
        persons=extraction.persons,
        writer_is_minor=extraction.writer_is_minor,
    )


def _without(extraction: Extraction, labels: set[str]) -> Extraction:
    """``extraction`` with these labels and their evidence taken out."""
    return Extraction(
        fields=tuple(label for label in extraction.fields if label not in labels),
        patterns=tuple(label for label in extraction.patterns if label not in labels),
        crisis=tuple(label for label in extraction.crisis if label not in labels),
        evidence=tuple(e for e in extraction.evidence if e.label not in labels),
        persons=extraction.persons,
        writer_is_minor=extraction.writer_is_minor,
    )


def _filled_in(first: Extraction, second: Extraction) -> Extraction:
    """The first reading, with each group it found nothing in (fields, patterns, crisis) taken
    from the second: the kanji reading of a kana message is a fallback, so a message the
    kana reading understood keeps its labels (「ままのかれしに たたかれる」 stays abuse, not DV)."""
    fields = first.fields or second.fields
    patterns = first.patterns or second.patterns
    crisis = first.crisis or second.crisis
    taken = set(fields + patterns + crisis) - set(first.fields + first.patterns + first.crisis)
    if not taken:
        return first
    evidence = first.evidence + tuple(e for e in second.evidence if e.label in taken)
    return Extraction(
        fields=fields,
        patterns=patterns,
        crisis=crisis,
        evidence=evidence,
        persons=first.persons or second.persons,
        writer_is_minor=first.writer_is_minor or second.writer_is_minor,
    )


_default: Extractor | None = None
_default_lock = threading.Lock()


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str) -> Extraction:
    """Extract with the module-level default Extractor (built on first use)."""
    return default_extractor().extract(text)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence C-level stdout/stderr (fd 1 and 2) while native code chatters."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in saved:
            os.close(fd)


# ---------------------------------------------------------------- round 34 (42b23)
# Loanwords of two letters a katakana writer means as such (not ヘヤ 部屋, アニ 兄).
_SHORT_LOANWORDS_42b23 = frozenset({"ママ", "パパ", "ガス", "バス", "ペン"})
_GLOSS_42b23 = re.compile(r"-[A-Za-z]")


def _loanword_42b23(surface: str, lemma: str) -> bool:
    """Whether a katakana word is a loanword to keep in katakana (ナイフ-knife, トイレ-toilet,
    ニュース-news, ブラジル-Brazil): the dictionary glosses it in Latin letters, and it is
    three letters or more (オット is 夫 to the writer, not otto; ヘヤ is 部屋, not hair)."""
    if not _is_katakana(surface):
        return False
    if surface in _SHORT_LOANWORDS_42b23:
        return True
    return len(surface) >= 3 and _GLOSS_42b23.search(lemma) is not None


_KANJI_42b23 = re.compile(r"[\u3400-\u9fff]")
_NOUN_OR_ADJECTIVE_42b23 = frozenset({"名詞", "代名詞", "形容詞"})
# Katakana words the dictionary reads as another noun than the writer means: ツマ (爪, not 妻).
_MISREAD_42b23 = frozenset({"ツマ"})


def _kept_in_katakana_42b23(surface: str, lemma: str, pos1: str) -> bool:
    """Whether a katakana word stays katakana in the mixed reading: a loanword
    (``_loanword_42b23``), or a noun, pronoun or adjective of two letters or more the
    dictionary knows in kanji (ムスコ 息子, ワタシ 私, シゴト 仕事, コワイ 怖い), which in
    hiragana it often does not (かいしゃ as か|医者); verbs (オコッテ, カクレテル) are read
    in hiragana, which the tagger knows."""
    if _loanword_42b23(surface, lemma):
        return True
    return (
        len(surface) >= 2
        and pos1 in _NOUN_OR_ADJECTIVE_42b23
        and _KANJI_42b23.search(lemma) is not None
        and surface not in _MISREAD_42b23
        and _is_katakana(surface)
    )


# 「（笑）」「笑」: a laugh in a katakana message leaves it a katakana message.
_LAUGH_MARK_42b23 = re.compile(r"[(（]笑[)）]|笑")
_FUNCTION_POS_42b23 = frozenset({"助詞", "助動詞", "接続詞"})
_KATAKANA_WORD_42b23 = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fcー]*")


def _written_words_42b23(norm: Normalised) -> list[tuple[int, int]]:
    """Spans of the katakana words as the writer spaced them: runs of katakana letters
    between the writer's spaces (``joins``) and any other character."""
    text = norm.text
    bounds = [0, *sorted(j for j in norm.joins if 0 < j < len(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for k in range(len(bounds) - 1):
        for found in _KATAKANA_WORD_42b23.finditer(text, bounds[k], bounds[k + 1]):
            spans.append(found.span())
    return spans


def _spaced_words_42b23(norm: Normalised) -> str | None:
    """The normalised text with a space at each of the writer's word breaks (``joins``)
    that has a word of two letters or more on one side (「コドモ ト トイレ」), for the tagger;
    None when there is none. Spaced-out single letters (「か い ご」) stay joined."""
    text = norm.text
    marks = sorted(j for j in norm.joins if 0 < j < len(text))
    if not marks:
        return None
    bounds = [0, *marks, len(text)]
    cuts = [
        bounds[k]
        for k in range(1, len(bounds) - 1)
        if bounds[k] - bounds[k - 1] >= 2 or bounds[k + 1] - bounds[k] >= 2
    ]
    if not cuts:
        return None
    pieces = []
    done = 0
    for cut in cuts:
        pieces.append(text[done:cut])
        done = cut
    pieces.append(text[done:])
    return " ".join(pieces)


def _read_in_kanji_42b23(
    result: Extraction, kanji: Extraction, set_aside: list[Evidence], kana_set_aside: list[Evidence]
) -> Extraction:
    """Round 34 (42b23): a katakana message's readings with its reading in kanji
    (``_read_katakana_in_kanji_42b23``), which sees the sentences and who is who:
    - its labels fill the groups the katakana readings left empty (``_filled_in``), but not
      with a label those readings set aside (「ワタシ カイゴ ノ シゴト シテマス」: a job; the
      reading in kanji, かいご の 仕事, does not see it);
    - a label the katakana readings raised and the kanji reading found and set aside does not
      stand: 「テレビ ノ ニュース デ コドモ ノ ギャクタイ ミタ」 (news), 「マエ ノ オット カラ DV
      アリマシタ。イマ ハ リコン シテ ゲンキ」 (over), 「ワタシ 72サイ … コドモ ハ トオイ」 (a
      grown child): the katakana and hiragana readings cut the words that tell it (ニュース
      read as にゅーす, 今は as イマハ)."""
    have = set(result.fields + result.patterns + result.crisis)
    ruled_out = {e.label for e in kana_set_aside} - have
    if ruled_out:
        kanji = Extraction(
            fields=tuple(f for f in kanji.fields if f not in ruled_out),
            patterns=tuple(p for p in kanji.patterns if p not in ruled_out),
            crisis=tuple(c for c in kanji.crisis if c not in ruled_out),
            evidence=tuple(e for e in kanji.evidence if e.label not in ruled_out),
            persons=kanji.persons,
            writer_is_minor=kanji.writer_is_minor,
        )
    filled = _filled_in(result, kanji)
    have = set(filled.fields + filled.patterns + filled.crisis)
    dropped = {
        e.label
        for e in set_aside
        if e.label in have and e.label not in kanji.fields + kanji.patterns + kanji.crisis
    }
    return _without(filled, dropped) if dropped else filled


# ---------------------------------------------------------------- 42k23
# 「がっこう から かえって こない」: MeCab reads a spaced かえって as the adverb 却って (or as
# 孵って), which before a verb of coming (こない, きた, くる) is 帰って: the child not back.
# 返って stays (「おかね かえって こない」 is money not paid back).
_GOING_HOME_MISREAD_42k23 = frozenset({"却って", "孵って"})
_COMING_42k23 = re.compile(r"[こきく来]")


def _going_home_42k23(written: str, before: str, following: str) -> str:
    """「がっこう から かえって こない」 read in kanji as 学校から帰ってこない, not 却ってこない: a
    kana 却って right after a place left (から) and before a form of 来る is going home.
    Money or a thing not given back (「かした おかね かえって こない」) has no から before it
    and stays as the tagger read it."""
    if before == "から" and _COMING_42k23.match(following):
        return "帰" + written[1:]
    return written


# 「はは の かいご たいへん」「ふとうこう です」: everyday words of the consultations that a kana
# writer spaces out as words and the tagger cuts into others (かいご: 買い+ご, ふとうこう: 不当+
# こう, やちん: 谷地+ん, つかれた: 突かれた). Read in kanji, such a word standing alone between
# the writer's spaces or marks is written as the word it is.
_KANA_WORDS_42k23: dict[str, str] = {
    "かいご": "介護",
    "ふとうこう": "不登校",
    "やちん": "家賃",
    "ほけん": "保険",
    "つかれた": "疲れた",
    "つかれて": "疲れて",
    "つかれる": "疲れる",
    "にんちしょう": "認知症",
    "がっこう": "学校",
    "しょうがっこう": "小学校",
    "ちゅうがっこう": "中学校",
    "ちゅうがく": "中学",
    "しょうがく": "小学",
    "こうこう": "高校",
    "ほいくえん": "保育園",
    "ようちえん": "幼稚園",
    "びょういん": "病院",
    "きゅうりょう": "給料",
}
_KANA_WORD_GATE_42k23 = re.compile("|".join(_KANA_WORDS_42k23))
_WORD_EDGE_42k23 = frozenset("、。，．,.！!？?「」『』（）()…")


def _kana_words_42k23(
    norm: Normalised, starts: list[int], ends: list[int]
) -> dict[int, tuple[int, str]]:
    """For each run of tokens that spells one of ``_KANA_WORDS_42k23`` as a whole word of the
    writer's (bounded by the start or end, a space the writer typed, or a mark), the index of
    its first token -> (the index of its last token, the word in kanji). 「かいごし」 or
    「ほけんしつ」 (other words) are not whole and stay as read."""
    text = norm.text
    if _KANA_WORD_GATE_42k23.search(text) is None:
        return {}

    def edge(at: int) -> bool:
        return (
            at <= 0
            or at >= len(text)
            or at in norm.joins
            or text[at - 1] in _WORD_EDGE_42k23
            or text[at] in _WORD_EDGE_42k23
        )

    found: dict[int, tuple[int, str]] = {}
    begin_of = {start: i for i, start in enumerate(starts)}
    end_of = {end: i for i, end in enumerate(ends)}
    for m in _KANA_WORD_GATE_42k23.finditer(text):
        first, last = begin_of.get(m.start()), end_of.get(m.end())
        if first is None or last is None or not (edge(m.start()) and edge(m.end())):
            continue
        if m.group() == "こうこう" and text.endswith("おや", 0, m.start()):
            continue  # おや こうこう: 親孝行, not a high school
        found[first] = (last, _KANA_WORDS_42k23[m.group()])
    return found


# ---------------------------------------------------------------- round 34 (42o23)
def _mostly_kana_in_words_42o23(norm: Normalised) -> bool:
    """「むすめ へや から でない、もう 4か月」「わたし 小6。いもうと の ごはん わたし やる」: a
    message written word by word in kana with a kanji or two (a number's 月, 小6) is read in
    kanji as a kana-only message is (``_read_in_kanji``); one written mostly in kanji is not."""
    if not norm.joins:
        return False
    kanji = len(KANJI.findall(norm.text))
    kana = len(HIRAGANA.findall(norm.text))
    return kanji * 6 <= kana


# ---------------------------------------------------------------- round 35 (43r24)
# A figure's kanji (10年, 2人, 3日, 中2): the only kanji some writers of kana use.
_FIGURE_KANJI_43r24 = re.compile(
    r"[0-9]+(?:年半?|人|日|回|か月|ヶ月|カ月|月|歳|才|時間|分|週間?)|[小中高][1-6]"
)


def _kana_with_figures_only_43r24(norm: Normalised) -> bool:
    """「むかし … オット に なぐられた。でも わかれて もう 10年、いま しあわせ」: a message in
    kana word by word whose only kanji are a figure's (10年, 中2) is one message, read whole
    in kanji already; a sentence of it read alone loses what the next one says, so the crisis
    of such a sentence is not trusted (``_extract``). A greeting in kanji beside kana
    sentences (「…おなか すいた。よろしくお願いします。」) is not this."""
    text = norm.text
    if KANJI.search(text) is None or not _mostly_kana_in_words_42o23(norm):
        return False
    return KANJI.search(_FIGURE_KANJI_43r24.sub("", text)) is None


def _without_crisis_42o23(reading: Extraction) -> Extraction:
    """The kanji reading of a kana message with a kanji or two adds fields and patterns only:
    its kanji were already read as written (「死にたいとか　そういうんじゃない」 keeps its
    denial), so a crisis it would add is not trusted."""
    return _without(reading, set(CRISES))
