"""The LINE SDK client: the environment's proxy settings are read once, not per request."""

from __future__ import annotations

import asyncio

import pytest

from bot.line.client import open_client


def _proxy_of(base_url: str) -> tuple[str | None, bool, dict[str, str] | None]:
    async def probe() -> tuple[str | None, bool, dict[str, str] | None]:
        client = open_client(base_url, "token")
        try:
            rest = client.rest_client
            return rest.proxy, rest.pool_manager.trust_env, rest.proxy_headers
        finally:
            await client.close()

    return asyncio.run(probe())


def test_no_proxy_in_the_environment_means_none(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert _proxy_of("https://api.line.me") == (None, False, None)


def test_the_environments_proxy_is_used_and_no_proxy_respected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.example:8080")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    proxy, trust_env, headers = _proxy_of("https://api.line.me")
    assert proxy == "http://proxy.example:8080" and not trust_env
    assert headers is not None and headers["Proxy-Authorization"].startswith("Basic ")
    assert _proxy_of("http://127.0.0.1:9")[0] is None
