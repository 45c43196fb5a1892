"""``tsunagu directory check``: report malformed files (errors) and gaps (warnings).

Gaps are things the sources do not give (a phone number, hours, a window for a
field). They are listed so staff can fill them in, but they do not make the
check fail. Only malformed files do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .loader import DirectoryError, collect
from .model import (
    FIELD_LABELS,
    FIELDS,
    PATTERN_LABELS,
    ROLE_LABELS,
    ROLES,
    Directory,
    Municipality,
)

_REQUIRED_PATTERNS: tuple[str, ...] = ("hikikomori",)


@dataclass(frozen=True)
class Gap:
    """Something the directory does not know yet (a warning)."""

    municipality_id: str  # "national" for national lines
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class CheckReport:
    errors: tuple[DirectoryError, ...]
    gaps: tuple[Gap, ...]

    @property
    def ok(self) -> bool:
        """False only when a file is malformed; gaps are warnings."""
        return not self.errors

    def gaps_for(self, municipality_id: str) -> list[Gap]:
        return [g for g in self.gaps if g.municipality_id == municipality_id]

    def error_lines(self) -> list[str]:
        """``file:line: message`` for every malformed spot."""
        return [str(e) for e in self.errors]

    def format(self) -> str:
        """Human-readable Japanese report: errors first, then gaps per municipality."""
        out: list[str] = []
        if self.errors:
            out.append(f"エラー（ファイルの形式がまちがっています）: {len(self.errors)}件")
            out.extend(self.error_lines())
        else:
            out.append("エラーはありません。")
        current = None
        for gap in self.gaps:
            if gap.municipality_id != current:
                current = gap.municipality_id
                count = len(self.gaps_for(current))
                out.append("")
                out.append(f"[{current}] 未記入・未設定（警告）: {count}件")
            out.append(f"  {gap}")
        return "\n".join(out)


def _municipality_gaps(m: Municipality) -> list[Gap]:
    gaps: list[Gap] = []
    text_lines = m.path.read_text(encoding="utf-8").splitlines() if m.path.is_file() else []

    def header_line(table: str) -> int:
        for number, raw in enumerate(text_lines, start=1):
            if raw.strip() == f"[{table}]":
                return number
        return 1

    def contact_line(service_line: int, key: str) -> int:
        """Line of ``key = ...`` in the service's contact table (else the service header)."""
        for number in range(service_line + 1, len(text_lines) + 1):
            raw = text_lines[number - 1].strip()
            if raw == "[[services]]":
                break
            if raw.startswith(f"{key} ") or raw.startswith(f"{key}="):
                return number
        return service_line

    def add(line: int, message: str) -> None:
        gaps.append(Gap(m.id, m.path, line, f"{m.name}: {message}"))

    for field_id in FIELDS:
        if field_id not in m.windows:
            reason = m.gaps.get(field_id)
            why = f"（理由: {reason}）" if reason else ""
            add(
                header_line("gaps" if reason else "windows"),
                f"分野「{FIELD_LABELS[field_id]}」({field_id}) の窓口がありません{why}",
            )
    for role_id in ROLES:
        if role_id not in m.roles:
            reason = m.gaps.get(role_id)
            why = f"（理由: {reason}）" if reason else ""
            add(
                header_line("roles"),
                f"{ROLE_LABELS[role_id]}を担うところ (roles.{role_id}) が未設定です{why}",
            )
    for pattern_id in _REQUIRED_PATTERNS:
        if pattern_id not in m.patterns:
            reason = m.gaps.get(pattern_id)
            why = f"（理由: {reason}）" if reason else ""
            add(
                header_line("gaps" if reason else "patterns"),
                f"{PATTERN_LABELS[pattern_id]}の相談の行き先 (patterns.{pattern_id}) が"
                f"未設定です{why}",
            )
    for s in m.services:
        label = f"「{s.name}」({s.id})"
        if not s.contact.phone:
            add(contact_line(s.line, "phone"), f"{label} の電話番号が未記入です")
        if not s.contact.hours:
            add(contact_line(s.line, "hours"), f"{label} の受付時間が未記入です")
        if not s.contact.address and not s.contact.url:
            add(contact_line(s.line, "address"), f"{label} の住所・URLが未記入です")
    return gaps


def _national_gaps(directory: Directory) -> list[Gap]:
    gaps: list[Gap] = []
    path = directory.data_dir / "national.toml"
    for line in directory.national_lines:
        label = f"「{line.name}」({line.id})"
        if not line.hours:
            gaps.append(Gap("national", path, line.line, f"全国: {label} の受付時間が未確認です"))
        elif not line.hours_as_of and "emergency" not in line.kinds:
            # 119/110 are emergency numbers that are always open; no date is needed.
            gaps.append(
                Gap(
                    "national",
                    path,
                    line.line,
                    f"全国: {label} の受付時間がいつの情報か不明です（公開前に要確認）",
                )
            )
    return gaps


def find_gaps(directory: Directory) -> list[Gap]:
    gaps: list[Gap] = []
    for municipality in directory.municipalities:
        gaps.extend(_municipality_gaps(municipality))
    gaps.extend(_national_gaps(directory))
    return gaps


def check_directory(data_dir: Path | None = None) -> CheckReport:
    """Validate every file and list every gap. ``report.ok`` is false only for malformed files."""
    directory, errors = collect(data_dir)
    if directory is None:
        return CheckReport(errors=tuple(errors), gaps=())
    return CheckReport(errors=(), gaps=tuple(find_gaps(directory)))
