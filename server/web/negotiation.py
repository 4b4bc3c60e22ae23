"""Content negotiation: the page addresses of people, groups, posts, replies and meetings are their
ActivityPub ids, so the same URL answers HTML to browsers and ActivityStreams JSON to servers.

A small ASGI middleware rather than route order: Starlette picks a route by path alone, so an
ActivityPub route in front of the HTML one would need a header-aware route class and still could
not add `Vary: Accept` to the HTML answer, which caches need so that they never hand a browser's
page to a server or the other way round. Here one place decides, the HTML routes stay as they
are, and ActivityPub fetches skip the session and page context they do not use.
"""

from __future__ import annotations

import re

from starlette.datastructures import Headers, MutableHeaders
from starlette.routing import Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from federation.fetch import is_activity_json
from server.web import activitypub

# The paths that have both an HTML page and an ActivityStreams document.
# A group's moderation log is Polder's own collection (`federation.modlog`).
NEGOTIATED_PATH = re.compile(r"^/(?:[ug]/[^/]+|[pce]/[0-9]+|g/[^/]+/modlog)$")
_HTML = frozenset({"text/html", "application/xhtml+xml"})


def wants_activity_json(accept: str) -> bool:
    """Whether `accept` asks for `application/activity+json` or `application/ld+json` (with
    the ActivityStreams profile or none) at least as much as for HTML."""
    best_activity = best_html = 0.0
    for media_range in accept.split(","):
        media, *params = media_range.split(";")
        quality = _quality(params)
        if is_activity_json(media_range):
            best_activity = max(best_activity, quality)
        elif media.strip().lower() in _HTML:
            best_html = max(best_html, quality)
    return best_activity > 0 and best_activity >= best_html


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value.strip()), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


class ContentNegotiationMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.activitypub = Router(routes=activitypub.negotiated_routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not NEGOTIATED_PATH.match(scope["path"])
        ):
            await self.app(scope, receive, send)
            return
        if wants_activity_json(Headers(scope=scope).get("accept", "")):
            await self.activitypub(scope, receive, send)
            return

        async def send_with_vary(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).add_vary_header("Accept")
            await send(message)

        await self.app(scope, receive, send_with_vary)
