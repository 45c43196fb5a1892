"""The lexicon: TSV files that welfare staff can read and extend, and their matcher.

Each row has ``group``, ``label``, ``form`` and ``note``:

- ``group`` is ``field``, ``pattern`` or ``crisis`` (the row raises that label),
  ``person`` (who is mentioned: mother, father, …), ``cue`` (a word that rules
  in ``nlp.rules`` combine, e.g. ``violence`` + a partner → dv) or ``block``
  (the row's words cancel ``label`` where they overlap it: 死ぬほど cancels
  suicide, 介護の仕事 cancels care).
- ``form`` is written as people write it and is matched by dictionary form, so
  「殴る」 also matches 殴られて and 「死にたい」 matches しにたかった.
  ``…`` between words allows up to 5 words in between, in the same sentence
  (「薬…大量」). A form of only Latin letters and digits (DV, OD, 8050) matches a
  whole run of Latin letters and digits, ignoring case. A form starting ``re:``
  is a regular expression on the normalised text (NFKC; ask a developer). It runs
  only on messages with a key of each of its gates (``nlp.needles``), so write
  literal words rather than classes, and prefer a plain word form where one will do:
  a pattern made only of common kana wakes on most messages.
- ``note`` says, for staff, why the row is there; it is shown as evidence, so it is
  short plain Japanese (「認知症：介護の相談」; a block says why the word does not
  count: 「慣用句「死ぬほど」（自殺の意味ではない）」).

Lines starting with ``#`` are comments. A municipality adds its own words in an
extra file with the same columns (``Extractor(extra_lexicons=[path])``).
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from nlp.model import LABELS_BY_GROUP, PERSONS
from nlp.native import PACKAGE_DIR
from nlp.needles import GateKeys, Rarity, gates, load_frequencies
from nlp.normalise import is_kana, normalise, to_hiragana, to_katakana
from nlp.tagger import TaggerPool
from nlp.tokens import Tokens, Vocabulary, Word, canonical_lemma

# Not next to __file__: compiled, this module lives in nlp/_compiled (see nlp.native).
DEFAULT_LEXICON = PACKAGE_DIR / "data" / "lexicon.tsv"
KEY_FREQUENCIES = PACKAGE_DIR / "data" / "key_frequencies.tsv"

CUES: dict[str, str] = {
    "negation": "前の語を打ち消す（お金のことは大丈夫）",
    "copula_negation": "直前の語を打ち消す（〜ではない）",
    "elderly": "高齢の人",
    "care_need": "高齢の人や親が手助けを要する様子",
    "daily_decline": "買い物や風呂など日々のことができなくなる（親や高齢の人なら介護）",
    "care_worry": "高齢の人についてなら介護の心配",
    "parenting": "書き手が子育て中",
    "death": "誰かが亡くなった",
    "violence": "身体的・性的な暴力",
    "control": "支配や脅し（パートナーからならDV）",
    "expelled": "家から追い出される",
    "withheld_money": "生活費やお金を渡してもらえない（パートナーからなら経済的DV）",
    "care_setting": "介護の場や家族介護者（そこでの暴力は高齢者虐待）",
    "family_care": "家族の世話や家事",
    "school_life": "世話で削られる学校生活",
    "minor_self": "書き手が子ども・10代",
    "minor_other": "家族の子ども・10代が何かをしている",
    "stay_home": "家や部屋にこもる",
    "persistence": "長い間",
    "not_working": "働いていない・学校に行っていない",
    "dependency": "大人の子が親に頼って暮らす",
    "old_parent": "高齢の親",
    "co_residence": "同居",
    "neglect_sign": "子どものネグレクトのサイン（同じ服、空腹、閉め出し）",
    "withheld_care": "食事や世話をしてもらえない（子ども・高齢の人・障害のある人ならネグレクト）",
    "alone_child": "子どもだけで過ごしている",
    "night": "夜遅く",
    "days": "何日も",
    "parent_absent": "親が家をあけている",
    "loitering": "うろうろしている・出歩いている",
    "witness": "子どもが見ている前で（DVなら面前DV、子どもへの心理的虐待）",
    "repeated": "いつも・毎日",
    "bruise": "あざ（子どもや高齢の人なら虐待、パートナーからならDV）",
    "restraint": "縛る・閉じ込める（介護の場や子ども・高齢の人なら虐待、パートナーからならDV）",
    "outing": "旅行や外食など楽しみの外出（年齢だけでは介護の相談にしない）",
    "hale": "高齢でも元気にしている（年齢だけでは介護の相談にしない）",
    "no_meals": "家でごはんが出ない・食べていない（かなだけで書く子どもならネグレクト）",
    "no_answer": "電話に出ない・既読にならない（何日も続くなら安否の心配）",
    "unresponsive": "起きない・目を覚まさない（過量服薬のあとなら緊急）",
    "meals_cut": "食事を抜く・減らす（家族が介護の要る人にしているなら虐待）",
}
GROUPS = ("field", "pattern", "crisis", "person", "cue", "block")
MAX_GAP = 5
MIN_READING = 3  # kana-only readings shorter than this are too ambiguous
MIN_LOOSE_READING = 4  # long enough to match even where the tagger cut mid-word
_GAP = re.compile(r"…|\.\.\.")
_ASCII_FORM = re.compile(r"[A-Za-z0-9]+")
_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


class LexiconError(ValueError):
    """A lexicon row that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Entry:
    group: str
    label: str
    form: str
    note: str
    source: str  # "file:line", to find the row again


class Hit:
    """Where an entry matched: tokens [first, last) and normalised characters [start, end).

    A plain class, not a NamedTuple or dataclass: compiled with mypyc (nlp.native), its
    attributes and its __init__ are native, and hits are made and read for every message.
    """

    __slots__ = ("entry", "first", "last", "start", "end")

    def __init__(self, entry: Entry, first: int, last: int, start: int, end: int) -> None:
        self.entry = entry
        self.first = first  # token range [first, last)
        self.last = last
        self.start = start  # normalised character span
        self.end = end

    def __repr__(self) -> str:
        return f"Hit({self.entry.form!r}, tokens {self.first}-{self.last}, {self.start}-{self.end})"


@dataclass(frozen=True, slots=True)
class _Element:
    keys: frozenset[str]
    gap_before: bool


@dataclass(frozen=True, slots=True)
class _Phrase:
    entry: Entry
    elements: tuple[_Element, ...]
    last_keys: tuple[str, ...]  # the last element's keys, to loop over


class _Candidates(NamedTuple):
    """What may start at a word with given keys (cached per key set)."""

    single: tuple[Entry, ...]  # one-word entries: a hit at once
    longer: tuple[_Phrase, ...]
    gapped: tuple[_Phrase, ...]  # longer phrases whose second word may come later
    by_second: dict[str, tuple[_Phrase, ...]]  # the others, by their second word's keys


def load_entries(path: Path) -> list[Entry]:
    """Read and validate one lexicon TSV."""
    entries: list[Entry] = []
    with path.open(encoding="utf-8") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    if not lines:
        return entries
    reader = csv.reader([line for _, line in lines], delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [cell.strip() for cell in next(reader)]
    if header[:3] != ["group", "label", "form"]:
        raise LexiconError(f"{path}: the header must start with group, label, form, note")
    for (number, _), row in zip(lines[1:], reader, strict=True):
        if not any(cell.strip() for cell in row):
            continue
        cells = [cell.strip() for cell in row] + [""] * 4
        group, label, form, note = cells[:4]
        where = f"{path.name}:{number}"
        _validate(group, label, form, where)
        entries.append(Entry(group, label, form, note, where))
    return entries


def _validate(group: str, label: str, form: str, where: str) -> None:
    if group not in GROUPS:
        raise LexiconError(f"{where}: unknown group {group!r} (use one of {', '.join(GROUPS)})")
    allowed: Iterable[str]
    if group in LABELS_BY_GROUP:
        allowed = LABELS_BY_GROUP[group]
    elif group == "person":
        allowed = PERSONS
    elif group == "cue":
        allowed = CUES
    else:  # a block may cancel any label or cue
        allowed = [*CUES, *PERSONS, *[x for v in LABELS_BY_GROUP.values() for x in v], "*"]
    if label not in allowed:
        raise LexiconError(f"{where}: unknown label {label!r} for group {group!r}")
    if not form:
        raise LexiconError(f"{where}: empty form")
    if form.startswith("re:"):
        try:
            re.compile(form[3:])
        except re.error as exc:
            raise LexiconError(f"{where}: bad regular expression: {exc}") from exc


class Lexicon:
    """Compiled entries: an index from first-word keys to phrases, plus regexes."""

    def __init__(self, entries: list[Entry], tagger: TaggerPool) -> None:
        self.entries = entries
        self._index: dict[str, list[_Phrase]] = {}
        # per key set: entries that are one word long (a hit at once), longer phrases
        self._candidates: dict[tuple[str, ...], _Candidates] = {}
        self._readings: dict[str, list[Entry]] = {}
        self._reading_prefixes: set[str] = set()
        self._reading_firsts: set[str] = set()
        self._max_reading = 0
        self._ascii: dict[str, list[Entry]] = {}
        by_pattern: dict[str, list[Entry]] = {}
        for entry in entries:
            form = entry.form
            if form.startswith("re:"):
                by_pattern.setdefault(form[3:], []).append(entry)
            elif _ASCII_FORM.fullmatch(form):
                self._ascii.setdefault(form.lower(), []).append(entry)
            else:
                self._add_phrase(entry, tagger)
        # Separate patterns are much faster than one alternation of all of them, and a
        # pattern only runs on messages with a key of each of its gates (see
        # nlp.needles): which ones is decided once per set of gate keys present.
        self._regexes = [(re.compile(p), group) for p, group in by_pattern.items()]
        # A block only matters where a hit of its label is: block patterns run last, and
        # only for labels something else has found (「死んだら…」 only beside a 死ぬ).
        self._blocks_for: dict[int, frozenset[str]] = {}
        for number, group in enumerate(by_pattern.values()):
            if all(e.group == "block" and e.label != "*" for e in group):
                self._blocks_for[number] = frozenset(e.label for e in group)
        # Rarest gate first: it is the needle a pattern is found by (below), and a plan
        # checks the others rarest first, so a pattern that cannot run fails at once.
        # Rarity is measured on residents' messages (いま is in every います).
        rarity = Rarity(load_frequencies(KEY_FREQUENCIES))
        self._gates = [
            tuple(
                rarity.most_common_first(gate)
                for gate in sorted(gates(pattern), key=rarity.of_gate)
            )
            for pattern in by_pattern
        ]
        self._gate_keys = GateKeys(key for found in self._gates for gate in found for key in gate)
        self._plans: dict[frozenset[str], _Plan] = {}
        # A pattern can only run where a key of its rarest gate is: a new plan looks only
        # at the patterns of the message's keys (and those without gates, which always run).
        # Each needle key lists its patterns with what a plan needs of them, so a plan is
        # one pass over the message's keys: no set of candidates is built first (a new
        # message mostly has a key set of its own, so plans are rarely found in the cache).
        by_needle: dict[str, list[_Gated]] = {}
        self._ungated: list[int] = []
        for number, found in enumerate(self._gates):
            if not found:
                self._ungated.append(number)
            for key in found[0] if found else ():
                by_needle.setdefault(key, []).append(
                    _Gated(number, found, number in self._blocks_for)
                )
        self._by_needle: dict[str, tuple[_Gated, ...]] = {
            key: tuple(gated) for key, gated in by_needle.items()
        }
        # Each cached word knows the gate keys inside it (and whether one may run on into
        # the next word), so a message's keys are a union of a few small sets instead of
        # a look-up per character. MeCab drops only whitespace, so that is all of them
        # unless a key has whitespace.
        self._gates_in_words = not any(ch.isspace() for key in self._gate_keys.keys for ch in key)
        self.vocabulary = Vocabulary(
            self._phrases_for,
            _has_candidates,
            self._gate_keys if self._gates_in_words else None,
        )
        # A run of kana is only read character by character if it has the first three
        # characters of some reading (every reading has at least MIN_READING).
        self._reading_starts = frozenset(reading[:MIN_READING] for reading in self._readings)

    def _add_phrase(self, entry: Entry, tagger: TaggerPool) -> None:
        elements: list[_Element] = []
        reading: list[str] = []
        parts = [p for p in _GAP.split(entry.form)]
        if any(not p.strip() for p in parts):
            raise LexiconError(f"{entry.source}: '…' must stand between two words")
        for number, part in enumerate(parts):
            text = normalise(part.strip()).text
            morphemes = tagger.parse(text)
            spellings = tagger.readings(text)
            for k, m in enumerate(morphemes):
                lemma = canonical_lemma(m.lemma)
                keys = {to_hiragana(m.surface)}
                if lemma:
                    keys.add(lemma)
                for reading_key in (to_katakana(m.surface), m.lform):
                    if reading_key and len(reading_key) > 1:
                        keys.add("~" + reading_key)
                elements.append(_Element(frozenset(keys), gap_before=number > 0 and k == 0))
                spelling = spellings[k] if len(spellings) == len(morphemes) else ""
                reading.append(spelling or to_katakana(m.surface))
        phrase = _Phrase(entry, tuple(elements), tuple(sorted(elements[-1].keys)))
        for key in elements[0].keys:
            self._index.setdefault(key, []).append(phrase)
        joined = "".join(reading)
        if len(parts) == 1 and len(joined) >= MIN_READING and is_kana(joined):
            self._readings.setdefault(joined, []).append(entry)
            self._reading_prefixes.update(joined[:n] for n in range(1, len(joined)))
            self._reading_firsts.add(joined[0])
            self._max_reading = max(self._max_reading, len(joined))

    def find(
        self,
        text: str,
        tokens: Tokens,
        joins: frozenset[int] = frozenset(),
        plain: str | None = None,
        changed: list[tuple[int, int]] | None = None,
    ) -> list[Hit]:
        """Every lexicon hit in the message (blocks and context are applied later).

        ``joins``: offsets where the writer had put a space (``Normalised.joins``).
        ``plain``: the text with its polite negatives read as plain ones, and ``changed``
        the spans rewritten (``nlp.plain``): patterns also run on it."""
        hits: dict[tuple[int, int], Hit] = {}
        words = tokens.words
        starts, ends = tokens.starts, tokens.ends
        count = len(words)
        present: set[str] | None = None  # every key in the message, built when needed
        for i in range(count):
            if not words[i].active:
                continue
            cands: _Candidates = words[i].candidates
            for entry in cands.single:
                hits[(id(entry), i)] = Hit(entry, i, i + 1, starts[i], ends[i])
            if cands.longer:
                # Only phrases whose second word fits one of the next tokens (up to the
                # first that cannot be skipped) are tried; gapped phrases only if their
                # last word is somewhere in the message.
                tries: list[_Phrase] = []
                if cands.gapped:
                    if present is None:
                        present = {key for word in words for key in word.keys}
                    for phrase in cands.gapped:
                        for key in phrase.last_keys:
                            if key in present:
                                tries.append(phrase)
                                break
                j = i + 1
                by_second = cands.by_second
                while j < count:
                    nxt = words[j]
                    for key in nxt.keys:
                        more = by_second.get(key)
                        if more:
                            tries.extend(more)
                    if not nxt.transparent:
                        break
                    j += 1
                for phrase in tries:
                    last = _match_at(phrase, tokens, i)
                    if last is not None:
                        hits[(id(phrase.entry), i)] = Hit(
                            phrase.entry, i, last, starts[i], ends[last - 1]
                        )
        if self._readings and (any(word.odd_kana for word in words) or _all_kana(words)):
            self._find_readings(tokens, hits, joins)
        if self._regexes or self._ascii:
            keys = self.gate_keys_in(text, tokens)
            self._find_patterns(text, tokens, hits, keys)
            # 「起きません」 read again as 「起きない 」 (same offsets): most patterns were
            # written with the plain negative (see nlp.plain). Its gate keys are the
            # message's and those of the rewritten words (a key may span one more char).
            if plain is not None and changed:
                plain_keys = set(keys)
                for begin, end in changed:
                    plain_keys.update(self._gate_keys.in_text(plain[max(0, begin - 1) : end + 1]))
                self._find_patterns(plain, tokens, hits, frozenset(plain_keys))
        # By span (start, then end) as one int: no tuple per hit.
        found = list(hits.values())
        width = 1
        for hit in found:
            if hit.end >= width:
                width = hit.end + 1
        found.sort(key=lambda hit: hit.start * width + hit.end)
        return found

    def _phrases_for(self, keys: tuple[str, ...]) -> _Candidates:
        """Phrases whose first word a token with these keys can be (cached per key set)."""
        found = self._candidates.get(keys)
        if found is None:
            if len(self._candidates) > 50_000:  # stay flat in memory
                self._candidates.clear()
            merged: dict[int, _Phrase] = {}
            for key in keys:
                for phrase in self._index.get(key, ()):
                    merged.setdefault(id(phrase), phrase)
            phrases = list(merged.values())
            longer = [p for p in phrases if len(p.elements) > 1]
            by_second: dict[str, list[_Phrase]] = {}
            for phrase in longer:
                if not phrase.elements[1].gap_before:
                    for key in phrase.elements[1].keys:
                        by_second.setdefault(key, []).append(phrase)
            found = self._candidates[keys] = _Candidates(
                tuple(p.entry for p in phrases if len(p.elements) == 1),
                tuple(longer),
                tuple(p for p in longer if p.elements[1].gap_before),
                {k: tuple(v) for k, v in by_second.items()},
            )
        return found

    def _find_readings(
        self, tokens: Tokens, hits: dict[tuple[int, int], Hit], joins: frozenset[int]
    ) -> None:
        # All-kana writing (かいご, にんちしょう) is often cut into odd pieces by the
        # tagger (はは|がに|ん|ち|しょう); read the kana of each run of kana-only tokens
        # as one string instead. A reading may start inside a token only if it is long
        # enough not to be a chance match (ニンチショウ, not カイゴ inside ヤッカイゴト).
        words, sentences = tokens.words, tokens.sentences
        reading_starts = self._reading_starts
        i = 0
        n = len(words)
        while i < n:
            if not words[i].kana_only:
                i += 1
                continue
            j = i
            while j < n and words[j].kana_only and sentences[j] == sentences[i]:
                j += 1
            if j - i > 1 or words[i].unknown:  # one known word cannot be mis-cut
                run = "".join([w.katakana for w in words[i:j]])
                if any(
                    run[k : k + MIN_READING] in reading_starts
                    for k in range(len(run) - MIN_READING + 1)
                ):
                    self._read_run(tokens, run, i, j, hits, joins)
            i = j

    def _read_run(
        self,
        tokens: Tokens,
        run: str,
        first: int,
        last: int,
        hits: dict[tuple[int, int], Hit],
        joins: frozenset[int],
    ) -> None:
        origin = tokens.starts[first]  # kana-only tokens are contiguous in the text
        starts = {x - origin for x in tokens.starts[first:last]}
        ends = {x - origin for x in tokens.ends[first:last]}
        walls: list[int] = []  # 40d21: spaces between written words, see _word_breaks_40d21
        if joins:  # where the writer put a space, a word starts or ends (ｶｲｺﾞ ﾉ ｿｳﾀﾞﾝ)
            inside = {x - origin for x in joins if origin < x < origin + len(run)}
            starts |= inside
            ends |= inside
            if inside:
                walls = _word_breaks_40d21(joins, inside, origin, tokens.ends[-1])
        owner = [k for k in range(first, last) for _ in tokens.words[k].surface]
        prefixes, readings = self._reading_prefixes, self._readings
        firsts = self._reading_firsts
        for begin in range(len(run)):
            if run[begin] not in firsts:
                continue
            aligned = begin in starts
            for stop in range(begin + 1, min(len(run), begin + self._max_reading) + 1):
                piece = run[begin:stop]
                entries = readings.get(piece)
                if walls and any(begin < w < stop for w in walls):
                    break  # 「かいご してる」 is not 介護士 (かいごし), nor any longer piece
                if entries and (len(piece) >= MIN_LOOSE_READING or (aligned and stop in ends)):
                    for entry in entries:
                        key = (id(entry), owner[begin])
                        hits.setdefault(
                            key,
                            Hit(
                                entry,
                                owner[begin],
                                owner[stop - 1] + 1,
                                origin + begin,
                                origin + stop,
                            ),
                        )
                if piece not in prefixes:
                    break

    def _find_patterns(
        self, text: str, tokens: Tokens, hits: dict[tuple[int, int], Hit], keys: frozenset[str]
    ) -> None:
        """Hits of the patterns whose gates ``keys`` (the text's gate keys) let through."""
        plan = self._plans.get(keys)
        if plan is None:
            plan = self._plan(keys)
        regexes = self._regexes
        for number in plan.first:
            regex, entries = regexes[number]
            for match in regex.finditer(text):
                _add_span(hits, entries, tokens.starts, match.start(), match.end())
        if self._ascii and _ASCII_RUN.search(text):
            for match in _ASCII_RUN.finditer(text):
                found = self._ascii.get(match.group().lower())
                if found:
                    _add_span(hits, found, tokens.starts, match.start(), match.end())
        if plan.blocks:
            labels = {hit.entry.label for hit in hits.values()}
            for number in plan.blocks:
                if not self._blocks_for[number].isdisjoint(labels):
                    regex, entries = regexes[number]
                    for match in regex.finditer(text):
                        _add_span(hits, entries, tokens.starts, match.start(), match.end())

    def has_reading(self, katakana: str) -> bool:
        """Whether a lexicon word is read by this katakana (カイゴ: 介護), see _find_readings."""
        return katakana in self._readings

    def gate_keys_in(self, text: str, tokens: Tokens) -> frozenset[str]:
        """The message's keys of pattern gates (see nlp.needles)."""
        if not self._gates_in_words:
            return self._gate_keys.in_text(text)
        found: set[str] = set()
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        last = len(words) - 1
        for i in range(len(words)):
            word = words[i]
            if word.gate_keys:
                found.update(word.gate_keys)
            follows = word.follows
            if follows and i < last:
                pair = follows.get(words[i + 1].first)
                if pair is not None and ends[i] == starts[i + 1]:
                    found.add(pair)
        return frozenset(found)

    def _plan(self, keys: frozenset[str]) -> _Plan:
        """Which patterns a message with these gate keys must run (cached)."""
        if len(self._plans) > 50_000:  # stay flat in memory
            self._plans.clear()
        first: list[int] = [n for n in self._ungated if n not in self._blocks_for]
        blocks: list[int] = [n for n in self._ungated if n in self._blocks_for]
        chosen: set[int] = set()  # a pattern whose needle has two keys here is listed twice
        by_needle = self._by_needle
        for key in keys:
            found = by_needle.get(key)
            if found is None:
                continue
            for gated in found:
                if _passes(gated.gates, keys) and gated.number not in chosen:
                    chosen.add(gated.number)
                    if gated.block:
                        blocks.append(gated.number)
                    else:
                        first.append(gated.number)
        first.sort()
        blocks.sort()
        plan = self._plans[keys] = _Plan(tuple(first), tuple(blocks))
        return plan


class _Gated:
    """A pattern as its needle lists it: its number, its gates, whether it is a block."""

    __slots__ = ("number", "gates", "block")

    def __init__(self, number: int, gates: tuple[tuple[str, ...], ...], block: bool) -> None:
        self.number = number
        self.gates = gates
        self.block = block


def _passes(gates: tuple[tuple[str, ...], ...], keys: frozenset[str]) -> bool:
    """Whether the keys meet every gate but the first (the needle the pattern was found by).
    Each gate is a tuple looked up key by key: compiled, ``isdisjoint`` is a method call by
    name, and a plan for a new message checks some fifty patterns."""
    for k in range(1, len(gates)):
        for key in gates[k]:
            if key in keys:
                break
        else:
            return False
    return True


class _Plan(NamedTuple):
    first: tuple[int, ...]  # patterns to run, by number
    blocks: tuple[int, ...]  # block patterns to run if their label was found


def _add_span(
    hits: dict[tuple[int, int], Hit], entries: list[Entry], starts: list[int], begin: int, end: int
) -> None:
    """Hits for a pattern's match at normalised characters [begin, end)."""
    first = max(0, bisect.bisect_right(starts, begin) - 1)
    last = max(first + 1, bisect.bisect_left(starts, end))
    for entry in entries:
        hits.setdefault((id(entry), first), Hit(entry, first, last, begin, end))


def _match_at(phrase: _Phrase, tokens: Tokens, i: int) -> int | None:
    """Index after the last token of ``phrase`` starting at token ``i``, or None."""
    words, sentences = tokens.words, tokens.sentences
    sentence = sentences[i]
    pos = i + 1
    n = len(words)
    elements = phrase.elements
    for k in range(1, len(elements)):  # not elements[1:]: no new tuple per try
        element = elements[k]
        keys = element.keys
        if element.gap_before:
            limit = min(n, pos + MAX_GAP + 1)
            while pos < limit and sentences[pos] == sentence:
                if _meets(keys, words[pos].keys):
                    break
                pos += 1
            else:
                return None
            if pos >= limit:
                return None
        else:
            while pos < n and not _meets(keys, words[pos].keys):
                if not words[pos].transparent:
                    return None
                pos += 1
            if pos >= n:
                return None
        pos += 1
    return pos


def _meets(keys: frozenset[str], word_keys: tuple[str, ...]) -> bool:
    """``not keys.isdisjoint(word_keys)``, which compiled is a method call by name; this
    is a loop of set look-ups."""
    return any(key in keys for key in word_keys)  # compiled: a plain loop


def _all_kana(words: list[Word]) -> bool:
    """A message written in kana only (and symbols): children write いきるのつかれた, which
    the tagger may cut into well-known but wrong words (つか|れ|た), so read it too."""
    return all(word.kana_only or word.pos1 in _SYMBOL_POS for word in words)


_SYMBOL_POS = frozenset({"補助記号", "記号", "空白"})


def _has_candidates(candidates: _Candidates) -> bool:
    return bool(candidates.single or candidates.longer)


def _word_breaks_40d21(
    joins: frozenset[int], inside: set[int], origin: int, size: int
) -> list[int]:
    """Round 32 (40d21): of the writer's spaces inside a kana run (offsets in the run), those
    between two written words of two or more characters each: 「おばあちゃん の かいご してる」
    (やさしい日本語, written word by word) is not read as 介護士 across 「かいご」 and 「して」.
    Spaced-out single letters (「か い ご」) stay readable across their spaces."""
    marks = sorted(joins)
    walls: list[int] = []
    for at in sorted(inside):
        x = at + origin
        i = marks.index(x)
        before = marks[i - 1] if i > 0 else 0
        after = marks[i + 1] if i + 1 < len(marks) else size
        if x - before >= 2 and after - x >= 2:
            walls.append(at)
    return walls
