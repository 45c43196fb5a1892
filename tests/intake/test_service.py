"""The service layer on a real database: what one event writes, deletion, order, races."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bot.line.events import Record
from bot.runtime import Runtime
from intake import inbox
from intake.db import transaction
from intake.inbox import Decoded, InboxProcessor
from intake.messages import Inbound
from intake.models import (
    Case,
    Conversation,
    InboxEvent,
    Message,
    OutboxMessage,
    Resident,
)

T0 = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)


def say(
    runtime: Runtime,
    text: str,
    user: str = "U-svc",
    *,
    kind: str = "text",
    channel: str = "line",
    at: datetime = T0,
    message_id: str = "",
) -> list[str]:
    inbound = Inbound(
        channel=channel,
        user_id=user,
        kind=kind,
        text=text,  # type: ignore[arg-type]
        message_id=message_id,
        received_at=at,
    )
    with transaction(runtime.factory) as session:
        handled = runtime.intake.handle(session, inbound, reply_token="tok", now=at)
    return [getattr(r, "text", "") or getattr(r, "title", "") for r in handled.replies]


def count(runtime: Runtime, model: type) -> int:
    with runtime.factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_one_message_writes_transcript_case_state_and_outbox(runtime: Runtime) -> None:
    say(runtime, "母の介護と子育てが重なって、お金もありません")
    with runtime.factory() as session:
        case = session.scalars(select(Case)).one()
        assert case.fields == ["care", "child", "hardship"] and "double_care" in case.patterns
        assert {ev["surface"] for ev in case.evidence} >= {"介護", "子育て"}
        assert case.waiting_since is not None and case.municipality_id == "daisen"
        assert "介護" in case.checklist["items"]["介護のこと"]
        texts = [m.text for m in session.scalars(select(Message).order_by(Message.id))]
        assert texts[0] == "母の介護と子育てが重なって、お金もありません" and len(texts) > 1
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.state != "new"
        (row,) = session.scalars(select(OutboxMessage)).all()
        assert row.reply_token == "tok" and row.recipient == "U-svc" and row.status == "pending"


def test_crisis_marks_the_case_at_once(runtime: Runtime) -> None:
    replies = say(runtime, "もう死にたい")
    assert any("いのちSOS" in r for r in replies)
    with runtime.factory() as session:
        assert session.scalars(select(Case)).one().crisis == ["suicide"]


def test_deletion_removes_everything_but_the_farewell(runtime: Runtime) -> None:
    with transaction(runtime.factory) as session:
        inbox.store(session, channel="line", event_id="ev-1", user_id="U-del", payload="{}")
    say(runtime, "父の介護のことで相談です", user="U-del")
    say(runtime, "削除", user="U-del", at=T0 + timedelta(minutes=1))
    replies = say(runtime, "はい", user="U-del", at=T0 + timedelta(minutes=2))
    assert any("削除" in r or "消し" in r for r in replies)
    for model in (Resident, Case, Message, Conversation, InboxEvent):
        assert count(runtime, model) == 0, model.__name__
    with runtime.factory() as session:
        (farewell,) = session.scalars(select(OutboxMessage)).all()
        assert farewell.resident_id is None and farewell.case_id is None


def test_a_group_gets_an_answer_and_nothing_is_kept(runtime: Runtime) -> None:
    replies = say(runtime, "", user="C-group-1", kind="group")
    assert "1対1" in "".join(replies)
    assert count(runtime, Resident) == 0 and count(runtime, Message) == 0


def test_unsend_removes_the_message_and_its_evidence(runtime: Runtime) -> None:
    say(runtime, "借金があって家賃が払えません", message_id="m-1")
    say(runtime, "", kind="unsend", message_id="m-1", at=T0 + timedelta(seconds=5))
    with runtime.factory() as session:
        texts = [m.text for m in session.scalars(select(Message))]
        assert "借金があって家賃が払えません" not in texts
        assert session.scalars(select(Case)).one().evidence == []


def _decode(payload: str, received_at: datetime) -> Decoded:
    data = json.loads(payload)
    return Decoded(
        Inbound(
            channel="line",
            user_id=data["user"],
            kind="text",
            text=data["text"],
            received_at=received_at,
        )
    )


def test_inbox_is_idempotent_and_keeps_each_residents_order(runtime: Runtime) -> None:
    texts = ["こんにちは", "母の介護のことです", "ありがとう"]
    with transaction(runtime.factory) as session:
        ids = [
            inbox.store(
                session,
                channel="line",
                event_id=f"e{i}",
                user_id="U-ord",
                payload=json.dumps({"user": "U-ord", "text": t}),
            )
            for i, t in enumerate(texts)
        ]
        again = inbox.store(session, channel="line", event_id="e1", user_id="U-ord", payload="{}")
    assert None not in ids and again is None
    processor = InboxProcessor(runtime.factory, runtime.intake, {"line": _decode})
    processor.process_event(ids[2])  # the newest first: the older ones go before it
    with runtime.factory() as session:
        incoming = [
            m.text
            for m in session.scalars(
                select(Message).where(Message.direction == "in").order_by(Message.id)
            )
        ]
        statuses = set(session.scalars(select(InboxEvent.status)))
    assert incoming == texts and statuses == {"done"}
    assert processor.process_event(ids[0]) == []  # done events are not run again


def test_two_workers_on_one_resident_never_corrupt_the_conversation(runtime: Runtime) -> None:
    with transaction(runtime.factory) as session:
        ids = [
            inbox.store(
                session,
                channel="line",
                event_id=f"r{i}",
                user_id="U-race",
                payload=json.dumps({"user": "U-race", "text": f"{i}回目、父の介護のこと"}),
            )
            for i in range(8)
        ]
    processor = InboxProcessor(runtime.factory, runtime.intake, {"line": _decode})
    errors: list[BaseException] = []

    def work(row_ids: list[int | None]) -> None:
        try:
            for row_id in row_ids:
                assert row_id is not None
                processor.process_event(row_id)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ids[k::2],)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    with runtime.factory() as session:
        incoming = [
            m.text
            for m in session.scalars(
                select(Message).where(Message.direction == "in").order_by(Message.id)
            )
        ]
        assert incoming == [f"{i}回目、父の介護のこと" for i in range(8)]
        assert session.scalar(select(func.count()).select_from(Resident)) == 1
        assert set(session.scalars(select(InboxEvent.status))) == {"done"}


def _store(runtime: Runtime, user: str, texts: list[str]) -> list[inbox.Stored]:
    records = [
        Record(event_id=f"{user}-{i}", user_id=user, payload=json.dumps({"user": user, "text": t}))
        for i, t in enumerate(texts)
    ]
    return inbox.store_all(runtime.factory, "line", records)


def test_a_failing_event_is_rolled_back_counted_and_given_up_after_max_attempts(
    runtime: Runtime,
) -> None:
    stored = _store(runtime, "U-fail", ["壊れた", "母の介護のことです"])

    def breaks(session: Any, resident: Any, case: Any, inbound: Inbound) -> None:
        if inbound.text == "壊れた":  # after the transcript line was written
            raise ValueError("a bug")

    runtime.intake.inbound_hooks.append(breaks)
    processor = InboxProcessor(runtime.factory, runtime.intake, {"line": _decode})
    rows = processor.process_claimed(stored[0])
    with runtime.factory() as session:
        events = session.scalars(select(InboxEvent).order_by(InboxEvent.id)).all()
        assert [(e.status, e.attempts) for e in events] == [
            ("failed", inbox.MAX_ATTEMPTS),
            ("done", 1),
        ]
        assert events[0].error == "ValueError"
        incoming = session.scalars(select(Message.text).where(Message.direction == "in")).all()
    assert incoming == ["母の介護のことです"]  # nothing of the failed event was kept
    assert len(rows) == 1 and rows[0].reply_token is None  # the test decoder has no token


def test_replies_to_send_now_are_written_claimed_in_the_same_transaction(
    runtime: Runtime,
) -> None:
    (stored,) = _store(runtime, "U-claim", ["こんにちは"])
    processor = InboxProcessor(
        runtime.factory, runtime.intake, {"line": _decode}, claim_lease=timedelta(seconds=30)
    )
    (message,) = processor.process_claimed(stored)
    assert not message.uncertain and message.replies
    with runtime.factory() as session:
        row = session.get(OutboxMessage, message.outbox_id)
        assert row is not None and (row.status, row.attempts) == ("sending", 1)
        assert row.next_attempt_at > datetime.now(UTC) + timedelta(seconds=20)


def test_store_all_returns_only_new_events_once_in_order(runtime: Runtime) -> None:
    first = _store(runtime, "U-dup", ["一", "二"])
    records = [
        Record(event_id=e, user_id="U-dup", payload=json.dumps({"user": "U-dup", "text": e}))
        for e in ("U-dup-1", "new-a", "new-b", "new-a")  # one stored before, one sent twice
    ]
    again = inbox.store_all(runtime.factory, "line", records)
    assert len(first) == 2 and len(again) == 2
    assert again[0].row_id < again[1].row_id and again[0].key == first[0].key
    assert count(runtime, InboxEvent) == 4
