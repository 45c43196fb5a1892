"""``tsunagu serve``, ``tsunagu demo`` and ``tsunagu worker``."""

from __future__ import annotations

import asyncio
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.cli._common import fail, settings_or_exit
from bot.logs import setup as setup_logs
from bot.runtime import SchemaOutdated, build_runtime, check_schema
from intake.migrate import upgrade
from intake.settings import Settings

DEMO_DATABASE = "sqlite:///var/demo.sqlite3"


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, min=1, help="Server processes (PostgreSQL for more than 1)."),
) -> None:
    """Run the web app: webhooks, /admin, /healthz. Refuses an outdated schema."""
    import uvicorn

    settings = settings_or_exit()
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        fail(str(exc))
    if workers > 1 and settings.database_url.startswith("sqlite"):
        fail("SQLite takes one writer: use PostgreSQL for --workers > 1")
    channels = [name for name, on in settings.channels().items() if on]
    typer.echo(f"tsunagu serving on http://{host}:{port} (channels: {', '.join(channels)})")
    uvicorn.run(
        "bot.asgi:create_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=True,
        log_config=None,
        access_log=False,
    )


def _demo_secret(var_dir: Path) -> str:
    """A stable secret for the demo database (its data is encrypted with it)."""
    path = var_dir / "demo-secret"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.write_text(value)
    path.chmod(0o600)
    return value


def demo(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    check: bool = typer.Option(False, help="Set up, answer /healthz once, and exit."),
) -> None:
    """Run everything on SQLite (var/demo.sqlite3) with demo municipalities, cases and login."""
    import uvicorn

    from bot.app import create_app
    from bot.demo_data import DEMO_PASSWORD, DEMO_STAFF, load_demo_data

    if "TSUNAGU_SECRET_KEY" not in os.environ:
        os.environ["TSUNAGU_SECRET_KEY"] = _demo_secret(Path("var"))
        typer.echo("demo: generated a secret key (kept in var/demo-secret)")
    os.environ.setdefault("TSUNAGU_DATABASE_URL", DEMO_DATABASE)
    os.environ.setdefault("TSUNAGU_MUNICIPALITIES", "daisen,nagai,oizumi,wakuya,oda")
    settings: Settings = settings_or_exit(demo=True)
    upgrade(settings.database_url)
    runtime = build_runtime(settings)
    created = load_demo_data(runtime)
    app = create_app(settings, runtime=runtime, run_worker=True)

    base = f"http://{host}:{port}"
    typer.echo(
        "\n".join(
            [
                "",
                "つなぐ tsunagu demo",
                f"  database:       {settings.database_url} ({created} demo cases created)",
                f"  staff admin:    {base}/admin   (login: {DEMO_STAFF} / {DEMO_PASSWORD})",
                f"  resident chat:  {base}/demo/chat",
                f"  health:         {base}/healthz",
                "",
            ]
        )
    )
    if check:
        from fastapi.testclient import TestClient

        with TestClient(app) as client:
            response = client.get("/healthz")
            typer.echo(f"/healthz → {response.status_code} {response.text}")
            raise typer.Exit(0 if response.status_code == 200 else 1)
    setup_logs()
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False)


def worker(
    once: bool = typer.Option(False, "--once", help="Run what is due now, then exit."),
    now: str | None = typer.Option(
        None,
        "--now",
        help="Act as if at this ISO time (drills and tests), e.g. 2026-12-01T10:30+09:00.",
    ),
    interval: float = typer.Option(5.0, help="Seconds between passes."),
) -> None:
    """Run due jobs: leftover events, replies and staff messages, follow-ups, retries."""
    from bot.app import configured_channels
    from bot.warm import warm_up
    from bot.worker import run_forever, run_once

    settings = settings_or_exit()
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        fail(str(exc))
    setup_logs()
    at: datetime | None = None
    if now is not None:
        try:
            at = datetime.fromisoformat(now)
        except ValueError:
            fail(f"--now: not an ISO time: {now!r}")
        if at.tzinfo is None:
            at = at.replace(tzinfo=settings.tz)
        at = at.astimezone(UTC)
    if at is not None and not once:
        fail("--now goes with --once")

    async def main() -> None:
        runtime = build_runtime(settings)
        if not once:
            warm_up(runtime)
        channels = configured_channels(settings)
        for channel in channels:
            await channel.start(runtime)
        try:
            if once:
                counts = await run_once(runtime, at)
                typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
            else:
                await run_forever(runtime, interval)
        finally:
            for channel in channels:
                await channel.stop()

    asyncio.run(main())


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("demo")(demo)
    app.command("worker")(worker)
