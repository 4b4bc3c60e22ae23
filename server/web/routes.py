"""All HTML routes, area by area."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.web import (
    accounts,
    activitypub,
    admin,
    admin_federation,
    groups,
    language,
    posts,
    remote,
)

routes: list[BaseRoute] = [
    *activitypub.routes,
    *language.routes,
    *admin.routes,
    *admin_federation.routes,
    *accounts.routes,
    *posts.routes,
    *remote.routes,
    *groups.routes,
]
