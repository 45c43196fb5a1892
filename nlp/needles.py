"""Which characters a regular expression cannot match without.

Every match of ``(?:小学|中学|高校)生です`` contains one of 小中高, then 生, で
and す: each element a match must pass through gives a *gate*, a set of
characters of which every match contains at least one. For an alternation the
gate takes each branch's rarest character (``(?:産まなきゃ|いらない子)`` gives
{産, 子}, not the common い), so that gates stay rare. A lexicon ``re:`` pattern
only runs on messages that have a character of every gate (``gates``);
``needles`` is the rarest gate. Computed from the pattern's parse tree; a pattern
without gates always runs.
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
    if tree.state.flags & c.SRE_FLAG_IGNORECASE:
        return ()  # a literal would stand for several characters
    return tuple(frozenset(g) for g in _gates(list(tree)))


def needles(pattern: str) -> frozenset[str] | None:
    """The rarest gate: no match without one of these characters (None: no gate)."""
    found = gates(pattern)
    return min(found, key=_commonness) if found else None


_PARTICLES = frozenset("のがはにをでともたていしなかさ")


def _commonness(chars: Iterable[str]) -> int:
    """Rough cost of a gate: particles are in nearly every message."""
    return sum(30 if ch in _PARTICLES else 5 if "ぁ" <= ch <= "ゖ" else 1 for ch in chars)


def _gates(sequence: list[Any]) -> list[set[str]]:
    """For each element every match of ``sequence`` passes through, a gate (see above)."""
    found: list[set[str]] = []
    for op, arg in sequence:
        if op == c.LITERAL:
            found.append({chr(arg)})
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
            union: set[str] = set()
            for branch in arg[1]:
                options = _gates(list(branch))
                if not options:
                    break  # a branch that may match anything: no gate here
                union |= min(options, key=_commonness)
            else:
                found.append(union)
        # anything else (., \d, lookarounds, anchors, back-references) gives no gate
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
