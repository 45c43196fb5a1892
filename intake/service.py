"""The service layer: load a resident's state, run the engine, record what happened.

One call to :meth:`Intake.handle` is one transaction (the caller owns it): the transcript,
the case record, the conversation state and the outbox row are written together, so a
crash leaves either all of it or none of it. Sending happens later (:mod:`intake.outbox`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from intake import residents
from intake.events import (
    AnswerRecorded,
    ConsentRecorded,
    ContactMethodRecorded,
    ConversationState,
    CrisisRaised,
    DeletionConfirmed,
    Event,
    FieldsCorrected,
    InviteLinked,
    MessageUnsent,
    MunicipalityChosen,
    NextStepChosen,
    OutreachStopRequested,
    Restarted,
    Unreachable,
    WindowsSuggested,
    WorryRecorded,
)
from intake.messages import Inbound, Reply, replies_to_json, reply_text
from intake.models import Case, Conversation, Invite, Message, OutboxMessage, Resident

FIELD_ORDER = ("care", "disability", "child", "hardship", "health")
PATTERN_ORDER = ("hikikomori", "8050", "double_care", "young_carer", "isolation")
CRISIS_ORDER = ("suicide", "abuse", "dv", "emergency")
PUSH_CHANNELS = ("line", "telegram")
REPLY_TOKEN_LIFETIME = timedelta(seconds=50)

InviteHook = Callable[[Session, Resident, Invite, datetime], None]
InboundHook = Callable[[Session, Resident, Case, Inbound], None]


@dataclass
class Handled:
    """What one inbound event produced."""

    resident_id: int | None = None
    case_id: int | None = None
    replies: list[Reply] = field(default_factory=list)
    outbox_ids: list[int] = field(default_factory=list)
    # The rows themselves: the session's identity map holds rows weakly, and a caller that
    # sends at once would otherwise select each one again.
    outbox: list[OutboxMessage] = field(default_factory=list, repr=False)
    deleted: bool = False
    crisis: tuple[str, ...] = ()


def ordered(labels: Any, order: tuple[str, ...]) -> list[str]:
    present = set(labels)
    return [label for label in order if label in present]


def lock_resident_key(session: Session, key: str) -> None:
    """Serialise work on one resident across workers (PostgreSQL advisory lock).

    Held until the transaction ends; asking again in the same transaction costs nothing
    (the inbox takes the lock before it picks the event, then the service asks again).
    SQLite needs nothing here: every write transaction there is ``BEGIN IMMEDIATE``.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    held = session.info.get(_LOCKS)
    if held is not None and held[0] is transaction and key in held[1]:
        return
    session.connection().execute(_LOCK, {"k": key})  # Core: no ORM work for a lock
    if held is None or held[0] is not transaction:
        keys: set[str] = set()
        held = session.info[_LOCKS] = (transaction, keys)
    held[1].add(key)


_LOCKS = "tsunagu.resident_locks"  # session.info: (transaction, keys locked in it)
_LOCK = text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")


class Intake:
    """Everything the engine needs, bound once at start-up; one ``handle`` per event."""

    def __init__(
        self,
        *,
        municipalities: tuple[str, ...],
        tz: Any,
        directory: Any = None,
        extract: Callable[[str], Any] | None = None,
    ) -> None:
        if directory is None:
            from intake.directory import load_directory

            directory = load_directory()
        self.directory = directory
        self._extract = extract
        self.municipalities = municipalities
        self.tz = tz
        self.invite_hooks: list[InviteHook] = []
        self.inbound_hooks: list[InboundHook] = []

    @property
    def extract(self) -> Callable[[str], Any]:
        """The concern extractor (nlp), loaded on first use to keep start-up cheap."""
        if self._extract is None:
            from nlp import extract

            self._extract = extract
        return self._extract

    def context(self, now: datetime) -> Any:
        from intake.engine import EngineContext

        return EngineContext(
            directory=self.directory,
            municipalities=self.municipalities,
            extract=self.extract,
            now=now,
            tz=self.tz,
        )

    # -- the one entry point ---------------------------------------------------------------
    def handle(
        self,
        session: Session,
        inbound: Inbound,
        *,
        reply_token: str | None = None,
        now: datetime | None = None,
        claim_for: timedelta | None = None,
    ) -> Handled:
        """Run one inbound event through the engine inside the caller's transaction.

        ``claim_for``: the caller sends the replies itself right after committing, so the
        outbox row is written already claimed for that long (see :mod:`intake.outbox`)
        instead of being inserted and then updated in the same transaction.
        """
        from intake.engine import advance

        now = now or inbound.received_at
        enqueue = _Enqueue(session, inbound, reply_token, now, claim_for)
        if inbound.kind == "group":
            return self._answer_group(session, inbound, enqueue, now)
        lock_resident_key(session, residents.user_hash(inbound.channel, inbound.user_id))
        found = residents.find_with_state(session, inbound.channel, inbound.user_id)
        if found is None:
            if inbound.kind in ("unfollow", "unsend"):
                return Handled()
            resident = residents.create(session, inbound.channel, inbound.user_id)
            conversation, newest = None, None
        else:
            resident, conversation, newest = found
        resident.last_seen_at = now
        if inbound.kind not in ("unfollow", "unsend"):
            resident.reachable = True
        if resident.municipality_id is None and len(self.municipalities) == 1:
            resident.municipality_id = self.municipalities[0]
        if conversation is None:  # a new resident's is pending in the session
            conversation = session.get(Conversation, resident.id)
        if conversation is None:
            conversation = Conversation(resident_id=resident.id, state="new", data={})
            session.add(conversation)
        if newest is None or newest.status == "closed":
            case = self._new_case(session, resident)
        else:
            case = newest

        state = ConversationState(step=conversation.state, data=dict(conversation.data or {}))
        if resident.municipality_id and "municipality" not in state.data:
            state.data["municipality"] = resident.municipality_id
        result = advance(state, inbound, self.context(now))

        message = self._record_inbound(session, resident, case, inbound, now)
        handled = Handled(resident_id=resident.id, case_id=case.id, replies=result.replies)
        for event in result.events:
            if isinstance(event, Restarted):
                case = self._new_case(session, resident)
                handled.case_id = case.id
            elif isinstance(event, DeletionConfirmed):
                handled.deleted = True
            else:
                self._apply(session, resident, case, message, event, now)
        for hook in self.inbound_hooks:
            hook(session, resident, case, inbound)
        handled.crisis = tuple(case.crisis or ())

        if handled.deleted:
            residents.delete_all(session, resident)
            handled.resident_id = handled.case_id = None
            if result.replies and inbound.channel in PUSH_CHANNELS:
                enqueue(handled, None, None, result.replies)
            return handled

        for reply in result.replies:
            session.add(
                Message(
                    resident_id=resident.id,
                    case_id=case.id,
                    direction="out",
                    sender="bot",
                    text=reply_text(reply),
                    created_at=now,
                )
            )
        conversation.state = result.state.step
        conversation.data = result.state.data
        conversation.updated_at = now
        if result.replies and inbound.channel in PUSH_CHANNELS and resident.reachable:
            enqueue(handled, resident, case, result.replies)
        session.flush()
        return handled

    # -- helpers ---------------------------------------------------------------------------
    def _answer_group(
        self, session: Session, inbound: Inbound, enqueue: _Enqueue, now: datetime
    ) -> Handled:
        """A group or room gets the one-to-one explanation; nothing about it is kept."""
        from intake.engine import advance

        result = advance(ConversationState(), inbound, self.context(now))
        handled = Handled(replies=result.replies)
        if result.replies and inbound.channel in PUSH_CHANNELS:
            enqueue(handled, None, None, result.replies)
        return handled

    def _new_case(self, session: Session, resident: Resident) -> Case:
        case = Case(
            resident_id=resident.id,
            municipality_id=resident.municipality_id,
            channel=resident.channel,
            status="new",
            crisis=[],
            fields=[],
            patterns=[],
            evidence=[],
            windows=[],
            checklist={},
        )
        session.add(case)
        session.flush()
        return case

    def _record_inbound(
        self, session: Session, resident: Resident, case: Case, inbound: Inbound, now: datetime
    ) -> Message | None:
        if inbound.kind == "text" and inbound.text.strip():
            body = inbound.text
        elif inbound.kind == "choice":
            body = f"［選択］{inbound.text or inbound.choice}"
        elif inbound.kind == "non_text":
            body = f"［{inbound.text or '文字以外のメッセージ'}］"
        else:
            return None
        message = Message(
            resident_id=resident.id,
            case_id=case.id,
            direction="in",
            sender="resident",
            text=body,
            platform_message_id=inbound.message_id or None,
            created_at=now,
        )
        session.add(message)
        session.flush()
        if case.waiting_since is None and inbound.kind == "text":
            case.waiting_since = now
        case.updated_at = now
        return message

    def _apply(
        self,
        session: Session,
        resident: Resident,
        case: Case,
        message: Message | None,
        event: Event,
        now: datetime,
    ) -> None:
        case.updated_at = now
        if isinstance(event, MunicipalityChosen):
            resident.municipality_id = event.municipality_id
            case.municipality_id = event.municipality_id
        elif isinstance(event, WorryRecorded):
            ex = event.extraction
            case.fields = ordered([*case.fields, *ex.get("fields", [])], FIELD_ORDER)
            case.patterns = ordered([*case.patterns, *ex.get("patterns", [])], PATTERN_ORDER)
            case.crisis = ordered([*case.crisis, *ex.get("crisis", [])], CRISIS_ORDER)
            message_id = message.id if message is not None else None
            case.evidence = [
                *case.evidence,
                *({**ev, "message_id": message_id} for ev in ex.get("evidence", [])),
            ]
            self._refresh_checklist(case)
        elif isinstance(event, CrisisRaised):
            case.crisis = ordered([*case.crisis, *event.kinds], CRISIS_ORDER)
            case.waiting_since = case.waiting_since or now
        elif isinstance(event, FieldsCorrected):
            case.fields = ordered(event.fields, FIELD_ORDER)
            self._refresh_checklist(case)
        elif isinstance(event, AnswerRecorded):
            answers = dict(case.checklist.get("answers", {}))
            answers[event.key] = event.value
            case.checklist = {**case.checklist, "answers": answers}
            self._refresh_checklist(case)
        elif isinstance(event, WindowsSuggested):
            case.windows = list(event.window_ids)
        elif isinstance(event, NextStepChosen):
            case.wants = event.choice
            if event.choice in ("contact", "talk"):
                case.waiting_since = case.waiting_since or now
        elif isinstance(event, ConsentRecorded):
            case.consent = event.given
            case.consent_at = now
            case.consent_text = event.text
        elif isinstance(event, ContactMethodRecorded):
            case.contact_method = event.method
            case.contact_phone = event.phone
        elif isinstance(event, OutreachStopRequested):
            residents.stop_outreach(session, resident)
        elif isinstance(event, Unreachable):
            residents.mark_unreachable(session, resident)
        elif isinstance(event, MessageUnsent):
            self._unsend(session, resident, case, event.message_id)
        elif isinstance(event, InviteLinked):
            self._link_invite(session, resident, case, event.code, now)

    def _refresh_checklist(self, case: Case) -> None:
        try:
            from intake.checklist import checklist_items
        except ImportError:  # pragma: no cover - the checklist module is optional
            return
        extraction = {
            "fields": case.fields,
            "patterns": case.patterns,
            "crisis": case.crisis,
            "evidence": case.evidence,
        }
        answers = dict(case.checklist.get("answers", {}))
        case.checklist = {**checklist_items(extraction, answers), "answers": answers}

    def _unsend(self, session: Session, resident: Resident, case: Case, message_id: str) -> None:
        gone = session.scalars(
            select(Message).where(
                Message.resident_id == resident.id, Message.platform_message_id == message_id
            )
        ).all()
        gone_ids = {m.id for m in gone}
        for m in gone:
            session.delete(m)
        if gone_ids:
            case.evidence = [ev for ev in case.evidence if ev.get("message_id") not in gone_ids]

    def _link_invite(
        self, session: Session, resident: Resident, case: Case, code: str, now: datetime
    ) -> None:
        invite = session.scalars(select(Invite).where(Invite.code == code.upper())).one_or_none()
        if invite is None:
            return
        resident.invite_id = invite.id
        resident.municipality_id = resident.municipality_id or invite.municipality_id
        case.municipality_id = case.municipality_id or invite.municipality_id
        for hook in self.invite_hooks:
            hook(session, resident, invite, now)


@dataclass(frozen=True)
class _Enqueue:
    """Writes the answer to one inbound event to the outbox (bound once per event)."""

    session: Session
    inbound: Inbound
    reply_token: str | None
    now: datetime
    claim_for: timedelta | None

    def __call__(
        self, handled: Handled, resident: Resident | None, case: Case | None, replies: list[Reply]
    ) -> None:
        inbound, now = self.inbound, self.now
        claimed = self.claim_for is not None
        row = OutboxMessage(
            resident_id=resident.id if resident else None,
            case_id=case.id if case else None,
            channel=inbound.channel,
            recipient=inbound.user_id,
            kind="reply",
            payload=replies_to_json(replies),
            reply_token=self.reply_token,
            reply_token_expires_at=(inbound.received_at + REPLY_TOKEN_LIFETIME)
            if self.reply_token
            else None,
            retry_key=str(uuid.uuid4()),
            # Claimed as intake.outbox.claim_rows would, in the same transaction.
            status="sending" if claimed else "pending",
            attempts=1 if claimed else 0,
            next_attempt_at=now + self.claim_for if self.claim_for is not None else now,
        )
        self.session.add(row)
        self.session.flush()
        handled.outbox_ids.append(row.id)
        handled.outbox.append(row)


def enqueue_push(
    session: Session,
    resident: Resident,
    *,
    kind: str,
    replies: list[Reply],
    case_id: int | None = None,
    now: datetime,
) -> OutboxMessage:
    """Queue a message the resident did not just ask for (staff reply, follow-up)."""
    row = OutboxMessage(
        resident_id=resident.id,
        case_id=case_id,
        channel=resident.channel,
        recipient=resident.user_id,
        kind=kind,
        payload=replies_to_json(replies),
        retry_key=str(uuid.uuid4()),
        status="pending",
        attempts=0,
        next_attempt_at=now,
    )
    session.add(row)
    session.flush()
    return row
