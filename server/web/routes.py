"""All HTML routes, area by area."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.web import (
    accounts,
    activitypub,
    admin,
    groups,
    language,
    moderation,
    posts,
    remote,
)

routes: list[BaseRoute] = [
    *activitypub.routes,
    *language.routes,
    *admin.routes,
    *accounts.routes,
    *moderation.routes,
    *posts.routes,
    *remote.routes,
    *groups.routes,
]
