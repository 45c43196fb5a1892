"""CSRF protection for every admin POST (and PUT, PATCH, DELETE).

Two checks, both needed:

1. **Origin**: a browser sends ``Origin`` (and ``Sec-Fetch-Site``) with every POST; a
   request from another site (or ``Origin: null``) is refused before the token is read.
2. **Token**: each session has one random token (:mod:`admin.sessions`); every form
   carries it as the hidden field ``csrf_token`` (``{% include "_csrf.html" %}``), and
   scripts send it as the ``X-CSRF-Token`` header. It is compared in constant time.

:func:`csrf_protect` is a router dependency: :func:`admin.create_admin` puts it on every
admin router, including the outreach pages (``admin.outreach_views.router``), so a new
POST route is protected without doing anything.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import Request

from admin.errors import CsrfFailed
from admin.sessions import session_of

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
FIELD_NAME = "csrf_token"
HEADER_NAME = "X-CSRF-Token"


def token(request: Request) -> str:
    """The token to put in a form (the hidden field ``csrf_token``)."""
    return session_of(request).csrf


def _same_origin(request: Request, origin: str) -> bool:
    """The Origin names this host. The scheme is not compared: behind a TLS-terminating
    proxy the app may see http while the browser sends ``Origin: https://…``."""
    parts = urlsplit(origin)
    host = request.headers.get("host", request.url.netloc)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.netloc == host


async def csrf_protect(request: Request) -> None:
    """Refuse unsafe requests without the session's token or from another origin."""
    if request.method not in UNSAFE_METHODS:
        return
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise CsrfFailed("別のサイトからの送信は受け付けません。")
    origin = request.headers.get("origin")
    if origin is not None and not _same_origin(request, origin):
        raise CsrfFailed("別のサイトからの送信は受け付けません。")
    sent = request.headers.get(HEADER_NAME)
    if sent is None:
        form = await request.form()
        value = form.get(FIELD_NAME)
        sent = value if isinstance(value, str) else None
    expected = session_of(request).csrf
    if not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfFailed(
            "フォームの有効期限が切れたか、正しくない送信です。画面を読み込み直してから、もう一度お試しください。"
        )
