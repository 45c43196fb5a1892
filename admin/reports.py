"""The yearly report (``/admin/reports``) and its CSV (``/admin/reports.csv``).

Municipalities report on the fiscal year (年度, April to March, Asia/Tokyo by default):
cases per month by field, pattern, crisis and channel; the share of compound cases;
hand-offs by window; time from the resident's first message to the first staff reply
(median and 90th percentile, nearest-rank). Only counts leave the database: never a
transcript, a note or a handle.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from admin import audit, charts
from admin import labels as L
from admin.auth import require_role
from admin.contexts import Option, ReportRow, ReportsContext, ReportSection
from admin.deps import get_db, get_deps
from admin.errors import BadRequest, NotFound
from admin.queue import municipality_name
from admin.templating import render
from intake.models import Case, Handoff, Message, Staff, utcnow

router = APIRouter()
MONTHS: tuple[str, ...] = tuple(f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3))
REPORT_ROLES = ("staff", "coordinator")


def fiscal_year(moment: datetime, tz: Any) -> int:
    local = moment.astimezone(tz)
    return local.year if local.month >= 4 else local.year - 1


def fiscal_bounds(year: int, tz: Any) -> tuple[datetime, datetime]:
    return datetime(year, 4, 1, tzinfo=tz), datetime(year + 1, 4, 1, tzinfo=tz)


def month_index(moment: datetime, tz: Any) -> int:
    """0 for April … 11 for March."""
    return (moment.astimezone(tz).month - 4) % 12


def year_label(year: int) -> str:
    return f"{year}年度（令和{year - 2018}年度）" if year >= 2019 else f"{year}年度"


def nearest_rank(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def minutes_ja(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    total = int(round(minutes))
    if total < 60:
        return f"{total}分"
    hours, rest = divmod(total, 60)
    if hours < 48:
        return f"{hours}時間{rest}分" if rest else f"{hours}時間"
    return f"{hours // 24}日{hours % 24}時間"


@dataclass
class Figures:
    """The numbers of one municipality and year (what the page and the CSV show)."""

    year: int
    total: list[int]
    by_field: dict[str, list[int]]
    by_pattern: dict[str, list[int]]
    by_crisis: dict[str, list[int]]
    by_channel: dict[str, list[int]]
    compound: list[int]
    handoffs: dict[str, list[int]]  # window name -> months
    reply_minutes: list[float]

    @property
    def compound_share(self) -> str:
        cases = sum(self.total)
        return f"{100 * sum(self.compound) / cases:.1f}%" if cases else "—"

    @property
    def reply_median(self) -> float | None:
        return statistics.median(self.reply_minutes) if self.reply_minutes else None

    @property
    def reply_p90(self) -> float | None:
        return nearest_rank(self.reply_minutes, 0.9) if self.reply_minutes else None

    def rows(self) -> list[ReportRow]:
        """Every table line in CSV order."""

        def line(group: str, label: str, months: list[int]) -> ReportRow:
            return ReportRow(group, label, tuple(months), sum(months))

        out = [line("相談件数", "全体", self.total)]
        out += [line("分野", L.field_label(k), v) for k, v in self.by_field.items()]
        out += [line("複合課題", L.pattern_label(k), v) for k, v in self.by_pattern.items()]
        out += [line("危機", L.crisis_label(k), v) for k, v in self.by_crisis.items()]
        out += [line("相談経路", L.CHANNEL_LABELS[k], v) for k, v in self.by_channel.items()]
        out.append(line("複合ケース", "2分野以上または複合課題あり", self.compound))
        out += [line("つなぎ先", name, v) for name, v in self.handoffs.items()]
        return out


def compute(db: Session, municipality_id: str, year: int, tz: Any) -> Figures:
    start, end = fiscal_bounds(year, tz)
    cases = db.scalars(
        select(Case).where(
            Case.municipality_id == municipality_id,
            Case.created_at >= start,
            Case.created_at < end,
        )
    ).all()
    zero = [0] * 12
    figures = Figures(
        year=year,
        total=list(zero),
        by_field={f: list(zero) for f in L.FIELDS},
        by_pattern={p: list(zero) for p in L.PATTERNS},
        by_crisis={c: list(zero) for c in L.CRISES},
        by_channel={c: list(zero) for c in L.CHANNELS},
        compound=list(zero),
        handoffs={},
        reply_minutes=[],
    )
    for case in cases:
        m = month_index(case.created_at, tz)
        figures.total[m] += 1
        for table, values in (
            (figures.by_field, case.fields),
            (figures.by_pattern, case.patterns),
            (figures.by_crisis, case.crisis),
            (figures.by_channel, [case.channel]),
        ):
            for value in values or []:
                if value in table:
                    table[value][m] += 1
        if L.is_compound(case.fields or [], case.patterns or []):
            figures.compound[m] += 1

    replied = {c.id: c for c in cases if c.first_staff_reply_at is not None}
    if replied:
        firsts = dict(
            db.execute(
                select(Message.case_id, func.min(Message.created_at))
                .where(Message.case_id.in_(list(replied)), Message.sender == "resident")
                .group_by(Message.case_id)
            ).all()
        )
        for case_id, case in replied.items():
            began = firsts.get(case_id) or case.created_at
            if isinstance(began, str):  # some drivers skip the type of an aggregate
                began = datetime.fromisoformat(began)
            if began.tzinfo is None:
                began = began.replace(tzinfo=case.created_at.tzinfo)
            assert case.first_staff_reply_at is not None
            delta: timedelta = case.first_staff_reply_at - began
            figures.reply_minutes.append(max(delta.total_seconds(), 0) / 60)

    handoffs = db.execute(
        select(Handoff.window_name, Handoff.created_at)
        .join(Case, Case.id == Handoff.case_id)
        .where(
            Case.municipality_id == municipality_id,
            Handoff.created_at >= start,
            Handoff.created_at < end,
        )
        .order_by(Handoff.window_name)
    ).all()
    for name, created in handoffs:
        figures.handoffs.setdefault(name, list(zero))[month_index(created, tz)] += 1
    return figures


def pick(request: Request, staff: Staff) -> tuple[str, int]:
    deps = get_deps(request)
    q = request.query_params
    municipality_id = q.get("municipality") or (staff.municipalities or [""])[0]
    if municipality_id not in (staff.municipalities or []):
        raise NotFound("この自治体の集計は見つかりません。")
    raw = q.get("year", "")
    if raw:
        if not raw.isdigit() or not 2000 <= int(raw) <= 2100:
            raise BadRequest("年度は西暦4桁で指定してください（例：2026）。")
        year = int(raw)
    else:
        year = fiscal_year(utcnow(), deps.settings.tz)
    return municipality_id, year


def build_page(request: Request, staff: Staff, figures: Figures, municipality_id: str) -> Any:
    deps = get_deps(request)
    tz = deps.settings.tz
    start, end = fiscal_bounds(figures.year, tz)
    rows = figures.rows()

    def section(title: str, group: str) -> ReportSection:
        chosen = tuple(r for r in rows if r.group == group)
        chart = charts.horizontal(title, [(r.label, r.total) for r in chosen])
        return ReportSection(title, chosen, chart)

    current = fiscal_year(utcnow(), tz)
    years = sorted({current, current - 1, current - 2, figures.year}, reverse=True)
    return ReportsContext(
        year=figures.year,
        year_label=year_label(figures.year),
        period=f"{start:%Y年%m月%d日}〜{end - timedelta(days=1):%Y年%m月%d日}",
        municipality_id=municipality_id,
        municipality=municipality_name(deps.directory, municipality_id),
        municipality_options=tuple(
            Option(m, municipality_name(deps.directory, m), m == municipality_id)
            for m in staff.municipalities or []
        ),
        year_options=tuple(Option(str(y), year_label(y), y == figures.year) for y in years),
        months=MONTHS,
        total=rows[0],
        monthly_chart=charts.vertical(
            "月別の相談件数", list(zip(MONTHS, figures.total, strict=True))
        ),
        sections=(
            section("分野別", "分野"),
            section("複合課題別", "複合課題"),
            section("危機の兆候", "危機"),
            section("相談経路別", "相談経路"),
            section("つなぎ先（窓口）別", "つなぎ先"),
        ),
        compound_count=sum(figures.compound),
        compound_share=figures.compound_share,
        reply_count=len(figures.reply_minutes),
        reply_median=minutes_ja(figures.reply_median),
        reply_p90=minutes_ja(figures.reply_p90),
        csv_url=f"/admin/reports.csv?year={figures.year}&municipality={municipality_id}",
    )


@router.get("/admin/reports")
def reports_page(
    request: Request,
    staff: Staff = Depends(require_role(*REPORT_ROLES)),
    db: Session = Depends(get_db),
) -> Response:
    municipality_id, year = pick(request, staff)
    figures = compute(db, municipality_id, year, get_deps(request).settings.tz)
    page = build_page(request, staff, figures, municipality_id)
    return render(request, "reports.html", page, staff=staff, title="年度集計")


def to_csv(figures: Figures, municipality: str) -> str:
    """The report as CSV: UTF-8 with BOM (Excel), counts and times only."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["自治体", municipality, "年度", year_label(figures.year)])
    writer.writerow(["区分", "項目", *MONTHS, "合計"])
    for row in figures.rows():
        writer.writerow([row.group, row.label, *row.months, row.total])
    writer.writerow(
        ["複合ケースの割合", "相談件数に占める割合", *[""] * 12, figures.compound_share]
    )
    writer.writerow(["初回返信までの時間", "対象件数", *[""] * 12, len(figures.reply_minutes)])
    for label, value in (
        ("中央値（分）", figures.reply_median),
        ("90%値（分）", figures.reply_p90),
    ):
        writer.writerow(
            ["初回返信までの時間", label, *[""] * 12, "" if value is None else f"{value:.0f}"]
        )
    return "\ufeff" + out.getvalue()


@router.get("/admin/reports.csv")
def reports_csv(
    request: Request,
    staff: Staff = Depends(require_role(*REPORT_ROLES)),
    db: Session = Depends(get_db),
) -> Response:
    municipality_id, year = pick(request, staff)
    deps = get_deps(request)
    figures = compute(db, municipality_id, year, deps.settings.tz)
    audit.record(db, staff, "report_csv", detail=f"municipality={municipality_id} year={year}")
    db.commit()
    body = to_csv(figures, municipality_name(deps.directory, municipality_id))
    filename = f"tsunagu-report-{municipality_id}-{year}.csv"
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
