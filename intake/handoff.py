"""Windows, the next step, consent and the hand-off to staff (part of :mod:`intake.steps`)."""

from __future__ import annotations

from intake import commands, compose, steps
from intake import texts as T
from intake.events import ContactMethodRecorded, NextStepChosen, WindowsSuggested
from intake.turn import Turn


def compound(turn: Turn) -> bool:
    return len(turn.data.get("fields", [])) >= 2 or bool(turn.data.get("patterns"))


def show_windows(turn: Turn) -> None:
    d, place, directory = turn.data, turn.place(), turn.ctx.directory
    municipality = d.get("municipality") or ""
    fields = [f for f in T.FIELD_ORDER if f in d.get("fields", [])]
    found = compose.windows(directory, municipality, fields, d.get("patterns", []))
    if found:
        turn.say(T.WINDOWS_INTRO.format(place=place))
        turn.replies.extend(compose.service_card(label, s, place) for label, s in found)
    else:
        turn.say(T.WINDOWS_NONE.format(place=place, office=compose.office_of(place)))
    ids = [compose.service_id(s) for _, s in found]
    d["windows"], d["window_names"] = ids, [compose._get(s, "name") for _, s in found]
    turn.emit(WindowsSuggested(tuple(ids)))
    if compound(turn):
        text = T.COMPOUND.format(place=place)
        coordination = compose.coordination(directory, municipality)
        runner = compose._get(coordination, "operator", "name") if coordination else ""
        if runner:
            text += T.COMPOUND_RUNNER.format(place=place, name=runner)
        turn.say(text)
    if d.get("minor") and not d.get("child_lines_shown"):
        d["child_lines_shown"] = True
        turn.say(T.CHILD_LINES_INTRO)
        turn.replies.extend(compose.crisis_cards(directory, ["child_self"], urgent=False))
    turn.step = "next"
    steps.prompt(turn)


def window_list(turn: Turn) -> None:
    municipality = turn.data.get("municipality")
    if not municipality:
        steps.start(turn)
        return
    place, directory = turn.place(), turn.ctx.directory
    turn.say(T.LIST_INTRO.format(place=place))
    found = compose.windows(directory, municipality, T.FIELD_ORDER, T.PATTERN_ORDER)
    coordination = compose.coordination(directory, municipality)
    if coordination is not None and all(s is not coordination for _, s in found):
        found.append(("多機関協働", coordination))
    turn.replies.extend(compose.service_card(label, s, place) for label, s in found)
    steps.prompt(turn)


def consent_text(turn: Turn) -> str:
    d, place = turn.data, turn.place()
    targets = list(d.get("window_names", [])) if d.get("next") == "contact" else []
    if not targets:
        targets = [T.CONSENT_STAFF]
    coordination = compose.coordination(turn.ctx.directory, d.get("municipality") or "")
    if compound(turn) and coordination is not None:
        targets.append(T.CONSENT_COORD)
    sharing = T.CONSENT_TEXT.format(place=place, targets=T.CONSENT_TARGETS_JOIN.join(targets))
    return f"{T.CONSENT_INTRO}\n{sharing}\n{T.CONSENT_ASK}"


def next_step(turn: Turn, choice: str) -> None:
    if choice not in ("contact", "self", "talk", "end"):
        steps.prompt(turn)
        return
    turn.emit(NextStepChosen(choice))  # type: ignore[arg-type]
    turn.data["next"] = choice
    if choice in ("contact", "talk"):
        turn.data["consent_text"] = consent_text(turn)
        turn.step = "consent"
        steps.prompt(turn)
        return
    turn.say((T.SELF_CONTACT if choice == "self" else T.END_TODAY) + "\n" + T.EXIT_HINT)
    turn.step = "done"


def handoff(turn: Turn, method: str, phone: str | None = None) -> None:
    turn.emit(ContactMethodRecorded(method, phone))  # type: ignore[arg-type]
    place = turn.place()
    word = T.METHOD_WORD[method].format(phone=commands.phone_display(phone or ""))
    text = T.HANDOFF_DONE.format(place=place, method=word)
    coordination = compose.coordination(turn.ctx.directory, turn.data.get("municipality") or "")
    hours = compose._get(coordination, "contact.hours") if coordination is not None else ""
    if hours:
        text += "\n" + T.STAFF_HOURS.format(hours=hours)
    turn.say(text + "\n" + T.STAFF_READ)
    turn.step = "with_staff" if turn.data.get("next") == "talk" else "done"
