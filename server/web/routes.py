"""All HTML routes, area by area."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.web import accounts, admin, groups, language, posts

routes: list[BaseRoute] = [
    *language.routes,
    *admin.routes,
    *accounts.routes,
    *posts.routes,
    *groups.routes,
]
