"""The case page and what staff do on it: reply, assign, status, notes, hand-offs.

Every view and every change writes an audit entry (ids and states only). Each POST
redirects back to the case page (``?done=…`` shows a confirmation).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from admin import audit
from admin import labels as L
from admin.auth import current_staff
from admin.case_view import build_case, build_print
from admin.deps import get_db, get_deps
from admin.errors import BadRequest
from admin.scope import can_see, get_case
from admin.templating import render
from intake.messages import TextReply
from intake.models import Case, CaseNote, Handoff, Message, Resident, Staff, utcnow
from intake.service import PUSH_CHANNELS, enqueue_push

router = APIRouter()
MAX_REPLY = 2000
MAX_NOTE = 4000


def back(case_id: int, done: str, anchor: str = "") -> RedirectResponse:
    url = f"/admin/cases/{case_id}?done={done}" + (f"#{anchor}" if anchor else "")
    return RedirectResponse(url, status_code=303)


@router.get("/admin/cases/{case_id}")
def case_page(
    case_id: int,
    request: Request,
    done: str = "",
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    deps = get_deps(request)
    page = build_case(db, case, staff, deps.directory, deps.settings.tz, utcnow(), done)
    audit.record(db, staff, "view", case_id=case.id)
    db.commit()
    return render(request, "case.html", page, staff=staff, title=f"ケース {case.id}")


@router.get("/admin/cases/{case_id}/print")
def case_print(
    case_id: int,
    request: Request,
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    deps = get_deps(request)
    page = build_print(db, case, staff, deps.directory, deps.settings.tz, utcnow())
    audit.record(db, staff, "print", case_id=case.id, detail=page.version)
    db.commit()
    return render(request, "print.html", page, staff=staff, title=f"相談受付・申込票 {case.id}")


@router.post("/admin/cases/{case_id}/reply")
def reply(
    case_id: int,
    request: Request,
    text: str = Form(""),
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    text = text.strip()
    if not text:
        raise BadRequest("返信の文章が空です。")
    if len(text) > MAX_REPLY:
        raise BadRequest(f"返信は{MAX_REPLY}文字までです。分けて送ってください。")
    resident = db.get(Resident, case.resident_id)
    if resident is None:
        raise BadRequest("ご本人のデータは削除されています。")
    now = utcnow()
    outbox_id: int | None = None
    if case.channel in PUSH_CHANNELS:
        if not resident.reachable:
            raise BadRequest("ご本人がブロック等をしたため、現在メッセージは届きません。")
        row = enqueue_push(
            db, resident, kind="staff", replies=[TextReply(text)], case_id=case.id, now=now
        )
        outbox_id = row.id
    elif case.channel != "web":
        raise BadRequest("この経路には返信を送れません。")
    db.add(
        Message(
            resident_id=resident.id,
            case_id=case.id,
            direction="out",
            sender="staff",
            staff_id=staff.id,
            text=text,
            created_at=now,
        )
    )
    if case.first_staff_reply_at is None:
        case.first_staff_reply_at = now
    case.waiting_since = None  # answered: the clock restarts with their next message
    if case.status == "new":
        case.status = "in_progress"
    case.updated_at = now
    audit.record(db, staff, "reply", case_id=case.id, detail=f"channel={case.channel}", now=now)
    db.commit()
    if outbox_id is not None:
        get_deps(request).on_outbox(outbox_id)
        return back(case.id, "reply", "reply")
    return back(case.id, "reply_web", "reply")


@router.post("/admin/cases/{case_id}/assign")
def assign(
    case_id: int,
    assignee: str = Form(""),
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    target: Staff | None = None
    if assignee == "me":
        target = staff
    elif assignee.isdigit():
        target = db.get(Staff, int(assignee))
        if target is None or not can_see(target, case.municipality_id):
            raise BadRequest("このケースの自治体の職員を選んでください。")
    elif assignee:
        raise BadRequest("担当者を選んでください。")
    before = case.assignee_id
    case.assignee_id = target.id if target else None
    case.updated_at = utcnow()
    audit.record(
        db, staff, "assign", case_id=case.id,
        detail=f"assignee {before or '-'}→{case.assignee_id or '-'}",
    )  # fmt: skip
    db.commit()
    return back(case.id, "assign", "assignee")


def apply_status(case: Case, status: str) -> None:
    now = utcnow()
    if status == "coordination" and case.coordination_at is None:
        case.coordination_at = now
    if status == "closed":
        case.closed_at = case.closed_at or now
        case.waiting_since = None
    else:
        case.closed_at = None
    case.status = status
    case.updated_at = now


@router.post("/admin/cases/{case_id}/status")
def set_status(
    case_id: int,
    status: str = Form(""),
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    if status not in L.STATUSES:
        raise BadRequest("状態を選んでください。")
    before = case.status
    apply_status(case, status)
    audit.record(db, staff, "status", case_id=case.id, detail=f"{before}→{status}")
    db.commit()
    return back(case.id, "status", "status")


@router.post("/admin/cases/{case_id}/notes")
def add_note(
    case_id: int,
    text: str = Form(""),
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    text = text.strip()
    if not text:
        raise BadRequest("メモが空です。")
    if len(text) > MAX_NOTE:
        raise BadRequest(f"メモは{MAX_NOTE}文字までです。")
    note = CaseNote(case_id=case.id, staff_id=staff.id, text=text, created_at=utcnow())
    db.add(note)
    db.flush()
    audit.record(db, staff, "note", case_id=case.id, detail=f"note={note.id}")
    db.commit()
    return back(case.id, "note", "notes")


@router.post("/admin/cases/{case_id}/handoffs")
def add_handoff(
    case_id: int,
    request: Request,
    window_id: str = Form(""),
    note: str = Form(""),
    without_consent: str = Form(""),
    staff: Staff = Depends(current_staff),
    db: Session = Depends(get_db),
) -> Response:
    case = get_case(db, staff, case_id)
    directory = get_deps(request).directory
    if case.municipality_id is None:
        raise BadRequest("自治体が決まっていないケースは、つなぎ先を記録できません。")
    municipality = directory.municipality(case.municipality_id)
    try:
        service = municipality.service(window_id)
    except KeyError:
        raise BadRequest("つなぎ先の窓口を選んでください。") from None
    if case.consent is not True and not without_consent:
        raise BadRequest(
            "本人同意が記録されていません。関係機関への情報提供には本人同意が必要です"
            "（同意のない共有は支援会議（社会福祉法106条の6）の枠組みに限られます）。"
            "記録する場合は「本人同意なしで記録する」にチェックしてください。"
        )
    note = note.strip()[:MAX_NOTE]
    now = utcnow()
    db.add(
        Handoff(
            case_id=case.id,
            window_id=service.id,
            window_name=service.name,
            staff_id=staff.id,
            note=note or None,
            created_at=now,
        )
    )
    coordination = municipality.coordination
    before = case.status
    if coordination is not None and service.id == coordination.id:
        apply_status(case, "coordination")
    elif case.status != "coordination":
        apply_status(case, "referred")
    consent = "yes" if case.consent is True else "no" if case.consent is False else "unknown"
    audit.record(
        db, staff, "handoff", case_id=case.id,
        detail=f"window={service.id} consent={consent} status {before}→{case.status}",
    )  # fmt: skip
    db.commit()
    return back(case.id, "handoff", "handoffs")
