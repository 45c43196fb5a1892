"""アウトリーチ (``/admin/outreach``): invites, residents waiting, plans, budget, reminders.

For アウトリーチ支援員 (role ``outreach``) and coordinators, within their municipalities.
Everything shown is pseudonymous (handles), nothing a resident wrote is on this page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from admin import audit
from admin import labels as L
from admin.auth import require_role
from admin.deps import AdminDeps, get_db, get_deps
from admin.errors import BadRequest, NotFound
from admin.templating import render
from intake.models import Case, Invite, Staff, utcnow
from intake.outreach import plan as outreach_plan
from intake.outreach.budget import Budget, budgets
from intake.outreach.config import ConfigError, OutreachConfig, config_problem, current_config
from intake.outreach.invites import (
    InviteError,
    Links,
    channel_names,
    create_invite,
    links_for,
    list_invites,
    qr_files,
    write_qr,
)
from intake.outreach.queries import (
    FailedSend,
    PlanRow,
    failed_sends,
    resident_in_scope,
    stopped_plans,
    waiting_for_worker,
)
from intake.outreach.reminders import KINDS, Reminder, due_reminders, mark_done

router = APIRouter()
ROLES = ("outreach", "coordinator")
NAV = ("アウトリーチ", "/admin/outreach", ROLES)
staff_dep = require_role(*ROLES)

CHANNEL_LABELS = {"line": "LINE", "telegram": "Telegram", "web": "Web", "code": "コード"}
STATUS_LABELS = {
    "paused": "返信あり（一時停止中）",
    "stopped": "本人の希望で停止",
    "blocked": "ブロック等で届かない",
    "ended": "職員が終了",
}
DONE_MESSAGES = {
    "resumed": "見守りメッセージを再開しました。",
    "ended": "この方への見守りメッセージを終了しました。",
    "reminder": "リマインダーを完了にしました。",
    "not_resumed": "再開できませんでした（ご本人が停止を希望したか、届かない状態です）。",
}


@dataclass(frozen=True)
class Choice:
    """A select box option.

    Attributes:
        value: what the form sends.
        label: what staff read.
    """

    value: str
    label: str


@dataclass(frozen=True)
class BudgetView:
    """One municipality's LINE push budget this month.

    Attributes:
        municipality: the municipality's name.
        limit: pushes allowed this month.
        used: pushes sent this month (all kinds).
        reserved: follow-up pushes queued, not yet sent.
        remaining: what follow-ups may still use.
        held: follow-ups due but held until next month.
        exhausted: True when follow-ups are held now.
    """

    municipality: str
    limit: int
    used: int
    reserved: int
    remaining: int
    held: int
    exhausted: bool


@dataclass(frozen=True)
class InviteView:
    """An invite in the list.

    Attributes:
        id: row id.
        code: the 8-character code.
        label: staff's label.
        municipality: the municipality's name.
        plan: the plan's title.
        arrived: residents who came through it.
        created: when it was made (local time).
    """

    id: int
    code: str
    label: str
    municipality: str
    plan: str
    arrived: int
    created: str


@dataclass(frozen=True)
class ResidentView:
    """A resident on a plan (pseudonymous).

    Attributes:
        resident_id: row id (for the resume/end forms).
        handle: the pseudonymous handle.
        channel: LINE / Telegram.
        municipality: the municipality's name.
        invite: the invite's label and code.
        step: the last step reached.
        status: what happened, in Japanese.
        since: when (local time) or 「—」.
        case_id: the latest case, 0 when none.
    """

    resident_id: int
    handle: str
    channel: str
    municipality: str
    invite: str
    step: int
    status: str
    since: str
    case_id: int


@dataclass(frozen=True)
class ReminderView:
    """A 3-month monitoring or 6-month review that is due.

    Attributes:
        case_id: the case.
        handle: the resident's handle.
        kind: monitoring | review.
        label: what to do, in Japanese.
        due: the date (local).
        overdue: past its date.
    """

    case_id: int
    handle: str
    kind: str
    label: str
    due: str
    overdue: bool


@dataclass(frozen=True)
class FailedView:
    """An outbox row that failed for good.

    Attributes:
        outbox_id: row id.
        handle: the resident's handle or 「—」.
        channel: LINE / Telegram.
        kind: what it was (見守り, 職員の返信 …).
        attempts: how many tries.
        error: the last error (no message content).
        created: when it was queued.
        case_id: the case, 0 when none.
    """

    outbox_id: int
    handle: str
    channel: str
    kind: str
    attempts: int
    error: str
    created: str
    case_id: int


@dataclass(frozen=True)
class OutreachPage:
    """The outreach overview.

    Attributes:
        municipality_options: where staff may make invites.
        plan_options: the follow-up plans.
        budgets: LINE budget per municipality.
        waiting: residents who replied (plan paused).
        stopped: plans stopped or ended.
        reminders: monitoring / review dates due.
        failed: sends that failed for good.
        invites: invites, newest first.
        hours: sending hours per municipality, in words.
        done: a confirmation line after an action, or "".
        config_error: a problem with plans.toml, or "".
    """

    municipality_options: tuple[Choice, ...]
    plan_options: tuple[Choice, ...]
    budgets: tuple[BudgetView, ...]
    waiting: tuple[ResidentView, ...]
    stopped: tuple[ResidentView, ...]
    reminders: tuple[ReminderView, ...]
    failed: tuple[FailedView, ...]
    invites: tuple[InviteView, ...]
    hours: tuple[str, ...]
    done: str = ""
    config_error: str = ""


@dataclass(frozen=True)
class QrView:
    """A printable QR code.

    Attributes:
        channel: LINE / Telegram / コード.
        png_url: where the PNG is served.
        svg_url: where the SVG is served.
    """

    channel: str
    png_url: str
    svg_url: str


@dataclass(frozen=True)
class InvitePage:
    """One invite, ready to print.

    Attributes:
        invite: the invite.
        line_link: the LINE link or "".
        telegram_link: the Telegram link or "".
        typed: what a resident can type instead.
        qr: the QR codes.
        created_now: True right after it was made.
    """

    invite: InviteView
    line_link: str
    telegram_link: str
    typed: str
    qr: tuple[QrView, ...]
    created_now: bool


def _scope(staff: Staff) -> list[str]:
    return list(staff.municipalities or [])


def _name(deps: AdminDeps, municipality_id: str | None) -> str:
    if municipality_id is None:
        return "—"
    try:
        return str(deps.directory.municipality(municipality_id).name)
    except Exception:  # noqa: BLE001 - an unknown id is shown as it is
        return municipality_id


def _config(deps: AdminDeps) -> OutreachConfig:
    return current_config(deps.settings.var_dir)


def _qr_dir(deps: AdminDeps) -> Path:
    return Path(deps.settings.var_dir) / "qr"


def _resident_view(deps: AdminDeps, row: PlanRow) -> ResidentView:
    invite = f"{row.invite_label}（{row.invite_code}）" if row.invite_code else "—"
    return ResidentView(
        resident_id=row.resident_id,
        handle=row.handle,
        channel=CHANNEL_LABELS.get(row.channel, row.channel),
        municipality=_name(deps, row.municipality_id),
        invite=invite,
        step=row.step,
        status=STATUS_LABELS.get(row.status, row.status),
        since=L.local_time(row.since, deps.settings.tz),
        case_id=row.case_id or 0,
    )


def _budget_view(deps: AdminDeps, b: Budget) -> BudgetView:
    return BudgetView(
        municipality=_name(deps, b.municipality_id),
        limit=b.limit,
        used=b.used,
        reserved=b.reserved,
        remaining=b.remaining,
        held=b.held,
        exhausted=b.exhausted,
    )


def _reminder_view(deps: AdminDeps, r: Reminder) -> ReminderView:
    return ReminderView(
        case_id=r.case_id,
        handle=r.handle,
        kind=r.kind,
        label=r.label,
        due=L.local_time(r.due_at, deps.settings.tz, "%Y-%m-%d"),
        overdue=r.overdue,
    )


KIND_LABELS = {
    "followup": "見守り",
    "staff": "職員の返信",
    "reply": "自動の返答",
    "notice": "お知らせ",
}


def _failed_view(deps: AdminDeps, f: FailedSend) -> FailedView:
    return FailedView(
        outbox_id=f.outbox_id,
        handle=f.handle or "—",
        channel=CHANNEL_LABELS.get(f.channel, f.channel),
        kind=KIND_LABELS.get(f.kind, f.kind),
        attempts=f.attempts,
        error=(f.last_error or "")[:200],
        created=L.local_time(f.created_at, deps.settings.tz),
        case_id=f.case_id or 0,
    )


def _invite_view(
    deps: AdminDeps, config: OutreachConfig, invite: Invite, arrived: int
) -> InviteView:
    return InviteView(
        id=invite.id,
        code=invite.code,
        label=invite.label,
        municipality=_name(deps, invite.municipality_id),
        plan=config.plan(invite.plan).title if invite.plan in config.plans else invite.plan,
        arrived=arrived,
        created=L.local_time(invite.created_at, deps.settings.tz),
    )


@router.get("/admin/outreach")
def outreach_page(
    request: Request,
    done: str = "",
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    deps = get_deps(request)
    scope = _scope(staff)
    served = [m for m in deps.settings.municipalities if m in scope]
    now = utcnow()
    tz = deps.settings.tz
    config_error = config_problem(deps.settings.var_dir)
    config: OutreachConfig | None
    try:
        config = _config(deps)
    except ConfigError:
        config = None
    page = OutreachPage(
        municipality_options=tuple(Choice(m, _name(deps, m)) for m in served),
        plan_options=tuple(Choice(p.name, p.title) for p in config.plans.values())
        if config
        else (),
        budgets=tuple(_budget_view(deps, b) for b in budgets(db, served, now, config, tz))
        if config
        else (),
        waiting=tuple(_resident_view(deps, r) for r in waiting_for_worker(db, scope)),
        stopped=tuple(_resident_view(deps, r) for r in stopped_plans(db, scope)),
        reminders=tuple(_reminder_view(deps, r) for r in due_reminders(db, scope, now, tz)),
        failed=tuple(_failed_view(deps, f) for f in failed_sends(db, scope)),
        invites=tuple(
            _invite_view(deps, config, row.invite, row.arrived) for row in list_invites(db, scope)
        )
        if config
        else (),
        hours=tuple(
            f"{_name(deps, m)}：{config.rules(m).hours_label}、1人あたり7日間に"
            f"{config.rules(m).weekly_cap}通まで"
            for m in served
        )
        if config
        else (),
        done=DONE_MESSAGES.get(done, ""),
        config_error=config_error,
    )
    return render(request, "outreach/index.html", page, staff=staff, title="アウトリーチ")


@router.post("/admin/outreach/invites")
def make_invite(
    request: Request,
    municipality: str = Form(""),
    label: str = Form(""),
    plan: str = Form("standard"),
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    deps = get_deps(request)
    served = [m for m in deps.settings.municipalities if m in _scope(staff)]
    try:
        config = _config(deps)
        invite = create_invite(
            db,
            municipality_id=municipality,
            label=label,
            plan=plan,
            municipalities=served,
            plans=list(config.plans),
            created_by=staff.id,
            now=utcnow(),
        )
    except (InviteError, ConfigError) as exc:
        db.rollback()
        raise BadRequest(str(exc)) from None
    audit.record(db, staff, "outreach_invite", detail=f"invite={invite.code} plan={plan}")
    db.commit()
    write_qr(_links(deps, invite.code), _qr_dir(deps))
    return RedirectResponse(f"/admin/outreach/invites/{invite.id}?new=1", status_code=303)


def _links(deps: AdminDeps, code: str) -> Links:
    basic_id, username = channel_names(deps.settings)
    return links_for(code, line_basic_id=basic_id, telegram_username=username)


def _invite_in_scope(db: Session, staff: Staff, invite_id: int) -> Invite:
    invite = db.get(Invite, invite_id)
    if invite is None or invite.municipality_id not in _scope(staff):
        raise NotFound("この招待コードは見つかりません。")
    return invite


@router.get("/admin/outreach/invites/{invite_id}")
def invite_page(
    invite_id: int,
    request: Request,
    new: str = "",
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    deps = get_deps(request)
    invite = _invite_in_scope(db, staff, invite_id)
    links = _links(deps, invite.code)
    files = qr_files(invite.code, _qr_dir(deps))
    wanted = {name for name, url in (("line", links.line), ("telegram", links.telegram)) if url}
    if not files or {f.channel for f in files} != (wanted or {"code"}):
        files = write_qr(links, _qr_dir(deps))
    arrived = next(
        (
            row.arrived
            for row in list_invites(db, [invite.municipality_id])
            if row.invite.id == invite.id
        ),
        0,
    )
    base = f"/admin/outreach/invites/{invite.id}/qr"
    page = InvitePage(
        invite=_invite_view(deps, _config(deps), invite, arrived),
        line_link=links.line or "",
        telegram_link=links.telegram or "",
        typed=links.text,
        qr=tuple(
            QrView(
                channel=CHANNEL_LABELS.get(f.channel, f.channel),
                png_url=f"{base}/{f.channel}.png",
                svg_url=f"{base}/{f.channel}.svg",
            )
            for f in files
        ),
        created_now=new == "1",
    )
    return render(
        request, "outreach/invite.html", page, staff=staff, title=f"招待コード {invite.code}"
    )


@router.get("/admin/outreach/invites/{invite_id}/qr/{channel}.{ext}")
def invite_qr(
    invite_id: int,
    channel: str,
    ext: str,
    request: Request,
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    invite = _invite_in_scope(db, staff, invite_id)
    if channel not in ("line", "telegram", "code") or ext not in ("png", "svg"):
        raise NotFound("ファイルが見つかりません。")
    deps = get_deps(request)
    path = _qr_dir(deps) / f"{invite.code}-{channel}.{ext}"
    if not path.is_file():
        write_qr(_links(deps, invite.code), _qr_dir(deps))
    if not path.is_file():
        raise NotFound("ファイルが見つかりません。")
    media = "image/png" if ext == "png" else "image/svg+xml"
    return FileResponse(
        path,
        media_type=media,
        filename=path.name,
        content_disposition_type="inline",
        headers={"Cache-Control": "private, max-age=300"},
    )


def _back(done: str) -> RedirectResponse:
    return RedirectResponse(f"/admin/outreach?done={done}", status_code=303)


@router.post("/admin/outreach/residents/{resident_id}/resume")
def resume_plan(
    resident_id: int,
    request: Request,
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    deps = get_deps(request)
    resident = resident_in_scope(db, resident_id, _scope(staff))
    if resident is None:
        raise NotFound("この方は見つかりません。")
    row = outreach_plan.resume(db, resident, utcnow(), _config(deps), deps.settings.tz)
    if row is None:
        db.rollback()
        return _back("not_resumed")
    audit.record(
        db,
        staff,
        "outreach_resume",
        case_id=_latest_case(db, resident.id),
        detail=f"step={row.step}",
    )
    db.commit()
    return _back("resumed")


@router.post("/admin/outreach/residents/{resident_id}/end")
def end_plan(
    resident_id: int,
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    resident = resident_in_scope(db, resident_id, _scope(staff))
    if resident is None:
        raise NotFound("この方は見つかりません。")
    outreach_plan.end_plan(db, resident.id)
    audit.record(db, staff, "outreach_end", case_id=_latest_case(db, resident.id))
    db.commit()
    return _back("ended")


@router.post("/admin/outreach/reminders/{case_id}/{kind}")
def reminder_done(
    case_id: int,
    kind: str,
    staff: Staff = Depends(staff_dep),
    db: Session = Depends(get_db),
) -> Response:
    case = db.get(Case, case_id)
    if case is None or case.municipality_id not in _scope(staff) or kind not in KINDS:
        raise NotFound("このリマインダーは見つかりません。")
    mark_done(db, case.id, kind, staff.id, utcnow())
    db.commit()
    return _back("reminder")


def _latest_case(db: Session, resident_id: int) -> int | None:
    return db.scalars(
        select(Case.id).where(Case.resident_id == resident_id).order_by(Case.id.desc()).limit(1)
    ).first()
