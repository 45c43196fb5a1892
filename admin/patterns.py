"""``/admin/-/patterns``: every component on one page, with sample data only."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from admin import charts
from admin import labels as L
from admin.auth import current_staff
from admin.contexts import Badge, Option, PatternsContext, QueueRow, TranscriptLine
from admin.highlight import segments
from admin.templating import render
from intake.models import Staff

router = APIRouter()

SAMPLE = "母が認知症で、弟はずっとひきこもり。もう疲れて消えたい"
SAMPLE_EVIDENCE = [
    {"label": "care", "group": "field", "surface": "認知症", "start": 2, "end": 5, "note": "介護"},
    {"label": "hikikomori", "group": "pattern", "surface": "ひきこもり", "start": 12, "end": 17},
    {"label": "suicide", "group": "crisis", "surface": "消えたい", "start": 24, "end": 28},
]
HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'


def sample_badges() -> tuple[Badge, ...]:
    out = [Badge("crisis", c, L.crisis_label(c)) for c in L.CRISES]
    out += [Badge("field", f, L.field_label(f)) for f in L.FIELDS]
    out += [Badge("pattern", p, L.pattern_label(p)) for p in L.PATTERNS]
    out += [Badge("status", s, L.STATUS_LABELS[s]) for s in L.STATUSES]
    return tuple(out)


@router.get("/admin/-/patterns")
def patterns_page(request: Request, staff: Staff = Depends(current_staff)) -> Response:
    row = QueueRow(
        case_id=0,
        handle="L-SAMPLE",
        channel_label="LINE",
        municipality="サンプル市",
        status=Badge("status", "new", "新規"),
        fields=(Badge("field", "care", "介護"),),
        patterns=(Badge("pattern", "8050", "8050問題"),),
        crisis=(Badge("crisis", "suicide", "自殺念慮"),),
        compound=True,
        waiting="3時間",
        waiting_since_iso="",
        assignee="",
    )
    page = PatternsContext(
        badges=sample_badges(),
        transcript=(
            TranscriptLine(
                1, "resident", "ご本人", "2026-05-01 10:00", segments(SAMPLE, SAMPLE_EVIDENCE)
            ),
            TranscriptLine(
                2,
                "bot",
                "つなぐ（自動応答）",
                "2026-05-01 10:00",
                segments("お話しくださってありがとうございます。", []),
            ),
            TranscriptLine(3, "resident", "ご本人", "2026-05-01 10:01", segments(HOSTILE, [])),
            TranscriptLine(
                4, "staff", "佐藤", "2026-05-01 10:30", segments("相談支援員の佐藤です。", [])
            ),
        ),  # fmt: skip
        rows=(row,),
        chart=charts.vertical(
            "月別（サンプル）",
            [
                (m, i % 5)
                for i, m in enumerate(
                    (
                        "4月",
                        "5月",
                        "6月",
                        "7月",
                        "8月",
                        "9月",
                        "10月",
                        "11月",
                        "12月",
                        "1月",
                        "2月",
                        "3月",
                    )
                )
            ],
        ),  # fmt: skip
        horizontal_chart=charts.horizontal(
            "分野別（サンプル）", [(L.field_label(f), n) for n, f in enumerate(L.FIELDS)]
        ),
        options=(Option("a", "選択肢A", True), Option("b", "選択肢B")),
    )
    return render(request, "patterns.html", page, staff=staff, title="部品一覧")
