"""The app factory and /healthz."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from bot.app import create_app
from intake.settings import Settings
from tests.conftest import make_settings


def test_healthz_reports_database_and_channels(settings: Settings) -> None:
    with TestClient(create_app(settings, channels=[])) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": True,
        "channels": {"line": False, "telegram": False, "web": True},
    }


def test_healthz_says_when_the_database_is_down(tmp_path: Path) -> None:
    settings = make_settings(
        "postgresql://postgres@127.0.0.1:9/nowhere",
        tmp_path,
        line_channel_secret="very-secret-value",
        line_channel_access_token="very-secret-token",
    )
    app = create_app(settings, channels=[], check_migrations=False)
    with TestClient(app) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] is False
    assert response.json()["channels"]["line"] is True
    assert "very-secret" not in response.text


def test_oversized_bodies_are_refused_before_reading(settings: Settings) -> None:
    small = settings.model_copy(update={"max_body_bytes": 100})
    with TestClient(create_app(small, channels=[])) as client:
        response = client.post("/healthz", content=b"x" * 1000)
    assert response.status_code == 413
