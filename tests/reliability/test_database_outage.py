"""The database goes away under a running server and comes back: 503s, then recovery.

PostgreSQL only: an embedded SQLite file cannot become unreachable while the process runs.
The outage is real — every connection through a proxy is cut and new ones are refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.app import create_app
from tests.channels.helpers import line_body, post_line, running, settle, wait_for
from tests.conftest import HAVE_POSTGRES
from tests.fakes.fixtures import line_settings
from tests.fakes.line_api import FakeLineApi
from tests.reliability.proxy import CuttableProxy

pytestmark = pytest.mark.skipif(not HAVE_POSTGRES, reason="needs PostgreSQL")


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    from tests.conftest import _truncate_postgres

    url: str = request.getfixturevalue("_postgres_database")
    _truncate_postgres(url)
    return url


def test_webhooks_answer_503_while_down_and_recover_by_themselves(
    pg_url: str, tmp_path: Path, fake_line: FakeLineApi
) -> None:
    real = make_url(pg_url)
    proxy = CuttableProxy(real.host or "127.0.0.1", real.port or 5432)
    via_proxy = real.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    app = create_app(line_settings(via_proxy, tmp_path, fake_line))
    try:
        with running(app) as client:
            first = line_body("text", source={"type": "user", "userId": "U-outage-1"})
            assert post_line(client, first, fake_line).status_code == 200
            wait_for(lambda: fake_line.messages_to("U-outage-1"), what="the first reply")
            settle(client)

            proxy.cut()
            during = line_body(
                "text",
                source={"type": "user", "userId": "U-outage-2"},
                webhookEventId="01OUTAGE000000000000000002",
                replyToken="outage-reply-token-2",
            )
            assert post_line(client, during, fake_line).status_code == 503
            assert client.get("/healthz").status_code == 503

            proxy.restore()  # LINE redelivers the refused event; it now goes through
            assert client.get("/healthz").status_code == 200
            during["events"][0]["deliveryContext"] = {"isRedelivery": True}
            assert post_line(client, during, fake_line).status_code == 200
            wait_for(lambda: fake_line.messages_to("U-outage-2"), what="the redelivered reply")
    finally:
        proxy.close()
