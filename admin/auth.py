"""Sign-in, sign-out and the dependencies every admin page uses.

For other admin modules (e.g. ``admin/outreach_views.py``)::

    from fastapi import APIRouter, Depends, Request
    from admin.auth import current_staff, require_role
    from admin.deps import get_db
    from admin.templating import render

    router = APIRouter()

    @router.get("/admin/outreach")
    def page(request: Request, staff: Staff = Depends(require_role("outreach", "coordinator"))):
        return render(request, "outreach/list.html", MyContext(...), staff=staff)

Every form includes ``{% include "_csrf.html" %}``; :func:`admin.csrf.csrf_protect` is
applied to the whole router by :func:`admin.create_admin`, so POSTs are checked.
Municipality boundaries: use :func:`admin.scope.get_case` / :func:`admin.scope.can_see`
(another municipality's case is a 404).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from admin import accounts, audit
from admin.contexts import LoginContext
from admin.deps import get_db, get_deps
from admin.errors import Forbidden, LoginRequired
from admin.sessions import AdminSession, fingerprint, session_of
from admin.templating import render
from intake.models import Staff, utcnow

router = APIRouter()


def current_staff(request: Request, db: Session = Depends(get_db)) -> Staff:
    """The signed-in staff member; raises :class:`LoginRequired` otherwise."""
    session = session_of(request)
    if session.staff_id is None:
        raise LoginRequired("セッションの有効期限が切れました。" if session.expired else "")
    staff = db.get(Staff, session.staff_id)
    if staff is None or not _still_valid(session, staff):
        session.sign_out()
        raise LoginRequired("")
    return staff


def _still_valid(session: AdminSession, staff: Staff) -> bool:
    """Not revoked by a password change, nor by signing out (on any device)."""
    if fingerprint(staff.password_hash) != session.fingerprint:
        return False
    revoked = staff.sessions_valid_from
    return revoked is None or session.issued >= revoked.timestamp()


def require_role(*roles: str) -> Callable[..., Staff]:
    """A dependency: the signed-in staff member, if their role is one of ``roles``."""

    def dependency(staff: Staff = Depends(current_staff)) -> Staff:
        if staff.role not in roles:
            raise Forbidden("この画面はあなたの役割では開けません。")
        return staff

    return dependency


def client_key(request: Request) -> str:
    """A keyed hash of the client address: the audit log never stores the address."""
    host = request.client.host if request.client else "unknown"
    secret = get_deps(request).settings.secret().encode()
    return hmac.new(secret, b"client:" + host.encode(), hashlib.sha256).hexdigest()[:16]


def safe_next(value: str | None) -> str:
    """Only a local admin path: no open redirect."""
    if not value or not value.startswith("/admin") or value.startswith("//") or "\\" in value:
        return "/admin"
    return value


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    expired = "&expired=1" if session_of(request).expired else ""
    return RedirectResponse(f"/admin/login?next={quote(target, safe='')}{expired}", status_code=303)


@router.get("/admin/login")
def login_page(request: Request, next: str = "/admin", expired: str = "") -> Response:
    session = session_of(request)
    if session.staff_id is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    error = (
        "セッションの有効期限が切れました。もう一度サインインしてください。"
        if session.expired or expired
        else ""
    )
    return render(
        request,
        "login.html",
        LoginContext(next_url=safe_next(next), error=error),
        title="サインイン",
    )


@router.post("/admin/login")
def login(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    next: str = Form("/admin"),
    db: Session = Depends(get_db),
) -> Response:
    result = accounts.verify(db, name, password, client_key=client_key(request))
    db.commit()
    if result.staff is None:
        if result.retry_after:
            minutes = max(1, (result.retry_after + 59) // 60)
            error = (
                f"サインインの失敗が続いたため、一時的に受け付けを止めています。"
                f"{minutes}分ほど待ってからもう一度お試しください。"
            )
            status = 429
        else:
            error = "名前またはパスワードが違います。"
            status = 400
        page = LoginContext(next_url=safe_next(next), error=error, name=name[:64])
        response = render(request, "login.html", page, status_code=status, title="サインイン")
        if result.retry_after:
            response.headers["Retry-After"] = str(result.retry_after)
        return response
    session_of(request).sign_in(result.staff.id, result.staff.password_hash)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/admin/logout")
def logout(request: Request, db: Session = Depends(get_db)) -> Response:
    session = session_of(request)
    if session.staff_id is not None:
        staff = db.get(Staff, session.staff_id)
        if staff is not None and _still_valid(session, staff):
            # A signed cookie cannot be recalled, so void every session issued so far:
            # a copy left on a shared PC or taken from this one stops working too.
            staff.sessions_valid_from = utcnow()
            audit.record(db, staff, "logout")
            db.commit()
    session.sign_out()
    return RedirectResponse("/admin/login", status_code=303)
