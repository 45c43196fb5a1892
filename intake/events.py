"""What the conversation engine decided, for the service layer to record.

The engine (:mod:`intake.engine`) is pure: it returns these events with its replies, and
:mod:`intake.service` applies them to the case record inside the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class MunicipalityChosen:
    municipality_id: str


@dataclass(frozen=True)
class WorryRecorded:
    """The resident described a worry; ``extraction`` is ``nlp.Extraction.to_dict()``."""

    extraction: dict[str, Any]


@dataclass(frozen=True)
class CrisisRaised:
    """A crisis signal: the case becomes urgent for staff at once."""

    kinds: tuple[str, ...]


@dataclass(frozen=True)
class FieldsCorrected:
    """The resident corrected what the bot understood."""

    fields: tuple[str, ...]


@dataclass(frozen=True)
class AnswerRecorded:
    """An optional question was answered (for the 相談受付・申込票 checklist)."""

    key: str  # e.g. "who", "age"
    value: str


@dataclass(frozen=True)
class WindowsSuggested:
    window_ids: tuple[str, ...]


NextStep = Literal["contact", "self", "talk", "end"]


@dataclass(frozen=True)
class NextStepChosen:
    """「窓口から連絡がほしい」 contact / 「自分で連絡する」 self / talk to staff / end."""

    choice: NextStep


@dataclass(frozen=True)
class ConsentRecorded:
    """本人同意あり/なし with the exact text that was shown."""

    given: bool
    text: str


@dataclass(frozen=True)
class ContactMethodRecorded:
    method: Literal["chat", "phone"]
    phone: str | None = None


@dataclass(frozen=True)
class DeletionConfirmed:
    """Delete everything held about this resident (after the reply is sent)."""


@dataclass(frozen=True)
class OutreachStopRequested:
    """停止 / もう送らないで / 連絡しないで / Telegram /stop: no more follow-ups."""


@dataclass(frozen=True)
class Unreachable:
    """The resident blocked the bot (LINE unfollow, Telegram blocked)."""


@dataclass(frozen=True)
class MessageUnsent:
    message_id: str


@dataclass(frozen=True)
class Restarted:
    """「最初から」: a new case starts; the old one stays for staff."""


@dataclass(frozen=True)
class InviteLinked:
    code: str


Event = (
    MunicipalityChosen
    | WorryRecorded
    | CrisisRaised
    | FieldsCorrected
    | AnswerRecorded
    | WindowsSuggested
    | NextStepChosen
    | ConsentRecorded
    | ContactMethodRecorded
    | DeletionConfirmed
    | OutreachStopRequested
    | Unreachable
    | MessageUnsent
    | Restarted
    | InviteLinked
)


@dataclass
class ConversationState:
    """Serialisable state of one resident's conversation (stored as ``step`` + ``data``)."""

    step: str = "new"
    data: dict[str, Any] = field(default_factory=dict)
