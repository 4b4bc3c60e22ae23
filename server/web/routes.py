"""All HTML routes, area by area."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.web import accounts, activitypub, admin, events, groups, language, posts, remote

routes: list[BaseRoute] = [
    *activitypub.routes,
    *language.routes,
    *admin.routes,
    *accounts.routes,
    *posts.routes,
    *events.routes,
    *remote.routes,
    *groups.routes,
]
