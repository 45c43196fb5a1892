"""The outreach admin pages: invites with QR, residents waiting, budget, reminders, failures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from admin import accounts
from bot.app import create_app
from intake.db import transaction
from intake.models import Case, FollowUp, Invite, OutboxMessage, utcnow
from intake.outbox import SendError
from intake.settings import Settings
from tests.admin.helpers import login_as, make_staff, post
from tests.conftest import make_settings
from tests.outreach.helpers import World, world, write_plans


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


@pytest.fixture
def admin_settings(db_url: str, tmp_path: Path) -> Settings:
    return make_settings(
        db_url,
        tmp_path,
        municipalities=["daisen", "nagai"],
        line_bot_basic_id="@123abcde",
        telegram_bot_username="tsunagu_test_bot",
    )


@pytest.fixture
def app(admin_settings: Settings) -> Iterator[FastAPI]:
    application = create_app(admin_settings, channels=[])
    yield application
    application.state.runtime.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    app.state.admin.on_outbox = lambda outbox_id: None
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def w(app: FastAPI) -> World:
    return world(app.state.runtime)


def _staff(app: FastAPI, role: str, towns: list[str], name: str) -> int:
    return make_staff(app.state.runtime.factory, name, role, towns)


def _login(
    client: TestClient, app: FastAPI, role: str = "outreach", towns: list[str] | None = None
) -> str:
    sid = _staff(app, role, towns or ["nagai"], f"{role}-{'-'.join(towns or ['nagai'])}")
    return login_as(client, app.state.runtime.factory, sid)


def test_only_outreach_and_coordinators_open_it(client: TestClient, app: FastAPI) -> None:
    _login(client, app, "staff")
    assert client.get("/admin/outreach").status_code == 403
    client.cookies.clear()
    _login(client, app, "coordinator")
    page = client.get("/admin/outreach")
    assert page.status_code == 200
    assert "アウトリーチ" in page.text and "<script>" not in page.text


def test_create_an_invite_with_links_and_qr(client: TestClient, app: FastAPI) -> None:
    token = _login(client, app)
    assert 'href="/admin/outreach"' in client.get("/admin").text  # in the navigation
    refused = client.post(
        "/admin/outreach/invites",
        data={"municipality": "nagai", "label": "A地区 訪問 11月", "plan": "standard"},
        follow_redirects=False,
    )
    assert refused.status_code == 403  # no CSRF token
    made = post(
        client,
        "/admin/outreach/invites",
        token,
        municipality="nagai",
        label="A地区 訪問 11月",
        plan="standard",
    )
    assert made.status_code == 303
    page = client.get(made.headers["location"])
    assert page.status_code == 200
    with app.state.runtime.factory() as session:
        invite = session.scalars(select(Invite)).one()
    assert invite.label == "A地区 訪問 11月" and invite.municipality_id == "nagai"
    assert invite.code in page.text
    assert (
        "https://line.me/R/oaMessage/@123abcde/?%E6%8B%9B%E5%BE%85%E3%82%B3%E3%83%BC%E3%83%89%20"
        + invite.code
        in page.text
    )
    assert f"https://t.me/tsunagu_test_bot?start={invite.code}" in page.text
    svg = client.get(f"/admin/outreach/invites/{invite.id}/qr/line.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    ET.fromstring(svg.content)
    png = client.get(f"/admin/outreach/invites/{invite.id}/qr/telegram.png")
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n")
    listing = client.get("/admin/outreach")
    assert invite.code in listing.text and "0人" in listing.text


def test_municipality_boundaries(client: TestClient, app: FastAPI, w: World) -> None:
    daisen_code = w.invite(municipality="daisen")
    w.arrive("U-daisen", daisen_code, utcnow() - timedelta(days=1))
    w.say("U-daisen", "話を聞いてほしいです", utcnow())
    token = _login(client, app, "outreach", ["nagai"])
    with app.state.runtime.factory() as session:
        daisen_invite = session.scalars(select(Invite).where(Invite.code == daisen_code)).one()
    assert client.get(f"/admin/outreach/invites/{daisen_invite.id}").status_code == 404
    assert client.get(f"/admin/outreach/invites/{daisen_invite.id}/qr/line.png").status_code == 404
    page = client.get("/admin/outreach")
    assert daisen_code not in page.text
    assert "返信があった方（0人）" in page.text
    refused = post(
        client, "/admin/outreach/invites", token, municipality="daisen", label="x", plan="standard"
    )
    assert refused.status_code == 400
    rid = w.resident_id("U-daisen")
    assert post(client, f"/admin/outreach/residents/{rid}/resume", token).status_code == 404


def test_a_resident_who_replied_waits_for_the_worker_until_resumed(
    client: TestClient, app: FastAPI, w: World
) -> None:
    code = w.invite(municipality="nagai")
    rid = w.arrive("U1", code, utcnow() - timedelta(days=5))
    w.say("U1", "ちょっと聞いてほしいことがあります", utcnow())
    assert [s for _, s in w.statuses(rid)] == ["paused"]
    token = _login(client, app)
    page = client.get("/admin/outreach")
    assert "返信があった方（1人）" in page.text
    handle = w.resident(rid).handle  # type: ignore[union-attr]
    assert handle in page.text and "1人" in page.text  # arrived through the invite
    done = post(client, f"/admin/outreach/residents/{rid}/resume", token)
    assert done.status_code == 303
    assert [s for _, s in w.statuses(rid)] == ["scheduled"]
    assert w.followups(rid)[0].due_at > utcnow() + timedelta(days=2)
    page = client.get(done.headers["location"])
    assert "再開しました" in page.text and "返信があった方（0人）" in page.text
    # Ending it instead: nothing more is sent; it shows among the ended plans.
    w.say("U1", "また書きます", utcnow())
    post(client, f"/admin/outreach/residents/{rid}/end", token)
    assert [s for _, s in w.statuses(rid)] == ["cancelled"]
    assert "職員が終了" in client.get("/admin/outreach").text


def test_budget_held_and_failed_sends_are_shown(
    admin_settings: Settings, client: TestClient, app: FastAPI, w: World
) -> None:
    code = w.invite(municipality="nagai")
    rid = w.arrive("U1", code, utcnow() - timedelta(days=10))
    with transaction(app.state.runtime.factory) as session:
        for f in session.scalars(select(FollowUp).where(FollowUp.resident_id == rid)):
            f.due_at = utcnow() - timedelta(minutes=1)
    write_plans(admin_settings.var_dir, line_monthly_budget=0)
    _login(client, app)
    page = client.get("/admin/outreach").text
    assert "今月のLINEメッセージの上限に達しました" in page
    assert "1件を保留しています" in page
    # A failed-for-good send shows with its reason.
    w.line.always_fail = SendError("400 from platform", permanent=True)
    w.say("U1", "停止", utcnow())
    with app.state.runtime.factory() as session:
        failed = session.scalars(
            select(OutboxMessage).where(OutboxMessage.status == "failed")
        ).all()
    assert failed
    page = client.get("/admin/outreach").text
    assert "400 from platform" in page and "送れなかったメッセージ（1件）" in page


def test_monitoring_and_review_reminders(client: TestClient, app: FastAPI, w: World) -> None:
    code = w.invite(municipality="nagai")
    rid = w.arrive("U1", code, utcnow() - timedelta(days=200))
    with transaction(app.state.runtime.factory) as session:
        case = session.scalars(select(Case).where(Case.resident_id == rid)).one()
        case.coordination_at = utcnow() - timedelta(days=95)
        case.status = "coordination"
        case_id = case.id
    token = _login(client, app)
    page = client.get("/admin/outreach").text
    assert "モニタリング・見直しの時期（1件）" in page
    assert "3か月モニタリング" in page and "6か月 支援プラン見直し" not in page
    post(client, f"/admin/outreach/reminders/{case_id}/monitoring", token)
    page = client.get("/admin/outreach").text
    assert "モニタリング・見直しの時期（0件）" in page
