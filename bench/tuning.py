"""Changes proposed for files the bench does not own, applied by patching so that their effect
can be measured (`--tuned`) before anyone edits the real code. See docs/performance.md."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, request_response
from tortoise.functions import Count

from server.models import Group, Membership, Role, User
from server.services import groups, markdown, posts, tokens
from server.services import instance as instance_service
from server.services.errors import Invalid
from server.web import groups as web_groups
from server.web.templating import render


async def member_summary(group: Group) -> tuple[int, dict[Role, int]]:
    """How many members, and of each stakeholder role: one small GROUP BY instead of loading
    every membership with its person (1,000 rows → 8 rows)."""
    rows = (
        await Membership.filter(group_id=group.id)
        .annotate(n=Count("id"))
        .group_by("user__role")
        .values("user__role", "n")
    )
    counts = {row["user__role"]: int(row["n"]) for row in rows}
    by_role = {role: counts[role] for role in Role if counts.get(role)}
    return sum(counts.values()), by_role


async def group_page(request: Request) -> Response:
    """server.web.groups.group_page with `member_summary` and a single membership lookup."""
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    cursor = request.query_params.get("cursor") or None
    try:
        page = await posts.feed(group, cursor)
    except Invalid as exc:
        return web_groups.bad_link(request, exc)
    mine = await groups.membership(user, group)
    context: dict[str, Any] = {
        "group": group,
        "membership": mine,
        "may_edit": web_groups._is_owner(user, mine),
        "page": page,
        "first_page": cursor is None,
    }
    if cursor is None:  # the "about" part is shown on the first page only
        count, by_role = await member_summary(group)
        context |= {
            "description_html": markdown.render(group.description),
            "rules": await groups.rules(group),
            "member_count": count,
            "role_counts": by_role,
        }
    return render(request, "groups/group.html", context)


T = TypeVar("T")
TTL = 30.0  # seconds a process may serve a changed token, group or instance row unchanged


def _ttl_cache(
    fetch: Callable[[str], Awaitable[T]], seconds: float = TTL
) -> Callable[[str], Awaitable[T]]:
    """A per-process memo with expiry. A demonstration only: a real one must also be emptied
    by the writes (token revoked, group changed) in this process."""
    memo: dict[str, tuple[float, T]] = {}

    async def cached(key: str) -> T:
        hit = memo.get(key)
        moment = time.monotonic()
        if hit is not None and hit[0] > moment:
            return hit[1]
        value = await fetch(key)
        if value is not None:
            memo[key] = (moment + seconds, value)
        return value

    return cached


def apply(app: Starlette, *, caches: bool = True) -> Starlette:
    if caches:
        tokens.user_for_token = _ttl_cache(tokens.user_for_token)  # type: ignore[assignment]
        groups.get_group = _ttl_cache(groups.get_group)  # type: ignore[assignment]
        instance_service.get_instance = _instance_cache(instance_service.get_instance)  # type: ignore[assignment]
    for route in app.router.routes:
        if isinstance(route, Route) and route.path == "/g/{slug}":
            route.endpoint = group_page
            route.app = request_response(group_page)
    return app


def _instance_cache(
    fetch: Callable[[], Awaitable[Any]], seconds: float = TTL
) -> Callable[[], Awaitable[Any]]:
    memo: list[tuple[float, Any]] = []

    async def cached() -> Any:
        moment = time.monotonic()
        if memo and memo[0][0] > moment:
            return memo[0][1]
        value = await fetch()
        memo[:] = [(moment + seconds, value)]
        return value

    return cached
