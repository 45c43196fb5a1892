"""Contract tests: every step answers odd input without raising; edge cases with fakes."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from intake import texts as T
from intake.engine import advance
from intake.events import ConversationState, CrisisRaised
from intake.messages import Inbound, WindowCard
from nlp.model import Extraction
from tests.intake.dialog import Conversation, choose, context, event, load, press, said

KEYWORDS = {
    "介護": ("fields", "care"),
    "障害": ("fields", "disability"),
    "お金": ("fields", "hardship"),
    "死にたい": ("crisis", "suicide"),
}


def keyword_extract(text: str) -> Extraction:
    """A tiny stand-in for ``nlp.extract`` so the steps are reached deterministically."""
    found: dict[str, list[str]] = {"fields": [], "crisis": []}
    for word, (group, label) in KEYWORDS.items():
        if word in text:
            found[group].append(label)
    return Extraction(fields=tuple(found["fields"]), crisis=tuple(found["crisis"]))


def fake_context(municipalities: tuple[str, ...] = ("daisen",), **kw: Any) -> Any:
    return context(municipalities, extract=kw.pop("extract", keyword_extract), **kw)


PATHS: dict[str, tuple[Any, ...]] = {
    "new": (),
    "await_worry": (event("follow"),),
    "more": ("介護", press(T.MORE)),
    "confirm": ("介護",),
    "correct": ("介護", press(T.FIX)),
    "ask_who": ("介護", press(T.YES)),
    "ask_age": ("障害", press(T.YES), press(T.SKIP)),
    "next": ("お金", press(T.YES)),
    "consent": ("お金", press(T.YES), press(T.NEXT_CONTACT)),
    "contact_method": ("お金", press(T.YES), press(T.NEXT_CONTACT), press(T.CONSENT_YES)),
    "phone": ("お金", press(T.YES), press(T.NEXT_CONTACT), press(T.CONSENT_YES),
              press(T.METHOD_PHONE)),
    "done": ("お金", press(T.YES), press(T.NEXT_END)),
    "with_staff": ("お金", press(T.YES), press(T.NEXT_TALK), press(T.CONSENT_YES),
                   press(T.METHOD_CHAT)),
    "confirm_delete": ("介護", "削除"),
}  # fmt: skip

ODD: list[Inbound] = [
    said(""),
    said("   \n\t"),
    said("あ" * 5000),
    said("介護 " * 1000 + "死にたい"),
    said("😀🎉🙏😭"),
    said("\x00\x07\x1b[31m\u202e\ufeff"),
    said("(^_^;)"),
    choose(""),
    choose("nonsense"),
    choose("muni:tokyo"),
    choose("toggle:nothing"),
    choose("next:fly"),
    event("non_text"),
    event("follow"),
    event("follow", invite_code="bad"),
]


def reach(step: str) -> Conversation:
    convo = Conversation(ctx=fake_context())
    convo.run(PATHS[step])
    assert convo.state.step == (step if step != "new" else "new"), convo.turns[-1].text
    return convo


@pytest.mark.parametrize("step", list(PATHS))
@pytest.mark.parametrize("inbound", ODD, ids=lambda i: f"{i.kind}:{(i.text or i.choice)[:8]!r}")
def test_every_step_answers_odd_input(step: str, inbound: Inbound) -> None:
    convo = reach(step)
    before = copy.deepcopy(convo.state)
    turn = convo.send(inbound)
    assert turn.replies, f"{step}: no answer to {inbound!r}"
    assert T.PICK_FROM_OPTIONS_FAILSAFE not in turn.text, "the engine raised inside"
    assert all((r.text if hasattr(r, "text") else r.title).strip() for r in turn.replies)
    json.dumps(convo.state.data)
    assert convo.state.data is not before.data


def test_the_long_crisis_is_still_found() -> None:
    convo = reach("next")
    turn = convo.send("介護 " * 1000 + "死にたい")
    assert turn.of(CrisisRaised)


def test_advance_is_pure_and_deterministic() -> None:
    ctx = fake_context()
    state = ConversationState(step="confirm", data={"municipality": "daisen", "fields": ["care"]})
    frozen = copy.deepcopy(state)
    one = advance(state, said("はい"), ctx)
    two = advance(state, said("はい"), ctx)
    assert state == frozen
    assert one == two


def test_state_keeps_labels_not_words() -> None:
    convo = Conversation(ctx=context())
    convo.send(event("follow"))
    convo.send("母の介護で、毎日ひとりで夜中まで世話をしていてもう限界です。トクベツナヒミツ")
    assert "トクベツナヒミツ" not in convo.state_json
    assert "夜中まで" not in convo.state_json


def test_a_failing_extractor_still_gets_an_answer() -> None:
    def broken(text: str) -> Extraction:
        raise RuntimeError("tagger gone")

    convo = Conversation(ctx=fake_context(extract=broken))
    convo.send(event("follow"))
    turn = convo.send("母の介護のことです")
    assert turn.replies and turn.text


def test_a_bug_after_the_crisis_lines_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from intake import steps

    def boom(*args: Any) -> None:
        raise RuntimeError("bug")

    convo = reach("next")
    monkeypatch.setattr(steps, "on_text", boom)
    turn = convo.send("死にたい")
    assert turn.replies[0].urgent and turn.of(CrisisRaised)  # type: ignore[union-attr]
    assert T.PICK_FROM_OPTIONS_FAILSAFE in turn.text
    assert convo.state.step == "next"


# --- fake directories -----------------------------------------------------------------


@dataclass(frozen=True)
class FakeContact:
    phone: str = ""
    hours: str = ""
    address: str = ""
    url: str = ""


@dataclass(frozen=True)
class FakeService:
    id: str
    name: str
    description: str = ""
    department: str = ""
    operator: str = ""
    contact: FakeContact = field(default_factory=FakeContact)


@dataclass(frozen=True)
class FakeMunicipality:
    id: str
    name: str
    prefecture: str = "テスト県"


@dataclass
class FakeDirectory:
    name: str = "みどり町"
    broken_lines: bool = False
    services: dict[str, FakeService] = field(default_factory=dict)
    coord: FakeService | None = None

    def municipality(self, municipality_id: str) -> FakeMunicipality:
        return FakeMunicipality(municipality_id, self.name)

    def windows_for(self, municipality_id: str, fields: Any, patterns: Any = (), *,
                    fallback: bool = False) -> list[tuple[str, FakeService]]:  # fmt: skip
        return [(f, self.services[f]) for f in fields if f in self.services]

    def coordination(self, municipality_id: str) -> FakeService | None:
        return self.coord

    def crisis_lines(self, kinds: Any) -> list[Any]:
        if self.broken_lines:
            raise KeyError("national.toml missing")
        return []


def test_full_contact_data_is_shown_and_staff_hours_are_said() -> None:
    contact = FakeContact("0123-45-6789", "平日 8:30〜17:15", "みどり町1-1", "https://example.jp")
    directory = FakeDirectory(
        services={"hardship": FakeService("h", "くらし相談", "お金の相談", contact=contact)},
        coord=FakeService("c", "つなぐ係", operator="みどり町社協", contact=contact),
    )
    convo = Conversation(ctx=fake_context(("midori",), directory=directory))
    convo.run([event("follow"), "お金", press(T.YES)])
    card = next(r for r in convo.turns[-1].replies if isinstance(r, WindowCard))
    assert (card.phone, card.hours, card.address, card.url) == (
        contact.phone, contact.hours, contact.address, contact.url,
    )  # fmt: skip
    assert card.note == ""
    convo.run([press(T.NEXT_TALK), press(T.CONSENT_YES)])
    assert "平日 8:30〜17:15" in convo.send(press(T.METHOD_CHAT)).text


def test_no_window_in_the_data_points_to_the_town_office() -> None:
    convo = Conversation(ctx=fake_context(("midori",), directory=FakeDirectory()))
    convo.run([event("follow"), "お金", press(T.YES)])
    assert "みどり町の" in convo.turns[-1].text and "町役場" in convo.turns[-1].text
    assert convo.state.step == "next"


def test_missing_national_lines_fall_back_to_119_and_110() -> None:
    directory = FakeDirectory(broken_lines=True)
    convo = Conversation(ctx=fake_context(("midori",), directory=directory))
    turn = convo.send("死にたい")
    phones = [r.phone for r in turn.replies if isinstance(r, WindowCard)]
    assert phones[:2] == ["119", "110"]
    assert load(convo.state_json).step == "await_worry"
