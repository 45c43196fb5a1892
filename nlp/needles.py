"""Which characters, or pairs of characters, a regular expression cannot match without.

Every match of ``(?:小学|中学|高校)生です`` contains one of 小中高, then 生, then
the pair です: each element a match must pass through gives a *gate*, a set of
keys (one character, or two that the pattern writes side by side) of which
every match contains at least one. Pairs matter for kana: で and す are in most
messages, です in fewer, and ``(?:もう|こんな)自分なんて`` would otherwise wake
on any う or こ. For an alternation a gate takes one gate of each branch: the rarest
(``(?:産まなきゃ|いらない子)`` gives {産ま, い子}), then the second rarest, and so on
(up to ``BRANCH_GATES``), so that ``(?:朝|昼)から|(?:夜|夕方)から`` has {朝, 昼, 夜, 夕方}
as well as {から}. A lexicon ``re:`` pattern only runs
on messages that have a key of every gate (``gates``); ``needles`` is the rarest
gate. Computed from the pattern's parse tree, lookaheads and lookbehinds included (what they
look at is in the message too); a pattern without gates always runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MAX_RANGE = 64  # a class wider than this ([一-龥]) is as good as "any character"
BRANCH_GATES = 3  # gates an alternation gives at most (each more keys to look for)


def gates(pattern: str) -> tuple[frozenset[str], ...]:
    """One set of characters per element that every match must pass through."""
    try:
        tree = _parser.parse(pattern)
    except Exception:  # an unusual pattern: no gates, so it always runs
        return ()
    if tree.state.flags & c.SRE_FLAG_IGNORECASE:
        return ()  # a literal would stand for several characters
    return tuple(frozenset(gate) for gate in map(_without_whitespace, _gates(list(tree))) if gate)


def _without_whitespace(gate: set[str]) -> set[str]:
    """The gate with its keys' whitespace left out (「ご はん」 gives ご, not 「ご 」).

    The tagger drops whitespace, so keys without it can be collected word by word (see
    ``Lexicon.gate_keys_in``). A key's other character is still in every match, so the
    gate stays true; a key of whitespace alone would take any match, so that gate goes."""
    if not any(ch.isspace() for key in gate for ch in key):
        return gate
    kept = {"".join(ch for ch in key if not ch.isspace()) for key in gate}
    return set() if "" in kept else kept


def needles(pattern: str) -> frozenset[str] | None:
    """The rarest gate: no match without one of these characters (None: no gate)."""
    found = gates(pattern)
    return min(found, key=commonness) if found else None


_PARTICLES = frozenset("のがはにをでともたていしなかさ")


def commonness(keys: Iterable[str]) -> int:
    """Rough cost of a gate: particles are in nearly every message, kana in most."""
    return sum(_key_cost(key) for key in keys)


def load_frequencies(path: Path) -> dict[str, int]:
    """Per-mille document frequency of characters and pairs (``data/key_frequencies.tsv``,
    written by ``scripts/key_frequencies.py``); empty when the file is missing."""
    frequencies: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frequencies
    for line in lines:
        key, _, per_mille = line.partition("\t")
        if key and not line.startswith("#") and per_mille.isdigit():
            frequencies[key] = int(per_mille)
    return frequencies


class Rarity:
    """How often a gate lets a message through, as measured (``load_frequencies``), ties
    broken by :func:`commonness`. Orders the work of a pattern plan, never its result."""

    def __init__(self, frequencies: dict[str, int]) -> None:
        self.frequencies = frequencies

    def of_gate(self, keys: Iterable[str]) -> tuple[int, int]:
        frequencies = self.frequencies
        return sum(frequencies.get(key, 0) for key in keys), commonness(keys)

    def most_common_first(self, keys: Iterable[str]) -> tuple[str, ...]:
        """A gate's keys, the likeliest first: a gate that passes passes at its first."""
        frequencies = self.frequencies
        return tuple(sorted(keys, key=lambda key: (-frequencies.get(key, 0), key)))


def _key_cost(key: str) -> int:
    kana = [_is_hiragana(ch) for ch in key]
    if len(key) == 2:
        return (8 if all(ch in _PARTICLES for ch in key) else 3) if all(kana) else 1
    return 30 if key in _PARTICLES else 20 if kana[0] else 1


def _is_hiragana(ch: str) -> bool:
    return "ぁ" <= ch <= "ゖ"


def _gates(sequence: list[Any]) -> list[set[str]]:
    """For each element every match of ``sequence`` passes through, a gate (see above)."""
    found: list[set[str]] = []
    previous: str | None = None  # the literal just before, for a pair
    for op, arg in sequence:
        literal = chr(arg) if op == c.LITERAL else None
        if literal is not None:
            # Two literals side by side: the pair is a stronger gate than either one.
            found.append({previous + literal} if previous is not None else {literal})
            if previous is not None and len(found) > 1 and found[-2] == {previous}:
                found.pop(-2)  # the lone first character says less than the pair
        elif op == c.IN:
            chars = _class_chars(arg)
            if chars:
                found.append(chars)
        elif op == c.SUBPATTERN:
            if not arg[1] & c.SRE_FLAG_IGNORECASE:  # (?i:…): a literal is several chars
                found += _gates(list(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            if low >= 1:
                found += _gates(list(sub))
        elif op == c.BRANCH:
            # A match goes through one branch, so one gate of each branch, together, is a
            # gate: the rarest of each, the second rarest of each, …
            ranked: list[list[set[str]]] = []
            for branch in arg[1]:
                options = _gates(list(branch))
                if not options:
                    break  # a branch that may match anything: no gate here
                ranked.append(sorted(options, key=commonness))  # stable: ties keep order
            else:
                for rank in range(min(BRANCH_GATES, *(len(options) for options in ranked))):
                    union: set[str] = set()
                    for gates_of_branch in ranked:
                        union |= gates_of_branch[rank]
                    found.append(union)
        elif op == c.ASSERT:
            # (?=…) and (?<=…): what they look at is in the text too, so their gates hold
            # (「息子(?=が高校をやめて)」 runs only where 高校 is); negative ones give none.
            found += _gates(list(arg[1]))
        # anything else (., \d, negative lookarounds, anchors, back-references): no gate
        previous = literal
    return found


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters of a small class like [にね] or [1-6]; None for wide or negated ones."""
    chars: set[str] = set()
    for kind, value in items:
        if kind == c.LITERAL:
            chars.add(chr(value))
        elif kind == c.RANGE and value[1] - value[0] <= _MAX_RANGE:
            chars.update(chr(x) for x in range(value[0], value[1] + 1))
        else:
            return None  # NEGATE, CATEGORY (\d), wide ranges
    return chars


class GateKeys:
    """Every key of a set of patterns' gates, and how to find them in a text."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = frozenset(keys)
        self.chars = frozenset(key for key in self.keys if len(key) == 1)
        self.pairs = frozenset(key for key in self.keys if len(key) == 2)
        self.pair_starts = frozenset(key[0] for key in self.pairs)
        # For a first character: each second character that makes a pair key with it, and
        # that key (one string, made once: a word boundary then costs a look-up, no join).
        self.follows: dict[str, dict[str, str]] = {}
        for pair in sorted(self.pairs):
            self.follows.setdefault(pair[0], {})[pair[1]] = pair

    def in_text(self, text: str) -> frozenset[str]:
        """The keys that occur in ``text``."""
        found = set(self.chars.intersection(text))
        if self.pairs:
            starts, pairs = self.pair_starts, self.pairs
            for i in range(len(text) - 1):
                if text[i] in starts and text[i : i + 2] in pairs:
                    found.add(text[i : i + 2])
        return frozenset(found)
