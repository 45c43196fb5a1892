"""Result types of the extractor: what was found, and the words that raised it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

FIELDS: tuple[str, ...] = ("care", "disability", "child", "hardship", "health")
PATTERNS: tuple[str, ...] = ("hikikomori", "8050", "double_care", "young_carer", "isolation")
CRISES: tuple[str, ...] = ("suicide", "abuse", "dv", "emergency")
PERSONS: tuple[str, ...] = (
    "mother",
    "father",
    "parent",
    "grandparent",
    "spouse",
    "child",
    "sibling",
    "self",
)

Group = Literal["field", "pattern", "crisis"]
LABELS_BY_GROUP: dict[str, tuple[str, ...]] = {
    "field": FIELDS,
    "pattern": PATTERNS,
    "crisis": CRISES,
}


class Evidence(NamedTuple):
    """One reason for one label: the words in the original text and a note for staff.

    (A NamedTuple rather than a dataclass: thousands are built per second.)
    """

    label: str
    group: Group
    surface: str
    start: int
    end: int
    note: str

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a resident's message is about. Labels are in canonical order."""

    fields: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    crisis: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    persons: tuple[str, ...] = ()
    writer_is_minor: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": list(self.fields),
            "patterns": list(self.patterns),
            "crisis": list(self.crisis),
            "evidence": [e.to_dict() for e in self.evidence],
            "persons": list(self.persons),
            "writer_is_minor": self.writer_is_minor,
        }

    def evidence_for(self, label: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.label == label)
