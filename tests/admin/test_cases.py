"""The case page: escaped transcript, highlighted evidence, and what staff do there."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from intake.db import transaction
from intake.models import AuditEntry, Case, Handoff, Message, OutboxMessage, Resident, utcnow
from tests.admin.helpers import NOW, login_as, make_case, post

HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


def test_hostile_text_is_shown_as_text(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    text = f"{HOSTILE[0]} 死にたい {HOSTILE[1]}"
    case_id = make_case(
        factory, texts=[text, HOSTILE[1]], flags=[("suicide", "crisis", "死にたい")],
        crisis=["suicide"],
    )  # fmt: skip
    with transaction(factory) as session:  # hostile words inside evidence and notes too
        case = session.get(Case, case_id)
        assert case is not None
        case.evidence = [{**case.evidence[0], "note": HOSTILE[1]}]
        case.consent_text = HOSTILE[0]
    login_as(client, factory, people["nagai_staff"])
    page = client.get(f"/admin/cases/{case_id}")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert(1)</script>" not in html
    assert "<img" not in html
    assert "onerror=alert(1)>" not in html.replace("&gt;", "")  # never a live attribute
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # the only scripts are the local file
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/admin/static/admin.js" defer>']


def test_evidence_is_highlighted_with_its_label(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    text = "母が認知症で、弟はずっとひきこもり。もう消えたい"
    case_id = make_case(
        factory,
        texts=[text],
        flags=[
            ("care", "field", "認知症"),
            ("hikikomori", "pattern", "ひきこもり"),
            ("suicide", "crisis", "消えたい"),
        ],
        fields=["care"],
        patterns=["hikikomori"],
        crisis=["suicide"],
    )
    login_as(client, factory, people["nagai_staff"])
    html = client.get(f"/admin/cases/{case_id}").text
    assert '<mark class="ev ev-field"' in html
    assert re.search(
        r'<mark class="ev ev-crisis"[^>]*>消えたい<span class="ev-label">自殺念慮</span>', html
    )
    assert re.search(
        r'<mark class="ev ev-pattern"[^>]*>ひきこもり<span class="ev-label">ひきこもり', html
    )
    assert re.search(r'<mark class="ev ev-field"[^>]*>認知症<span class="ev-label">介護', html)
    assert "母が" in html and "もう" in html  # plain text around the marks is kept


def test_reply_reaches_the_outbox_and_the_transcript(
    client: TestClient,
    factory: sessionmaker[Session],
    people: dict[str, Any],
    outbox_calls: list[int],
) -> None:
    case_id = make_case(factory, channel="line", user_id="Uline-123", waiting_since=NOW)
    token = login_as(client, factory, people["nagai_staff"])
    response = post(
        client, f"/admin/cases/{case_id}/reply", token, text="相談支援員の佐藤です。<b>"
    )
    assert response.status_code == 303
    with factory() as session:
        row = session.scalars(select(OutboxMessage)).one()
        assert (row.channel, row.recipient, row.kind, row.case_id) == (
            "line", "Uline-123", "staff", case_id,
        )  # fmt: skip
        assert json.loads(row.payload)[0]["text"] == "相談支援員の佐藤です。<b>"
        message = session.scalars(select(Message).where(Message.sender == "staff")).one()
        assert (message.staff_id, message.direction) == (people["nagai_staff"], "out")
        case = session.get(Case, case_id)
        assert case is not None
        assert case.first_staff_reply_at is not None
        assert case.waiting_since is None
        assert case.status == "in_progress"
    assert outbox_calls == [row.id]
    page = client.get(response.headers["location"])
    assert "返信を送信しました" in page.text
    assert "相談支援員の佐藤です。&lt;b&gt;" in page.text
    # a second reply keeps the first reply time
    first = case.first_staff_reply_at
    post(client, f"/admin/cases/{case_id}/reply", token, text="二通目")
    with factory() as session:
        again = session.get(Case, case_id)
        assert again is not None and again.first_staff_reply_at == first


def test_web_chat_replies_are_recorded_for_the_resident_to_poll(
    client: TestClient,
    factory: sessionmaker[Session],
    people: dict[str, Any],
    outbox_calls: list[int],
) -> None:
    case_id = make_case(factory, channel="web")
    token = login_as(client, factory, people["nagai_staff"])
    assert (
        post(client, f"/admin/cases/{case_id}/reply", token, text="こんにちは").status_code == 303
    )
    with factory() as session:
        assert session.scalars(select(OutboxMessage)).all() == []
        assert session.scalars(select(Message).where(Message.sender == "staff")).one()
    assert outbox_calls == []


def test_no_reply_to_a_resident_who_blocked_the_bot(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, channel="line")
    with transaction(factory) as session:
        for resident in session.scalars(select(Resident)):
            resident.reachable = False
    token = login_as(client, factory, people["nagai_staff"])
    page = client.get(f"/admin/cases/{case_id}")
    assert "現在ご本人にメッセージが届きません" in page.text
    assert post(client, f"/admin/cases/{case_id}/reply", token, text="x").status_code == 400
    assert post(client, f"/admin/cases/{case_id}/reply", token, text="  ").status_code == 400


def test_every_view_and_change_is_audited_without_content(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, texts=["ひみつの相談内容"], consent=True)
    me = people["nagai_staff"]
    token = login_as(client, factory, me)
    base = f"/admin/cases/{case_id}"
    client.get(base)
    post(client, f"{base}/assign", token, assignee="me")
    post(client, f"{base}/status", token, status="in_progress")
    post(client, f"{base}/reply", token, text="ひみつの返信")
    post(client, f"{base}/notes", token, text="ひみつのメモ")
    post(client, f"{base}/handoffs", token, window_id="nagai-houkatsu", note="ひみつの申し送り")
    client.get(f"{base}/print")
    with factory() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
        ).all()
    assert [e.action for e in entries] == [
        "view", "assign", "status", "reply", "note", "handoff", "print",
    ]  # fmt: skip
    assert all(e.staff_id == me for e in entries)
    assert all(e.created_at is not None for e in entries)
    assert not any("ひみつ" in e.detail for e in entries)
    assert entries[2].detail == "new→in_progress"
    assert "window=nagai-houkatsu" in entries[5].detail
    # coordinators read it
    client.cookies.clear()
    login_as(client, factory, people["nagai_coord"])
    audit = client.get(f"/admin/audit?case={case_id}")
    assert audit.status_code == 200
    for label in ("閲覧", "担当変更", "状態変更", "返信", "メモ追加", "つなぎ記録", "印刷用表示"):
        assert label in audit.text
    assert "ひみつ" not in audit.text
    assert "長井 相談員" in audit.text


def test_status_changes_set_their_times(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/status"
    assert post(client, url, token, status="bogus").status_code == 400
    post(client, url, token, status="coordination")
    post(client, url, token, status="closed")
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.status == "closed"
        assert case.coordination_at is not None and case.closed_at is not None
    # closed cases leave the queue, but the filter finds them
    assert f'/admin/cases/{case_id}"' not in client.get("/admin").text
    assert f'/admin/cases/{case_id}"' in client.get("/admin?status=closed").text
    post(client, url, token, status="in_progress")
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.closed_at is None


def test_handoff_records_window_time_and_staff_and_sets_status(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, consent=True, windows=["nagai-houkatsu"])
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/handoffs"
    page = client.get(f"/admin/cases/{case_id}")
    assert "（提案）長井市地域包括支援センター" in page.text
    assert post(client, url, token, window_id="no-such-window").status_code == 400
    assert post(client, url, token, window_id="nagai-houkatsu", note="明日訪問").status_code == 303
    with factory() as session:
        handoff = session.scalars(select(Handoff)).one()
        assert (handoff.window_name, handoff.staff_id, handoff.note) == (
            "長井市地域包括支援センター", people["nagai_staff"], "明日訪問",
        )  # fmt: skip
        case = session.get(Case, case_id)
        assert case is not None and case.status == "referred"
    page = client.get(f"/admin/cases/{case_id}")
    assert "長井市地域包括支援センター" in page.text and "明日訪問" in page.text
    # to 多機関協働: the status follows, and 長井市's monitoring dates appear
    with factory() as session:
        from intake.directory import load_directory

        coordination = load_directory().coordination("nagai")
        assert coordination is not None
    post(client, url, token, window_id=coordination.id)
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "coordination"
        assert case.coordination_at is not None
    page = client.get(f"/admin/cases/{case_id}")
    assert "モニタリング目安" in page.text


def test_handoff_without_consent_needs_an_explicit_tick(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, consent=False)
    token = login_as(client, factory, people["nagai_staff"])
    url = f"/admin/cases/{case_id}/handoffs"
    refused = post(client, url, token, window_id="nagai-houkatsu")
    assert refused.status_code == 400
    assert "本人同意" in refused.text
    assert (
        post(client, url, token, window_id="nagai-houkatsu", without_consent="1").status_code == 303
    )
    with factory() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "handoff")).one()
        assert "consent=no" in entry.detail


def test_consent_state_is_shown(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    login_as(client, factory, people["nagai_staff"])
    for consent, label in ((True, "本人同意あり"), (False, "本人同意なし"), (None, "未確認")):
        case_id = make_case(factory, consent=consent)
        html = client.get(f"/admin/cases/{case_id}").text
        assert f">{label}</p>" in html
        if consent is not None:
            assert "関係する窓口にお伝えしてもよいですか。" in html


def test_print_view_shows_the_consent_version_and_no_platform_id(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    checklist = {
        "items": {"介護のこと": ["認知症"], "ひきこもり・不登校": ["ひきこもり"]},
        "visitor": "家族（続柄：子）",
    }
    with_consent = make_case(
        factory, user_id="Uplatform-secret-1", consent=True, checklist=checklist
    )
    without = make_case(factory, user_id="Uplatform-secret-2", consent=False, checklist=checklist)
    login_as(client, factory, people["nagai_staff"])
    yes = client.get(f"/admin/cases/{with_consent}/print")
    no = client.get(f"/admin/cases/{without}/print")
    assert yes.status_code == no.status_code == 200
    assert "【本人同意あり】" in yes.text and "【本人同意なし】" not in yes.text
    assert "【本人同意なし】" in no.text
    assert "支援会議" in no.text
    for page in (yes, no):
        assert "Uplatform-secret" not in page.text
        assert "介護のこと" in page.text and "（認知症）" in page.text
        assert "家族（続柄：子）" in page.text
        assert "data-print" in page.text
    assert "相談受付・申込票" in yes.text


def test_failed_sends_are_shown_as_a_warning(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    with transaction(factory) as session:
        resident = session.scalars(select(Resident)).one()
        session.add(
            OutboxMessage(
                resident_id=resident.id, case_id=case_id, channel="line", recipient="U1",
                kind="staff", payload="[]", retry_key="k1", status="failed",
                last_error="LINE API 400: invalid reply", next_attempt_at=utcnow(),
            )
        )  # fmt: skip
    login_as(client, factory, people["nagai_staff"])
    html = client.get(f"/admin/cases/{case_id}").text
    assert "ご本人に届かなかったメッセージがあります（1件）" in html
    assert "LINE API 400: invalid reply" in html
    assert "U1<" not in html


def test_notes_are_private_and_listed(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    assert post(client, f"/admin/cases/{case_id}/notes", token, text="").status_code == 400
    post(client, f"/admin/cases/{case_id}/notes", token, text="電話は夕方が良い <i>")
    html = client.get(f"/admin/cases/{case_id}").text
    assert "電話は夕方が良い &lt;i&gt;" in html
    assert "長井 相談員" in html


def test_assign_to_me_and_unassign(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory)
    token = login_as(client, factory, people["nagai_staff"])
    post(client, f"/admin/cases/{case_id}/assign", token, assignee="me")
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.assignee_id == people["nagai_staff"]
    assert "自分が担当する" not in client.get(f"/admin/cases/{case_id}").text
    post(client, f"/admin/cases/{case_id}/assign", token, assignee="")
    with factory() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.assignee_id is None
    assert post(client, f"/admin/cases/{case_id}/assign", token, assignee="x").status_code == 400


def test_waiting_time_is_shown_in_japanese(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    case_id = make_case(factory, waiting_since=utcnow() - timedelta(hours=3, minutes=5))
    login_as(client, factory, people["nagai_staff"])
    assert "待ち 3時間" in client.get(f"/admin/cases/{case_id}").text


def test_a_conversation_through_the_engine_shows_its_real_evidence(
    client: TestClient, app: Any, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    from intake.messages import Inbound

    runtime = app.state.runtime
    for text in ("こんにちは", "母が認知症で介護がつらい。弟はずっとひきこもりで、もう死にたい"):
        with transaction(factory) as session:
            runtime.intake.handle(
                session, Inbound(channel="line", user_id="Uengine", kind="text", text=text)
            )
    with factory() as session:
        case = session.scalars(select(Case)).one()
        assert case.municipality_id == "daisen" and "suicide" in case.crisis
    login_as(client, factory, people["daisen_staff"])
    queue = client.get("/admin").text
    assert f'data-case-id="{case.id}"' in queue and "自殺念慮" in queue
    html = client.get(f"/admin/cases/{case.id}").text
    crisis_mark = r'<mark class="ev ev-crisis"[^>]*>死にたい<span class="ev-label">自殺念慮'
    assert re.search(crisis_mark, html)
    assert re.search(r'<mark class="ev ev-field"[^>]*>認知症<span class="ev-label">介護', html)
    assert re.search(r'<mark class="ev ev-pattern"[^>]*>ひきこもり<span class="ev-label">', html)
    assert "つなぐ（自動応答）" in html  # the bot's replies are in the transcript too
