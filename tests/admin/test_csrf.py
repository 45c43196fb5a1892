"""Every admin POST needs the session's token and a same-site origin."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.models import CaseNote
from tests.admin.helpers import PASSWORD, login_as, make_case, token_of

ACTIONS = [
    ("reply", {"text": "こんにちは"}),
    ("assign", {"assignee": "me"}),
    ("status", {"status": "in_progress"}),
    ("notes", {"text": "メモ"}),
    ("handoffs", {"window_id": "nagai-houkatsu", "without_consent": "1"}),
]


@pytest.mark.parametrize(("action", "data"), ACTIONS, ids=[a for a, _ in ACTIONS])
def test_posts_without_or_with_a_wrong_token_are_refused(
    client: TestClient,
    factory: sessionmaker[Session],
    people: dict[str, Any],
    action: str,
    data: dict[str, str],
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/{action}"
    missing = client.post(url, data=data, follow_redirects=False)
    wrong = client.post(url, data={**data, "csrf_token": token + "x"}, follow_redirects=False)
    assert missing.status_code == 403
    assert wrong.status_code == 403
    assert "送信を受け付けられませんでした" in wrong.text
    ok = client.post(url, data={**data, "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303


def test_cross_site_posts_are_refused_even_with_the_token(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/notes"
    data = {"text": "メモ", "csrf_token": token}
    evil_origin = client.post(
        url, data=data, headers={"Origin": "https://evil.example"}, follow_redirects=False
    )
    cross_site = client.post(
        url, data=data, headers={"Sec-Fetch-Site": "cross-site"}, follow_redirects=False
    )
    null_origin = client.post(url, data=data, headers={"Origin": "null"}, follow_redirects=False)
    same_origin = client.post(
        url, data=data, headers={"Origin": "http://testserver"}, follow_redirects=False
    )
    # behind a TLS-terminating proxy the browser says https while the app sees http
    proxied = client.post(
        url, data=data, headers={"Origin": "https://testserver"}, follow_redirects=False
    )
    assert evil_origin.status_code == 403
    assert cross_site.status_code == 403
    assert null_origin.status_code == 403
    assert same_origin.status_code == 303
    assert proxied.status_code == 303
    with factory() as session:
        assert len(session.scalars(select(CaseNote)).all()) == 2


def test_the_token_can_come_as_a_header_for_scripts(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    response = client.post(
        f"/admin/cases/{case_id}/notes",
        data={"text": "メモ"},
        headers={"X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303


def test_the_sign_in_form_is_protected_too(client: TestClient, people: dict[str, Any]) -> None:
    data = {"name": "長井 相談員", "password": PASSWORD}
    assert client.post("/admin/login", data=data, follow_redirects=False).status_code == 403
    token = token_of(client.get("/admin/login"))
    assert (
        client.post(
            "/admin/login",
            data={**data, "csrf_token": token},
            headers={"Origin": "https://evil.example"},
            follow_redirects=False,
        ).status_code
        == 403
    )
    ok = client.post("/admin/login", data={**data, "csrf_token": token}, follow_redirects=False)
    assert ok.status_code == 303


def test_sign_out_needs_the_token(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    login_as(client, factory, people["nagai_staff"])
    assert client.post("/admin/logout", follow_redirects=False).status_code == 403
    assert client.get("/admin").status_code == 200
