"""Errors of the admin pages, each carrying its HTTP status and a message staff can act on.

::

    AdminError            (500) something went wrong; the page says what to check
     ├── BadRequest       (400) a form or query value is not usable
     ├── LoginRequired    (401) no valid session: HTML GETs are sent to the sign-in page
     ├── Forbidden        (403) the role may not open this page
     │    └── CsrfFailed  (403) missing or wrong form token, or a cross-site request
     ├── NotFound         (404) no such case *for this staff member*: another
     │                          municipality's case is "not found", never "forbidden"
     └── TooManyAttempts  (429) sign-in is slowed down after repeated failures

:func:`admin.create_admin` registers one handler that renders ``error.html`` (or JSON
for ``/admin/api``-style requests that ask for it).
"""

from __future__ import annotations


class AdminError(Exception):
    """Base class; ``status`` is the HTTP status, ``message`` is shown to staff."""

    status = 500
    title = "エラーが発生しました"

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class BadRequest(AdminError):
    """A form or query value is not usable."""

    status = 400
    title = "入力を確認してください"


class LoginRequired(AdminError):
    """No valid session."""

    status = 401
    title = "サインインしてください"


class Forbidden(AdminError):
    """The staff member's role may not open this page."""

    status = 403
    title = "この画面は開けません"


class CsrfFailed(Forbidden):
    """The form token is missing or wrong, or the request came from another site."""

    title = "送信を受け付けられませんでした"


class NotFound(AdminError):
    """No such case, or not one of this staff member's municipalities."""

    status = 404
    title = "見つかりません"


class TooManyAttempts(AdminError):
    """Sign-in is temporarily locked after repeated failures."""

    status = 429
    title = "しばらくお待ちください"
