"""The yearly report: figures on known data, fiscal-year edges, CSV without content."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from admin.reports import fiscal_year, minutes_ja, nearest_rank
from intake.db import transaction
from intake.models import Handoff
from tests.admin.helpers import login_as, make_case

JST = timedelta(hours=9)


def jst(*args: int) -> datetime:
    """A Tokyo wall-clock time as an aware UTC datetime."""
    return datetime(*args, tzinfo=UTC) - JST  # type: ignore[misc]


def seed(factory: sessionmaker[Session]) -> dict[str, int]:
    ids = {
        # April 2026: a compound care+child case answered after 30 minutes, on LINE
        "a": make_case(
            factory, fields=["care", "child"], created_at=jst(2026, 4, 1, 0, 0),
            first_staff_reply_at=jst(2026, 4, 1, 0, 30), texts=["秘密の相談文A"],
        ),
        # April: an 8050 case on the web, answered after 2 hours
        "b": make_case(
            factory, fields=["care"], patterns=["8050"], channel="web",
            created_at=jst(2026, 4, 20, 10, 0), first_staff_reply_at=jst(2026, 4, 20, 12, 0),
        ),
        # May: a crisis, hardship only, answered after 10 minutes
        "c": make_case(
            factory, fields=["hardship"], crisis=["suicide"], channel="telegram",
            created_at=jst(2026, 5, 3, 9, 0), first_staff_reply_at=jst(2026, 5, 3, 9, 10),
        ),
        # March 2027 (still 2026年度): health only, never answered
        "d": make_case(factory, fields=["health"], created_at=jst(2027, 3, 31, 23, 59)),
        # outside the year on both sides
        "before": make_case(factory, fields=["care"], created_at=jst(2026, 3, 31, 23, 59)),
        "after": make_case(factory, fields=["care"], created_at=jst(2027, 4, 1, 0, 0)),
        # another municipality
        "daisen": make_case(factory, municipality="daisen", fields=["care"],
                            created_at=jst(2026, 6, 1, 0, 0)),
    }  # fmt: skip
    with transaction(factory) as session:
        for case_id, name, when in (
            (ids["a"], "長井市地域包括支援センター", jst(2026, 4, 2, 9, 0)),
            (ids["b"], "長井市地域包括支援センター", jst(2026, 4, 21, 9, 0)),
            (ids["c"], "生活困窮者自立相談支援（長井市社会福祉協議会）", jst(2026, 5, 4, 9, 0)),
        ):
            session.add(Handoff(case_id=case_id, window_id="x", window_name=name, created_at=when))
    return ids


def test_fiscal_year_follows_tokyo_time() -> None:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Tokyo")
    assert fiscal_year(jst(2026, 3, 31, 23, 59), tz) == 2025
    assert fiscal_year(jst(2026, 4, 1, 0, 0), tz) == 2026
    assert fiscal_year(jst(2027, 3, 31, 12, 0), tz) == 2026


def test_percentiles_and_durations() -> None:
    assert nearest_rank([10, 30, 120], 0.9) == 120
    assert nearest_rank(list(range(1, 11)), 0.9) == 9
    assert minutes_ja(30) == "30分"
    assert minutes_ja(120) == "2時間"
    assert minutes_ja(135) == "2時間15分"
    assert minutes_ja(None) == "—"


def test_report_numbers_on_known_data(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    seed(factory)
    login_as(client, factory, people["nagai_coord"])
    page = client.get("/admin/reports?year=2026")
    assert page.status_code == 200
    html = page.text
    assert "2026年度（令和8年度）" in html
    assert "2026年04月01日〜2027年03月31日" in html
    assert '<p class="card-value">4<span class="unit">件</span></p>' in html
    assert "50.0%" in html  # a and b of 4
    assert "30分" in html  # median of 10, 30, 120 minutes
    assert "2時間" in html  # p90
    assert "<svg" in html and "<rect" in html
    assert "秘密の相談文" not in html


def test_csv_has_the_same_figures_and_no_transcript(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    seed(factory)
    login_as(client, factory, people["nagai_staff"])
    response = client.get("/admin/reports.csv?year=2026")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "秘密の相談文" not in text
    rows = {(r[0], r[1]): r[2:] for r in csv.reader(io.StringIO(text)) if len(r) >= 2}
    months = lambda key: [int(x) for x in rows[key][:12]]  # noqa: E731
    total = lambda key: rows[key][12]  # noqa: E731
    assert months(("相談件数", "全体")) == [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert total(("相談件数", "全体")) == "4"
    assert total(("分野", "介護")) == "2"
    assert total(("分野", "子ども")) == "1"
    assert total(("複合課題", "8050問題")) == "1"
    assert months(("危機", "自殺念慮"))[1] == 1
    assert total(("相談経路", "LINE")) == "2"
    assert total(("相談経路", "Webチャット")) == "1"
    assert total(("相談経路", "Telegram")) == "1"
    assert total(("複合ケース", "2分野以上または複合課題あり")) == "2"
    assert total(("複合ケースの割合", "相談件数に占める割合")) == "50.0%"
    assert months(("つなぎ先", "長井市地域包括支援センター"))[0] == 2
    assert total(("つなぎ先", "生活困窮者自立相談支援（長井市社会福祉協議会）")) == "1"
    assert total(("初回返信までの時間", "対象件数")) == "3"
    assert total(("初回返信までの時間", "中央値（分）")) == "30"
    assert total(("初回返信までの時間", "90%値（分）")) == "120"


def test_other_years_and_bad_years(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    seed(factory)
    login_as(client, factory, people["nagai_coord"])
    older = client.get("/admin/reports.csv?year=2025").content.decode("utf-8-sig")
    assert "相談件数,全体,0,0,0,0,0,0,0,0,0,0,0,1,1" in older
    assert client.get("/admin/reports?year=abc").status_code == 400
    assert client.get("/admin/reports?year=1900").status_code == 400
    default = client.get("/admin/reports")
    assert default.status_code == 200
    assert "年度" in default.text
