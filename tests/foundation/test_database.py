"""Migrations run on SQLite and PostgreSQL alike; encrypted columns stay unreadable."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from bot.runtime import SchemaOutdated, build_runtime, check_schema
from intake.db import make_engine, normalise_url
from intake.migrate import current_revision, downgrade, head_revision, pending, upgrade
from intake.models import Base, Message, Resident
from intake.settings import Settings
from tests.conftest import make_settings


def test_urls_get_a_driver() -> None:
    assert normalise_url("sqlite:///var/x.db").startswith("sqlite+pysqlite:///")
    assert normalise_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert normalise_url("postgres://u@h/db").startswith("postgresql+psycopg://")


def test_migrations_create_every_table(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        engine.dispose()
    assert not pending(db_url)


def test_migrations_match_the_models(db_url: str) -> None:
    """A model change without its migration would fail here, not on a live database."""
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_latest_migration_downgrades_and_upgrades_again(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        downgrade(db_url, "-1")
        assert current_revision(engine) != head_revision()
        upgrade(db_url)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_outdated_schema_is_refused(tmp_path: Path) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'empty.sqlite3'}", tmp_path)
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        assert "tsunagu db upgrade" in str(exc)
    else:
        raise AssertionError("an empty database must be refused")
    upgrade(settings.database_url)
    check_schema(settings)


def test_text_and_platform_ids_are_encrypted_at_rest(settings: Settings) -> None:
    runtime = build_runtime(settings)
    try:
        with runtime.factory.begin() as session:
            resident = Resident(
                handle="L-TEST01", channel="line", user_hash="h", user_id="U1234567890abcdef"
            )
            session.add(resident)
            session.flush()
            session.add(
                Message(resident_id=resident.id, direction="in", sender="resident", text="母の介護")
            )
        with runtime.engine.connect() as conn:
            raw_text = conn.execute(text("SELECT text FROM messages")).scalar_one()
            raw_user = conn.execute(text("SELECT user_id FROM residents")).scalar_one()
        assert "介護" not in raw_text and raw_text.startswith("gAAAA")
        assert "U1234567890abcdef" not in raw_user
        with runtime.factory() as session:
            assert session.scalars(select(Message.text)).one() == "母の介護"
    finally:
        runtime.engine.dispose()
