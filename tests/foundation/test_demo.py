"""`tsunagu demo` data: logins and a queue with cases of every kind, made by the real engine."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.demo_data import DEMO_STAFF, load_demo_data
from bot.runtime import build_runtime
from intake.models import Case, Staff
from tests.conftest import make_settings


def test_demo_data_covers_every_kind_of_case(db_url: str, tmp_path: Path) -> None:
    settings = make_settings(
        db_url, tmp_path, municipalities=["daisen", "nagai", "oizumi", "wakuya", "oda"]
    )
    runtime = build_runtime(settings)
    try:
        created = load_demo_data(runtime)
        assert created >= 10
        assert load_demo_data(runtime) == 0  # idempotent: a second start adds nothing
        with runtime.factory() as session:
            cases = session.scalars(select(Case)).all()
            staff = session.scalars(select(Staff).where(Staff.name == DEMO_STAFF)).one()
        crisis = {c for case in cases for c in case.crisis}
        patterns = {p for case in cases for p in case.patterns}
        fields = {f for case in cases for f in case.fields}
        assert crisis == {"suicide", "abuse", "dv", "emergency"}
        assert {"8050", "hikikomori", "double_care", "young_carer", "isolation"} <= patterns
        assert {"care", "disability", "child", "hardship"} <= fields
        assert {case.status for case in cases} >= {"new", "in_progress", "referred", "closed"}
        assert {case.channel for case in cases} == {"line", "telegram", "web"}
        assert any(case.consent for case in cases)
        assert staff.role == "coordinator" and len(staff.municipalities) == 5
    finally:
        runtime.engine.dispose()
