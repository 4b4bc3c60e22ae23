"""Per request: an id (kept from a proxy's `X-Request-ID` when it looks sane), the route's
template for metrics, and one access log line with method, path, status and duration."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import metrics

log = logging.getLogger("polder.access")
REQUEST_ID_HEADER = "x-request-id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,100}")
UNMATCHED = "unmatched"  # one label for every unknown address: no label per scanned path


def route_template(scope: Scope) -> str:
    """`/p/{id}` rather than `/p/123`, so that metrics have few series."""
    route = scope.get("route")
    if route is None:
        return UNMATCHED
    prefix: str = scope.get("root_path", "")
    if isinstance(route, Mount):
        return prefix or route.path  # static files: the mount itself
    path: str = getattr(route, "path", "")
    return prefix + path if path else UNMATCHED


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == REQUEST_ID_HEADER.encode():
            text = value.decode("latin-1")
            if _SANE_ID.fullmatch(text):
                return text
    return uuid.uuid4().hex


class TelemetryMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500  # what the client gets when the app raises before answering

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).setdefault("X-Request-ID", request_id)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, request_id, status, time.perf_counter() - started)

    def _record(self, scope: Scope, request_id: str, status: int, seconds: float) -> None:
        metrics.count_request(scope["method"], route_template(scope), status, seconds)
        # No client address: it is personal data, and Polder keeps it only as long as rate
        # limiting needs (a day at most), which logs kept for months would break. The request
        # id ties a line to a proxy's log when an operator must trace one.
        log.info(
            "%s %s %s %.1fms", scope["method"], scope["path"], status, seconds * 1000,
            extra={
                "request_id": request_id, "method": scope["method"], "path": scope["path"],
                "status": status, "duration_ms": round(seconds * 1000, 1),
            },
        )  # fmt: skip
