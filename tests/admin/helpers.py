"""Building admin test data with the real models, and signing in like a browser."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy.orm import Session, sessionmaker

from admin.accounts import create_staff
from intake import residents
from intake.db import transaction
from intake.models import Case, Message, Staff

PASSWORD = "correct horse battery"
NOW = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_staff(
    factory: sessionmaker[Session],
    name: str,
    role: str,
    municipalities: list[str],
    password: str = PASSWORD,
) -> int:
    with transaction(factory) as session:
        return create_staff(session, name, role, municipalities, password).id


def spans(text: str, flags: Sequence[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """Evidence dicts for (label, group, surface) found in ``text``."""
    out = []
    for label, group, surface in flags:
        start = text.index(surface)
        out.append(
            {
                "label": label,
                "group": group,
                "surface": surface,
                "start": start,
                "end": start + len(surface),
                "note": f"「{surface}」から",
            }
        )
    return out


def make_case(
    factory: sessionmaker[Session],
    *,
    municipality: str | None = "nagai",
    channel: str = "line",
    user_id: str | None = None,
    texts: Sequence[str] = ("母の介護がつらいです",),
    flags: Sequence[tuple[str, str, str]] = (),
    fields: Sequence[str] = (),
    patterns: Sequence[str] = (),
    crisis: Sequence[str] = (),
    created_at: datetime = NOW,
    waiting_since: datetime | None = None,
    first_staff_reply_at: datetime | None = None,
    consent: bool | None = None,
    status: str = "new",
    windows: Sequence[str] = (),
    checklist: dict[str, Any] | None = None,
) -> int:
    """A resident with one case; ``flags`` become evidence on the first message."""
    with transaction(factory) as session:
        resident = residents.create(session, channel, user_id or f"U{uuid.uuid4().hex}")
        resident.municipality_id = municipality
        case = Case(
            resident_id=resident.id,
            municipality_id=municipality,
            channel=channel,
            status=status,
            crisis=list(crisis),
            fields=list(fields),
            patterns=list(patterns),
            evidence=[],
            windows=list(windows),
            checklist=checklist or {},
            consent=consent,
            consent_at=created_at if consent is not None else None,
            consent_text="関係する窓口にお伝えしてもよいですか。" if consent is not None else None,
            created_at=created_at,
            updated_at=created_at,
            waiting_since=waiting_since,
            first_staff_reply_at=first_staff_reply_at,
        )
        session.add(case)
        session.flush()
        first_id = None
        for i, text in enumerate(texts):
            message = Message(
                resident_id=resident.id,
                case_id=case.id,
                direction="in",
                sender="resident",
                text=text,
                created_at=created_at + timedelta(seconds=i),
            )
            session.add(message)
            session.flush()
            first_id = first_id or message.id
        if flags:
            case.evidence = [{**ev, "message_id": first_id} for ev in spans(texts[0], flags)]
        return case.id


def token_of(response: Response) -> str:
    found = _TOKEN.search(response.text)
    assert found, "no CSRF token on the page"
    return found.group(1)


def sign_in(
    client: TestClient, name: str, password: str = PASSWORD, *, follow: bool = False
) -> Response:
    page = client.get("/admin/login")
    return client.post(
        "/admin/login",
        data={"name": name, "password": password, "csrf_token": token_of(page), "next": "/admin"},
        follow_redirects=follow,
    )


def staff_name(factory: sessionmaker[Session], staff_id: int) -> str:
    with factory() as session:
        staff = session.get(Staff, staff_id)
        assert staff is not None
        return staff.name


def login_as(client: TestClient, factory: sessionmaker[Session], staff_id: int) -> str:
    """Sign in; return a CSRF token of the signed-in session."""
    response = sign_in(client, staff_name(factory, staff_id))
    assert response.status_code == 303, response.text
    return token_of(client.get("/admin"))


def post(client: TestClient, url: str, token: str, **data: str) -> Response:
    return client.post(url, data={"csrf_token": token, **data}, follow_redirects=False)
