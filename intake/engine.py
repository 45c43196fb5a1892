"""The conversation engine: one pure function, :func:`advance`.

``advance(state, inbound, ctx) -> Step(state, replies, events)``: no database, no I/O, no
platform SDK. The service layer loads the stored state, calls this, applies the events and
stores ``Step.state`` (``step`` + JSON-only ``data``) so any worker can continue.

The flow is drawn in ``intake/engine.mmd``; the step handlers are in :mod:`intake.steps`.
Order inside one text turn: invite code → always-available command → extraction →
**crisis lines first** → friendly small talk → the current step's handler.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from intake import commands, compose, handoff, steps
from intake import texts as T
from intake.events import (
    ConversationState,
    CrisisRaised,
    Event,
    InviteLinked,
    MessageUnsent,
    OutreachStopRequested,
    Restarted,
    Unreachable,
)
from intake.messages import Inbound, Reply
from intake.turn import Turn

__all__ = ["EngineContext", "Step", "advance"]

log = logging.getLogger(__name__)
MAX_EXTRACT_CHARS = 20_000
_OLDER_PERSONS = ("mother", "father", "parent", "grandparent", "spouse")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class EngineContext:
    directory: Any  # intake.directory.Directory
    municipalities: tuple[str, ...]  # ids served by this deployment (1 → auto-chosen)
    extract: Callable[[str], Any]  # nlp.extract
    now: datetime  # aware
    tz: ZoneInfo


@dataclass(frozen=True)
class Step:
    state: ConversationState
    replies: list[Reply]
    events: list[Event]


def advance(state: ConversationState, inbound: Inbound, ctx: EngineContext) -> Step:
    """One resident event in, the next state with replies and events out."""
    turn = Turn(ctx=ctx, inbound=inbound, step=state.step, data=copy.deepcopy(state.data))
    try:
        _dispatch(turn)
    except Exception:  # the resident must always get an answer; crisis lines survive
        log.exception("engine failed at step %r on %s", state.step, inbound.kind)
        shown, raised = turn.crisis_shown
        turn = Turn(ctx=ctx, inbound=inbound, step=state.step, data=copy.deepcopy(state.data))
        turn.replies.extend(shown)
        turn.events.extend(raised)
        turn.say(T.PICK_FROM_OPTIONS_FAILSAFE + "\n" + T.EXIT_HINT)
    return Step(
        state=ConversationState(step=turn.step, data=turn.data),
        replies=turn.replies,
        events=turn.events,
    )


def _dispatch(turn: Turn) -> None:
    inbound = turn.inbound
    kind = inbound.kind
    if kind == "unfollow":
        turn.emit(Unreachable())
    elif kind == "unsend":
        turn.emit(MessageUnsent(inbound.message_id))
    elif kind == "group":
        turn.say(T.GROUP)
    elif kind == "non_text":
        turn.say(T.NON_TEXT)
        if turn.step == "new":
            steps.start(turn)
        else:
            steps.prompt(turn)
    elif kind == "follow":
        code = commands.valid_invite(inbound.invite_code) if inbound.invite_code else None
        if code:
            turn.emit(InviteLinked(code))
        if turn.step in ("new", "done", "with_staff"):
            steps.start(turn)
        else:
            steps.greet(turn)
            steps.prompt(turn)
    elif kind == "choice":
        steps.on_choice(turn, inbound.choice)
    else:
        _on_text(turn, _CONTROL.sub("", inbound.text or ""))


def _on_text(turn: Turn, text: str) -> None:
    code = commands.invite_code_of(text)
    if code is not None:
        if code:
            turn.emit(InviteLinked(code))
            turn.say(T.INVITE_OK)
        else:
            turn.say(T.INVITE_BAD)
        steps.start(turn) if turn.step == "new" else steps.prompt(turn)
        return

    command = commands.command_of(text)
    if command in ("restart", "list", "emergency", "delete", "stop"):
        _hard_command(turn, command)
        return

    extraction = _extract(turn, text)
    found = steps.compact(extraction)
    if found["crisis"]:
        crisis(turn, found)
    if command is not None and not (found["fields"] or found["patterns"] or found["crisis"]):
        _small_talk(turn, command)
        return
    steps.on_text(turn, text, extraction, found)


def _extract(turn: Turn, text: str) -> Any:
    if not commands.normalise(text):
        return None
    try:
        return turn.ctx.extract(text[:MAX_EXTRACT_CHARS])
    except Exception:  # noqa: BLE001 - a failing extractor must not silence the resident
        return None


def crisis(turn: Turn, found: dict[str, Any]) -> None:
    """Crisis first: a calm line, the hotlines as urgent cards, then the door stays open.

    Abuse of a child → 189; abuse of an older or disabled person (or fear of doing it,
    written by a carer) → the municipality's care / disability window.
    """
    kinds = [k for k in T.CRISIS_ORDER if k in found["crisis"]]
    turn.emit(CrisisRaised(tuple(kinds)))
    turn.crisis_now = True
    fields, persons, minor = found["fields"], found["persons"], found["minor"]
    abuse = "abuse" in kinds
    elder = (
        abuse
        and not minor
        and bool({"care", "disability"} & set(fields) or set(_OLDER_PERSONS) & set(persons))
    )
    child = abuse and (not elder or "child" in fields or "child" in persons)
    lines = [k for k in kinds if k != "abuse" or child] + (["child_self"] if minor else [])
    if minor:
        turn.data["child_lines_shown"] = True
    municipality = turn.data.get("municipality") or (
        turn.ctx.municipalities[0] if len(turn.ctx.municipalities) == 1 else None
    )
    opening = [T.CRISIS_OPEN[k] for k in lines if k in T.CRISIS_OPEN]
    if elder:
        place = compose.municipality_name(turn.ctx.directory, municipality)
        opening.append(T.CRISIS_ELDER.format(place=place))
    turn.say("\n".join(opening), urgent=True)
    cards = compose.crisis_cards(turn.ctx.directory, lines) if lines else []
    if elder and municipality:
        wanted = [f for f in ("care", "disability") if f in fields] or ["care"]
        for label, service in compose.windows(turn.ctx.directory, municipality, wanted, ()):
            cards.append(compose.service_card(label, service, place, urgent=True))
    if not cards:
        cards = compose.crisis_cards(turn.ctx.directory, ["emergency"])
    turn.replies.extend(cards)
    turn.data["crisis"] = sorted(set(turn.data.get("crisis", [])) | set(kinds))
    turn.say(T.CRISIS_CONTINUE)
    turn.crisis_shown = (list(turn.replies), list(turn.events))


def _hard_command(turn: Turn, command: str) -> None:
    if command == "restart":
        turn.emit(Restarted())
        keep = (
            {"municipality": turn.data["municipality"]}
            if (len(turn.ctx.municipalities) <= 1 and turn.data.get("municipality"))
            else {}
        )
        turn.data = keep
        turn.step = "new"
        turn.say(T.RESTARTED)
        steps.start(turn)
    elif command == "emergency":
        # Asking for the emergency lines puts the case at the top of the staff queue.
        turn.emit(CrisisRaised(("emergency",)))
        turn.say(T.EMERGENCY_INTRO, urgent=True)
        kinds = ["emergency", "suicide", "abuse", "dv"]
        if turn.data.get("minor"):
            kinds.append("child_self")
        turn.replies.extend(compose.crisis_cards(turn.ctx.directory, kinds))
        turn.say(T.CRISIS_CONTINUE)
    elif command == "stop":
        turn.emit(OutreachStopRequested())
        turn.data["stopped"] = True
        turn.say(T.STOP_DONE)
    elif command == "delete":
        if turn.step != "confirm_delete":
            turn.data["return_to"] = turn.step
        turn.step = "confirm_delete"
        steps.prompt(turn)
    elif command == "list":
        handoff.window_list(turn)


def _small_talk(turn: Turn, command: str) -> None:
    place = turn.place()
    answer = {
        "hello": T.HELLO,
        "thanks": T.THANKS,
        "faq_who": T.FAQ_WHO.format(place=place),
        "faq_name": T.FAQ_NAME,
        "faq_free": T.FAQ_FREE,
        "faq_ai": T.FAQ_AI.format(place=place),
    }[command]
    turn.say(answer)
    if turn.step == "new":
        steps.start(turn)
    elif turn.step in ("done", "with_staff"):
        turn.say(T.EXIT_HINT)
    else:
        steps.prompt(turn)
