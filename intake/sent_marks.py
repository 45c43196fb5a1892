"""Marking outbox rows as sent, many at once (group commit).

Under load, replies finish sending a few at a time in each process. Each one used to be
marked in its own transaction (check out a connection, BEGIN, SELECT, UPDATE, COMMIT);
here the sends that finish while a batch is being written wait for the next batch and
share one transaction. At low load a batch holds one row, so nothing waits longer than
before.

A send is reported as finished only after its mark is committed. A crash in between leaves
the row ``sending``, retried after its lease as uncertain (a spent reply token then means
"already delivered"): exactly as with one transaction per row.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.orm import Session, sessionmaker

from intake.db import transaction
from intake.models import OutboxMessage


@dataclass
class _Queue:
    """The marks waiting in one event loop, and the task writing them."""

    marks: list[tuple[int, bool, asyncio.Future[None]]] = field(default_factory=list)
    writer: asyncio.Task[None] | None = None


class SentMarks:
    """Writes ``status='sent'`` for rows whose send succeeded, batching concurrent ones."""

    def __init__(self, factory: sessionmaker[Session], clock: Callable[[], datetime]) -> None:
        self.factory = factory
        self.clock = clock
        # One queue per event loop: tests run an app's loop and their own side by side.
        self._queues: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Queue] = (
            weakref.WeakKeyDictionary()
        )

    async def mark(self, outbox_id: int, used_push: bool) -> None:
        """Return once the row is recorded as sent (raises when that failed)."""
        loop = asyncio.get_running_loop()
        queue = self._queues.get(loop)
        if queue is None:
            queue = self._queues[loop] = _Queue()
        done: asyncio.Future[None] = loop.create_future()
        queue.marks.append((outbox_id, used_push, done))
        if queue.writer is None or queue.writer.done():
            queue.writer = loop.create_task(self._write_all(queue))
        await done

    async def _write_all(self, queue: _Queue) -> None:
        while queue.marks:
            batch, queue.marks = queue.marks, []
            try:
                await asyncio.to_thread(self.write, [(i, push) for i, push, _ in batch])
            except Exception as exc:  # each waiting send sees the failure
                for *_, done in batch:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for *_, done in batch:
                    if not done.done():
                        done.set_result(None)

    def write(self, marks: list[tuple[int, bool]]) -> None:
        """Mark rows sent in one transaction; a farewell after deletion is removed."""
        now = self.clock()
        with transaction(self.factory) as session:
            for used_push in (False, True):
                ids = [row_id for row_id, push in marks if push is used_push]
                if not ids:
                    continue
                rows = session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(ids))
                    .values(status="sent", sent_at=now, used_push=used_push, last_error=None)
                    .returning(OutboxMessage.id, OutboxMessage.resident_id)
                    .execution_options(synchronize_session=False)
                ).all()
                farewells = [row_id for row_id, resident_id in rows if resident_id is None]
                if farewells:  # the resident deleted everything: keep nothing of it
                    session.execute(
                        delete(OutboxMessage)
                        .where(OutboxMessage.id.in_(farewells))
                        .execution_options(synchronize_session=False)
                    )
