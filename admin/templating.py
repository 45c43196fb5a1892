"""Jinja2 rendering of page contexts, with autoescaping always on.

``render(request, "queue.html", page, staff=staff)`` renders a template with ``page``
(a dataclass from :mod:`admin.contexts`) and ``chrome`` (the frame: navigation, staff
name, CSRF token). Another module's templates (``admin/templates/outreach/``) extend
``base.html`` the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from admin import csrf
from admin.contexts import Chrome, NavItem
from admin.deps import get_deps
from admin.labels import ROLE_LABELS
from intake.models import Staff

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"

#: Extra navigation links: (label, href, roles). Other admin modules append to it.
EXTRA_NAV: list[tuple[str, str, tuple[str, ...]]] = []

env = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=True,  # a resident's text never becomes markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def nav_for(staff: Staff | None, path: str) -> tuple[NavItem, ...]:
    if staff is None:
        return ()
    items: list[tuple[str, str]] = [("受付キュー", "/admin")]
    if staff.role in ("staff", "coordinator"):
        items.append(("年度集計", "/admin/reports"))
    if staff.role == "coordinator":
        items.append(("監査ログ", "/admin/audit"))
    items.extend((label, href) for label, href, roles in EXTRA_NAV if staff.role in roles)

    def active(href: str) -> bool:
        if href == "/admin":
            return path in ("/admin", "/admin/") or path.startswith("/admin/cases")
        return path.startswith(href)

    return tuple(NavItem(label, href, active(href)) for label, href in items)


def municipality_names(request: Request, ids: list[str]) -> tuple[str, ...]:
    directory = get_deps(request).directory
    names = []
    for mid in ids:
        try:
            names.append(directory.municipality(mid).name)
        except KeyError:
            names.append(mid)
    return tuple(names)


def chrome(request: Request, staff: Staff | None) -> Chrome:
    if staff is None:
        return Chrome(csrf_token=csrf.token(request))
    return Chrome(
        staff_name=staff.name,
        role_label=ROLE_LABELS.get(staff.role, staff.role),
        municipalities=municipality_names(request, list(staff.municipalities or [])),
        csrf_token=csrf.token(request),
        nav=nav_for(staff, request.url.path),
    )


def render_text(name: str, **context: Any) -> str:
    return env.get_template(name).render(**context)


def render(
    request: Request,
    name: str,
    page: Any,
    *,
    staff: Staff | None = None,
    status_code: int = 200,
    title: str = "",
) -> HTMLResponse:
    """Render ``name`` with ``page`` and the page frame."""
    html = render_text(name, page=page, chrome=chrome(request, staff), title=title)
    return HTMLResponse(html, status_code=status_code)
