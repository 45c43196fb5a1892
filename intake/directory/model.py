"""Frozen data types of the windows directory (shaped after Open Referral HSDS)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: Field ids in canonical order (the order the bot lists windows in).
FIELDS: tuple[str, ...] = ("care", "disability", "child", "hardship", "health")

FIELD_LABELS: Mapping[str, str] = {
    "care": "高齢・介護",
    "disability": "障がい",
    "child": "子ども・子育て",
    "hardship": "生活困窮",
    "health": "こころ・からだ（保健）",
}

#: Pattern ids in canonical order.
PATTERNS: tuple[str, ...] = ("hikikomori", "8050", "double_care", "young_carer", "isolation")

PATTERN_LABELS: Mapping[str, str] = {
    "hikikomori": "ひきこもり",
    "8050": "8050問題",
    "double_care": "ダブルケア",
    "young_carer": "ヤングケアラー",
    "isolation": "孤立・孤独",
}

#: Roles every municipality should fill with a service id.
ROLES: tuple[str, ...] = ("coordination", "outreach")

ROLE_LABELS: Mapping[str, str] = {
    "coordination": "多機関協働",
    "outreach": "アウトリーチ等を通じた継続的支援",
}

#: Crisis kinds of national lines, in the order the bot shows them.
#: ``sexual_violence`` is an optional extra kind (性暴力: #8891) that the engine may ask for.
CRISIS_KINDS: tuple[str, ...] = (
    "emergency",
    "suicide",
    "abuse",
    "dv",
    "sexual_violence",
    "child_self",
)

#: Every kind a national line may carry: crisis kinds first, then field ids.
LINE_KINDS: tuple[str, ...] = CRISIS_KINDS + FIELDS

#: What a service is, from the resident's point of view.
SERVICE_KINDS: Mapping[str, str] = {
    "consultation": "相談窓口",
    "coordination": "多機関協働",
    "outreach": "アウトリーチ",
    "participation": "参加支援",
    "community": "地域づくり・居場所",
}

#: How a service is run (空文字 = 資料に記載なし).
OPERATIONS: tuple[str, ...] = ("直営", "委託", "直営・委託", "補助", "指定管理", "")


@dataclass(frozen=True)
class SourceRef:
    """Where a fact was read: a file name and a short locator (section heading)."""

    file: str
    locator: str


@dataclass(frozen=True)
class Contact:
    """How to reach a window. Empty string = the source gives nothing."""

    phone: str = ""
    hours: str = ""
    address: str = ""
    url: str = ""


@dataclass(frozen=True)
class Service:
    """One consultation window or programme of a municipality."""

    id: str
    name: str
    kind: str
    fields: tuple[str, ...]
    patterns: tuple[str, ...]
    description: str
    department: str
    operation: str
    operator: str
    sites: int | None
    locations: tuple[str, ...]
    contact: Contact
    source: SourceRef
    last_checked: date
    note: str = ""
    line: int = 0  # line of the ``[[services]]`` header in the data file


@dataclass(frozen=True)
class Municipality:
    """A municipality and its services, with the routing of fields and patterns."""

    id: str
    name: str
    prefecture: str
    programme_name: str
    document: str
    source_file: str
    last_checked: date
    note: str
    services: tuple[Service, ...]
    windows: Mapping[str, str]  # field id -> service id
    patterns: Mapping[str, str]  # pattern id -> service id
    roles: Mapping[str, str]  # role id -> service id
    gaps: Mapping[str, str]  # field / pattern / role id -> why there is no window
    path: Path = field(default=Path(), compare=False)

    def service(self, service_id: str) -> Service:
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(f"{self.id}: no service {service_id!r}")

    def window(self, field_id: str) -> Service | None:
        """The window for one field, or None when the source names none (a gap)."""
        service_id = self.windows.get(field_id)
        return None if service_id is None else self.service(service_id)

    def pattern_window(self, pattern_id: str) -> Service | None:
        service_id = self.patterns.get(pattern_id)
        return None if service_id is None else self.service(service_id)

    def role(self, role_id: str) -> Service | None:
        service_id = self.roles.get(role_id)
        return None if service_id is None else self.service(service_id)

    @property
    def coordination(self) -> Service | None:
        return self.role("coordination")

    @property
    def outreach(self) -> Service | None:
        return self.role("outreach")

    @property
    def hikikomori(self) -> Service | None:
        return self.pattern_window("hikikomori")

    def missing_fields(self) -> list[str]:
        return [f for f in FIELDS if f not in self.windows]


@dataclass(frozen=True)
class AltNumber:
    label: str
    number: str


@dataclass(frozen=True)
class NationalLine:
    """A verified national phone line (domain-facts.md §1)."""

    id: str
    name: str
    number: str
    reading: str
    alt_numbers: tuple[AltNumber, ...]
    hours: str
    hours_as_of: str
    kinds: tuple[str, ...]
    operator: str
    description: str
    status: str
    source: SourceRef
    urls: tuple[str, ...]
    last_checked: date
    note: str = ""
    line: int = 0

    def numbers(self) -> list[str]:
        return [self.number, *(alt.number for alt in self.alt_numbers)]


def _canonical(values: Iterable[str], order: tuple[str, ...], what: str) -> list[str]:
    wanted = set()
    for value in values:
        if value not in order:
            raise ValueError(f"unknown {what} id {value!r} (known: {', '.join(order)})")
        wanted.add(value)
    return [v for v in order if v in wanted]


@dataclass(frozen=True)
class Directory:
    """All municipalities and the national lines."""

    municipalities: tuple[Municipality, ...]
    national_lines: tuple[NationalLine, ...]
    data_dir: Path = field(default=Path(), compare=False)

    def municipality(self, municipality_id: str) -> Municipality:
        for municipality in self.municipalities:
            if municipality.id == municipality_id:
                return municipality
        raise KeyError(f"unknown municipality {municipality_id!r}")

    def windows_for(
        self,
        municipality_id: str,
        fields: Iterable[str],
        patterns: Iterable[str] = (),
        *,
        fallback: bool = False,
    ) -> list[tuple[str, Service]]:
        """Windows for the requested fields and patterns, as ``(field or pattern id, service)``.

        Fields come first in canonical order (care, disability, child, hardship,
        health), then pattern windows (e.g. the ひきこもり window) in canonical
        order. A service is listed once, under the first id that led to it. A
        field the source names no window for is left out, unless ``fallback`` is
        true: then it is answered with the 多機関協働 service (if that is not
        listed already), so the bot can point to the coordinating window.
        """
        municipality = self.municipality(municipality_id)
        result: list[tuple[str, Service]] = []
        seen: set[str] = set()

        def add(key: str, service: Service | None) -> None:
            if service is not None and service.id not in seen:
                seen.add(service.id)
                result.append((key, service))

        for field_id in _canonical(fields, FIELDS, "field"):
            service = municipality.window(field_id)
            if service is None and fallback:
                service = municipality.coordination
            add(field_id, service)
        for pattern_id in _canonical(patterns, PATTERNS, "pattern"):
            add(pattern_id, municipality.pattern_window(pattern_id))
        return result

    def coordination(self, municipality_id: str) -> Service | None:
        """The 多機関協働 service of a municipality."""
        return self.municipality(municipality_id).coordination

    def outreach(self, municipality_id: str) -> Service | None:
        """The アウトリーチ等を通じた継続的支援 service of a municipality."""
        return self.municipality(municipality_id).outreach

    def hikikomori(self, municipality_id: str) -> Service | None:
        """Where ひきこもり consultations go, or None when the source does not say."""
        return self.municipality(municipality_id).hikikomori

    def national_line(self, line_id: str) -> NationalLine:
        for line in self.national_lines:
            if line.id == line_id:
                return line
        raise KeyError(f"unknown national line {line_id!r}")

    def crisis_lines(self, kinds: Iterable[str]) -> list[NationalLine]:
        """National lines for the given kinds, in the order the bot should show them.

        Kinds are taken in the order emergency, suicide, abuse, dv,
        sexual_violence, child_self, then field ids; within a kind, lines keep
        the order of ``national.toml``. Each line is listed once.
        """
        result: list[NationalLine] = []
        seen: set[str] = set()
        for kind in _canonical(kinds, LINE_KINDS, "line kind"):
            for line in self.national_lines:
                if kind in line.kinds and line.id not in seen:
                    seen.add(line.id)
                    result.append(line)
        return result
