"""Page contexts are documented; templates and assets stay CSP-clean; the patterns page."""

from __future__ import annotations

import dataclasses
import inspect
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

import admin
from admin import contexts
from admin.highlight import segments
from tests.admin.helpers import login_as

ADMIN_DIR = Path(admin.__file__).parent
CONTEXT_CLASSES = [
    obj
    for _, obj in inspect.getmembers(contexts, inspect.isclass)
    if dataclasses.is_dataclass(obj) and obj.__module__ == contexts.__name__
]


@pytest.mark.parametrize("cls", CONTEXT_CLASSES, ids=lambda c: c.__name__)
def test_every_context_field_is_documented(cls: type) -> None:
    doc = inspect.getdoc(cls) or ""
    assert doc and "Attributes:" in doc, f"{cls.__name__} needs a docstring with Attributes:"
    for f in dataclasses.fields(cls):
        assert re.search(rf"^\s+{f.name}:", doc, re.M), f"{cls.__name__}.{f.name} undocumented"


def test_templates_have_no_inline_script_or_style() -> None:
    for path in (ADMIN_DIR / "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), path
        assert " style=" not in text and "<style" not in text, path
        assert not re.search(r"\son[a-z]+=", text), path
        if "outreach" not in path.parts:  # the outreach pages are another module's
            assert "http://" not in text and "https://" not in text, path
            assert "|safe" not in text and "Markup" not in text, path


def test_public_names() -> None:
    assert admin.__all__ == ["AdminDeps", "create_admin"]


def test_highlight_handles_shifted_overlapping_and_missing_spans() -> None:
    text = "母の介護と、弟のひきこもり"
    pieces = segments(
        text,
        [
            {"label": "care", "group": "field", "surface": "介護", "start": 0, "end": 2},
            {"label": "hikikomori", "group": "pattern", "surface": "ひきこもり", "start": 8,
             "end": 13},
            {"label": "8050", "group": "pattern", "surface": "ひきこもり", "start": 8, "end": 13},
            {"label": "isolation", "group": "pattern", "surface": "こもり", "start": 10, "end": 13},
            {"label": "health", "group": "field", "surface": "ない言葉", "start": 0, "end": 4},
        ],
    )  # fmt: skip
    assert [(p.text, p.label) for p in pieces] == [
        ("母の", ""),
        ("介護", "介護"),
        ("と、弟の", ""),
        ("ひきこもり", "ひきこもり・8050問題"),
    ]
    assert "".join(p.text for p in pieces) == text


def test_the_patterns_page_shows_every_component(
    client: TestClient, factory: sessionmaker[Session], people: dict[str, Any]
) -> None:
    login_as(client, factory, people["nagai_staff"])
    page = client.get("/admin/-/patterns")
    assert page.status_code == 200
    html = page.text
    for needle in (
        "badge-crisis", "badge-field", "badge-pattern", "badge-status", "alert-crisis",
        "alert-warning", "alert-success", "alert-info", '<mark class="ev ev-crisis"',
        "queue-table", "<svg", "<select", "compound-mark", "consent-yes",
    ):  # fmt: skip
        assert needle in html, needle
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img" not in html
