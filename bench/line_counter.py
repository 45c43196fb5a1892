"""A minimal, fast fake LINE Messaging API for bench/load.py (its own process).

It answers replies and pushes as LINE does (a reply token works once; a push retry key
once) and counts them; ``GET /stats`` returns the counts. The full-featured fake used by
the tests lives in tests/fakes/line_api.py; this one only has to keep up with the load.
"""

from __future__ import annotations

from collections import Counter

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

reply_tokens: Counter[str] = Counter()
retry_keys: Counter[str] = Counter()
token_reuse = 0
pushes = 0


async def reply(request: Request) -> JSONResponse:
    global token_reuse
    body = await request.json()
    token = str(body.get("replyToken", ""))
    if reply_tokens[token]:
        token_reuse += 1
        return JSONResponse({"message": "Invalid reply token"}, status_code=400)
    reply_tokens[token] += 1
    return JSONResponse({"sentMessages": [{"id": "1", "quoteToken": "q"}] * len(body["messages"])})


async def push(request: Request) -> JSONResponse:
    global pushes
    body = await request.json()
    key = request.headers.get("x-line-retry-key", "")
    if key and retry_keys[key]:
        return JSONResponse({"message": "The retry key is already accepted"}, status_code=409)
    retry_keys[key] += 1
    pushes += 1
    return JSONResponse({"sentMessages": [{"id": "1", "quoteToken": "q"}] * len(body["messages"])})


async def stats(request: Request) -> JSONResponse:
    return JSONResponse(
        {"replies": len(reply_tokens), "token_reuse": token_reuse, "pushes": pushes}
    )


async def bot_info(request: Request) -> JSONResponse:
    return JSONResponse(
        {
            "userId": "Ubench",
            "basicId": "@bench",
            "displayName": "bench",
            "chatMode": "bot",
            "markAsReadMode": "manual",
        }
    )


app = Starlette(
    routes=[
        Route("/v2/bot/message/reply", reply, methods=["POST"]),
        Route("/v2/bot/message/push", push, methods=["POST"]),
        Route("/v2/bot/info", bot_info),
        Route("/stats", stats),
    ]
)
