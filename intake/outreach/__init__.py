"""アウトリーチ等を通じた継続的支援: invites, gentle follow-up plans, staff reminders.

An outreach worker leaves a letter or flyer with a code (or QR). When a resident arrives
through it, their chat is linked to the invite (still anonymous) and the invite's plan is
scheduled: a few gentle messages that ask nothing, within sending hours, under a weekly
cap and the LINE push budget. A reply pauses the plan for the outreach worker; 停止,
a block or deletion stops it at once.

:func:`install` hooks this into :class:`intake.service.Intake` (called by
``bot.runtime.build_runtime``); the worker job is ``bot/outreach_jobs.py``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from intake.messages import Inbound
from intake.models import Case, Invite, Resident
from intake.outreach.config import ConfigError, OutreachConfig, current_config, load_config
from intake.outreach.plan import on_inbound, start_plan
from intake.service import Intake
from intake.settings import Settings

__all__ = ["ConfigError", "OutreachConfig", "current_config", "install", "load_config"]


def install(intake: Intake, settings: Settings) -> None:
    """Register the invite and inbound hooks on the service (once per Intake)."""
    if getattr(intake, "_outreach_installed", False):
        return
    current_config(settings.var_dir)  # read once now; a bad local edit is logged
    tz = settings.tz

    def invite_hook(session: Session, resident: Resident, invite: Invite, now: datetime) -> None:
        start_plan(session, resident, invite, now, current_config(settings.var_dir), tz)

    def inbound_hook(session: Session, resident: Resident, case: Case, inbound: Inbound) -> None:
        on_inbound(session, resident, case, inbound)

    intake.invite_hooks.append(invite_hook)
    intake.inbound_hooks.append(inbound_hook)
    intake._outreach_installed = True  # type: ignore[attr-defined]
