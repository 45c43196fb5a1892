"""Pure time arithmetic: sending hours, month boundaries, calendar months (no database)."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, time, timedelta, tzinfo

from intake.outreach.config import Rules


def in_hours(at: datetime, rules: Rules, tz: tzinfo) -> bool:
    local = at.astimezone(tz).time()
    return rules.start <= local < rules.end


def next_opening(at: datetime, rules: Rules, tz: tzinfo) -> datetime:
    """``at`` itself when it is inside sending hours, else the next time they open (UTC)."""
    local = at.astimezone(tz)
    if rules.start <= local.time() < rules.end:
        return at.astimezone(UTC)
    day = local.date() if local.time() < rules.start else local.date() + timedelta(days=1)
    return datetime.combine(day, rules.start, tzinfo=tz).astimezone(UTC)


def month_bounds(at: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """The calendar month (in ``tz``) holding ``at``, as UTC ``[start, end)``."""
    local = at.astimezone(tz)
    start = datetime(local.year, local.month, 1, tzinfo=tz)
    end = add_months(start, 1)
    return start.astimezone(UTC), end.astimezone(UTC)


def add_months(at: datetime, months: int) -> datetime:
    """Same day and time ``months`` later (clamped to the month's last day)."""
    index = at.month - 1 + months
    year, month = at.year + index // 12, index % 12 + 1
    day = min(at.day, calendar.monthrange(year, month)[1])
    return at.replace(year=year, month=month, day=day)


def local_day(at: datetime, tz: tzinfo) -> datetime:
    """Midnight of ``at``'s local day, aware in ``tz``."""
    local = at.astimezone(tz)
    return datetime.combine(local.date(), time(0), tzinfo=tz)
