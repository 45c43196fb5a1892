"""Human-readable explanation of an extraction, for staff: each label and its words."""

from __future__ import annotations

from collections.abc import Sequence

from nlp.model import Evidence, Extraction

_GROUP_TITLES = (
    ("crisis", "緊急 crisis"),
    ("field", "分野 fields"),
    ("pattern", "複合 patterns"),
)
_PERSON_JA = {
    "mother": "母",
    "father": "父",
    "parent": "親",
    "grandparent": "祖父母",
    "spouse": "配偶者・パートナー",
    "child": "子",
    "sibling": "きょうだい",
    "self": "本人",
}


def explain(text: str, extraction: Extraction, *, discounted: Sequence[Evidence] = ()) -> str:
    """Lines like ``care ← 「認知症」 [2:5] 認知症：介護の相談``, grouped by crisis, fields,
    patterns; then the ``discounted`` words (found but not counted) and the reason."""
    lines = [f"「{text}」"]
    raised = set(extraction.fields + extraction.patterns + extraction.crisis)
    for group, title in _GROUP_TITLES:
        labels = getattr(extraction, {"field": "fields", "pattern": "patterns"}.get(group, group))
        if not labels:
            lines.append(f"{title}: なし (none)")
            continue
        lines.append(f"{title}:")
        for label in labels:
            for item in extraction.evidence_for(label):
                lines.append(
                    f"  {label} ← 「{item.surface}」 [{item.start}:{item.end}] {item.note}"
                )
    if discounted:
        lines.append("見送った語 (found but not counted):")
        for item in discounted:
            also = "（※ほかの語で付いている）" if item.label in raised else ""
            lines.append(
                f"  {item.label} ✗ 「{item.surface}」 [{item.start}:{item.end}] {item.note}{also}"
            )
    if extraction.persons:
        who = ", ".join(f"{_PERSON_JA.get(p, p)} ({p})" for p in extraction.persons)
        lines.append(f"人 persons: {who}")
    if extraction.writer_is_minor:
        lines.append("本人は子ども・10代 (writer is a minor)")
    return "\n".join(lines)
