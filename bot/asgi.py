"""ASGI entry for ``uvicorn --factory bot.asgi:create_from_env`` (used by ``tsunagu serve``)."""

from __future__ import annotations

from fastapi import FastAPI

from bot.app import create_app
from bot.logs import setup as setup_logs
from intake.settings import load_settings


def create_from_env() -> FastAPI:
    setup_logs()
    return create_app(load_settings(), warm=True)
