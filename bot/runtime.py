"""Everything a process needs, built once from settings: database, engine, channels.

The web app, the worker and the console all build one :class:`Runtime`; channel
adapters add their decoder (stored payload → engine input) and sender (outbox → platform).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from intake import crypto
from intake.db import make_engine, make_session_factory
from intake.inbox import Decoder, InboxProcessor, Stored
from intake.migrate import pending
from intake.models import utcnow
from intake.outbox import Dispatcher, Sender
from intake.sent_marks import SentMarks
from intake.service import Intake
from intake.settings import Settings

log = logging.getLogger(__name__)


class SchemaOutdated(Exception):
    """The database lacks migrations; the message names the command to run."""


def configure_crypto(settings: Settings) -> None:
    keys = [k.get_secret_value() for k in settings.encryption_keys]
    crypto.configure(crypto.Cipher.from_secret(settings.secret(), keys))


def check_schema(settings: Settings) -> None:
    if pending(settings.database_url):
        raise SchemaOutdated(
            "the database schema is not up to date: run `tsunagu db upgrade` first"
        )


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    intake: Intake
    decoders: dict[str, Decoder] = field(default_factory=dict)
    senders: dict[str, Sender] = field(default_factory=dict)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    loop: asyncio.AbstractEventLoop | None = None
    # Events processed at once per process. Processing is mostly CPU under the GIL; more
    # threads do not drain a backlog faster on 2 CPUs, they delay the acknowledgements
    # (bench/load.py, alternating runs: 2 beat 4 on ack p99 in every pair, same drain).
    _processing: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(2))
    # Residents with a processing task queued or running in this process; True: an event
    # arrived for them meanwhile (touched on the event loop only).
    _residents: dict[tuple[str, str], bool] = field(default_factory=dict)
    _marks: SentMarks = field(init=False)  # shared: concurrent sends share a transaction

    def __post_init__(self) -> None:
        self._marks = SentMarks(self.factory, utcnow)

    @property
    def processor(self) -> InboxProcessor:
        return InboxProcessor(self.factory, self.intake, self.decoders, claim_lease=self._lease)

    @property
    def dispatcher(self) -> Dispatcher:
        return Dispatcher(self.factory, self.senders, lease=self._lease, marks=self._marks)

    @property
    def _lease(self) -> timedelta:
        return timedelta(seconds=self.settings.send_lease_seconds)

    def dispatcher_at(self, now: datetime | None) -> Dispatcher:
        """A dispatcher whose clock is fixed at ``now`` (drills: ``worker --now``)."""
        if now is None:
            return self.dispatcher
        return Dispatcher(self.factory, self.senders, clock=lambda: now, lease=self._lease)

    def database_ok(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception:  # any driver error means "not reachable"
            return False
        return True

    async def process_and_send(self, events: list[Stored]) -> None:
        """Process stored events and send their replies (runs after the webhook answered).

        At most a few events are processed at once per process: more would only make
        the threads fight over the CPU and slow the webhook acknowledgements. Sending is
        network I/O and happens outside that limit.
        """
        for stored in events:
            try:
                await self._for_resident(stored)
            except Exception:  # the worker's sweep retries; never crash the server
                log.exception("background processing of inbox row %s failed", stored.row_id)

    async def _for_resident(self, stored: Stored) -> None:
        """One task per resident at a time: it runs all of their pending events, oldest
        first, so a burst from one resident does not queue one task per message, each
        waiting for the same lock to find the work already done."""
        resident = (stored.channel, stored.key) if stored.key is not None else None
        if resident is not None:
            if resident in self._residents:  # that task looks again before it ends
                self._residents[resident] = True
                return
            self._residents[resident] = False
        try:
            again = True
            while again:
                async with self._processing:
                    if resident is not None:
                        self._residents[resident] = False  # what is stored now, it sees
                    claimed = await asyncio.to_thread(self.processor.process_claimed, stored)
                await self.dispatcher.send_claimed(claimed)
                again = resident is not None and self._residents[resident]
        finally:
            if resident is not None:
                del self._residents[resident]

    def spawn(self, coro: Any) -> None:
        """Run a coroutine in the background, keeping a strong reference to it.

        Works from the event loop and from threads (sync endpoints run in a pool).
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            if self.loop is None:
                coro.close()
                log.warning("no event loop to run background work; the worker will do it")
                return
            asyncio.run_coroutine_threadsafe(coro, self.loop)
            return
        task = loop.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self) -> None:
        if self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    async def sweep(
        self, now: datetime | None = None, *, older_than: timedelta = timedelta(0)
    ) -> int:
        """Process leftover inbox events and send due outbox rows; return rows sent.

        ``older_than`` leaves fresh events to the web process that just stored them (it
        answers them at once); a worker picks up only what a crash or outage left behind.
        """
        dispatcher = self.dispatcher_at(now)
        outbox_ids = await asyncio.to_thread(self.processor.sweep, older_than)
        sent = 0
        for outbox_id in outbox_ids:
            sent += await dispatcher.deliver(outbox_id)
        return sent + await dispatcher.deliver_due()


def build_runtime(settings: Settings, *, intake: Intake | None = None) -> Runtime:
    configure_crypto(settings)
    engine = make_engine(settings.database_url)
    intake = intake or Intake(municipalities=tuple(settings.municipalities), tz=settings.tz)
    _install_outreach(intake, settings)
    return Runtime(
        settings=settings, engine=engine, factory=make_session_factory(engine), intake=intake
    )


def _install_outreach(intake: Intake, settings: Settings) -> None:
    """Let the outreach module hook invites and replies into the service."""
    try:
        from intake.outreach import install
    except ImportError:  # outreach is optional while it is being built
        return
    install(intake, settings)
