"""Typed page contexts: each admin page renders exactly one of these dataclasses.

Templates receive it as ``page`` (plus ``chrome``, the frame around every page). Every
class documents its fields under ``Attributes:``; ``tests/admin/test_contexts.py`` keeps
that true. Texts in these objects are plain strings: the templates escape them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NavItem:
    """One link of the top navigation.

    Attributes:
        label: the link text.
        href: where it goes.
        active: True on the page it names.
    """

    label: str
    href: str
    active: bool = False


@dataclass(frozen=True)
class Chrome:
    """The frame of every page: who is signed in, the navigation and the form token.

    Attributes:
        staff_name: the signed-in staff member's name ("" on the sign-in page).
        role_label: their role in Japanese.
        municipalities: names of the municipalities they work for.
        csrf_token: the token every form must send (``_csrf.html``).
        nav: the navigation links for their role.
    """

    staff_name: str = ""
    role_label: str = ""
    municipalities: tuple[str, ...] = ()
    csrf_token: str = ""
    nav: tuple[NavItem, ...] = ()


@dataclass(frozen=True)
class Badge:
    """A small coloured label: a field, pattern, crisis kind or status.

    Attributes:
        kind: field, pattern, crisis or status (chooses the colour).
        value: the id (care, 8050, suicide, in_progress …).
        label: the Japanese word shown.
    """

    kind: str
    value: str
    label: str


@dataclass(frozen=True)
class Option:
    """One choice of a select box.

    Attributes:
        value: what the form sends.
        label: what staff read.
        selected: whether it is chosen now.
    """

    value: str
    label: str
    selected: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One open case in the queue.

    Attributes:
        case_id: the case number.
        handle: the resident's pseudonymous handle (never a platform id).
        channel_label: LINE, Telegram or Webチャット.
        municipality: the municipality's name ("自治体未選択" when not chosen yet).
        status: the status badge.
        fields: field badges.
        patterns: pattern badges.
        crisis: crisis badges (empty when none).
        compound: two or more fields, or any pattern.
        waiting: how long the resident has waited, e.g. 「3時間」 ("" when not waiting).
        waiting_since_iso: the same as an ISO time (for the page's script).
        assignee: the assigned staff member's name, or "".
    """

    case_id: int
    handle: str
    channel_label: str
    municipality: str
    status: Badge
    fields: tuple[Badge, ...]
    patterns: tuple[Badge, ...]
    crisis: tuple[Badge, ...]
    compound: bool
    waiting: str
    waiting_since_iso: str
    assignee: str


@dataclass(frozen=True)
class QueueContext:
    """The queue (``/admin``): open cases, crisis first, then compound, then longest waiting.

    Attributes:
        rows: the cases shown, in queue order.
        crisis_ids: ids of the crisis cases shown (the script alerts on new ones).
        field_options: the field filter.
        status_options: the status filter.
        channel_options: the channel filter.
        assignee_options: the assignee filter.
        query: the current filters as a query string (for the polling URL).
        filtered: True when any filter is set.
    """

    rows: tuple[QueueRow, ...]
    crisis_ids: tuple[int, ...]
    field_options: tuple[Option, ...]
    status_options: tuple[Option, ...]
    channel_options: tuple[Option, ...]
    assignee_options: tuple[Option, ...]
    query: str
    filtered: bool


@dataclass(frozen=True)
class Segment:
    """A piece of a message: plain text, or words that raised a flag.

    Attributes:
        text: the words (escaped by the template).
        label: the Japanese label of the flag, or "" for plain text.
        group: field, pattern or crisis ("" for plain text).
        note: the extractor's note for staff ("" when none).
    """

    text: str
    label: str = ""
    group: str = ""
    note: str = ""


@dataclass(frozen=True)
class TranscriptLine:
    """One message of the transcript.

    Attributes:
        message_id: the message's id.
        sender: resident, bot or staff.
        sender_label: ご本人, つなぐ(自動応答) or the staff member's name.
        time: when, in local time.
        segments: the text cut into plain and highlighted pieces.
    """

    message_id: int
    sender: str
    sender_label: str
    time: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class EvidenceRow:
    """One reason for one flag, as listed beside the transcript.

    Attributes:
        badge: the flag.
        surface: the resident's words.
        note: the extractor's note.
        message_id: the message the words are in (0 when unknown).
    """

    badge: Badge
    surface: str
    note: str
    message_id: int


@dataclass(frozen=True)
class WindowView:
    """A suggested window (service of the municipality's directory).

    Attributes:
        service_id: the directory id.
        name: the window's name.
        department: who runs it.
        phone: its phone number ("" when the source gives none).
        hours: its hours.
    """

    service_id: str
    name: str
    department: str
    phone: str
    hours: str


@dataclass(frozen=True)
class ConsentView:
    """The resident's consent to share with other agencies.

    Attributes:
        state: yes, no or unknown.
        label: 本人同意あり, 本人同意なし or 未確認.
        at: when it was given or refused (local time, "—" when unknown).
        text: the wording the resident was shown ("" when none).
    """

    state: str
    label: str
    at: str
    text: str


@dataclass(frozen=True)
class NoteView:
    """A private staff note.

    Attributes:
        author: who wrote it.
        time: when.
        text: the note.
    """

    author: str
    time: str
    text: str


@dataclass(frozen=True)
class HandoffView:
    """A hand-off record.

    Attributes:
        window_name: the window the case was passed to.
        author: who recorded it.
        time: when.
        note: what was said or agreed ("" when none).
    """

    window_name: str
    author: str
    time: str
    note: str


@dataclass(frozen=True)
class FailedSend:
    """A message to the resident that could not be delivered.

    Attributes:
        time: when it was queued.
        kind: staff reply, bot reply, follow-up … in Japanese.
        error: the platform's error (never message content).
    """

    time: str
    kind: str
    error: str


@dataclass(frozen=True)
class ChecklistView:
    """The 相談受付・申込票 「ご相談の内容」 items the bot pre-filled.

    Attributes:
        items: (form item, the words that suggest it) in form order.
        visitor: 来談者 (本人 / 家族（続柄）…), "" when unknown.
    """

    items: tuple[tuple[str, str], ...]
    visitor: str


@dataclass(frozen=True)
class ReviewDates:
    """When a 多機関協働 case is due for monitoring and review (長井市: 3 and 6 months).

    Attributes:
        monitoring: the monitoring date (local).
        review: the 重層的支援会議 review date (local).
        source: where the rule comes from.
    """

    monitoring: str
    review: str
    source: str


@dataclass(frozen=True)
class CaseContext:
    """The case page (``/admin/cases/{id}``).

    Attributes:
        case_id: the case number.
        handle: the resident's pseudonymous handle.
        channel: the channel id (line, telegram, web).
        channel_label: the channel's name.
        municipality: the municipality's name.
        status: the current status badge.
        status_options: statuses staff can set.
        fields: field badges.
        patterns: pattern badges.
        crisis: crisis badges.
        evidence: each flag with the words that raised it.
        transcript: the conversation, oldest first.
        windows: suggested windows.
        handoff_options: windows a hand-off can name (suggested first).
        consent: the consent state.
        wants: what the resident asked for ("" when not asked).
        contact: how they want to be contacted, with the phone number when given.
        assignee: the assigned staff member's name ("" when nobody).
        assignee_options: staff of the same municipality.
        assigned_to_me: True when the viewer is the assignee.
        notes: private notes, newest last.
        handoffs: hand-off records, oldest first.
        failed_sends: undelivered messages (shown as a warning).
        reachable: False when the resident blocked the bot.
        can_reply: whether a reply can reach the resident on their channel.
        reply_hint: how a reply reaches them.
        checklist: the pre-filled 申込票 items.
        review: monitoring and review dates, when the municipality sets them.
        created: when the case was opened.
        waiting: how long the resident has waited ("" when not waiting).
        first_reply: when staff first replied ("—" when not yet).
        done: a confirmation after a change ("" when none).
    """

    case_id: int
    handle: str
    channel: str
    channel_label: str
    municipality: str
    status: Badge
    status_options: tuple[Option, ...]
    fields: tuple[Badge, ...]
    patterns: tuple[Badge, ...]
    crisis: tuple[Badge, ...]
    evidence: tuple[EvidenceRow, ...]
    transcript: tuple[TranscriptLine, ...]
    windows: tuple[WindowView, ...]
    handoff_options: tuple[Option, ...]
    consent: ConsentView
    wants: str
    contact: str
    assignee: str
    assignee_options: tuple[Option, ...]
    assigned_to_me: bool
    notes: tuple[NoteView, ...]
    handoffs: tuple[HandoffView, ...]
    failed_sends: tuple[FailedSend, ...]
    reachable: bool
    can_reply: bool
    reply_hint: str
    checklist: ChecklistView
    review: ReviewDates | None
    created: str
    waiting: str
    first_reply: str
    done: str


@dataclass(frozen=True)
class PrintContext:
    """The printable 相談受付・申込票 (``/admin/cases/{id}/print``).

    Attributes:
        case_id: the case number (ID欄).
        handle: the pseudonymous handle (no platform id is ever printed).
        version: 【本人同意あり】 or 【本人同意なし】.
        consent: the consent state.
        received: 受付日.
        receiver: 受付者 (the staff member printing it).
        municipality: the municipality's name.
        channel_label: 相談経路 (LINE, Telegram, Webチャット).
        visitor: 来談者 ("" when unknown).
        items: every form item with a tick and the words that suggest it.
        fields: field labels.
        patterns: pattern labels.
        crisis: crisis labels.
        wants: what the resident asked for.
        contact: how to contact them (the phone only with consent).
        windows: suggested windows.
        handoffs: hand-offs so far.
        printed: when this was printed.
    """

    case_id: int
    handle: str
    version: str
    consent: ConsentView
    received: str
    receiver: str
    municipality: str
    channel_label: str
    visitor: str
    items: tuple[tuple[str, bool, str], ...]
    fields: tuple[str, ...]
    patterns: tuple[str, ...]
    crisis: tuple[str, ...]
    wants: str
    contact: str
    windows: tuple[WindowView, ...]
    handoffs: tuple[HandoffView, ...]
    printed: str


@dataclass(frozen=True)
class Bar:
    """One bar of an SVG bar chart, with its geometry computed on the server.

    Attributes:
        label: the category.
        value: the number.
        x: left edge.
        y: top edge.
        width: width.
        height: height.
        text_x: where the number is written (x).
        text_y: where the number is written (y).
    """

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    text_x: float
    text_y: float


@dataclass(frozen=True)
class BarChart:
    """A server-rendered SVG bar chart (no script, no CDN).

    Attributes:
        title: what it shows (also the SVG's accessible name).
        width: the view box width.
        height: the view box height.
        horizontal: True for horizontal bars (labels on the left).
        bars: the bars.
        label_x: where horizontal bar labels end (x).
        baseline_y: the x-axis (vertical charts).
    """

    title: str
    width: int
    height: int
    horizontal: bool
    bars: tuple[Bar, ...]
    label_x: float = 0
    baseline_y: float = 0


@dataclass(frozen=True)
class ReportRow:
    """One line of a report table: a category with its count per month.

    Attributes:
        group: 分野, 複合課題, 危機, 経路, つなぎ先 ….
        label: the category.
        months: counts for April … March.
        total: the year's total.
    """

    group: str
    label: str
    months: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class ReportSection:
    """A table and its chart.

    Attributes:
        title: the section heading.
        rows: the table lines.
        chart: the year's totals as a bar chart.
    """

    title: str
    rows: tuple[ReportRow, ...]
    chart: BarChart


@dataclass(frozen=True)
class ReportsContext:
    """The yearly report (``/admin/reports``) for one municipality and 年度.

    Attributes:
        year: the fiscal year (April to March).
        year_label: e.g. 2026年度（令和8年度）.
        period: the dates covered.
        municipality_id: the municipality reported on.
        municipality: its name.
        municipality_options: municipalities the viewer may report on.
        year_options: years to choose from.
        months: month headings (4月 … 3月).
        total: cases per month.
        monthly_chart: cases per month as a chart.
        sections: by field, pattern, crisis, channel and hand-off window.
        compound_count: compound cases in the year.
        compound_share: their share, e.g. 「33.3%」.
        reply_count: cases with a staff reply (basis of the times).
        reply_median: median time to the first staff reply.
        reply_p90: 90th percentile of that time.
        csv_url: the CSV of the same figures.
    """

    year: int
    year_label: str
    period: str
    municipality_id: str
    municipality: str
    municipality_options: tuple[Option, ...]
    year_options: tuple[Option, ...]
    months: tuple[str, ...]
    total: ReportRow
    monthly_chart: BarChart
    sections: tuple[ReportSection, ...]
    compound_count: int
    compound_share: str
    reply_count: int
    reply_median: str
    reply_p90: str
    csv_url: str


@dataclass(frozen=True)
class AuditRow:
    """One audit entry.

    Attributes:
        time: when.
        staff: who ("—" for an unknown name at sign-in).
        action: what, in Japanese.
        case_id: the case concerned (0 when none).
        detail: ids and states only, never message content.
    """

    time: str
    staff: str
    action: str
    case_id: int
    detail: str


@dataclass(frozen=True)
class AuditContext:
    """The audit log (``/admin/audit``, coordinators only).

    Attributes:
        rows: entries, newest first.
        case_filter: the case number filtered on ("" for all).
        limit: how many entries are shown at most.
    """

    rows: tuple[AuditRow, ...]
    case_filter: str
    limit: int


@dataclass(frozen=True)
class LoginContext:
    """The sign-in page.

    Attributes:
        next_url: where to go after signing in.
        error: why the last attempt failed ("" when none).
        name: the name typed last time.
    """

    next_url: str
    error: str = ""
    name: str = ""


@dataclass(frozen=True)
class ErrorContext:
    """An error page.

    Attributes:
        status: the HTTP status.
        title: the heading.
        message: what happened and what to do.
    """

    status: int
    title: str
    message: str


@dataclass(frozen=True)
class PatternsContext:
    """The pattern portfolio (``/admin/-/patterns``): every component on one page.

    Attributes:
        badges: one badge of every kind and value.
        transcript: sample messages with highlighted evidence (and hostile text, escaped).
        rows: a sample queue table.
        chart: a sample bar chart.
        horizontal_chart: a sample horizontal bar chart.
        options: a sample select box.
    """

    badges: tuple[Badge, ...]
    transcript: tuple[TranscriptLine, ...]
    rows: tuple[QueueRow, ...]
    chart: BarChart
    horizontal_chart: BarChart
    options: tuple[Option, ...] = field(default=())
