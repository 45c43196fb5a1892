"""Cut a message into plain and highlighted pieces from evidence spans.

The extractor records, for each flag, the words (``surface``) and where they are
(``start``/``end``) in the message. A span that does not match the text (the message
was normalised, or the data is old) is looked up by its words instead; one that cannot
be found is left out. Overlapping spans keep the first (longest) one; the same span
with several flags shows all their labels. The pieces are plain strings: the template
escapes each of them, so a resident's text never becomes markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from admin.contexts import Segment
from admin.labels import label_for

_SEVERITY = {"crisis": 0, "pattern": 1, "field": 2}


def locate(text: str, evidence: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where the evidence's words are in ``text``, or None."""
    surface = evidence.get("surface")
    surface = surface if isinstance(surface, str) else ""
    start, end = evidence.get("start"), evidence.get("end")
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(text)
        and (not surface or text[start:end] == surface)
    ):
        return start, end
    if surface and surface in text:
        found = text.find(surface)
        return found, found + len(surface)
    return None


def segments(text: str, evidence: Iterable[Mapping[str, Any]]) -> tuple[Segment, ...]:
    spans: list[tuple[int, int, Mapping[str, Any]]] = []
    for ev in evidence:
        where = locate(text, ev)
        if where is not None:
            spans.append((where[0], where[1], ev))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), _SEVERITY.get(str(s[2].get("group")), 3)))

    merged: list[tuple[int, int, list[Mapping[str, Any]]]] = []
    for start, end, ev in spans:
        if merged and (start, end) == merged[-1][:2]:
            merged[-1][2].append(ev)
        elif merged and start < merged[-1][1]:
            continue  # overlaps a span already shown
        else:
            merged.append((start, end, [ev]))

    pieces: list[Segment] = []
    cursor = 0
    for start, end, evs in merged:
        if start > cursor:
            pieces.append(Segment(text[cursor:start]))
        group = min((str(e.get("group", "")) for e in evs), key=lambda g: _SEVERITY.get(g, 3))
        names = dict.fromkeys(
            label_for(str(e.get("group", "")), str(e.get("label", ""))) for e in evs
        )
        notes = dict.fromkeys(str(e.get("note") or "") for e in evs if e.get("note"))
        pieces.append(Segment(text[start:end], "・".join(names), group, " / ".join(notes)))
        cursor = end
    if cursor < len(text):
        pieces.append(Segment(text[cursor:]))
    return tuple(pieces)
