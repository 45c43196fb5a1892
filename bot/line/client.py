"""The LINE SDK's HTTP client, set up once per process.

The SDK's aiohttp session trusts the environment, so aiohttp looks up the proxy and
``~/.netrc`` in a worker thread on *every* request: measured, half the client CPU of a
reply (0.58 -> 0.28 ms) and two thread hops on an event loop that is also acknowledging
webhooks. The environment does not change while the process runs: the proxy is looked up
once here and passed explicitly (``HTTPS_PROXY``/``NO_PROXY`` keep working; proxy
credentials from the URL or ``~/.netrc`` too). The LINE API authenticates with the bearer
token, so nothing else was ever taken from ``~/.netrc``.
"""

from __future__ import annotations

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from linebot.v3.messaging import AsyncApiClient, Configuration
from yarl import URL

# The SDK allows 5 connections per CPU; replies queue behind each other under load and
# the wait counts against the request timeout.
POOL_SIZE = 64


def open_client(base_url: str, access_token: str) -> AsyncApiClient:
    """An SDK client for the Messaging API; call inside the running event loop."""
    configuration = Configuration(host=base_url, access_token=access_token)
    configuration.connection_pool_maxsize = POOL_SIZE
    try:
        proxy, auth = get_env_proxy_for_url(URL(base_url))
    except LookupError:  # no proxy for this host
        pass
    else:
        configuration.proxy = str(proxy)
        if auth is not None:
            configuration.proxy_headers = {"Proxy-Authorization": auth.encode()}
    client = AsyncApiClient(configuration)
    rest = client.rest_client
    # The SDK's connector (pool size, TLS settings) in a session without the lookups.
    connector = rest.pool_manager.connector
    rest.pool_manager.detach()  # the SDK's session is done with, its connector kept
    rest.pool_manager = aiohttp.ClientSession(connector=connector, trust_env=False)
    return client
