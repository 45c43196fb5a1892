"""Step handlers of the conversation (see ``intake/engine.mmd``).

State lives in ``turn.step`` and ``turn.data`` (JSON only): ``municipality``, ``fields``,
``patterns``, ``persons``, ``minor``, ``crisis``, ``answers``, ``asked``, ``picked``,
``windows``/``window_names``, ``next``, ``consent_text``, ``return_to``, ``pending``.
The resident's own words are never kept here; only labels from the extraction.
"""

from __future__ import annotations

from typing import Any

from intake import commands, compose, handoff
from intake import texts as T
from intake.events import (
    AnswerRecorded,
    ConsentRecorded,
    DeletionConfirmed,
    FieldsCorrected,
    MunicipalityChosen,
    WorryRecorded,
)
from intake.messages import Option
from intake.turn import Turn

CHOICE_STEPS = (
    "choose_municipality",
    "confirm",
    "correct",
    "ask_who",
    "ask_age",
    "next",
    "consent",
    "contact_method",
    "phone",
    "confirm_delete",
)
_SHORT = 8  # a shorter reply in a choice step is an answer we did not understand, not a worry
_OLDER = ("mother", "father", "parent", "grandparent", "spouse")
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "yes": ("はい", "うん", "そう", "そうです", "合ってる", "合っています", "あってる", "ok"),
    "fix": ("ちがう", "違う", "ちがいます", "違います", "なおしたい", "直したい", "いいえ"),
    "more": ("書きたい", "もっと"),
    "consent:yes": ("はい", "同意", "同意します", "いいです", "ok", "お願いします"),
    "consent:no": ("いいえ", "同意しません", "しない", "いや", "やめる"),
    "del:yes": ("はい", "削除する", "お願いします"),
    "del:no": ("いいえ", "やめます", "キャンセル", "削除しない", "しない"),
    "skip": ("答えたくない", "パス", "スキップ", "いいえ"),
    "method:chat": ("チャット", "ここで", "このチャット", "チャットで"),
    "method:phone": ("電話", "でんわ"),
}


def _opt(label: str, value: str) -> Option:
    return Option(label=label, value=value)


# --- reading the extraction ----------------------------------------------------


def compact(extraction: Any) -> dict[str, Any]:
    """Only the labels of an ``nlp.Extraction`` (the words stay in the event, not in state)."""

    def strs(name: str) -> list[str]:
        return [str(v) for v in (getattr(extraction, name, ()) or ())]

    return {
        "fields": [f for f in T.FIELD_ORDER if f in strs("fields")],
        "patterns": [p for p in T.PATTERN_ORDER if p in strs("patterns")],
        "crisis": [c for c in T.CRISIS_ORDER if c in strs("crisis")],
        "persons": list(dict.fromkeys(strs("persons"))),
        "minor": bool(getattr(extraction, "writer_is_minor", False)),
    }


def _union(turn: Turn, key: str, values: list[str]) -> None:
    turn.data[key] = list(dict.fromkeys([*turn.data.get(key, []), *values]))


def record(turn: Turn, extraction: Any, found: dict[str, Any]) -> None:
    if extraction is None:
        return
    try:
        as_dict = extraction.to_dict()
    except Exception:  # noqa: BLE001 - record the labels at least
        as_dict = dict(found)
    turn.emit(WorryRecorded(as_dict))
    for key in ("fields", "patterns", "persons"):
        _union(turn, key, found[key])
    turn.data["minor"] = bool(turn.data.get("minor")) or found["minor"]


def _recognised(turn: Turn) -> bool:
    return bool(turn.data.get("fields") or turn.data.get("patterns"))


# --- greeting, municipality ----------------------------------------------------


def greet(turn: Turn) -> None:
    place = turn.place()
    not_on = T.NOT_ON.get(turn.inbound.channel, "")
    turn.say(T.GREETING.format(place=place, not_on=not_on))


def start(turn: Turn, *, worry: bool = False) -> None:
    served = turn.ctx.municipalities
    if not turn.data.get("municipality") and len(served) == 1:
        turn.data["municipality"] = served[0]
        turn.emit(MunicipalityChosen(served[0]))
    greet(turn)
    if turn.data.get("municipality") or not served:
        turn.step = "await_worry"
        if worry:
            after_worry(turn)
        else:
            turn.say(T.ASK_WORRY)
    else:
        turn.data["pending"] = worry
        turn.step = "choose_municipality"
        turn.say(T.ASK_MUNICIPALITY, _question(turn)[1])


def choose(turn: Turn, municipality_id: str) -> None:
    turn.data["municipality"] = municipality_id
    turn.emit(MunicipalityChosen(municipality_id))
    turn.say(T.MUNICIPALITY_SET.format(name=turn.place()))
    turn.step = "await_worry"
    if _recognised(turn):
        turn.say(T.WORRY_KEPT)
        after_worry(turn)
    else:
        turn.say(T.ASK_WORRY)


# --- worry, reflection, correction ---------------------------------------------


def _pick_options() -> tuple[Option, ...]:
    fields = tuple(_opt(T.FIELD_LABEL[f], f"pick:{f}") for f in T.FIELD_ORDER)
    return (*fields, _opt(T.TALK_STAFF, "talk"))


def _reflection(turn: Turn) -> str:
    d = turn.data
    return compose.reflection(
        d.get("fields", []), d.get("patterns", []), d.get("persons", []), minor=bool(d.get("minor"))
    )


def after_worry(turn: Turn) -> None:
    if _recognised(turn):
        turn.step = "confirm"
        prompt(turn)
    elif turn.crisis_now:
        turn.step = "await_worry"  # the crisis reply already invited them to keep writing
    else:
        turn.step = "await_worry"
        turn.say(T.NOT_UNDERSTOOD, _pick_options())


def _correct_options(turn: Turn) -> tuple[Option, ...]:
    picked = turn.data.get("picked", [])
    fields = tuple(
        _opt(("✓" if f in picked else "") + T.FIELD_LABEL[f], f"toggle:{f}") for f in T.FIELD_ORDER
    )
    return (*fields, _opt(T.OK, "ok"), _opt(T.TALK_STAFF, "talk"))


def _set_fields(turn: Turn, fields: list[str]) -> None:
    fields = [f for f in T.FIELD_ORDER if f in fields]
    turn.data["fields"] = fields
    turn.emit(FieldsCorrected(tuple(fields)))
    proceed(turn)


# --- optional questions --------------------------------------------------------


def _concerned(turn: Turn) -> str | None:
    who = turn.data.get("answers", {}).get("who")
    persons = turn.data.get("persons", [])
    return who or (persons[0] if persons else None)


def _needs(turn: Turn, key: str) -> bool:
    d = turn.data
    fields = d.get("fields", [])
    if key in d.get("asked", []) or d.get("minor"):
        return False
    if key == "who":
        return not d.get("persons") and bool(
            {"care", "disability", "child", "health"} & set(fields)
        )
    if "child" in fields:  # a resident writing about their own school life may be a child
        return _concerned(turn) == "self"
    return bool({"disability", "health"} & set(fields)) and _concerned(turn) not in _OLDER


def proceed(turn: Turn) -> None:
    for key, step in (("who", "ask_who"), ("age", "ask_age")):
        if _needs(turn, key):
            turn.data["asked"] = [*turn.data.get("asked", []), key]
            turn.step = step
            prompt(turn)
            return
    handoff.show_windows(turn)


def _answer(turn: Turn, key: str, value: str | None) -> None:
    if value is not None:
        turn.data.setdefault("answers", {})[key] = value
        turn.emit(AnswerRecorded(key, value))
        fields = turn.data.get("fields", [])
        if key == "age" and value == "under18":
            if {"disability", "health"} & set(fields):
                _union(turn, "fields", ["child"])
            if _concerned(turn) == "self":
                turn.data["minor"] = True  # children's own lines come with the windows
        if key == "age" and value == "65plus" and {"disability", "health"} & set(fields):
            _union(turn, "fields", ["care"])
    proceed(turn)


# --- prompts and choices -------------------------------------------------------


def _question(turn: Turn) -> tuple[str, tuple[Option, ...]]:
    step, d = turn.step, turn.data
    if step == "choose_municipality":
        options = tuple(
            _opt(compose.municipality_name(turn.ctx.directory, m), f"muni:{m}")
            for m in turn.ctx.municipalities
        )
        return T.ASK_MUNICIPALITY_AGAIN, options
    if step == "confirm":
        text = _reflection(turn)
        if not text:
            return T.NOT_UNDERSTOOD, _pick_options()
        return text + "\n" + T.REFLECT_ASK, (
            _opt(T.YES, "yes"),
            _opt(T.FIX, "fix"),
            _opt(T.MORE, "more"),
        )
    if step == "correct":
        labels = "、".join(T.FIELD_LABEL[f] for f in d.get("picked", [])) or "なし"
        return T.CORRECT_ASK + "\n" + T.CORRECT_NOW.format(labels=labels), _correct_options(turn)
    if step == "ask_who":
        return T.ASK_WHO, (*(_opt(a, f"who:{b}") for a, b in T.WHO_OPTIONS), _opt(T.SKIP, "skip"))
    if step == "ask_age":
        return T.ASK_AGE, (*(_opt(a, f"age:{b}") for a, b in T.AGE_OPTIONS), _opt(T.SKIP, "skip"))
    if step == "next":
        return T.NEXT_ASK, (
            _opt(T.NEXT_CONTACT, "next:contact"),
            _opt(T.NEXT_SELF, "next:self"),
            _opt(T.NEXT_TALK, "next:talk"),
            _opt(T.NEXT_END, "next:end"),
        )
    if step == "consent":
        return d.get("consent_text") or handoff.consent_text(turn), (
            _opt(T.CONSENT_YES, "consent:yes"),
            _opt(T.CONSENT_NO, "consent:no"),
        )
    if step == "contact_method":
        return T.METHOD_ASK, (
            _opt(T.METHOD_CHAT, "method:chat"),
            _opt(T.METHOD_PHONE, "method:phone"),
        )
    if step == "phone":
        return T.PHONE_ASK, (_opt(T.METHOD_CHAT, "method:chat"),)
    if step == "confirm_delete":
        return T.DELETE_ASK, (_opt(T.DELETE_YES, "del:yes"), _opt(T.DELETE_NO, "del:no"))
    if step == "more":
        return T.ASK_MORE, ()
    if step in ("done", "with_staff"):
        return T.DONE_PROMPT + "\n" + T.EXIT_HINT, ()
    return T.ASK_WORRY, ()


def prompt(turn: Turn) -> None:
    if turn.step == "new":
        start(turn)
        return
    text, options = _question(turn)
    turn.say(text, options)


def _label_choice(turn: Turn, text: str) -> str | None:
    if turn.step not in CHOICE_STEPS:
        return None
    for option in _question(turn)[1]:
        if commands.matches(text, option.label, *_SYNONYMS.get(option.value, ())):
            return option.value
    return None


def on_choice(turn: Turn, value: str) -> None:  # noqa: C901 - one flat table of choices
    step, d = turn.step, turn.data
    key, _, arg = value.partition(":")
    if (
        key == "muni"
        and arg in turn.ctx.municipalities
        and (step == "choose_municipality" or not d.get("municipality"))
    ):
        choose(turn, arg)
    elif (
        key == "talk"
        and d.get("municipality")
        and step in ("await_worry", "more", "confirm", "correct")
    ):
        handoff.next_step(turn, "talk")
    elif key == "pick" and arg in T.FIELD_ORDER and step in ("await_worry", "more", "confirm"):
        _set_fields(turn, [arg])
    elif step == "confirm" and key in ("yes", "fix", "more"):
        if key == "yes":
            proceed(turn)
        elif key == "fix":
            d["picked"] = list(d.get("fields", []))
            turn.step = "correct"
            prompt(turn)
        else:
            turn.step = "more"
            prompt(turn)
    elif step == "correct" and key == "toggle" and arg in T.FIELD_ORDER:
        picked = d.get("picked", [])
        d["picked"] = [f for f in picked if f != arg] if arg in picked else [*picked, arg]
        prompt(turn)
    elif step == "correct" and key == "ok":
        if d.get("picked"):
            _set_fields(turn, d["picked"])
        else:
            turn.say(T.CORRECT_NONE)
            prompt(turn)
    elif step == "ask_who" and key in ("who", "skip"):
        _answer(turn, "who", arg if key == "who" else None)
    elif step == "ask_age" and key in ("age", "skip"):
        _answer(turn, "age", arg if key == "age" else None)
    elif key == "next" and step in ("next", "done", "with_staff") and d.get("municipality"):
        handoff.next_step(turn, arg)
    elif step == "consent" and key == "consent" and arg in ("yes", "no"):
        turn.emit(
            ConsentRecorded(arg == "yes", d.get("consent_text") or handoff.consent_text(turn))
        )
        if arg == "yes":
            turn.step = "contact_method"
            prompt(turn)
        else:
            turn.say(T.NO_CONSENT + "\n" + T.EXIT_HINT)
            turn.step = "done"
    elif step in ("contact_method", "phone") and key == "method" and arg in ("chat", "phone"):
        if arg == "chat":
            handoff.handoff(turn, "chat")
        else:
            turn.step = "phone"
            prompt(turn)
    elif step == "confirm_delete" and key == "del" and arg in ("yes", "no"):
        if arg == "yes":
            turn.emit(DeletionConfirmed())
            turn.data, turn.step = {}, "new"
            turn.say(T.DELETE_DONE)
        else:
            turn.step = d.pop("return_to", None) or "new"
            turn.say(T.DELETE_CANCEL)
            prompt(turn)
    else:
        if turn.step not in ("new", "done", "with_staff", "await_worry"):
            turn.say(T.PICK_FROM_OPTIONS)
        prompt(turn)


def on_text(turn: Turn, text: str, extraction: Any, found: dict[str, Any]) -> None:
    choice = _label_choice(turn, text)
    if choice is not None:
        on_choice(turn, choice)
        return
    step = turn.step
    if step == "choose_municipality":
        for m in turn.ctx.municipalities:
            name = compose.municipality_name(turn.ctx.directory, m)
            if commands.matches(text, name, name.rstrip("市町村"), m):
                choose(turn, m)
                return
    phone = commands.phone_of(text) if step == "phone" else None
    if phone:
        handoff.handoff(turn, "phone", phone)
        return
    if step == "phone" and not turn.crisis_now:
        turn.say(T.PHONE_INVALID, (_opt(T.METHOD_CHAT, "method:chat"),))
        return
    meaningful = bool(found["fields"] or found["patterns"] or found["crisis"])
    meaningful = meaningful or len(commands.normalise(text)) >= _SHORT
    if extraction is None or (step in CHOICE_STEPS and not meaningful):
        if step in CHOICE_STEPS and not turn.crisis_now:
            turn.say(T.PICK_FROM_OPTIONS)
        prompt(turn)
        return
    record(turn, extraction, found)
    if step == "new":
        start(turn, worry=_recognised(turn) or turn.crisis_now)
    elif step in ("await_worry", "more", "confirm"):
        after_worry(turn)
    elif step == "correct":
        _union(turn, "picked", found["fields"])
        prompt(turn)
    elif step in ("done", "with_staff"):
        if not found["crisis"]:
            turn.say(T.AFTER_DONE)
    else:
        if not found["crisis"]:
            turn.say(T.WROTE_THANKS)
        prompt(turn)
