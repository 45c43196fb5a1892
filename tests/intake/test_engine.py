"""Scripted conversations over the real extractor and the real directory data.

Every turn goes through ``tests.intake.dialog.Conversation``: the state is stored as JSON
and read back between turns, as the service does.
"""

from __future__ import annotations

import json

import pytest

from intake import texts as T
from intake.events import (
    AnswerRecorded,
    ConsentRecorded,
    ContactMethodRecorded,
    CrisisRaised,
    DeletionConfirmed,
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
from intake.messages import TextReply, WindowCard
from tests.intake.dialog import Conversation, Turn, assert_dialog, context, event, press

CARE = "母が認知症で、最近は私のこともわからなくなってきました。"
COMPOUND = "母の介護と子育てが重なって、お金もありません"
NO_PHONE = "電話番号や受付時間は、大仙市のホームページか市役所でご確認ください"


def started(*items: object, municipalities: tuple[str, ...] = ("daisen",)) -> Conversation:
    convo = Conversation(ctx=context(municipalities))
    convo.send(event("follow"))
    for item in items:
        convo.send(item)  # type: ignore[arg-type]
    return convo


def skip_questions(convo: Conversation) -> Turn:
    """Answer 「答えない」 to the optional questions, if any, until the windows are shown."""
    turn = convo.turns[-1]
    while any(o.label == T.SKIP for o in turn.options):
        turn = convo.send(press(T.SKIP))
    return turn


def to_windows(text: str = CARE, **kw: object) -> Conversation:
    convo = started(text, **kw)  # type: ignore[arg-type]
    convo.send(press(T.YES))
    skip_questions(convo)
    assert convo.state.step == "next", convo.turns[-1].text
    return convo


# --- greeting and one field --------------------------------------------------


def test_greeting_says_who_reads_and_how_to_delete() -> None:
    convo = Conversation(ctx=context())
    turn = convo.send(event("follow"))
    for phrase in (
        "名前は書かなくても",
        "大仙市の担当の職員",
        "LINEではなく",
        "「削除」",
        "あなたの言葉で",
    ):
        assert phrase in turn.text
    assert turn.of(MunicipalityChosen) == [MunicipalityChosen("daisen")]
    assert convo.state.step == "await_worry"


def test_one_field() -> None:
    convo = assert_dialog(
        [
            (event("follow"), "大仙市"),
            (CARE, ["お母さまの介護", "合っていますか"]),
        ]
    )
    assert convo.turns[-1].of(WorryRecorded)[0].extraction["fields"] == ["care"]
    convo.send(press(T.YES))
    turn = skip_questions(convo)
    assert "高齢者包括支援センター" in turn.text
    assert NO_PHONE in turn.text
    assert "多機関協働" not in turn.text
    suggested = [e for t in convo.turns for e in t.of(WindowsSuggested)]
    assert suggested == [WindowsSuggested(("daisen-houkatsu",))]
    assert [o.label for o in turn.options] == [
        T.NEXT_CONTACT, T.NEXT_SELF, T.NEXT_TALK, T.NEXT_END,
    ]  # fmt: skip
    end = convo.send(press(T.NEXT_SELF))
    assert end.of(NextStepChosen) == [NextStepChosen("self")]
    assert "「緊急」" in end.text
    assert convo.state.step == "done"


def test_compound_names_every_window_and_coordination() -> None:
    convo = started(COMPOUND)
    reflect = convo.turns[-1]
    assert "お困りなのですね" in reflect.text
    assert "介護" in reflect.text and "お金" in reflect.text
    convo.send(press(T.YES))
    turn = skip_questions(convo)
    cards = [r for r in turn.replies if isinstance(r, WindowCard)]
    titles = [c.title for c in cards]
    assert {"高齢者包括支援センター", "こども家庭センター", "自立相談支援室"} <= set(titles)
    assert all(c.note == NO_PHONE for c in cards)
    assert "多機関協働" in turn.text
    assert "大仙市社会福祉協議会" in turn.text


# --- crisis -------------------------------------------------------------------


def crisis_turn(text: str, convo: Conversation | None = None) -> Turn:
    convo = convo or started()
    turn = convo.send(text)
    first = turn.replies[0]
    assert isinstance(first, TextReply) and first.urgent, turn.text
    assert turn.of(CrisisRaised), turn.text
    assert isinstance(turn.replies[1], WindowCard) and turn.replies[1].urgent
    assert T.CRISIS_CONTINUE in turn.text
    return turn


def phones(turn: Turn) -> list[str]:
    return [r.phone for r in turn.replies if isinstance(r, WindowCard) and r.urgent]


def test_suicide() -> None:
    turn = crisis_turn("もう死にたい。消えてしまいたい")
    assert turn.of(CrisisRaised)[0].kinds == ("suicide",)
    assert {"0120-061-338", "0120-279-338", "0570-064-556"} <= set(phones(turn))


def test_abuse_of_a_child() -> None:
    turn = crisis_turn("隣の家の子どもにいつもアザがあって、毎晩怒鳴り声と泣き声がします")
    assert "abuse" in turn.of(CrisisRaised)[0].kinds
    assert "189" in phones(turn)


def test_dv() -> None:
    turn = crisis_turn("夫に殴られて、怖くて家にいられません")
    assert "dv" in turn.of(CrisisRaised)[0].kinds
    assert {"#8008", "0120-279-889", "110"} <= set(phones(turn))
    assert "110番" in turn.replies[0].text  # type: ignore[union-attr]


def test_emergency_puts_119_and_110_first() -> None:
    turn = crisis_turn("父が倒れて、呼んでも返事がありません")
    assert "emergency" in turn.of(CrisisRaised)[0].kinds
    assert phones(turn)[:2] == ["119", "110"]


def test_child_writing_about_themself_gets_childrens_lines() -> None:
    turn = crisis_turn("中学生です。親に毎日たたかれていて、家に帰りたくない")
    assert {"189", "0120-0-78310", "0120-99-7777"} <= set(phones(turn))


def test_crisis_in_the_middle_of_the_flow_comes_first_and_keeps_the_step() -> None:
    convo = to_windows()
    turn = crisis_turn("もう疲れた。死にたい", convo)
    assert convo.state.step == "next"
    assert turn.replies[-1].options  # type: ignore[union-attr]


def test_crisis_before_the_municipality_is_chosen() -> None:
    convo = Conversation(ctx=context(("daisen", "oizumi")))
    turn = crisis_turn("死にたい", convo)
    assert convo.state.step == "choose_municipality"
    assert "大泉町" in [o.label for o in turn.options]


# --- nothing recognised, correction --------------------------------------------


def test_nothing_recognised_is_never_a_dead_end() -> None:
    convo = started()
    turn = convo.send("えっと、あの")
    assert "うまく読み取れませんでした" in turn.text
    labels = [o.label for o in turn.options]
    assert "介護" in labels and T.TALK_STAFF in labels
    turn = convo.send(press("お金や暮らし"))
    assert turn.of(FieldsCorrected) == [FieldsCorrected(("hardship",))]
    assert "自立相談支援室" in skip_questions(convo).text


def test_nothing_recognised_then_talk_to_staff() -> None:
    convo = started("えっと、あの")
    turn = convo.send(press(T.TALK_STAFF))
    assert turn.of(NextStepChosen) == [NextStepChosen("talk")]
    assert "大仙市の担当の職員" in turn.text
    assert convo.state.step == "consent"


def test_correction() -> None:
    convo = started(COMPOUND)
    turn = convo.send(press(T.FIX))
    assert "✓介護" in [o.label for o in turn.options]
    convo.send(press("子ども・子育て"))
    turn = convo.send(press(T.OK))
    corrected = turn.of(FieldsCorrected)[0].fields
    assert "child" not in corrected and "care" in corrected
    turn = skip_questions(convo)
    assert "こども家庭センター" not in turn.text
    assert "高齢者包括支援センター" in turn.text


def test_more_to_write_merges() -> None:
    convo = started(CARE)
    convo.send(press(T.MORE))
    turn = convo.send("それと、家賃も払えなくなりそうです")
    assert "介護" in turn.text and "お金" in turn.text


def test_typed_labels_work_like_buttons() -> None:
    convo = started(CARE)
    convo.send("はい")
    assert convo.state.step in ("next", "ask_who", "ask_age")


# --- consent and contact --------------------------------------------------------


def test_consent_with_phone() -> None:
    convo = to_windows()
    turn = convo.send(press(T.NEXT_CONTACT))
    shown = turn.replies[-1].text  # type: ignore[union-attr]
    assert "大仙市" in shown and "高齢者包括支援センター" in shown and "同意しますか" in shown
    turn = convo.send(press(T.CONSENT_YES))
    assert turn.of(ConsentRecorded) == [ConsentRecorded(True, shown)]
    convo.send(press(T.METHOD_PHONE))
    bad = convo.send("よくわかりません")
    assert "読み取れませんでした" in bad.text and convo.state.step == "phone"
    turn = convo.send("０９０－１２３４－５６７８")
    assert turn.of(ContactMethodRecorded) == [ContactMethodRecorded("phone", "09012345678")]
    assert "090-1234-5678" in turn.text
    assert convo.state.step == "done"
    assert "09012345678" not in json.dumps(convo.state.data)
    for promise in ("以内", "までに", "折り返し"):
        assert promise not in turn.text


def test_consent_with_chat_for_talk_to_staff() -> None:
    convo = to_windows(COMPOUND)
    turn = convo.send(press(T.NEXT_TALK))
    assert "多機関協働" in turn.text
    convo.send(press(T.CONSENT_YES))
    convo.send(press(T.METHOD_PHONE))
    turn = convo.send(press(T.METHOD_CHAT))  # back to 「このチャットで」
    assert turn.of(ContactMethodRecorded) == [ContactMethodRecorded("chat")]
    assert "届いた順番" in turn.text
    assert convo.state.step == "with_staff"
    later = convo.send("追加で、父も最近物忘れがあります")
    assert later.of(WorryRecorded) and T.AFTER_DONE in later.text


def test_no_consent_stays_anonymous() -> None:
    convo = to_windows()
    convo.send(press(T.NEXT_CONTACT))
    turn = convo.send(press(T.CONSENT_NO))
    assert turn.of(ConsentRecorded)[0].given is False
    assert "名前のわからない相談" in turn.text and "「緊急」" in turn.text
    assert convo.state.step == "done"


def test_after_the_end_crisis_still_triggers() -> None:
    convo = to_windows()
    convo.send(press(T.NEXT_END))
    crisis_turn("もう生きていたくない", convo)


# --- deletion, restart, municipality --------------------------------------------


def test_delete_confirmed() -> None:
    convo = to_windows()
    turn = convo.send("削除")
    assert [o.label for o in turn.options] == [T.DELETE_YES, T.DELETE_NO]
    turn = convo.send(press(T.DELETE_YES))
    assert turn.of(DeletionConfirmed) and "削除しました" in turn.text
    assert convo.state.step == "new" and convo.state.data == {}


def test_delete_cancelled_goes_back() -> None:
    convo = started(CARE)
    convo.send("さくじょ")
    turn = convo.send(press(T.DELETE_NO))
    assert not turn.of(DeletionConfirmed)
    assert convo.state.step == "confirm" and "合っていますか" in turn.text


def test_restart_in_the_middle() -> None:
    convo = to_windows()
    turn = convo.send("最初から")
    assert turn.of(Restarted) and "はじめまして" in turn.text
    assert convo.state.step == "await_worry"
    assert convo.state.data == {"municipality": "daisen"}
    assert "お母さまの介護" in convo.send(CARE).text


def test_worry_before_choosing_the_municipality_is_kept() -> None:
    convo = Conversation(ctx=context(("daisen", "oizumi")))
    turn = convo.send(CARE)
    assert [o.label for o in turn.options] == ["大仙市", "大泉町"]
    assert "お住まいの市町村" in turn.text
    turn = convo.send(press("大泉町"))
    assert turn.of(MunicipalityChosen) == [MunicipalityChosen("oizumi")]
    assert "お母さまの介護" in turn.text
    convo.send(press(T.YES))
    turn = skip_questions(convo)
    assert "大泉町のホームページか町役場" in turn.text


def test_municipality_typed_by_name() -> None:
    convo = Conversation(ctx=context(("daisen", "oizumi")))
    convo.send(event("follow"))
    turn = convo.send("大仙")
    assert turn.of(MunicipalityChosen) == [MunicipalityChosen("daisen")]


# --- always available -------------------------------------------------------------


@pytest.mark.parametrize("path", [(), (CARE,), (CARE, press(T.YES))])
def test_keywords_at_several_steps(path: tuple[object, ...]) -> None:
    convo = started(*path)
    step = convo.state.step
    listing = convo.send("窓口一覧")
    assert "高齢者包括支援センター" in listing.text and "自立相談支援室" in listing.text
    emergency = convo.send("きんきゅう")
    assert {"119", "110", "0120-061-338", "189", "#8008"} <= set(phones(emergency))
    assert emergency.of(CrisisRaised)  # staff see this case first
    stop = convo.send("もう送らないで")
    assert stop.of(OutreachStopRequested) and "送ることはしません" in stop.text
    assert convo.state.step == step


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("こんにちは", T.HELLO),
        ("ありがとう！", T.THANKS),
        ("誰が見ているの？", "担当の職員"),
        ("名前は必要？", T.FAQ_NAME),
        ("無料？", T.FAQ_FREE),
        ("AI?", "自動のプログラム"),
        ("/stop", "送ることはしません"),
    ],
)
def test_small_talk_answers_and_keeps_the_question(text: str, phrase: str) -> None:
    convo = started(CARE)
    turn = convo.send(text)
    assert phrase in turn.text
    assert convo.state.step == "confirm"


# --- channel events -----------------------------------------------------------------


def test_channel_events() -> None:
    convo = started(CARE)
    turn = convo.send(event("non_text"))
    assert "スタンプや画像" in turn.text and convo.state.step == "confirm"
    turn = convo.send(event("group"))
    assert "1対1" in turn.text
    turn = convo.send(event("unsend", message_id="m1"))
    assert turn.events == [MessageUnsent("m1")] and turn.replies == []
    turn = convo.send(event("unfollow"))
    assert turn.events == [Unreachable()] and turn.replies == []


def test_invite_codes() -> None:
    convo = Conversation(ctx=context())
    turn = convo.send(event("follow", invite_code="ABCD2345"))
    assert turn.of(InviteLinked) == [InviteLinked("ABCD2345")] and "はじめまして" in turn.text
    turn = convo.send("招待コード　ｗｘｙｚ６７８９")
    assert turn.of(InviteLinked) == [InviteLinked("WXYZ6789")]
    assert "招待コードが読み取れません" in convo.send("招待コード 1234").text


# --- answers change the windows -------------------------------------------------------


def test_age_answer_adds_childrens_window() -> None:
    convo = started("障害のことで相談したいです")
    convo.send(press(T.YES))
    turn = convo.turns[-1]
    if any(o.value.startswith("who:") for o in turn.options):
        turn = convo.send(press("子どものこと"))
        assert turn.of(AnswerRecorded) == [AnswerRecorded("who", "child")]
    turn = convo.send(press("18歳より下"))
    assert turn.of(AnswerRecorded) == [AnswerRecorded("age", "under18")]
    assert "こども家庭センター" in turn.text


def test_a_student_writing_about_themself_gets_childrens_lines() -> None:
    convo = started("学校に行きたくない。家でも居場所がない")
    assert "子どもや子育て、学校のこと" in convo.turns[-1].text
    convo.send(press(T.YES))
    convo.send(press("自分のこと"))
    turn = convo.send(press("18歳より下"))
    assert "こども家庭センター" in turn.text
    assert {"0120-0-78310", "0120-99-7777"} <= {
        r.phone for r in turn.replies if isinstance(r, WindowCard)
    }


def test_a_carer_afraid_of_hitting_a_parent_gets_the_care_window_not_189() -> None:
    turn = crisis_turn("認知症の母をつい叩いてしまいそうで怖い")
    cards = [r for r in turn.replies if isinstance(r, WindowCard)]
    assert cards[0].title == "高齢者包括支援センター" and cards[0].urgent
    assert "189" not in phones(turn)
    assert "あなたのせいではありません" in turn.text


@pytest.mark.parametrize(
    "text",
    ["停止", "もう連絡しないでください", "送らないでください", "メッセージを止めて", "連絡不要"],
)
def test_every_way_of_saying_stop_stops_outreach(text: str) -> None:
    convo = started(CARE)
    turn = convo.send(text)
    assert turn.of(OutreachStopRequested) and "送ることはしません" in turn.text
