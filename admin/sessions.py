"""Signed admin session cookies (itsdangerous) and the middleware that sets them.

The cookie holds only the staff id, the CSRF token, when it was issued and a fingerprint
of the password hash (so a password change signs every session out). Signing out sets
``Staff.sessions_valid_from``, which voids every cookie issued before it, copies included
(see :func:`admin.auth.current_staff`). It is signed with
``settings.secret()``, HttpOnly, SameSite=Lax, Secure on https, scoped to ``/admin`` and
valid for :data:`MAX_AGE` seconds from sign-in. Visitors who are not signed in get an
anonymous session too: it carries the CSRF token of the sign-in form.

:class:`AdminMiddleware` also adds the security headers to every ``/admin`` response.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE_NAME = "tsunagu_admin"
COOKIE_PATH = "/admin"
MAX_AGE = 8 * 3600  # one working day
SCOPE_KEY = "tsunagu.admin_session"

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    (
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
)


def fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


@dataclass
class AdminSession:
    """What the cookie carries; ``dirty`` means the cookie must be (re)sent."""

    staff_id: int | None = None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    issued: float = field(default_factory=time.time)
    fingerprint: str = ""
    dirty: bool = False
    expired: bool = False

    def sign_in(self, staff_id: int, password_hash: str) -> None:
        """Start a fresh session (new token: no session fixation)."""
        self.staff_id = staff_id
        self.csrf = secrets.token_urlsafe(32)
        self.issued = time.time()
        self.fingerprint = fingerprint(password_hash)
        self.dirty = True
        self.expired = False

    def sign_out(self) -> None:
        self.staff_id = None
        self.csrf = secrets.token_urlsafe(32)
        self.issued = time.time()
        self.fingerprint = ""
        self.dirty = True

    def payload(self) -> dict[str, Any]:
        return {"s": self.staff_id, "c": self.csrf, "t": self.issued, "f": self.fingerprint}


class SessionCodec:
    """Signs and reads session cookies."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="tsunagu.admin.session")

    def dumps(self, session: AdminSession) -> str:
        return self._serializer.dumps(session.payload())

    def loads(self, value: str | None) -> AdminSession:
        """The session in the cookie, or a new anonymous one (marked dirty)."""
        if value:
            try:
                data = self._serializer.loads(value, max_age=MAX_AGE)
            except BadSignature as exc:  # SignatureExpired is a BadSignature
                return AdminSession(dirty=True, expired=isinstance(exc, SignatureExpired))
            if isinstance(data, dict) and isinstance(data.get("c"), str):
                staff_id = data.get("s")
                return AdminSession(
                    staff_id=staff_id if isinstance(staff_id, int) else None,
                    csrf=data["c"],
                    issued=float(data.get("t") or 0),
                    fingerprint=str(data.get("f") or ""),
                )
        return AdminSession(dirty=True)

    def cookie(self, session: AdminSession, *, secure: bool) -> str:
        remaining = max(0, int(session.issued + MAX_AGE - time.time()))
        parts = [
            f"{COOKIE_NAME}={self.dumps(session)}",
            f"Path={COOKIE_PATH}",
            f"Max-Age={remaining}",
            "HttpOnly",
            "SameSite=Lax",
        ]
        if secure:
            parts.append("Secure")
        return "; ".join(parts)


def session_of(conn: HTTPConnection) -> AdminSession:
    """The admin session of a request (set by :class:`AdminMiddleware`)."""
    session = conn.scope.get(SCOPE_KEY)
    if not isinstance(session, AdminSession):
        raise RuntimeError("AdminMiddleware is not installed")
    return session


def _read_cookie(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed Cookie header: treat as absent
                return None
            morsel = jar.get(COOKIE_NAME)
            if morsel is not None:
                return morsel.value
    return None


class AdminMiddleware:
    """For paths under ``/admin``: load the session, add security headers, send the cookie."""

    def __init__(self, app: ASGIApp, *, secret: str, prefix: str = "/admin") -> None:
        self.app = app
        self.codec = SessionCodec(secret)
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == self.prefix or path.startswith(self.prefix + "/")
        ):
            await self.app(scope, receive, send)
            return
        static = path.startswith(self.prefix + "/static/")
        session = None if static else self.codec.loads(_read_cookie(scope))
        if session is not None:
            scope[SCOPE_KEY] = session
        secure = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers[name] = value
                if not static:
                    headers["Cache-Control"] = "no-store"
                if session is not None and session.dirty:
                    headers.append("Set-Cookie", self.codec.cookie(session, secure=secure))
            await send(message)

        await self.app(scope, receive, send_with_headers)
