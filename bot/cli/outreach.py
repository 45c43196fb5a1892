"""``tsunagu outreach``: invites for letters and flyers, the follow-up plans, the budget."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.cli._common import fail, settings_or_exit

outreach_app = typer.Typer(
    help="アウトリーチ: invite codes for letters and flyers, gentle follow-up plans.",
    no_args_is_help=True,
)


@outreach_app.command("invite")
def invite(
    municipality: str = typer.Option(
        ..., "--municipality", "-m", help="Municipality id the invite belongs to (e.g. nagai)."
    ),
    label: str = typer.Option(
        ..., "--label", "-l", help="What staff will recognise it by, e.g. 「A地区 訪問 11月」."
    ),
    plan: str = typer.Option(
        "standard", "--plan", "-p", help="Follow-up plan name from plans.toml (see `plans`)."
    ),
) -> None:
    """Create an invite: prints the code, the LINE and Telegram links and the QR files."""
    from bot.runtime import SchemaOutdated, check_schema, configure_crypto
    from intake.db import make_engine, make_session_factory, transaction
    from intake.outreach.config import ConfigError, current_config
    from intake.outreach.invites import (
        InviteError,
        channel_names,
        create_invite,
        links_for,
        write_qr,
    )

    settings = settings_or_exit()
    try:
        check_schema(settings)
    except SchemaOutdated as exc:
        fail(str(exc))
    try:
        config = current_config(settings.var_dir)
    except ConfigError as exc:
        fail(str(exc))
    configure_crypto(settings)
    engine = make_engine(settings.database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            created = create_invite(
                session,
                municipality_id=municipality,
                label=label,
                plan=plan,
                municipalities=settings.municipalities,
                plans=list(config.plans),
                now=datetime.now(UTC),
            )
            code, label_saved = created.code, created.label
    except InviteError as exc:
        fail(str(exc))
    finally:
        engine.dispose()
    basic_id, username = channel_names(settings)
    links = links_for(code, line_basic_id=basic_id, telegram_username=username)
    files = write_qr(links, Path(settings.var_dir) / "qr")
    lines = [
        f"招待コード: {code}",
        f"  ラベル:   {label_saved}",
        f"  市町村:   {municipality}",
        f"  計画:     {config.plan(plan).title} ({plan})",
        f"  LINE:     {links.line or '(TSUNAGU_LINE_BOT_BASIC_ID が未設定のため、リンクなし)'}",
        f"  Telegram: {links.telegram or '(Telegram のボット名が不明のため、リンクなし)'}",
        f"  手で入力: 「{links.text}」とチャットに送る",
        "  QRコード:",
    ]
    lines += [f"    {f.channel}: {f.png}  {f.svg}" for f in files]
    typer.echo("\n".join(lines))


@outreach_app.command("plans")
def plans(
    file: Path | None = typer.Option(
        None, "--file", help="A plans file to check (default: the one in force)."
    ),
    municipality: str = typer.Option(
        "nagai", "--municipality", "-m", help="Whose name to show in the previews."
    ),
) -> None:
    """Check plans.toml and show each plan with its messages as residents will read them."""
    from intake.directory import load_directory
    from intake.outreach.config import ConfigError, config_path, load_config
    from intake.settings import load_settings

    var_dir: Path | None = None
    if file is None:
        try:
            var_dir = load_settings(demo=True).var_dir
        except Exception:  # noqa: BLE001 - checking a file needs no working settings
            var_dir = None
    path = file or config_path(var_dir)
    try:
        config = load_config(path)
    except ConfigError as exc:
        fail(str(exc), code=1)
    from intake.compose import municipality_name

    place = municipality_name(load_directory(), municipality)
    out = [f"{path}: OK", ""]
    for name, rules in [("(既定)", config.defaults), *config.municipalities.items()]:
        out.append(
            f"{name}: 送信 {rules.hours_label}、1人あたり週{rules.weekly_cap}通まで、"
            f"LINE 月{rules.line_monthly_budget}通まで"
        )
    for plan in config.plans.values():
        days = "・".join(str(plan.offset(s)) for s in range(1, plan.max_messages + 1))
        out += ["", f"[{plan.name}] {plan.title}", f"  送る日（来てからの日数）: {days}"]
        for template in dict.fromkeys(plan.messages):
            out += ["", f"  --- {template} ---"]
            out += [f"  {line}" for line in config.text(template, place).splitlines()]
    typer.echo("\n".join(out))


@outreach_app.command("budget")
def budget(
    now: str | None = typer.Option(None, "--now", help="As if at this ISO time."),
) -> None:
    """LINE pushes used and remaining this month, per municipality served."""
    from bot.runtime import configure_crypto
    from intake.db import make_engine, make_session_factory
    from intake.outreach.budget import budgets
    from intake.outreach.config import current_config

    settings = settings_or_exit()
    at = datetime.now(UTC)
    if now is not None:
        try:
            at = datetime.fromisoformat(now)
        except ValueError:
            fail(f"--now: not an ISO time: {now!r}")
        if at.tzinfo is None:
            at = at.replace(tzinfo=settings.tz)
    configure_crypto(settings)
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            rows = budgets(
                session,
                list(settings.municipalities),
                at,
                current_config(settings.var_dir),
                settings.tz,
            )
    finally:
        engine.dispose()
    for b in rows:
        typer.echo(
            f"{b.municipality_id}: 上限 {b.limit} / 使用 {b.used} / 送信待ち {b.reserved} / "
            f"残り {b.remaining}" + (f" / 保留中の見守り {b.held}" if b.held else "")
        )


def register(app: typer.Typer) -> None:
    app.add_typer(outreach_app, name="outreach")
