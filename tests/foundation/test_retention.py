"""Retention: the worker purges transcripts of closed anonymous cases, and only those."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.runtime import build_runtime
from bot.worker import run_once
from intake.models import Case, Message, Resident
from tests.conftest import make_settings

NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


def _case(session, handle: str, *, closed_days_ago: int | None, consent: bool | None) -> int:  # type: ignore[no-untyped-def]
    resident = Resident(handle=handle, channel="line", user_hash=handle, user_id=handle)
    session.add(resident)
    session.flush()
    case = Case(
        resident_id=resident.id,
        channel="line",
        status="closed" if closed_days_ago is not None else "in_progress",
        closed_at=NOW - timedelta(days=closed_days_ago) if closed_days_ago is not None else None,
        consent=consent,
        crisis=[],
        fields=["care"],
        patterns=[],
        evidence=[{"label": "care", "surface": "介護", "start": 0, "end": 2}],
        windows=[],
        checklist={"介護のこと": True},
    )
    session.add(case)
    session.flush()
    for text in ("母の介護が大変です", "ありがとう"):
        session.add(
            Message(
                resident_id=resident.id,
                case_id=case.id,
                direction="in",
                sender="resident",
                text=text,
            )
        )
    return case.id


def test_worker_purges_only_old_closed_anonymous_cases(db_url: str, tmp_path: Path) -> None:
    runtime = build_runtime(make_settings(db_url, tmp_path, retention_days=30))
    with runtime.factory.begin() as session:
        old_anonymous = _case(session, "L-OLD001", closed_days_ago=40, consent=None)
        old_refused = _case(session, "L-OLD002", closed_days_ago=40, consent=False)
        old_consented = _case(session, "L-OLD003", closed_days_ago=40, consent=True)
        recent = _case(session, "L-NEW001", closed_days_ago=5, consent=None)
        open_case = _case(session, "L-OPEN01", closed_days_ago=None, consent=None)

    counts = asyncio.run(run_once(runtime, NOW))
    assert counts["retention"] == 2

    with runtime.factory() as session:

        def messages(case_id: int) -> int:
            return (
                session.scalar(
                    select(func.count()).select_from(Message).where(Message.case_id == case_id)
                )
                or 0
            )

        assert messages(old_anonymous) == 0 and messages(old_refused) == 0
        assert messages(old_consented) == 2 and messages(recent) == 2 and messages(open_case) == 2
        purged = session.get(Case, old_anonymous)
        assert purged is not None and purged.evidence == [] and purged.fields == ["care"]
    assert asyncio.run(run_once(runtime, NOW))["retention"] == 0
    runtime.engine.dispose()
