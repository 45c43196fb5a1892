"""Roles and municipalities: nobody sees another municipality's cases (404, not 403)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from intake.models import Case
from tests.admin.helpers import login_as, make_case, post

POSTS = [
    ("reply", {"text": "こんにちは"}),
    ("assign", {"assignee": "me"}),
    ("status", {"status": "closed"}),
    ("notes", {"text": "メモ"}),
    ("handoffs", {"window_id": "nagai-houkatsu", "without_consent": "1"}),
]


def test_daisen_staff_get_404_for_a_nagai_case(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, municipality="nagai", texts=["長井の相談です"])
    token = login_as(client, factory, people["daisen_staff"])
    page = client.get(f"/admin/cases/{case_id}")
    assert page.status_code == 404
    assert "長井の相談です" not in page.text
    assert client.get(f"/admin/cases/{case_id}/print").status_code == 404
    for action, data in POSTS:
        assert post(client, f"/admin/cases/{case_id}/{action}", token, **data).status_code == 404
    # and nothing changed
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.status, case.assignee_id) == ("new", None)
    # a case that does not exist looks the same
    assert client.get("/admin/cases/999999").status_code == 404
    queue = client.get("/admin")
    assert f"/admin/cases/{case_id}" not in queue.text
    assert client.get("/admin/queue.json").json()["count"] == 0


@pytest.mark.parametrize("who", ["nagai_staff", "nagai_outreach", "nagai_coord"])
def test_every_nagai_role_sees_nagai_cases(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any], who: str
) -> None:
    case_id = make_case(factory, municipality="nagai")
    login_as(client, factory, people[who])
    assert client.get(f"/admin/cases/{case_id}").status_code == 200
    assert f"/admin/cases/{case_id}" in client.get("/admin").text


def test_a_daisen_coordinator_does_not_see_nagai_either(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, municipality="nagai")
    login_as(client, factory, people["daisen_coord"])
    assert client.get(f"/admin/cases/{case_id}").status_code == 404
    audit = client.get(f"/admin/audit?case={case_id}")
    assert audit.status_code == 200
    assert f"#{case_id}" not in audit.text


def test_a_case_without_municipality_is_for_coordinators_only(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, municipality=None, crisis=["suicide"])
    login_as(client, factory, people["nagai_staff"])
    assert client.get(f"/admin/cases/{case_id}").status_code == 404
    client.cookies.clear()
    login_as(client, factory, people["nagai_coord"])
    page = client.get(f"/admin/cases/{case_id}")
    assert page.status_code == 200
    assert "自治体未選択" in page.text


def test_reports_for_staff_and_coordinators_not_outreach(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    login_as(client, factory, people["nagai_outreach"])
    assert client.get("/admin/reports").status_code == 403
    assert client.get("/admin/reports.csv").status_code == 403
    assert "年度集計" not in client.get("/admin").text
    client.cookies.clear()
    login_as(client, factory, people["nagai_staff"])
    assert client.get("/admin/reports").status_code == 200
    assert client.get("/admin/reports?municipality=daisen").status_code == 404
    assert client.get("/admin/reports.csv?municipality=daisen").status_code == 404


def test_audit_log_is_for_coordinators(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    for who, status in (("nagai_staff", 403), ("nagai_outreach", 403), ("nagai_coord", 200)):
        client.cookies.clear()
        login_as(client, factory, people[who])
        assert client.get("/admin/audit").status_code == status, who


def test_cases_can_only_be_assigned_within_the_municipality(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, municipality="nagai")
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/assign"
    assert post(client, url, token, assignee=str(people["daisen_staff"])).status_code == 400
    assert post(client, url, token, assignee=str(people["nagai_staff2"])).status_code == 303
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.assignee_id == people["nagai_staff2"]
    page = client.get(f"/admin/cases/{case_id}")
    assert "大仙 相談員" not in page.text  # not offered as an assignee


def test_staff_of_two_towns_see_both(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    from tests.admin.helpers import make_staff

    both = make_staff(factory, "兼務", "staff", ["daisen", "nagai"])
    nagai = make_case(factory, municipality="nagai")
    daisen = make_case(factory, municipality="daisen")
    oda = make_case(factory, municipality="oda")
    login_as(client, factory, both)
    queue = client.get("/admin").text
    assert f"/admin/cases/{nagai}" in queue
    assert f"/admin/cases/{daisen}" in queue
    assert f"/admin/cases/{oda}" not in queue
    assert client.get(f"/admin/cases/{oda}").status_code == 404
