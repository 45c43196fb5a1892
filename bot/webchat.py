"""The resident's side in a browser (``/demo/chat``): the same engine as LINE and Telegram.

Each browser gets an anonymous random id in an HttpOnly cookie. Staff replies and
follow-ups for web residents wait in the outbox until the page polls for them.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from bot.runtime import Runtime
from intake import residents
from intake.db import transaction
from intake.messages import Inbound, Reply, replies_from_json, reply_to_dict
from intake.models import OutboxMessage, utcnow

STATIC = Path(__file__).parent / "static"
COOKIE = "tsunagu_chat"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

router = APIRouter(prefix="/demo/chat", include_in_schema=False)


class ChatInput(BaseModel):
    """What the page sends: typed text, or a chosen option."""

    text: str = Field("", max_length=5000)
    choice: str = Field("", max_length=300)
    start: bool = False


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _visitor(request: Request) -> tuple[str, bool]:
    value = request.cookies.get(COOKIE, "")
    if len(value) == 43 and value.replace("-", "").replace("_", "").isalnum():
        return value, False
    return secrets.token_urlsafe(32), True


def _json(replies: list[Reply], visitor: str, new: bool) -> JSONResponse:
    response = JSONResponse({"replies": [reply_to_dict(r) for r in replies]})
    if new:
        response.set_cookie(COOKIE, visitor, httponly=True, samesite="strict", max_age=86400 * 30)
    return response


@router.get("")
def page() -> Response:
    return FileResponse(STATIC / "webchat.html", headers=SECURITY_HEADERS)


@router.get("/static/{name}")
def asset(name: str) -> Response:
    allowed = {"webchat.js": "text/javascript", "webchat.css": "text/css"}
    if name not in allowed:
        return Response(status_code=404)
    return FileResponse(STATIC / name, media_type=allowed[name], headers=SECURITY_HEADERS)


@router.post("/api/send")
async def send(body: ChatInput, request: Request) -> JSONResponse:
    runtime = _runtime(request)
    visitor, new = _visitor(request)
    if body.start:
        inbound = Inbound(channel="web", user_id=visitor, kind="follow")
    elif body.choice:
        inbound = Inbound(
            channel="web", user_id=visitor, kind="choice", choice=body.choice, text=body.text
        )
    else:
        inbound = Inbound(channel="web", user_id=visitor, kind="text", text=body.text)

    def handle() -> list[Reply]:
        with transaction(runtime.factory) as session:
            return runtime.intake.handle(session, inbound, now=utcnow()).replies

    return _json(await run_in_threadpool(handle), visitor, new)


@router.get("/api/poll")
async def poll(request: Request) -> JSONResponse:
    """Messages staff (or follow-ups) queued for this browser since the last poll."""
    runtime = _runtime(request)
    visitor, new = _visitor(request)
    if new:
        return _json([], visitor, new)

    def take() -> list[Reply]:
        with transaction(runtime.factory) as session:
            resident = residents.find(session, "web", visitor)
            if resident is None:
                return []
            rows = session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.resident_id == resident.id, OutboxMessage.status == "pending")
                .order_by(OutboxMessage.id)
            ).all()
            replies: list[Reply] = []
            for row in rows:
                replies.extend(replies_from_json(row.payload))
                row.status, row.sent_at = "sent", utcnow()
            return replies

    replies: list[Any] = await run_in_threadpool(take)
    return _json(replies, visitor, False)
