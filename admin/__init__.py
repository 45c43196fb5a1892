"""The staff admin (``/admin``): sign-in, queue, case pages, reports, audit log.

``bot.app`` mounts it with :func:`create_admin`; the admin never imports ``bot``.
Server-rendered Jinja2 pages, each backed by a typed context (:mod:`admin.contexts`),
all assets local (``/admin/static``), CSRF on every POST and strict security headers.

Extending it (e.g. ``admin/outreach_views.py``): define ``router = APIRouter()`` with
routes under ``/admin/...``, take the staff member with ``Depends(admin.auth.current_staff)``
or ``Depends(admin.auth.require_role(...))``, render with ``admin.templating.render`` and
templates that ``{% extends "base.html" %}``, put ``{% include "_csrf.html" %}`` in every
form, and optionally ``NAV = ("label", "/admin/…", ("outreach", "coordinator"))`` for a
navigation link. :func:`create_admin` includes that router behind the same CSRF check.
"""

from __future__ import annotations

import importlib
import logging

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from admin import audit_views, auth, cases, patterns, queue, reports
from admin.contexts import ErrorContext
from admin.csrf import csrf_protect
from admin.deps import AdminDeps
from admin.errors import AdminError, LoginRequired
from admin.sessions import AdminMiddleware
from admin.templating import EXTRA_NAV, STATIC_DIR, render

__all__ = ["AdminDeps", "create_admin"]

log = logging.getLogger(__name__)


def _optional_router(module_name: str) -> APIRouter | None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return None
    nav = getattr(module, "NAV", None)
    if nav is not None and nav not in EXTRA_NAV:
        EXTRA_NAV.append(nav)
    router = getattr(module, "router", None)
    return router if isinstance(router, APIRouter) else None


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.endswith(".json") or (
        "application/json" in accept and "text/html" not in accept
    )


async def handle_admin_error(request: Request, exc: Exception) -> Response:
    """One place that turns :class:`AdminError` into a page (or JSON for scripts)."""
    assert isinstance(exc, AdminError)
    if isinstance(exc, LoginRequired):
        if request.method == "GET" and not _wants_json(request):
            return auth.login_redirect(request)
        return JSONResponse({"error": "login_required"}, status_code=401)
    if _wants_json(request):
        return JSONResponse({"error": exc.title, "message": exc.message}, status_code=exc.status)
    page = ErrorContext(exc.status, exc.title, exc.message)
    return render(request, "error.html", page, status_code=exc.status, title=exc.title)


def create_admin(app: FastAPI, deps: AdminDeps) -> None:
    """Mount the admin under ``/admin`` (pages, JSON for the queue script, static files)."""
    app.state.admin = deps
    app.add_middleware(AdminMiddleware, secret=deps.settings.secret())
    app.mount("/admin/static", StaticFiles(directory=STATIC_DIR), name="admin-static")
    router = APIRouter(dependencies=[Depends(csrf_protect)])
    for module in (auth, queue, cases, reports, audit_views, patterns):
        router.include_router(module.router)
    outreach = _optional_router("admin.outreach_views")
    if outreach is not None:
        router.include_router(outreach)
    app.include_router(router)
    app.add_exception_handler(AdminError, handle_admin_error)
