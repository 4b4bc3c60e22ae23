"""All HTML routes, area by area."""

from __future__ import annotations

from starlette.routing import BaseRoute

from server.web import (
    accounts,
    activitypub,
    admin,
    admin_federation,
    email_change,
    events,
    files,
    groups,
    language,
    library,
    moderation,
    moderation_elsewhere,
    notifications,
    posts,
    privacy,
    remote,
    statements,
)

routes: list[BaseRoute] = [
    *activitypub.routes,
    *language.routes,
    *admin.routes,
    *statements.routes,
    *admin_federation.routes,
    *accounts.routes,
    *email_change.routes,
    *privacy.routes,
    *notifications.routes,
    *moderation_elsewhere.routes,
    *moderation.routes,
    *posts.routes,
    *files.routes,
    *library.routes,
    *events.routes,
    *remote.routes,
    *groups.routes,
]
