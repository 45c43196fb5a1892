"""``tsunagu telegram set-webhook`` / ``webhook-info`` / ``delete-webhook`` against the fake."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from tests.conftest import TEST_SECRET
from tests.fakes.fixtures import TELEGRAM_SECRET
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegramApi

URL = "https://tsunagu.example.jp/webhooks/telegram"


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake_telegram: FakeTelegramApi
) -> FakeTelegramApi:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name, value in {
        "TSUNAGU_SECRET_KEY": TEST_SECRET,
        "TSUNAGU_TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "TSUNAGU_TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "TSUNAGU_TELEGRAM_API_BASE_URL": fake_telegram.url,
    }.items():
        monkeypatch.setenv(name, value)
    return fake_telegram


def test_set_webhook_registers_the_url_secret_and_updates(env: FakeTelegramApi) -> None:
    result = CliRunner().invoke(app, ["telegram", "set-webhook", URL])
    assert result.exit_code == 0, result.output
    [call] = env.calls("setWebhook")
    assert call["url"] == URL
    assert call["secret_token"] == TELEGRAM_SECRET
    assert call["allowed_updates"] == ["message", "callback_query", "my_chat_member"]
    assert f"webhook: {URL}" in result.output
    assert TELEGRAM_SECRET not in result.output


def test_webhook_info_and_delete(env: FakeTelegramApi) -> None:
    runner = CliRunner()
    runner.invoke(app, ["telegram", "set-webhook", URL])
    info = runner.invoke(app, ["telegram", "webhook-info"])
    assert info.exit_code == 0 and URL in info.output
    removed = runner.invoke(app, ["telegram", "delete-webhook", "--drop-pending-updates"])
    assert removed.exit_code == 0, removed.output
    assert env.calls("deleteWebhook")[0]["drop_pending_updates"] == "true"
    assert env.webhook == {}


def test_set_webhook_refuses_plain_http_and_bad_secrets(
    env: FakeTelegramApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = CliRunner().invoke(app, ["telegram", "set-webhook", "http://insecure.example"])
    assert result.exit_code == 2 and "https://" in result.output
    monkeypatch.setenv("TSUNAGU_TELEGRAM_SECRET_TOKEN", "has spaces!")
    result = CliRunner().invoke(app, ["telegram", "set-webhook", URL])
    assert result.exit_code == 2 and "TSUNAGU_TELEGRAM_SECRET_TOKEN" in result.output
    assert env.calls("setWebhook") == []


def test_an_api_refusal_is_one_clear_line(env: FakeTelegramApi) -> None:
    env.fail_next("setWebhook", status=400, description="Bad Request: bad webhook: HTTPS url")
    result = CliRunner().invoke(app, ["telegram", "set-webhook", URL])
    assert result.exit_code == 1
    assert "telegram refused: bad webhook: https url" in result.output.lower()


def test_help_texts() -> None:
    result = CliRunner().invoke(app, ["telegram", "--help"])
    assert result.exit_code == 0
    assert "set-webhook" in result.output and "webhook-info" in result.output
