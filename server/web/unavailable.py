"""When the database is away (restarting, failing over, refusing connections), every request
gets a 503 instead of a 500 with a traceback: a readable page for people, the API's error shape
for the API, a `Retry-After`, and one log line for the operator.

This is a middleware rather than an exception handler because the person and the instance are
read from the database in `RequestContextMiddleware`, before Starlette's exception handlers,
and Starlette's catch-all handler re-raises (uvicorn then logs a traceback for every request).
Once the database answers again, the driver's pool makes new connections on its own.
"""

from __future__ import annotations

import html
import logging
from types import TracebackType

import asyncpg
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from tortoise.exceptions import DBConnectionError

from server import i18n
from server.api.errors import error_response
from server.services.errors import N_

log = logging.getLogger("polder")

RETRY_AFTER_SECONDS = 10
MESSAGE = N_("Polder cannot reach its database right now. Please try again in a minute.")
TITLE = N_("Temporarily unavailable")

# What the driver raises when the server is away. Not every PostgresError: a query cancelled
# by a statement timeout, say, is a fault of ours, not an outage.
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    asyncpg.exceptions.PostgresConnectionError,  # SQLSTATE class 08
    asyncpg.exceptions.CannotConnectNowError,  # starting up or shutting down
    asyncpg.exceptions.AdminShutdownError,  # pg_ctl stop/restart ended our connection
    asyncpg.exceptions.CrashShutdownError,
    asyncpg.exceptions.TooManyConnectionsError,
    asyncpg.exceptions.ConnectionDoesNotExistError,  # the connection closed mid-query
    # Seen right after a restart: a pooled connection still consuming the server's shutdown
    # error ("another operation is in progress"); the pool replaces it when it is released.
    asyncpg.exceptions.InternalClientError,
    DBConnectionError,  # Tortoise's own wrapper
)
# Raised by the socket under the driver (refused, reset, timed out connecting).
_NETWORK = (OSError, TimeoutError)
_DRIVER_MODULES = ("asyncpg", "tortoise.backends")


def _raised_in_driver(tb: TracebackType | None) -> bool:
    while tb is not None:
        if tb.tb_frame.f_globals.get("__name__", "").startswith(_DRIVER_MODULES):
            return True
        tb = tb.tb_next
    return False


def database_unavailable(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from, says the database is away."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, _UNAVAILABLE):
            return True
        if isinstance(current, _NETWORK) and _raised_in_driver(current.__traceback__):
            return True
        current = current.__cause__ or current.__context__
    return False


def _page() -> bytes:
    # Self-contained on purpose: the templates' context (the instance's name) is in the
    # database too.
    title, message = html.escape(i18n.gettext(TITLE)), html.escape(i18n.gettext(MESSAGE))
    language = html.escape(i18n.current_language.get())
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{title} · Polder</title></head>"
        f"<body><main><h1>{title}</h1><p>{message}</p></main></body></html>\n"
    ).encode()


async def _answer(scope: Scope, receive: Receive, send: Send) -> None:
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"}
    if scope["path"].startswith("/api/"):
        response = error_response(503, "database_unavailable", i18n.gettext(MESSAGE))
        response.headers.update(headers)
        await response(scope, receive, send)
        return
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"text/html; charset=utf-8"),
                *[(k.lower().encode(), v.encode()) for k, v in headers.items()],
            ],
        }
    )
    await send({"type": "http.response.body", "body": _page()})


class DatabaseUnavailableMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started or not database_unavailable(exc):
                raise
            # One line, no traceback: the cause is known, and a restart would flood the log.
            log.error(
                "database unavailable on %s %s: %s: %s",
                scope["method"], scope["path"], type(exc).__name__, exc,
            )  # fmt: skip
            await _answer(scope, receive, send)
