"""Which characters a regular expression cannot match without.

Every match of ``(?:小学|中学|高校)生です`` consumes one of 小中高, then 生, then で:
each element a match must pass through gives a *gate*, the set of characters it
can start with. A lexicon ``re:`` pattern only runs on messages that have a
character of every gate (``gates``); ``needles`` is the rarest single gate.
Computed from the pattern's parse tree; a pattern without gates always runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MAX_RANGE = 64  # a class wider than this ([一-龥]) is as good as "any character"


def gates(pattern: str) -> tuple[frozenset[str], ...]:
    """One set of characters per element that every match must pass through."""
    try:
        tree = _parser.parse(pattern)
    except Exception:  # an unusual pattern: no gates, so it always runs
        return ()
    return tuple(frozenset(s) for s in _mandatory_sets(list(tree)) if s)


def needles(pattern: str) -> frozenset[str] | None:
    """The rarest gate: no match without one of these characters (None: no gate)."""
    found = gates(pattern)
    return min(found, key=_commonness) if found else None


_PARTICLES = frozenset("のがはにをでともたていしなかさ")


def _commonness(chars: Iterable[str]) -> int:
    """Rough cost of a needle set: particles are in nearly every message."""
    return sum(30 if ch in _PARTICLES else 5 if "ぁ" <= ch <= "ゖ" else 1 for ch in chars)


def _mandatory_sets(sequence: list[Any]) -> list[set[str]]:
    """For each element every match must pass through, the characters it starts with."""
    found: list[set[str]] = []
    for op, arg in sequence:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            if low >= 1:
                first = _first_chars(list(sub))
                if first:
                    found.append(first)
            continue
        first = _first_chars([(op, arg)])
        if first:
            found.append(first)
    return found


def _first_chars(sequence: list[Any]) -> set[str] | None:
    """Characters a match of ``sequence`` can start with; None if unknown or any."""
    for op, arg in sequence:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op == c.LITERAL:
            return {chr(arg)}
        if op == c.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind == c.LITERAL:
                    chars.add(chr(value))
                elif kind == c.RANGE and value[1] - value[0] <= _MAX_RANGE:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                else:
                    return None  # NEGATE, CATEGORY (\d), wide ranges
            return chars
        if op == c.SUBPATTERN:
            return _first_chars(list(arg[-1]))
        if op == c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                first = _first_chars(list(branch))
                if not first:
                    return None  # a branch that may be empty or start with anything
                union |= first
            return union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            return _first_chars(list(sub)) if low >= 1 else None
        return None
    return None
