"""ASGI factories that the bench hands to uvicorn (`--factory`), so that the server runs in
its own processes exactly as in production, with settings from POLDER_* variables."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from server.app import create_app
from server.config import load_settings

BARE_BODY = {"ok": True, "items": [], "next_cursor": None}


def polder_app() -> Starlette:
    return create_app(load_settings())


async def _bare(request: Request) -> JSONResponse:
    return JSONResponse(BARE_BODY)


def bare_app() -> Starlette:
    """The floor: Starlette and uvicorn with no middleware, no database, no templates."""
    return Starlette(routes=[Route("/bare", _bare)])


def polder_app_tuned() -> Starlette:
    """The app with the changes proposed in docs/performance.md (see bench/tuning.py)."""
    from bench import tuning

    return tuning.apply(create_app(load_settings()))
