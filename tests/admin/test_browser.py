"""The admin in a real headless Chromium: sign in, a crisis on top, live alert, evidence, reply.

Runs on SQLite only (one backend is enough to prove the browser behaviour; the HTTP tests
cover both). The app runs in uvicorn on a free localhost port; the LINE channel points at
the fake LINE API, so the staff reply is checked where the resident would receive it.
Screenshots go to ``test-output/`` (gitignored) for reviewers.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from intake.migrate import upgrade
from intake.models import utcnow
from tests.admin.helpers import PASSWORD, make_case, make_staff
from tests.fakes.fixtures import line_settings
from tests.fakes.line_api import FakeLineApi

CHROMIUM = "/usr/bin/chromium"
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"no Chromium at {CHROMIUM} (apt-get install chromium, or scripts/install-browser)",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, fake_line: FakeLineApi) -> Iterator[tuple[str, FastAPI]]:
    db_url = f"sqlite:///{tmp_path}/browser.sqlite3"  # SQLite only, see the module docstring
    upgrade(db_url)
    settings = line_settings(db_url, tmp_path, fake_line, municipalities=["nagai"])
    app = create_app(settings)  # with the real LINE channel, pointed at the fake
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", app
    server.should_exit = True
    thread.join(timeout=10)
    app.state.runtime.engine.dispose()


def test_sign_in_triage_a_crisis_and_reply(
    served: tuple[str, FastAPI], fake_line: FakeLineApi
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    base, app = served
    factory: sessionmaker[Session] = app.state.runtime.factory
    make_staff(factory, "長井 佐藤", "staff", ["nagai"])
    now = utcnow()
    make_case(
        factory, texts=["父の介護と子育てが重なって、夜も眠れません"], fields=["care", "child"],
        patterns=["double_care"], waiting_since=now - timedelta(hours=5),
        flags=[("care", "field", "介護"), ("child", "field", "子育て"),
               ("double_care", "pattern", "介護と子育て")],
        user_id="Ubrowser-other", created_at=now - timedelta(hours=5),
        windows=["nagai-houkatsu", "nagai-kodomo-katei"],
    )  # fmt: skip
    make_case(
        factory, texts=["仕事がなくて家賃が払えない"], fields=["hardship"],
        waiting_since=now - timedelta(hours=9), channel="web", created_at=now - timedelta(hours=9),
        flags=[("hardship", "field", "家賃が払えない")],
    )  # fmt: skip
    crisis = make_case(
        factory,
        texts=["母が認知症で、弟はずっとひきこもり。もう疲れて消えたい <script>alert(1)</script>"],
        fields=["care"], patterns=["hikikomori", "8050"], crisis=["suicide"],
        flags=[("care", "field", "認知症"), ("hikikomori", "pattern", "ひきこもり"),
               ("suicide", "crisis", "消えたい")],
        waiting_since=now - timedelta(minutes=20), user_id="Ubrowser-crisis", consent=True,
        created_at=now - timedelta(minutes=20),
        windows=["nagai-houkatsu", "nagai-hikikomori"],
        checklist={"items": {"介護のこと": ["認知症"], "ひきこもり・不登校": ["ひきこもり"],
                             "その他": ["消えたい", "自殺念慮のおそれ（緊急）"]},
                   "visitor": "家族（続柄：子）"},
    )  # fmt: skip
    OUTPUT.mkdir(exist_ok=True)
    problems: list[str] = []

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="ja-JP")
            page.on(
                "console",
                lambda m: problems.append(m.text) if m.type in ("error", "warning") else None,
            )
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on(
                "response",
                lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None,
            )
            page.on(
                "request",
                lambda r: None if r.url.startswith(base) else problems.append("remote " + r.url),
            )
            page.clock.install()

            # sign in
            page.goto(f"{base}/admin")
            page.fill("#name", "長井 佐藤")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_selector("table.queue-table")

            # the crisis case is on top, then compound, then the longest waiting
            first = page.locator("tr.queue-row").first
            assert first.get_attribute("data-case-id") == str(crisis)
            assert "is-crisis" in (first.get_attribute("class") or "")
            assert "自殺念慮" in first.inner_text()
            page.screenshot(path=str(OUTPUT / "admin-queue.png"), full_page=True)

            # a new crisis arrives: the page shows it without a reload
            assert page.locator("#crisis-alert").is_hidden()
            newcomer = make_case(
                factory, texts=["夫に殴られています"], crisis=["dv"],
                flags=[("dv", "crisis", "殴られています")], waiting_since=utcnow(),
            )  # fmt: skip
            page.clock.fast_forward(16_000)
            page.wait_for_selector("#crisis-alert:not([hidden])", timeout=5000)
            assert f"ケース #{newcomer}" in page.inner_text("#crisis-alert")
            assert page.locator(f'tr[data-case-id="{newcomer}"]').count() == 1
            page.screenshot(path=str(OUTPUT / "admin-queue-alert.png"), full_page=False)

            # open the crisis case: highlighted evidence, escaped hostile text
            page.click(f'tr[data-case-id="{crisis}"] a.case-link')
            page.wait_for_selector("ol.transcript")
            mark = page.locator("mark.ev-crisis").first
            assert mark.inner_text().startswith("消えたい")
            assert "自殺念慮" in mark.inner_text()
            assert "<script>alert(1)</script>" in page.inner_text("ol.transcript")
            page.screenshot(path=str(OUTPUT / "admin-case.png"), full_page=True)

            # reply: it reaches the resident through the (fake) LINE API
            page.fill("#reply-text", "相談支援員の佐藤です。今お話しできますか。")
            page.click("#reply button[type=submit]")
            page.wait_for_selector("text=返信を送信しました")
            deadline = time.monotonic() + 10
            while not fake_line.texts_to("Ubrowser-crisis"):
                assert time.monotonic() < deadline, "the reply never reached LINE"
                time.sleep(0.05)
            assert fake_line.texts_to("Ubrowser-crisis") == [
                "相談支援員の佐藤です。今お話しできますか。"
            ]
            assert "相談支援員の佐藤です。" in page.inner_text("ol.transcript")

            # the print view and a tablet-sized queue, for reviewers
            page.goto(f"{base}/admin/cases/{crisis}/print")
            page.wait_for_selector(".sheet")
            assert "【本人同意あり】" in page.inner_text(".sheet")
            page.screenshot(path=str(OUTPUT / "admin-print.png"), full_page=True)
            page.emulate_media(media="print")
            page.screenshot(path=str(OUTPUT / "admin-print-media.png"), full_page=True)
            page.emulate_media(media="screen")
            page.set_viewport_size({"width": 768, "height": 1024})
            page.goto(f"{base}/admin")
            page.screenshot(path=str(OUTPUT / "admin-queue-tablet.png"), full_page=True)
            page.goto(f"{base}/admin/reports")
            page.set_viewport_size({"width": 1280, "height": 860})
            page.screenshot(path=str(OUTPUT / "admin-reports.png"), full_page=True)
        finally:
            browser.close()
    assert problems == []
