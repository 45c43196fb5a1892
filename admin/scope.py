"""Municipality boundaries: which cases a staff member may see.

A staff member sees the cases of the municipalities on their account. A case whose
resident has not chosen a municipality yet (possible when a deployment serves several)
is shown to coordinators only, so a crisis there is never invisible. Anything else is
"not found" (404), never "forbidden": staff cannot even learn that a case exists.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from admin.errors import NotFound
from intake.models import Case, Staff


def can_see(staff: Staff, municipality_id: str | None) -> bool:
    if municipality_id is None:
        return staff.role == "coordinator"
    return municipality_id in (staff.municipalities or [])


def visible(staff: Staff) -> ColumnElement[bool]:
    """A WHERE clause for the cases this staff member may see."""
    conditions: list[ColumnElement[bool]] = [
        Case.municipality_id.in_(list(staff.municipalities or []))
    ]
    if staff.role == "coordinator":
        conditions.append(Case.municipality_id.is_(None))
    return or_(*conditions)


def get_case(session: Session, staff: Staff, case_id: int) -> Case:
    """The case, or :class:`NotFound` when it does not exist *for this staff member*."""
    case = session.get(Case, case_id)
    if case is None or not can_see(staff, case.municipality_id):
        raise NotFound("このケースは見つかりません。")
    return case


def colleagues(session: Session, municipality_id: str | None) -> list[Staff]:
    """Staff who may be assigned a case of this municipality, by name."""
    from sqlalchemy import select

    everyone = session.scalars(select(Staff).order_by(Staff.name)).all()
    return [s for s in everyone if can_see(s, municipality_id)]
