"""Demo data for ``tsunagu demo``: staff logins and cases of every kind.

Cases are made the honest way: scripted residents talk to the real engine, so the
extraction, evidence, windows and consent in the admin are exactly what the bot produced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from admin.accounts import create_staff
from bot.runtime import Runtime
from intake import residents
from intake.db import transaction
from intake.messages import Inbound
from intake.models import Case, Handoff, Message, OutboxMessage, Staff, utcnow

DEMO_STAFF = "demo"
DEMO_PASSWORD = "demo-password"  # noqa: S105 - the demo login, printed on start
ALL = ["daisen", "nagai", "oizumi", "wakuya", "oda"]


@dataclass(frozen=True)
class Script:
    """One demo resident: where they live, how they write, and what staff did since."""

    channel: str
    municipality: str
    lines: tuple[str, ...]
    hours_ago: float
    status: str = "new"
    staff_reply: str | None = None
    handoff: str | None = None


SCRIPTS = (
    Script(
        "line",
        "daisen",
        ("もう消えたい。毎日つらくて、薬をたくさん飲んでしまおうかと考えています",),
        0.3,
    ),
    Script(
        "telegram",
        "daisen",
        ("夫に毎日どなられて、昨日は殴られました。子どもも怖がっています",),
        1.5,
    ),
    Script(
        "line",
        "nagai",
        (
            "80代の母と、10年以上ひきこもっている50代の兄と3人暮らしです。母の年金だけで生活していて、この先が不安です",
            "はい",
            "窓口から連絡がほしい",
            "同意する",
            "このチャットで",
        ),
        26,
        status="in_progress",
        staff_reply="ご連絡ありがとうございます。長井市福祉あんしん課の担当です。お兄さまのことも含めて、一緒に考えさせてください。",
    ),
    Script(
        "web",
        "daisen",
        (
            "子育てをしながら、認知症の父の介護もしています。もう限界です",
            "はい",
            "もう少し話したい（職員と）",
        ),
        5,
    ),
    Script("line", "oda", ("中学生です。母が病気で、毎日ごはんを作ったり弟の世話をしています",), 3),
    Script(
        "line",
        "daisen",
        ("父の介護保険の申請をしたいのですが、どこに行けばいいですか", "はい", "自分で連絡する"),
        50,
        status="referred",
        handoff="daisen-houkatsu",
    ),
    Script(
        "telegram", "oda", ("息子に発達障害があり、就労継続支援について知りたいです", "はい"), 8
    ),
    Script("web", "wakuya", ("一人暮らしで、誰とも話さない日が続いています。さみしいです",), 12),
    Script(
        "line",
        "daisen",
        ("隣の家の子どもが夜中にずっと泣いていて、叩かれているような音がします",),
        0.8,
    ),
    Script(
        "line",
        "oizumi",
        ("仕事をなくして家賃が払えません。電気も止まりそうです", "はい", "今日はここまで"),
        400,
        status="closed",
    ),
    Script(
        "telegram",
        "daisen",
        ("一人暮らしの父と3日も連絡が取れません。家で倒れているかもしれない",),
        0.1,
    ),
)


def load_demo_data(runtime: Runtime) -> int:
    """Create the demo logins and cases once; return how many cases were created."""
    with transaction(runtime.factory) as session:
        if session.scalars(select(Staff).where(Staff.name == DEMO_STAFF)).first():
            return 0
        create_staff(session, DEMO_STAFF, "coordinator", ALL, DEMO_PASSWORD)
        create_staff(session, "daisen-staff", "staff", ["daisen"], DEMO_PASSWORD)
        create_staff(session, "outreach", "outreach", ALL, DEMO_PASSWORD)
    now = utcnow()
    for number, script in enumerate(SCRIPTS, 1):
        _play(runtime, script, f"demo-{script.channel}-{number:02d}", now)
    with transaction(runtime.factory) as session:  # no real platform behind demo residents
        session.execute(update(OutboxMessage).values(status="sent", sent_at=now))
    return len(SCRIPTS)


def _play(runtime: Runtime, script: Script, user_id: str, now: datetime) -> None:
    start = now - timedelta(hours=script.hours_ago)
    with transaction(runtime.factory) as session:
        resident = residents.create(session, script.channel, user_id)
        resident.municipality_id = script.municipality
        resident.created_at = start
    for i, line in enumerate(script.lines):
        at = start + timedelta(minutes=i)
        inbound = Inbound(
            channel=script.channel, user_id=user_id, kind="text", text=line, received_at=at
        )
        with transaction(runtime.factory) as session:
            handled = runtime.intake.handle(session, inbound, now=at)
    if handled.case_id is None:
        return
    with transaction(runtime.factory) as session:
        case = session.get(Case, handled.case_id)
        staff = session.scalars(select(Staff).where(Staff.name == DEMO_STAFF)).one()
        assert case is not None
        case.created_at = start
        case.status = script.status
        if script.status != "new":
            case.assignee_id = staff.id
        if script.staff_reply:
            reply_at = start + timedelta(hours=2)
            session.add(
                Message(
                    resident_id=case.resident_id,
                    case_id=case.id,
                    direction="out",
                    sender="staff",
                    staff_id=staff.id,
                    text=script.staff_reply,
                    created_at=reply_at,
                )
            )
            case.first_staff_reply_at = reply_at
        if script.handoff:
            directory = runtime.intake.directory
            service = directory.municipality(script.municipality).service(script.handoff)
            session.add(
                Handoff(
                    case_id=case.id,
                    window_id=script.handoff,
                    window_name=service.name,
                    staff_id=staff.id,
                    created_at=start + timedelta(hours=3),
                )
            )
        if script.status == "closed":
            case.closed_at = start + timedelta(days=2)
