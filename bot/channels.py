"""What a messaging channel plugs into the web app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from fastapi import APIRouter

if TYPE_CHECKING:
    from bot.runtime import Runtime


class Channel(Protocol):
    """A channel adapter: a webhook router plus start/stop inside the app's lifespan.

    ``start`` creates the SDK clients inside the running event loop and registers the
    channel's decoder and sender on the runtime.
    """

    name: str
    router: APIRouter

    async def start(self, runtime: Runtime) -> None: ...

    async def stop(self) -> None: ...
