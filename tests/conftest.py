"""Shared fixtures: a real database per test (SQLite, and PostgreSQL when reachable).

Every test that asks for ``db_url`` (or anything built on it: ``settings``, ``runtime``)
runs once per backend. PostgreSQL is used when ``TSUNAGU_TEST_POSTGRES_URL`` (default
``postgresql://postgres@127.0.0.1:5432/test``) answers: the session creates its own
database there, migrates it once and truncates the tables between tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from intake.db import make_engine
from intake.migrate import upgrade
from intake.settings import Settings, load_settings

POSTGRES_URL = os.environ.get(
    "TSUNAGU_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
TEST_SECRET = "test-secret-key-0123456789abcdef"


def _postgres_reachable() -> bool:
    if os.environ.get("TSUNAGU_TEST_NO_POSTGRES"):
        return False
    try:
        engine = make_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:
        return False
    return True


HAVE_POSTGRES = _postgres_reachable()
BACKENDS = ["sqlite", "postgresql"] if HAVE_POSTGRES else ["sqlite"]


def pytest_report_header(config: pytest.Config) -> list[str]:
    import nlp

    if HAVE_POSTGRES:
        database = f"database tests: SQLite and PostgreSQL ({POSTGRES_URL})"
    else:
        database = "database tests: SQLite only (PostgreSQL not reachable at " + POSTGRES_URL + ")"
    extractor = "compiled with mypyc" if nlp.COMPILED else "pure Python (not compiled)"
    return [database, f"nlp extractor: {extractor}"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in pytest_report_header(terminalreporter.config):
        terminalreporter.write_line(line)


# -- no network beyond this machine -----------------------------------------------------
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("127."):
            raise RuntimeError(f"tests must not reach the network (tried {host})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


# -- databases -------------------------------------------------------------------------
@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "template.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str]:
    if not HAVE_POSTGRES:
        pytest.skip("PostgreSQL not reachable")
    name = f"tsunagu_test_{uuid.uuid4().hex[:10]}"
    admin = make_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_postgres(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        tables = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname='public' "
                    "AND tablename <> 'alembic_version'"
                )
            )
        ]
        if tables:
            conn.execute(
                text(
                    "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
                )
            )
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database on each backend."""
    if request.param == "sqlite":
        template = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "tsunagu.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("_postgres_database")
    _truncate_postgres(url)
    return url


def make_settings(db_url: str, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "secret_key": TEST_SECRET,
        "municipalities": ["daisen"],
        "var_dir": tmp_path / "var",
        "_env_file": None,
    }
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return make_settings(db_url, tmp_path)


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Any]:
    from bot.runtime import build_runtime

    rt = build_runtime(settings)
    yield rt
    rt.engine.dispose()
