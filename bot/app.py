"""The web app factory: webhooks, the staff admin, the demo web chat and /healthz."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from bot.channels import Channel
from bot.limits import BodySizeLimit
from bot.runtime import Runtime, build_runtime, check_schema
from bot.warm import warm_up
from intake.settings import Settings

log = logging.getLogger(__name__)


def configured_channels(settings: Settings) -> list[Channel]:
    """The channel adapters whose settings are present."""
    channels: list[Channel] = []
    if settings.line_enabled:
        from bot.line import LineChannel

        channels.append(LineChannel(settings))
    if settings.telegram_enabled:
        from bot.telegram import TelegramChannel

        channels.append(TelegramChannel(settings))
    return channels


def create_app(
    settings: Settings,
    *,
    runtime: Runtime | None = None,
    channels: list[Channel] | None = None,
    check_migrations: bool = True,
    run_worker: bool = False,
    warm: bool = False,
) -> FastAPI:
    """Build the app. Tests pass their own runtime or channels; nothing runs at import.

    ``warm``: load the extractor and freeze the heap before serving (``tsunagu serve``).
    """
    if check_migrations:
        check_schema(settings)
    owns_runtime = runtime is None
    runtime = runtime or build_runtime(settings)
    channels = configured_channels(settings) if channels is None else channels

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime.loop = asyncio.get_running_loop()
        if warm:
            warm_up(runtime)
        for channel in channels:
            await channel.start(runtime)
        runtime.spawn(_startup_sweep(runtime))
        if run_worker:  # the demo runs its worker in-process
            from bot.worker import run_forever

            runtime.spawn(run_forever(runtime))
        try:
            yield
        finally:
            for task in list(runtime.tasks):
                if run_worker:
                    task.cancel()
            await runtime.drain()
            for channel in channels:
                await channel.stop()
            if owns_runtime:  # free the connection pool now, not at garbage collection
                runtime.engine.dispose()

    app = FastAPI(title="tsunagu", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    app.state.settings = settings
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)

    for channel in channels:
        app.include_router(channel.router)
    _mount_admin(app, runtime)
    if settings.demo:
        from bot.webchat import router as webchat_router

        app.include_router(webchat_router)

    @app.get("/healthz")
    def healthz(request: Request) -> JSONResponse:
        ok = runtime.database_ok()
        body: dict[str, Any] = {
            "status": "ok" if ok else "degraded",
            "database": ok,
            "channels": settings.channels(),
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    return app


def _mount_admin(app: FastAPI, runtime: Runtime) -> None:
    try:
        from admin import AdminDeps, create_admin
    except ImportError:  # the admin package is optional while it is being built
        return

    def kick_outbox(outbox_id: int) -> None:
        runtime.spawn(runtime.dispatcher.deliver(outbox_id))

    create_admin(
        app,
        AdminDeps(
            settings=runtime.settings,
            factory=runtime.factory,
            directory=runtime.intake.directory,
            on_outbox=kick_outbox,
        ),
    )


async def _startup_sweep(runtime: Runtime) -> None:
    """Process whatever was stored but not processed before a restart."""
    try:
        await runtime.sweep()
    except Exception:
        log.exception("start-up sweep failed; the worker will retry")
