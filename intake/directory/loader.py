"""Read and validate the TOML files of the windows directory.

Every problem becomes a :class:`DirectoryError` that names the file and the
line (``file:line: message``), so ``tsunagu directory check`` can print it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .model import (
    FIELDS,
    LINE_KINDS,
    OPERATIONS,
    PATTERNS,
    ROLES,
    SERVICE_KINDS,
    AltNumber,
    Contact,
    Directory,
    Municipality,
    NationalLine,
    Service,
    SourceRef,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
NATIONAL_FILE = "national.toml"

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_NUMBER_RE = re.compile(r"^#?[0-9][0-9-]*$")
_AS_OF_RE = re.compile(r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$")
_TOML_LINE_RE = re.compile(r"at line (\d+)")


class DirectoryError(Exception):
    """A malformed directory file. ``str()`` gives ``file:line: message``."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.errors: list[DirectoryError] = [self]
        super().__init__(f"{path}:{line}: {message}")


# --------------------------------------------------------------------------- locating lines


@dataclass(frozen=True)
class _Header:
    line: int
    name: str
    array: bool


_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


class _Locator:
    """Best-effort mapping from a key path to a line number in the TOML text."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[_Header] = []
        for number, raw in enumerate(self.lines, start=1):
            match = _HEADER_RE.match(raw)
            if match:
                name = re.sub(r"\s*\.\s*", ".", match.group(2)).replace('"', "")
                self.headers.append(_Header(number, name, match.group(1) == "[["))

    def _span_end(self, start: int, name: str) -> int:
        """Last line of the table whose header is at ``start`` (children included)."""
        for header in self.headers:
            if header.line <= start:
                continue
            if not header.name.startswith(name + ".") or header.name == name:
                return header.line - 1
        return len(self.lines)

    def _key_line(self, start: int, end: int, key: str) -> int | None:
        pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
        header_lines = {h.line for h in self.headers}
        for number in range(start + 1, end + 1):
            # keys of the table itself come before any sub-table header
            if number in header_lines:
                break
            if pattern.match(self.lines[number - 1]):
                return number
        return None

    def line_for(self, path: Sequence[str | int], needle: str | None = None) -> int:
        start, end = 0, len(self.lines)
        prefix = ""
        found = 1
        index = 0
        while index < len(path):
            part = path[index]
            if isinstance(part, int):
                index += 1
                continue
            name = f"{prefix}.{part}" if prefix else part
            nxt = path[index + 1] if index + 1 < len(path) else None
            headers = [h for h in self.headers if h.name == name and start <= h.line <= end]
            if isinstance(nxt, int):
                arrays = [h for h in headers if h.array]
                if nxt < len(arrays):
                    start = arrays[nxt].line
                    end = self._span_end(start, name)
                    found = start
                    prefix = name
                    index += 2
                    continue
                break
            if headers:
                start = headers[0].line
                end = self._span_end(start, name)
                found = start
                prefix = name
                index += 1
                continue
            key_line = self._key_line(start, end, part)
            if key_line is not None:
                found = key_line  # a value may span lines: the needle is searched from here
            break
        if needle:
            for number in range(max(found, 1), max(end, found) + 1):
                if needle in self.lines[number - 1]:
                    return number
        return found


# --------------------------------------------------------------------------- validation


class _FileChecker:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.locator = _Locator(text)
        self.errors: list[DirectoryError] = []

    def error(self, where: Sequence[str | int], message: str, needle: str | None = None) -> None:
        line = self.locator.line_for(where, needle)
        self.errors.append(DirectoryError(self.path, line, message))

    def line(self, where: Sequence[str | int]) -> int:
        return self.locator.line_for(where)

    @staticmethod
    def _dotted(where: Sequence[str | int]) -> str:
        out = ""
        for part in where:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def table(
        self,
        raw: object,
        where: Sequence[str | int],
        spec: Mapping[str, tuple[str, bool]],
    ) -> dict[str, Any] | None:
        """Check a table against ``spec`` (key -> (type name, required))."""
        name = self._dotted(where) or "(top level)"
        if not isinstance(raw, dict):
            self.error(where, f"{name} must be a table")
            return None
        ok = True
        for key in raw:
            if key not in spec:
                self.error(
                    [*where, key], f"unknown key {key!r} in {name} (allowed: {', '.join(spec)})"
                )
                ok = False
        for key, (kind, required) in spec.items():
            if key not in raw:
                if required:
                    self.error(where, f"missing key {key!r} in {name}")
                    ok = False
                continue
            if not _type_ok(raw[key], kind):
                self.error(
                    [*where, key],
                    f"{name}.{key} must be {_TYPE_NAMES[kind]}, not {type(raw[key]).__name__}",
                )
                ok = False
        return raw if ok else None


_TYPE_NAMES = {
    "str": "a string",
    "int": "an integer",
    "date": "a date (YYYY-MM-DD, no quotes)",
    "strlist": "a list of strings",
    "table": "a table",
    "tablelist": "a list of tables",
}


def _type_ok(value: object, kind: str) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "date":
        return isinstance(value, date) and not isinstance(value, datetime)
    if kind == "strlist":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "table":
        return isinstance(value, dict)
    if kind == "tablelist":
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    raise AssertionError(kind)


_MUNICIPALITY_TOP = {
    "municipality": ("table", True),
    "windows": ("table", False),
    "patterns": ("table", False),
    "roles": ("table", False),
    "gaps": ("table", False),
    "services": ("tablelist", True),
}
_MUNICIPALITY = {
    "id": ("str", True),
    "name": ("str", True),
    "prefecture": ("str", True),
    "programme_name": ("str", False),
    "document": ("str", True),
    "source_file": ("str", True),
    "last_checked": ("date", True),
    "note": ("str", False),
}
_SERVICE = {
    "id": ("str", True),
    "name": ("str", True),
    "kind": ("str", True),
    "fields": ("strlist", True),
    "patterns": ("strlist", False),
    "description": ("str", True),
    "department": ("str", True),
    "operation": ("str", True),
    "operator": ("str", False),
    "sites": ("int", False),
    "locations": ("strlist", False),
    "contact": ("table", True),
    "source": ("table", True),
    "last_checked": ("date", True),
    "note": ("str", False),
}
_CONTACT = {
    "phone": ("str", True),
    "hours": ("str", True),
    "address": ("str", True),
    "url": ("str", True),
}
_SOURCE = {"file": ("str", True), "locator": ("str", True)}

_NATIONAL_TOP = {"national": ("table", True), "lines": ("tablelist", True)}
_NATIONAL = {"source": ("str", True), "last_checked": ("date", True), "note": ("str", False)}
_LINE = {
    "id": ("str", True),
    "name": ("str", True),
    "number": ("str", True),
    "reading": ("str", False),
    "alt_numbers": ("tablelist", False),
    "hours": ("str", True),
    "hours_as_of": ("str", True),
    "kinds": ("strlist", True),
    "operator": ("str", False),
    "description": ("str", True),
    "status": ("str", True),
    "source": ("table", True),
    "urls": ("strlist", False),
    "last_checked": ("date", True),
    "note": ("str", False),
}
_ALT = {"label": ("str", True), "number": ("str", True)}


def _read(path: Path) -> tuple[str, dict[str, Any]] | DirectoryError:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return DirectoryError(path, 1, f"cannot read file: {exc}")
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE_RE.search(str(exc))
        line = int(match.group(1)) if match else 1
        return DirectoryError(path, line, f"TOML syntax error: {exc}")


def _mapping(
    fc: _FileChecker,
    raw: dict[str, Any],
    section: str,
    allowed: Sequence[str],
    service_ids: Mapping[str, Service],
    declared: set[str],
    what: str,
) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in raw.get(section, {}).items():
        if key not in allowed:
            fc.error(
                [section, key],
                f"unknown {what} id {key!r} in [{section}] (known: {', '.join(allowed)})",
            )
            continue
        if not isinstance(value, str):
            fc.error([section, key], f"{section}.{key} must be a service id (a string)")
            continue
        if value not in service_ids:
            if value not in declared:  # else the service itself is already reported
                fc.error([section, key], f"{section}.{key} refers to missing service id {value!r}")
            continue
        out[key] = value
    return out


def _load_municipality(path: Path) -> tuple[Municipality | None, list[DirectoryError]]:
    read = _read(path)
    if isinstance(read, DirectoryError):
        return None, [read]
    text, raw = read
    fc = _FileChecker(path, text)
    top = fc.table(raw, [], _MUNICIPALITY_TOP)
    if top is None:
        return None, fc.errors
    head = fc.table(raw["municipality"], ["municipality"], _MUNICIPALITY)
    if head is None:
        return None, fc.errors
    mid: str = head["id"]
    if mid != path.stem:
        fc.error(
            ["municipality", "id"],
            f"municipality id {mid!r} must match the file name {path.stem!r}",
        )

    services: list[Service] = []
    by_id: dict[str, Service] = {}
    declared = {
        s["id"] for s in raw["services"] if isinstance(s, dict) and isinstance(s.get("id"), str)
    }
    for i, sraw in enumerate(raw["services"]):
        where: list[str | int] = ["services", i]
        s = fc.table(sraw, where, _SERVICE)
        if s is None:
            # still report problems inside the sub-tables
            if isinstance(sraw, dict):
                for sub, spec in (("contact", _CONTACT), ("source", _SOURCE)):
                    if isinstance(sraw.get(sub), dict):
                        fc.table(sraw[sub], [*where, sub], spec)
            continue
        sid: str = s["id"]
        bad = False
        if not _ID_RE.match(sid) or not sid.startswith(path.stem + "-"):
            fc.error(
                [*where, "id"],
                f"service id {sid!r} must be lower-case ASCII and start with {path.stem + '-'!r}",
            )
            bad = True
        if sid in by_id:
            fc.error(
                [*where, "id"], f"duplicate service id {sid!r} (first at line {by_id[sid].line})"
            )
            bad = True
        if s["kind"] not in SERVICE_KINDS:
            fc.error(
                [*where, "kind"],
                f"unknown service kind {s['kind']!r} (known: {', '.join(SERVICE_KINDS)})",
            )
            bad = True
        for key, known, what in (("fields", FIELDS, "field"), ("patterns", PATTERNS, "pattern")):
            for value in s.get(key, []):
                if value not in known:
                    fc.error(
                        [*where, key],
                        f"unknown {what} id {value!r} (known: {', '.join(known)})",
                        needle=f'"{value}"',
                    )
                    bad = True
        if s["operation"] not in OPERATIONS:
            fc.error(
                [*where, "operation"],
                f"operation {s['operation']!r} must be one of "
                f"{', '.join(repr(o) for o in OPERATIONS)}",
            )
            bad = True
        if "sites" in s and s["sites"] < 1:
            fc.error([*where, "sites"], "sites must be 1 or more (leave it out if unknown)")
            bad = True
        contact = fc.table(s["contact"], [*where, "contact"], _CONTACT)
        source = fc.table(s["source"], [*where, "source"], _SOURCE)
        if contact is None or source is None or bad:
            continue
        service = Service(
            id=sid,
            name=s["name"],
            kind=s["kind"],
            fields=tuple(s["fields"]),
            patterns=tuple(s.get("patterns", [])),
            description=s["description"],
            department=s["department"],
            operation=s["operation"],
            operator=s.get("operator", ""),
            sites=s.get("sites"),
            locations=tuple(s.get("locations", [])),
            contact=Contact(**contact),
            source=SourceRef(**source),
            last_checked=s["last_checked"],
            note=s.get("note", ""),
            line=fc.line(where),
        )
        services.append(service)
        by_id[sid] = service

    windows = _mapping(fc, raw, "windows", FIELDS, by_id, declared, "field")
    patterns = _mapping(fc, raw, "patterns", PATTERNS, by_id, declared, "pattern")
    roles = _mapping(fc, raw, "roles", ROLES, by_id, declared, "role")
    for key, sid in windows.items():
        if key not in by_id[sid].fields:
            fc.error(
                ["windows", key],
                f"windows.{key} points to {sid!r}, whose fields do not include {key!r}",
            )
    for key, sid in patterns.items():
        if key not in by_id[sid].patterns:
            fc.error(
                ["patterns", key],
                f"patterns.{key} points to {sid!r}, whose patterns do not include {key!r}",
            )
    for key, sid in roles.items():
        if by_id[sid].kind != key:
            fc.error(
                ["roles", key],
                f"roles.{key} points to {sid!r}, whose kind is {by_id[sid].kind!r}, not {key!r}",
            )

    gaps: dict[str, str] = {}
    for key, value in raw.get("gaps", {}).items():
        if key not in (*FIELDS, *PATTERNS, *ROLES):
            fc.error(
                ["gaps", key], f"unknown id {key!r} in [gaps] (use a field, pattern or role id)"
            )
        elif not isinstance(value, str):
            fc.error(["gaps", key], f"gaps.{key} must be a string explaining the gap")
        elif key in windows or key in patterns or key in roles:
            fc.error(["gaps", key], f"gaps.{key}: {key!r} has a window, so it is not a gap")
        else:
            gaps[key] = value

    if fc.errors:
        return None, fc.errors
    municipality = Municipality(
        id=mid,
        name=head["name"],
        prefecture=head["prefecture"],
        programme_name=head.get("programme_name", ""),
        document=head["document"],
        source_file=head["source_file"],
        last_checked=head["last_checked"],
        note=head.get("note", ""),
        services=tuple(services),
        windows=MappingProxyType(windows),
        patterns=MappingProxyType(patterns),
        roles=MappingProxyType(roles),
        gaps=MappingProxyType(gaps),
        path=path,
    )
    return municipality, []


def _load_national(path: Path) -> tuple[list[NationalLine], list[DirectoryError]]:
    read = _read(path)
    if isinstance(read, DirectoryError):
        return [], [read]
    text, raw = read
    fc = _FileChecker(path, text)
    top = fc.table(raw, [], _NATIONAL_TOP)
    if top is None or fc.table(raw["national"], ["national"], _NATIONAL) is None:
        return [], fc.errors
    lines: list[NationalLine] = []
    seen: dict[str, int] = {}
    for i, lraw in enumerate(raw["lines"]):
        where: list[str | int] = ["lines", i]
        entry = fc.table(lraw, where, _LINE)
        if entry is None:
            continue
        bad = False
        lid: str = entry["id"]
        if not _ID_RE.match(lid):
            fc.error([*where, "id"], f"line id {lid!r} must be lower-case ASCII")
            bad = True
        if lid in seen:
            fc.error([*where, "id"], f"duplicate line id {lid!r} (first at line {seen[lid]})")
            bad = True
        if not _NUMBER_RE.match(entry["number"]):
            fc.error(
                [*where, "number"],
                f"number {entry['number']!r} must be digits and "
                "hyphens (optionally starting with #); a national line needs a number",
            )
            bad = True
        alts: list[AltNumber] = []
        for j, araw in enumerate(entry.get("alt_numbers", [])):
            alt = fc.table(araw, [*where, "alt_numbers"], _ALT)
            if alt is None:
                bad = True
                continue
            if not _NUMBER_RE.match(alt["number"]):
                fc.error(
                    [*where, "alt_numbers"],
                    f"alt_numbers[{j}].number {alt['number']!r} must be digits and hyphens",
                    needle=alt["number"],
                )
                bad = True
            alts.append(AltNumber(**alt))
        for kind in entry["kinds"]:
            if kind not in LINE_KINDS:
                fc.error(
                    [*where, "kinds"],
                    f"unknown line kind {kind!r} (known: {', '.join(LINE_KINDS)})",
                    needle=f'"{kind}"',
                )
                bad = True
        if not entry["kinds"]:
            fc.error([*where, "kinds"], "kinds must name at least one kind")
            bad = True
        if not entry["status"].startswith("Verified"):
            fc.error(
                [*where, "status"], "only lines marked Verified in domain-facts.md §1 may be listed"
            )
            bad = True
        if not _AS_OF_RE.match(entry["hours_as_of"]):
            fc.error(
                [*where, "hours_as_of"], "hours_as_of must be YYYY, YYYY-MM, YYYY-MM-DD or empty"
            )
            bad = True
        source = fc.table(entry["source"], [*where, "source"], _SOURCE)
        if source is None or bad:
            continue
        line_no = fc.line(where)
        seen[lid] = line_no
        lines.append(
            NationalLine(
                id=lid,
                name=entry["name"],
                number=entry["number"],
                reading=entry.get("reading", ""),
                alt_numbers=tuple(alts),
                hours=entry["hours"],
                hours_as_of=entry["hours_as_of"],
                kinds=tuple(entry["kinds"]),
                operator=entry.get("operator", ""),
                description=entry["description"],
                status=entry["status"],
                source=SourceRef(**source),
                urls=tuple(entry.get("urls", [])),
                last_checked=entry["last_checked"],
                note=entry.get("note", ""),
                line=line_no,
            )
        )
    return lines, fc.errors


def collect(data_dir: Path | None = None) -> tuple[Directory | None, list[DirectoryError]]:
    """Load every file and return the directory (None if anything is malformed) and all errors."""
    data_dir = DATA_DIR if data_dir is None else Path(data_dir)
    errors: list[DirectoryError] = []
    if not data_dir.is_dir():
        return None, [DirectoryError(data_dir, 0, "data directory does not exist")]
    municipalities: list[Municipality] = []
    first_service: dict[str, Municipality] = {}
    for path in sorted(data_dir.glob("*.toml")):
        if path.name == NATIONAL_FILE:
            continue
        municipality, errs = _load_municipality(path)
        errors.extend(errs)
        if municipality is None:
            continue
        for service in municipality.services:
            other = first_service.get(service.id)
            if other is not None:
                errors.append(
                    DirectoryError(
                        path,
                        service.line,
                        f"duplicate service id {service.id!r} (also in {other.path.name})",
                    )
                )
            first_service.setdefault(service.id, municipality)
        municipalities.append(municipality)
    national_path = data_dir / NATIONAL_FILE
    lines: list[NationalLine] = []
    if national_path.exists():
        lines, errs = _load_national(national_path)
        errors.extend(errs)
    else:
        errors.append(DirectoryError(national_path, 0, "national lines file is missing"))
    if errors:
        return None, errors
    directory = Directory(
        municipalities=tuple(municipalities),
        national_lines=tuple(lines),
        data_dir=data_dir,
    )
    return directory, []


def load_directory(data_dir: Path | None = None) -> Directory:
    """Load and validate the directory; raise :class:`DirectoryError` on the first problem.

    The raised error's ``errors`` attribute holds every problem found.
    """
    directory, errors = collect(data_dir)
    if errors:
        first = errors[0]
        first.errors = list(errors)
        raise first
    assert directory is not None
    return directory
