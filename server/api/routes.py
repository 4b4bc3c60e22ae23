"""All API routes, mounted at /api/v1."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.api import (
    events,
    groups,
    moderation,
    moderation_elsewhere,
    openapi,
    people,
    posts,
    remote,
)
from server.api.common import ApiRoute

api_routes: list[ApiRoute] = [
    *groups.routes,
    *posts.routes,
    *events.routes,
    *moderation.routes,
    *moderation_elsewhere.routes,
    *people.routes,
    *remote.routes,
]
api_routes.append(openapi.route(api_routes))

routes: list[BaseRoute] = list(api_routes)
