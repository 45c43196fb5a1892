"""Turning what was understood and what the directory holds into replies.

Reads the directory through a few attribute names only (``name``, ``description``,
``contact.phone`` …) and treats every one as optional, so a sparse entry still gives a card.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from intake import texts as T
from intake.messages import WindowCard


def _get(obj: Any, *names: str) -> str:
    """First non-empty attribute among ``names`` (``a.b`` walks), as a stripped string."""
    for name in names:
        value: Any = obj
        for part in name.split("."):
            value = getattr(value, part, None) if value is not None else None
        if value:
            return str(value).strip()
    return ""


def municipality_name(directory: Any, municipality_id: str | None) -> str:
    if not municipality_id:
        return T.GENERIC_PLACE
    try:
        return _get(directory.municipality(municipality_id), "name") or municipality_id
    except Exception:  # noqa: BLE001 - an unknown id must not break the conversation
        return municipality_id


def office_of(place: str) -> str:
    """大仙市 → 市役所, 涌谷町 → 町役場, 〇〇村 → 村役場, 〇〇区 → 区役所."""
    if place.endswith("町"):
        return "町役場"
    if place.endswith("村"):
        return "村役場"
    if place.endswith("区"):
        return "区役所"
    if place.endswith("市"):
        return "市役所"
    return "役所・役場"


def service_card(label: str, service: Any, place: str, *, urgent: bool = False) -> WindowCard:
    phone = _get(service, "contact.phone", "phone")
    hours = _get(service, "contact.hours", "hours")
    department = _get(service, "department")
    note = ""
    if not phone or not hours:
        note = T.NO_PHONE_NOTE.format(place=place, office=office_of(place))
    title = _get(service, "name") or label or "相談窓口"
    subtitle = label
    if department and department not in subtitle and department not in title:
        subtitle = f"{label}・{department}" if label else department
    return WindowCard(
        title=title,
        subtitle=subtitle,
        description=_get(service, "description"),
        phone=phone,
        hours=hours,
        address=_get(service, "contact.address", "address"),
        url=_get(service, "contact.url", "url"),
        note=note,
        urgent=urgent,
    )


def service_id(service: Any) -> str:
    return _get(service, "id") or _get(service, "name")


def windows(
    directory: Any, municipality_id: str, fields: Sequence[str], patterns: Sequence[str]
) -> list[tuple[str, Any]]:
    try:
        found = directory.windows_for(
            municipality_id, tuple(fields), tuple(patterns), fallback=True
        )
    except Exception:  # noqa: BLE001 - missing data shows the office fallback instead
        return []
    out: list[tuple[str, Any]] = []
    seen: set[str] = set()
    for label, service in found:
        key = service_id(service)
        if key not in seen:
            seen.add(key)
            label = str(label)
            out.append((T.FIELD_LABEL.get(label, T.PATTERN_LABEL.get(label, label)), service))
    return out


def coordination(directory: Any, municipality_id: str) -> Any:
    try:
        return directory.coordination(municipality_id)
    except Exception:  # noqa: BLE001
        return None


def line_card(line: Any, *, urgent: bool) -> WindowCard:
    alts = [f"{_get(a, 'label')}：{_get(a, 'number')}" for a in getattr(line, "alt_numbers", ())]
    return WindowCard(
        title=_get(line, "name", "title"),
        description=_get(line, "description", "use", "notes"),
        phone=_get(line, "number", "phone"),
        hours=_get(line, "hours"),
        url=_get(line, "url"),  # ``urls`` of the directory are sources, not for residents
        note="\n".join(alts),
        urgent=urgent,
    )


def crisis_cards(directory: Any, kinds: Iterable[str], *, urgent: bool = True) -> list[WindowCard]:
    """Cards for the national lines of these kinds, 119/110 first; never empty for a crisis."""
    ordered = [k for k in T.CRISIS_ORDER if k in set(kinds)]
    lines: list[Any] = []
    try:
        lines = list(directory.crisis_lines(tuple(ordered)))
        if "dv" in ordered and "emergency" not in ordered:  # DV: 110 when in danger now
            police = directory.crisis_lines(("emergency",))
            lines += [line for line in police if _get(line, "number") == "110"]
    except Exception:  # noqa: BLE001 - fall back to the built-in numbers below
        lines = []
    cards: list[WindowCard] = []
    seen: set[str] = set()
    for line in lines:
        card = line_card(line, urgent=urgent)
        key = card.phone or card.title
        if key and key not in seen:
            seen.add(key)
            cards.append(card)
    if not cards:
        cards = [
            WindowCard(title=name, phone=number, hours=hours, urgent=urgent)
            for name, number, hours in T.FALLBACK_LINES
        ]
    cards.sort(key=lambda c: 0 if c.phone in ("119", "110") else 1)
    return cards


# --- the reflection sentence ---------------------------------------------------

_CARE_PERSONS = ("mother", "father", "parent", "grandparent", "spouse")


def reflection(
    fields: Sequence[str], patterns: Sequence[str], persons: Sequence[str], *, minor: bool = False
) -> str:
    """「お母さまの介護と、お金や暮らしのことでお困りなのですね。」 (empty when nothing known)."""
    fields = [f for f in T.FIELD_ORDER if f in fields]
    patterns = [p for p in T.PATTERN_ORDER if p in patterns]
    persons = list(dict.fromkeys(persons))
    topics: list[str] = []
    used: set[str] = set()

    def whose(candidates: Sequence[str]) -> str:
        for person in persons:
            if person in candidates and person not in used and person != "self":
                used.add(person)
                return T.PERSON_LABEL[person] + "の"
        return ""

    skip: set[str] = set()
    if "double_care" in patterns:
        topics.append(whose(_CARE_PERSONS) + "介護と子育てが重なっていること")
        skip |= {"care", "child", "double_care"}
    for field in fields:
        if field in skip:
            continue
        if field == "care":
            topics.append(whose(_CARE_PERSONS) + T.FIELD_TOPIC[field])
        elif field in ("disability", "health"):
            topics.append(whose(persons) + T.FIELD_TOPIC[field])
        elif field == "child" and minor:
            topics.append(T.CHILD_TOPIC_MINOR)
        elif field == "child" and "child" not in persons:
            topics.append(T.CHILD_TOPIC_UNKNOWN)
        else:
            topics.append(T.FIELD_TOPIC[field])
    for pattern in patterns:
        if pattern not in skip:
            topics.append(T.PATTERN_TOPIC[pattern])
    if not topics:
        return ""
    if "8050" in patterns:
        topics = [t for t in topics if t != T.PATTERN_TOPIC["hikikomori"]]
    if len(topics) <= 2:
        joined = "と、".join(topics)
    else:
        joined = "、".join(topics[:-1]) + "、そして" + topics[-1]
    return (T.REFLECT_MINOR if minor else T.REFLECT).format(topics=joined)
