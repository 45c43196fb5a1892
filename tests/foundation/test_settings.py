"""Settings: environment prefix, clear one-line errors, secrets never printed."""

from __future__ import annotations

import pytest

from intake.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("TSUNAGU_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir("/tmp")


def test_secret_key_is_required_outside_demo() -> None:
    with pytest.raises(SettingsError, match=r"^TSUNAGU_SECRET_KEY: required"):
        load_settings(_env_file=None)


def test_demo_generates_a_secret() -> None:
    settings = load_settings(demo=True, _env_file=None)
    assert settings.secret_key is not None
    assert len(settings.secret()) >= 32


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TSUNAGU_MUNICIPALITIES", "daisen,tokyo", "TSUNAGU_MUNICIPALITIES: unknown id tokyo"),
        ("TSUNAGU_TIMEZONE", "Mars/Base", "TSUNAGU_TIMEZONE: unknown time zone"),
        ("TSUNAGU_DATABASE_URL", "mysql://x", "TSUNAGU_DATABASE_URL: use a sqlite"),
        ("TSUNAGU_LINE_API_BASE_URL", "ftp://x", "TSUNAGU_LINE_API_BASE_URL: must start"),
        ("TSUNAGU_MAX_BODY_BYTES", "lots", "TSUNAGU_MAX_BODY_BYTES:"),
    ],
)
def test_malformed_setting_names_itself(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings(demo=True, _env_file=None)
    assert str(info.value).startswith(expected)
    assert "\n" not in str(info.value)


def test_environment_is_read_with_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TSUNAGU_SECRET_KEY", "x" * 20)
    monkeypatch.setenv("TSUNAGU_MUNICIPALITIES", "daisen, nagai")
    monkeypatch.setenv("TSUNAGU_LINE_CHANNEL_SECRET", "s3cret")
    monkeypatch.setenv("TSUNAGU_LINE_CHANNEL_ACCESS_TOKEN", "t0ken")
    settings = load_settings(_env_file=None)
    assert settings.municipalities == ["daisen", "nagai"]
    assert settings.channels() == {"line": True, "telegram": False, "web": True}
    assert "s3cret" not in repr(settings) and "t0ken" not in repr(settings)


def test_half_configured_channel_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TSUNAGU_SECRET_KEY", "x" * 20)
    monkeypatch.setenv("TSUNAGU_TELEGRAM_BOT_TOKEN", "123:abc")
    with pytest.raises(SettingsError, match="TSUNAGU_TELEGRAM_SECRET_TOKEN"):
        load_settings(_env_file=None)


def test_every_setting_is_documented() -> None:
    from pathlib import Path

    from intake.settings import Settings

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        if name == "demo":
            continue
        assert f"TSUNAGU_{name.upper()}" in readme, f"README lacks TSUNAGU_{name.upper()}"
