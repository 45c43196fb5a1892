"""Sign-in, session cookies, sign-out and slowing down repeated failures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from admin import accounts
from admin.accounts import ACCOUNT_FREE_TRIES, CLIENT_FREE_TRIES, delay_after
from intake.db import transaction
from intake.models import AuditEntry, Staff, utcnow
from tests.admin.helpers import PASSWORD, sign_in, token_of


def test_pages_need_sign_in(client: TestClient) -> None:
    for path in ("/admin", "/admin/cases/1", "/admin/reports", "/admin/audit", "/admin/-/patterns"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/admin/login?next=")
    assert client.get("/admin/queue.json").status_code == 401


def test_sign_in_sets_a_safe_cookie_and_shows_the_queue(
    client: TestClient, people: dict[str, Any]
) -> None:
    response = sign_in(client, "長井 相談員")
    assert response.status_code == 303
    assert response.headers["location"] == "/admin"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Path=/admin" in cookie
    assert "Max-Age=" in cookie
    assert "Secure" not in cookie  # plain http in tests
    page = client.get("/admin")
    assert page.status_code == 200
    assert "長井 相談員" in page.text
    assert "受付キュー" in page.text


def test_cookie_is_secure_over_https(app: FastAPI, people: dict[str, Any]) -> None:
    with TestClient(app, base_url="https://testserver") as client:
        response = sign_in(client, "長井 相談員")
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_wrong_password_and_unknown_name_look_the_same(
    client: TestClient, people: dict[str, Any]
) -> None:
    wrong = sign_in(client, "長井 相談員", "not the password")
    unknown = sign_in(client, "だれでもない", "not the password")
    assert wrong.status_code == unknown.status_code == 400
    assert "名前またはパスワードが違います" in wrong.text
    assert "名前またはパスワードが違います" in unknown.text
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_sign_in_rotates_the_csrf_token(client: TestClient, people: dict[str, Any]) -> None:
    before = token_of(client.get("/admin/login"))
    sign_in(client, "長井 相談員")
    after = token_of(client.get("/admin"))
    assert before != after


def test_a_forged_or_tampered_cookie_is_ignored(client: TestClient, people: dict[str, Any]) -> None:
    sign_in(client, "長井 相談員")
    value = client.cookies.get("tsunagu_admin")
    assert value
    client.cookies.clear()
    client.cookies.set("tsunagu_admin", value[:-3] + "abc")
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_sign_out(client: TestClient, people: dict[str, Any]) -> None:
    sign_in(client, "長井 相談員")
    token = token_of(client.get("/admin"))
    response = client.post("/admin/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_sign_out_voids_copies_of_the_cookie(
    client: TestClient, app: FastAPI, people: dict[str, Any]
) -> None:
    """A cookie copied before sign-out (another PC, a stolen copy) stops working too."""
    sign_in(client, "長井 相談員")
    copied = client.cookies.get("tsunagu_admin")
    assert copied
    with TestClient(app) as elsewhere:
        elsewhere.cookies.set("tsunagu_admin", copied, path="/admin")
        assert elsewhere.get("/admin", follow_redirects=False).status_code == 200
        token = token_of(client.get("/admin"))
        client.post("/admin/logout", data={"csrf_token": token}, follow_redirects=False)
        assert elsewhere.get("/admin", follow_redirects=False).status_code == 303
        replay = TestClient(app)
        replay.cookies.set("tsunagu_admin", copied, path="/admin")
        assert replay.get("/admin/queue.json").status_code == 401
    # Signing in again right away gives a fresh session that works.
    assert sign_in(client, "長井 相談員").status_code == 303
    assert client.get("/admin", follow_redirects=False).status_code == 200


def test_a_password_change_signs_sessions_out(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    sign_in(client, "長井 相談員")
    assert client.get("/admin").status_code == 200
    with transaction(factory) as session:
        staff = session.get(Staff, people["nagai_staff"])
        assert staff is not None
        accounts.set_password(staff, "a brand new password")
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_next_only_goes_to_admin_pages(client: TestClient, people: dict[str, Any]) -> None:
    page = client.get("/admin/login")
    response = client.post(
        "/admin/login",
        data={
            "name": "長井 相談員",
            "password": PASSWORD,
            "csrf_token": token_of(page),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/admin"


def test_repeated_failures_lock_the_account(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    for _ in range(ACCOUNT_FREE_TRIES - 1):
        assert sign_in(client, "長井 相談員", "guess guess").status_code == 400
    locked = sign_in(client, "長井 相談員", "guess guess")
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) == 30
    # even the right password waits now
    assert sign_in(client, "長井 相談員").status_code == 429
    # another account is not affected
    assert sign_in(client, "長井 二号").status_code == 303
    # the delay grows: one more failure after the lock doubles it
    with transaction(factory) as session:
        staff = session.get(Staff, people["nagai_staff"])
        assert staff is not None
        assert staff.failed_logins == ACCOUNT_FREE_TRIES
        staff.locked_until = utcnow() - timedelta(seconds=1)  # the wait is over
    assert sign_in(client, "長井 相談員", "guess again").status_code == 429
    with factory() as session:
        staff = session.get(Staff, people["nagai_staff"])
        assert staff is not None and staff.locked_until is not None
        assert staff.locked_until - utcnow() > timedelta(seconds=50)
    with transaction(factory) as session:
        staff = session.get(Staff, people["nagai_staff"])
        assert staff is not None
        staff.locked_until = utcnow() - timedelta(seconds=1)
    assert sign_in(client, "長井 相談員").status_code == 303
    with factory() as session:
        staff = session.get(Staff, people["nagai_staff"])
        assert staff is not None and staff.failed_logins == 0


def test_repeated_failures_from_one_client_slow_it_down(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    # spraying many names: no account reaches its own limit, the client does
    for i in range(CLIENT_FREE_TRIES - 1):
        assert sign_in(client, f"名前{i}", "guess guess").status_code == 400
    assert sign_in(client, "名前x", "guess guess").status_code == 429
    assert sign_in(client, "長井 相談員").status_code == 429
    with factory() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "login_failed")
        ).all()
    assert len(entries) == CLIENT_FREE_TRIES
    assert all(e.detail.startswith("client=") and "testclient" not in e.detail for e in entries)


def test_delays_grow_and_are_capped() -> None:
    assert delay_after(4, 5) == timedelta(0)
    assert delay_after(5, 5) == timedelta(seconds=30)
    assert delay_after(6, 5) == timedelta(seconds=60)
    assert delay_after(50, 5) == timedelta(minutes=15)


def test_sign_in_is_audited(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    sign_in(client, "長井 相談員")
    with factory() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry)).all()]
    assert actions == ["login"]


def test_security_headers_on_admin_responses(client: TestClient, people: dict[str, Any]) -> None:
    for path in ("/admin/login", "/admin/static/admin.css", "/admin/nowhere"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp
        assert "script-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
    assert client.get("/admin/login").headers["cache-control"] == "no-store"
    assert "content-security-policy" not in client.get("/healthz").headers


def test_sessions_expire(
    client: TestClient, people: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from itsdangerous import TimestampSigner

    from admin import sessions

    sign_in(client, "長井 相談員")
    assert client.get("/admin").status_code == 200
    value = client.cookies.get("tsunagu_admin")
    later = int(time.time()) + sessions.MAX_AGE + 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: later)
    client.cookies.clear()  # a browser would drop it at Max-Age; send it anyway
    response = client.get(
        "/admin", headers={"Cookie": f"tsunagu_admin={value}"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"].endswith("&expired=1")
    login = client.get(response.headers["location"])
    assert "セッションの有効期限が切れました" in login.text
