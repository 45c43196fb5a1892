"""Build the case page and the print view from the database (no routes here)."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from admin import labels as L
from admin.contexts import (
    Badge,
    CaseContext,
    ChecklistView,
    ConsentView,
    EvidenceRow,
    FailedSend,
    HandoffView,
    NoteView,
    Option,
    PrintContext,
    ReviewDates,
    TranscriptLine,
    WindowView,
)
from admin.highlight import segments
from admin.queue import badges, municipality_name, status_badge
from admin.scope import colleagues
from intake.checklist import ITEMS
from intake.models import Case, CaseNote, Handoff, Message, OutboxMessage, Resident, Staff
from intake.service import PUSH_CHANNELS

SENDER_LABELS: Mapping[str, str] = {"resident": "ご本人", "bot": "つなぐ（自動応答）"}
OUTBOX_KIND_LABELS: Mapping[str, str] = {
    "staff": "職員の返信",
    "reply": "自動応答",
    "followup": "見守りメッセージ",
    "notice": "お知らせ",
}
DONE_MESSAGES: Mapping[str, str] = {
    "reply": "返信を送信しました。",
    "reply_web": "返信を記録しました。ご本人がWebチャットを開くと表示されます。",
    "assign": "担当者を変更しました。",
    "status": "状態を変更しました。",
    "note": "メモを追加しました。",
    "handoff": "つなぎ記録を追加しました。",
}
#: Monitoring and review after a case goes to 多機関協働, where a municipality sets them.
REVIEW_RULES: Mapping[str, tuple[int, int, str]] = {
    "nagai": (
        3,
        6,
        "長井市重層的支援体制整備事業実施計画：原則3か月後にモニタリング、"
        "6か月後に重層的支援会議で報告し支援プラン終了",
    ),
}


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def consent_view(case: Case, tz: Any) -> ConsentView:
    if case.consent is True:
        state, label = "yes", "本人同意あり"
    elif case.consent is False:
        state, label = "no", "本人同意なし"
    else:
        state, label = "unknown", "未確認"
    return ConsentView(state, label, L.local_time(case.consent_at, tz), case.consent_text or "")


def window_views(directory: Any, municipality_id: str | None, ids: list[str]) -> list[WindowView]:
    if municipality_id is None:
        return []
    try:
        municipality = directory.municipality(municipality_id)
    except KeyError:
        return []
    views = []
    for service_id in ids:
        try:
            service = municipality.service(service_id)
        except KeyError:
            continue
        views.append(
            WindowView(
                service.id, service.name, service.department, service.contact.phone,
                service.contact.hours,
            )
        )  # fmt: skip
    return views


def handoff_options(directory: Any, case: Case) -> tuple[Option, ...]:
    """Suggested windows first, then 多機関協働, then every other service."""
    if case.municipality_id is None:
        return ()
    try:
        municipality = directory.municipality(case.municipality_id)
    except KeyError:
        return ()
    coordination = municipality.coordination
    ordered: list[Any] = [s for s in municipality.services if s.id in (case.windows or [])]
    if coordination is not None and coordination not in ordered:
        ordered.append(coordination)
    ordered += [s for s in municipality.services if s not in ordered]
    suggested = set(case.windows or [])
    options = []
    for service in ordered:
        prefix = "（提案）" if service.id in suggested else ""
        if coordination is not None and service.id == coordination.id:
            prefix = "【多機関協働】" + prefix
        options.append(Option(service.id, prefix + service.name))
    return tuple(options)


def contact_text(case: Case, *, with_phone: bool = True) -> str:
    if not case.contact_method:
        return ""
    text = L.CONTACT_LABELS.get(case.contact_method, case.contact_method)
    if case.contact_phone:
        text += (
            f"（{case.contact_phone}）"
            if with_phone
            else "（電話番号は本人同意がないため記載しません）"
        )
    return text


def checklist_view(case: Case) -> ChecklistView:
    data = case.checklist or {}
    items = data.get("items") if isinstance(data, dict) else None
    pairs: list[tuple[str, str]] = []
    if isinstance(items, dict):
        for item in ITEMS:
            if item in items:
                words = items[item]
                pairs.append((item, "、".join(str(w) for w in words) if words else ""))
    visitor = data.get("visitor") if isinstance(data, dict) else None
    return ChecklistView(tuple(pairs), visitor if isinstance(visitor, str) else "")


def evidence_rows(case: Case) -> tuple[EvidenceRow, ...]:
    rows = []
    for ev in case.evidence or []:
        group, label = str(ev.get("group", "")), str(ev.get("label", ""))
        rows.append(
            EvidenceRow(
                badge=Badge(group or "field", label, L.label_for(group, label)),
                surface=str(ev.get("surface", "")),
                note=str(ev.get("note") or ""),
                message_id=int(ev.get("message_id") or 0),
            )
        )
    order = {"crisis": 0, "pattern": 1, "field": 2}
    return tuple(sorted(rows, key=lambda r: order.get(r.badge.kind, 3)))


def build_case(
    db: Session, case: Case, viewer: Staff, directory: Any, tz: Any, now: datetime, done: str
) -> CaseContext:
    resident = db.get(Resident, case.resident_id)
    handle = resident.handle if resident else "（削除済み）"
    people = {s.id: s.name for s in db.scalars(select(Staff)).all()}
    messages = db.scalars(
        select(Message).where(Message.case_id == case.id).order_by(Message.id)
    ).all()
    by_message: dict[int, list[dict[str, Any]]] = {}
    for ev in case.evidence or []:
        if isinstance(ev.get("message_id"), int):
            by_message.setdefault(ev["message_id"], []).append(ev)
    transcript = tuple(
        TranscriptLine(
            message_id=m.id,
            sender=m.sender,
            sender_label=(
                people.get(m.staff_id, "職員") if m.sender == "staff" and m.staff_id
                else SENDER_LABELS.get(m.sender, "職員")
            ),
            time=L.local_time(m.created_at, tz),
            segments=segments(m.text, by_message.get(m.id, []) if m.sender == "resident" else []),
        )
        for m in messages
    )  # fmt: skip
    notes = db.scalars(select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.id))
    handoffs = db.scalars(select(Handoff).where(Handoff.case_id == case.id).order_by(Handoff.id))
    failed = db.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.case_id == case.id, OutboxMessage.status == "failed")
        .order_by(OutboxMessage.id)
    )
    mates = colleagues(db, case.municipality_id)
    assignee_options = [Option("", "（未割当）", case.assignee_id is None)] + [
        Option(
            str(m.id), m.name + ("（自分）" if m.id == viewer.id else ""), m.id == case.assignee_id
        )
        for m in mates
    ]
    reachable = resident is not None and resident.reachable
    pushable = case.channel in PUSH_CHANNELS
    if resident is None:
        hint = "ご本人のデータは削除されています。"
    elif case.channel == "web":
        hint = "Webチャットの画面に表示されます（ご本人が画面を開いたとき）。"
    elif pushable and reachable:
        hint = f"{L.CHANNEL_LABELS.get(case.channel, case.channel)}でご本人に届きます。"
    elif pushable:
        hint = "ご本人がブロック等をしたため、現在メッセージは届きません。"
    else:
        hint = "この経路には返信を送れません（記録のみ）。"
    review = None
    rule = REVIEW_RULES.get(case.municipality_id or "")
    if rule and case.coordination_at is not None:
        start = case.coordination_at.astimezone(tz).date()
        review = ReviewDates(
            add_months(start, rule[0]).isoformat(), add_months(start, rule[1]).isoformat(), rule[2]
        )
    return CaseContext(
        case_id=case.id,
        handle=handle,
        channel=case.channel,
        channel_label=L.CHANNEL_LABELS.get(case.channel, case.channel),
        municipality=municipality_name(directory, case.municipality_id),
        status=status_badge(case.status),
        status_options=tuple(Option(s, L.STATUS_LABELS[s], s == case.status) for s in L.STATUSES),
        fields=badges("field", list(case.fields or [])),
        patterns=badges("pattern", list(case.patterns or [])),
        crisis=badges("crisis", list(case.crisis or [])),
        evidence=evidence_rows(case),
        transcript=transcript,
        windows=tuple(window_views(directory, case.municipality_id, list(case.windows or []))),
        handoff_options=handoff_options(directory, case),
        consent=consent_view(case, tz),
        wants=L.WANTS_LABELS.get(case.wants or "", case.wants or ""),
        contact=contact_text(case),
        assignee=people.get(case.assignee_id, "") if case.assignee_id else "",
        assignee_options=tuple(assignee_options),
        assigned_to_me=case.assignee_id == viewer.id,
        notes=tuple(
            NoteView(people.get(n.staff_id or 0, "—"), L.local_time(n.created_at, tz), n.text)
            for n in notes
        ),
        handoffs=tuple(
            HandoffView(
                h.window_name,
                people.get(h.staff_id or 0, "—"),
                L.local_time(h.created_at, tz),
                h.note or "",
            )
            for h in handoffs
        ),  # fmt: skip
        failed_sends=tuple(
            FailedSend(
                L.local_time(o.created_at, tz),
                OUTBOX_KIND_LABELS.get(o.kind, o.kind),
                o.last_error or "",
            )
            for o in failed
        ),
        reachable=reachable,
        can_reply=resident is not None and (case.channel == "web" or (pushable and reachable)),
        reply_hint=hint,
        checklist=checklist_view(case),
        review=review,
        created=L.local_time(case.created_at, tz),
        waiting=L.duration_ja(now - case.waiting_since) if case.waiting_since else "",
        first_reply=L.local_time(case.first_staff_reply_at, tz),
        done=DONE_MESSAGES.get(done, ""),
    )


def build_print(
    db: Session, case: Case, viewer: Staff, directory: Any, tz: Any, now: datetime
) -> PrintContext:
    resident = db.get(Resident, case.resident_id)
    people = {s.id: s.name for s in db.scalars(select(Staff)).all()}
    consent = consent_view(case, tz)
    checklist = dict(checklist_view(case).items)
    handoffs = db.scalars(select(Handoff).where(Handoff.case_id == case.id).order_by(Handoff.id))
    return PrintContext(
        case_id=case.id,
        handle=resident.handle if resident else "（削除済み）",
        version="【本人同意あり】" if case.consent is True else "【本人同意なし】",
        consent=consent,
        received=L.local_time(case.created_at, tz, "%Y年%m月%d日"),
        receiver=viewer.name,
        municipality=municipality_name(directory, case.municipality_id),
        channel_label=L.CHANNEL_LABELS.get(case.channel, case.channel),
        visitor=checklist_view(case).visitor,
        items=tuple((item, item in checklist, checklist.get(item, "")) for item in ITEMS),
        fields=tuple(L.field_label(f) for f in case.fields or []),
        patterns=tuple(L.pattern_label(p) for p in case.patterns or []),
        crisis=tuple(L.crisis_label(c) for c in case.crisis or []),
        wants=L.WANTS_LABELS.get(case.wants or "", case.wants or ""),
        contact=contact_text(case, with_phone=case.consent is True),
        windows=tuple(window_views(directory, case.municipality_id, list(case.windows or []))),
        handoffs=tuple(
            HandoffView(
                h.window_name,
                people.get(h.staff_id or 0, "—"),
                L.local_time(h.created_at, tz),
                h.note or "",
            )
            for h in handoffs
        ),  # fmt: skip
        printed=L.local_time(now, tz),
    )
