"""Staff accounts: creation, password checks, and slowing down repeated failures.

Passwords are hashed with Argon2id (argon2-cffi). Failed sign-ins slow down twice over,
both stored in the database so every worker process sees them:

* per account: after :data:`ACCOUNT_FREE_TRIES` failures in a row the account is locked
  for 30 s, then 60 s, 120 s … (at most 15 minutes) — ``Staff.failed_logins`` and
  ``Staff.locked_until``;
* per client: failures are written to the audit log with a keyed hash of the client
  address (never the address itself); after :data:`CLIENT_FREE_TRIES` failures within
  :data:`CLIENT_WINDOW` the client waits the same increasing delay after each failure.

A successful sign-in clears the account's counter. While locked, the password is not
even checked, so guessing goes no faster.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from admin import audit
from intake.models import AuditEntry, Staff, utcnow
from intake.settings import KNOWN_MUNICIPALITIES

ROLES: tuple[str, ...] = ("staff", "outreach", "coordinator")
MIN_PASSWORD_LENGTH = 10
ACCOUNT_FREE_TRIES = 5
CLIENT_FREE_TRIES = 10
CLIENT_WINDOW = timedelta(minutes=15)
BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)

#: The hasher; tests swap in cheaper parameters. Stored hashes carry their own.
HASHER = PasswordHasher()
_DUMMY_HASH: dict[int, str] = {}


class AccountError(ValueError):
    """An account cannot be created as asked; the message says why."""


@dataclass(frozen=True)
class LoginResult:
    """The outcome of one sign-in attempt.

    Attributes:
        staff: the signed-in account, or None.
        retry_after: seconds until another attempt is accepted (0: not locked).
    """

    staff: Staff | None
    retry_after: int = 0


def delay_after(failures: int, free: int) -> timedelta:
    """0 up to ``free - 1`` failures, then 30 s, 60 s, 120 s … capped at 15 minutes."""
    if failures < free:
        return timedelta(0)
    delay: timedelta = BASE_DELAY * 2 ** min(failures - free, 10)
    return min(delay, MAX_DELAY)


def generate_password() -> str:
    """A random password of 16 URL-safe characters (shown once by ``tsunagu staff add``)."""
    return secrets.token_urlsafe(12)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _waste_time(password: str) -> None:
    """Spend as long as a real check when the name is unknown (no user enumeration)."""
    key = id(HASHER)
    if key not in _DUMMY_HASH:
        _DUMMY_HASH[key] = HASHER.hash(secrets.token_urlsafe(16))
    check_password(_DUMMY_HASH[key], password)


def create_staff(
    session: Session, name: str, role: str, municipalities: list[str], password: str
) -> Staff:
    """Add an account; raise :class:`AccountError` for a bad role, municipality or password."""
    name = name.strip()
    if not name or len(name) > 64:
        raise AccountError("name: 1 to 64 characters")
    if role not in ROLES:
        raise AccountError(f"role: one of {', '.join(ROLES)} (got {role!r})")
    if not municipalities:
        raise AccountError("municipality: name at least one")
    unknown = [m for m in municipalities if m not in KNOWN_MUNICIPALITIES]
    if unknown:
        raise AccountError(
            f"municipality: unknown {', '.join(unknown)}; known: {', '.join(KNOWN_MUNICIPALITIES)}"
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalars(select(Staff).where(Staff.name == name)).first() is not None:
        raise AccountError(f"name: {name!r} exists already")
    staff = Staff(
        name=name,
        role=role,
        municipalities=list(dict.fromkeys(municipalities)),
        password_hash=hash_password(password),
        failed_logins=0,
    )
    session.add(staff)
    session.flush()
    return staff


def set_password(staff: Staff, password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    staff.password_hash = hash_password(password)
    staff.failed_logins = 0
    staff.locked_until = None


def client_retry_after(session: Session, client_key: str, now: datetime) -> int:
    """Seconds this client must still wait, from its recent failures in the audit log."""
    detail = f"client={client_key}"
    count, last = session.execute(
        select(func.count(AuditEntry.id), func.max(AuditEntry.created_at)).where(
            AuditEntry.action == "login_failed",
            AuditEntry.detail == detail,
            AuditEntry.created_at > now - CLIENT_WINDOW,
        )
    ).one()
    if not count or last is None:
        return 0
    if last.tzinfo is None:  # SQLite aggregates come back without the column type
        last = datetime.fromisoformat(str(last)).replace(tzinfo=now.tzinfo)
    until = last + delay_after(int(count), CLIENT_FREE_TRIES)
    return max(0, int((until - now).total_seconds() + 0.999))


def verify(
    session: Session,
    name: str,
    password: str,
    *,
    client_key: str,
    now: datetime | None = None,
) -> LoginResult:
    """Check a sign-in, applying both throttles; write the outcome to the audit log."""
    now = now or utcnow()
    wait = client_retry_after(session, client_key, now)
    if wait:
        return LoginResult(None, wait)
    staff = session.scalars(select(Staff).where(Staff.name == name.strip())).first()
    if staff is not None and staff.locked_until is not None and staff.locked_until > now:
        return LoginResult(None, max(1, int((staff.locked_until - now).total_seconds() + 0.999)))
    if staff is None:
        _waste_time(password)
        ok = False
    else:
        ok = check_password(staff.password_hash, password)
    if staff is not None and ok:
        staff.failed_logins = 0
        staff.locked_until = None
        if HASHER.check_needs_rehash(staff.password_hash):
            staff.password_hash = hash_password(password)
        audit.record(session, staff, "login", now=now)
        return LoginResult(staff)
    retry = 0
    if staff is not None:
        staff.failed_logins = (staff.failed_logins or 0) + 1
        delay = delay_after(staff.failed_logins, ACCOUNT_FREE_TRIES)
        if delay:
            staff.locked_until = now + delay
            retry = int(delay.total_seconds())
    audit.record(session, staff, "login_failed", detail=f"client={client_key}", now=now)
    session.flush()
    return LoginResult(None, max(retry, client_retry_after(session, client_key, now)))
