"""The baseline for bench/load.py: a FastAPI endpoint that only verifies the signature.

Run as ``uvicorn bench.bare_app:app``; the channel secret comes from BENCH_LINE_SECRET.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from fastapi import FastAPI, Request, Response

SECRET = os.environ.get("BENCH_LINE_SECRET", "bench-secret").encode()
app = FastAPI()


@app.post("/webhooks/line")
async def webhook(request: Request) -> Response:
    body = await request.body()
    expected = base64.b64encode(hmac.new(SECRET, body, hashlib.sha256).digest()).decode()
    if not hmac.compare_digest(expected, request.headers.get("x-line-signature", "")):
        return Response(status_code=400)
    return Response(status_code=200)
