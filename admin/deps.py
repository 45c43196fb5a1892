"""What the admin needs from the process that mounts it, and the database dependency."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from intake.settings import Settings


@dataclass
class AdminDeps:
    """Handed over by ``bot.app``: the admin never builds its own engine or runtime.

    Attributes:
        settings: the process settings (secret, time zone, municipalities).
        factory: the session factory of the process's engine.
        directory: the windows directory (``intake.directory.Directory``).
        on_outbox: called with an outbox row id after the transaction that queued it
            committed, so it is sent at once (the worker retries otherwise).
    """

    settings: Settings
    factory: sessionmaker[Session]
    directory: Any
    on_outbox: Callable[[int], None]


def get_deps(request: Request) -> AdminDeps:
    deps = getattr(request.app.state, "admin", None)
    if not isinstance(deps, AdminDeps):
        raise RuntimeError("the admin is not mounted (call admin.create_admin)")
    return deps


def get_db(request: Request) -> Iterator[Session]:
    """A database session for one request; endpoints commit what they change."""
    with get_deps(request).factory() as session:
        yield session
