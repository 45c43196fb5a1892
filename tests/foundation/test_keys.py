"""Key rotation: after `keys rotate`, the old key can be dropped and nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.runtime import build_runtime
from intake.crypto import DecryptionError
from intake.keys import rotate_all
from intake.models import Message, Resident
from tests.conftest import make_settings


def test_rotation_moves_every_value_to_the_new_key(db_url: str, tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    runtime = build_runtime(make_settings(db_url, tmp_path, encryption_keys=[old]))
    with runtime.factory.begin() as session:
        resident = Resident(handle="L-ROT001", channel="line", user_hash="h1", user_id="U-rot")
        session.add(resident)
        session.flush()
        for i in range(7):
            session.add(
                Message(resident_id=resident.id, direction="in", sender="resident", text=f"本文{i}")
            )
    runtime.engine.dispose()

    runtime = build_runtime(make_settings(db_url, tmp_path, encryption_keys=[new, old]))
    counts = rotate_all(runtime.engine, batch=3)
    assert counts["messages.text"] == 7 and counts["residents.user_id"] == 1
    runtime.engine.dispose()

    runtime = build_runtime(make_settings(db_url, tmp_path, encryption_keys=[new]))
    with runtime.factory() as session:
        texts = session.scalars(select(Message.text).order_by(Message.id)).all()
        assert texts == [f"本文{i}" for i in range(7)]
        assert session.scalars(select(Resident.user_id)).one() == "U-rot"
    runtime.engine.dispose()

    runtime = build_runtime(make_settings(db_url, tmp_path, encryption_keys=[old]))
    with runtime.factory() as session, pytest.raises(DecryptionError):
        session.scalars(select(Message.text)).first()
    runtime.engine.dispose()
