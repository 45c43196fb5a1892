"""The queue: crisis first, then compound, then longest waiting; filters; the JSON poll."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from intake.models import utcnow
from tests.admin.helpers import login_as, make_case, post


def order(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'data-case-id="(\d+)"', html)]


def test_crisis_first_then_compound_then_longest_waiting(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    now = utcnow()
    simple_old = make_case(factory, fields=["care"], waiting_since=now - timedelta(hours=9))
    simple_new = make_case(factory, fields=["care"], waiting_since=now - timedelta(hours=1))
    compound = make_case(
        factory, fields=["care", "child"], waiting_since=now - timedelta(minutes=5)
    )
    pattern = make_case(
        factory, patterns=["8050"], fields=["care"], waiting_since=now - timedelta(hours=2)
    )
    crisis = make_case(factory, crisis=["suicide"], waiting_since=now - timedelta(minutes=1))
    not_waiting = make_case(factory, fields=["care"])
    login_as(client, factory, people["nagai_staff"])
    html = client.get("/admin").text
    assert order(html) == [crisis, pattern, compound, simple_old, simple_new, not_waiting]
    assert "9時間" in html and "1時間" in html and "5分" in html
    assert "緊急の兆候があるケース：1件" in html
    row = re.search(rf'data-case-id="{crisis}".*?</tr>', html, re.S)
    assert row is not None
    for word in ("自殺念慮", "LINE", "新規", "未割当", "L-"):
        assert word in row.group(0)


def test_filters(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    care_line = make_case(factory, fields=["care"], channel="line")
    child_web = make_case(factory, fields=["child"], channel="web")
    hardship_tg = make_case(factory, fields=["hardship"], channel="telegram", status="referred")
    token = login_as(client, factory, people["nagai_staff"])
    post(client, f"/admin/cases/{child_web}/assign", token, assignee="me")
    assert order(client.get("/admin?field=care").text) == [care_line]
    assert order(client.get("/admin?channel=web").text) == [child_web]
    assert order(client.get("/admin?status=referred").text) == [hardship_tg]
    assert order(client.get("/admin?assignee=me").text) == [child_web]
    assert sorted(order(client.get("/admin?assignee=none").text)) == [care_line, hardship_tg]
    mine = client.get(f"/admin?assignee={people['nagai_staff']}").text
    assert order(mine) == [child_web]
    assert sorted(order(client.get("/admin?field=bogus").text)) == sorted(
        [care_line, child_web, hardship_tg]
    )
    assert 'value="care" selected' in client.get("/admin?field=care").text


def test_the_polling_endpoint_reports_new_crises(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    make_case(factory, fields=["care"])
    login_as(client, factory, people["nagai_staff"])
    page = client.get("/admin").text
    assert 'data-poll-url="/admin/queue.json"' in page
    assert 'data-crisis-ids=""' in page
    assert client.get("/admin/queue.json").json()["crisis_ids"] == []
    crisis = make_case(factory, crisis=["abuse"], texts=["<script>x</script>"])
    data = client.get("/admin/queue.json").json()
    assert data["crisis_ids"] == [crisis]
    assert data["count"] == 2
    assert f'data-case-id="{crisis}"' in data["html"]
    assert "<script>" not in data["html"]
    filtered = client.get("/admin/queue.json?field=care").json()
    assert filtered["count"] == 1 and filtered["crisis_ids"] == []


def test_the_page_uses_only_local_assets(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    login_as(client, factory, people["nagai_staff"])
    html = client.get("/admin").text
    assert "http://" not in html and "https://" not in html
    assert " style=" not in html and "<style" not in html  # CSP: no inline styles
    assert " onclick=" not in html and " onload=" not in html
    for asset in ("/admin/static/admin.js", "/admin/static/admin.css"):
        response = client.get(asset)
        assert response.status_code == 200
        assert "http://" not in response.text and "https://" not in response.text
        assert "@import" not in response.text
    js = client.get("/admin/static/admin.js").text
    assert "innerHTML" not in js and "eval(" not in js
