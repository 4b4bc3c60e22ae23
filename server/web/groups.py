"""Area group pages: home, directory, a group with its feed, its members, join and leave."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from moderation import instances
from server import i18n
from server.models import Group, GroupRole, Membership, Topic, User
from server.services import events, groups, markdown, posts
from server.services import instance as instance_service
from server.services.errors import N_, Forbidden, Invalid
from server.web.forms import (
    field_errors,
    flash,
    parse_rules,
    read_form,
    redirect,
    rules_text,
    safe_next,
    text,
)
from server.web.templating import render

# One line per rule; the service keeps a rule's first line as its title, which holds 200.
TOPICS = [topic.value for topic in Topic]
GROUP_PAGE_EVENTS = 5


def login_redirect(request: Request, next_path: str | None = None) -> Response:
    return redirect("/login?next=" + quote(next_path or request.url.path))


def bad_link(request: Request, exc: Invalid) -> Response:
    """A broken page link (cursor, limit): say so plainly instead of a generic form error."""
    message = next(iter(field_errors(exc).values()), i18n.gettext(exc.message))
    return render(request, "error.html", {"status": 400, "message": message}, status_code=400)


async def home(request: Request) -> Response:
    user: User | None = request.state.user
    instance = request.state.instance
    context: dict[str, Any] = {
        "my_groups": await groups.groups_of(user) if user else [],
        "rules": await instance_service.instance_rules(),
        "description_html": markdown.render_cached(instance.description) if instance else "",
    }
    return render(request, "home.html", context)


async def directory(request: Request) -> Response:
    user: User | None = request.state.user
    topic = request.query_params.get("topic", "")
    topic = topic if topic in TOPICS else ""
    query = request.query_params.get("q", "").strip()[:100]
    context = {
        "groups": await groups.directory(topic or None, query or None),
        "topic": topic,
        "q": query,
        "topics": TOPICS,
        "may_create": user is not None and await groups.may_create_groups(user),
    }
    return render(request, "groups/directory.html", context)


def _group_values(form: FormData) -> dict[str, str]:
    names = ("slug", "title", "area", "topic", "description", "rules")
    return {name: text(form, name) for name in names}


def _group_form(values: dict[str, str]) -> groups.GroupForm:
    return groups.GroupForm(
        slug=values["slug"],
        title=values["title"],
        area=values["area"],
        topic=values["topic"],
        description=values["description"],
        rules=parse_rules(values["rules"]),
    )


def _render_group_form(
    request: Request, values: dict[str, str], errors: dict[str, str], group: Group | None
) -> Response:
    context = {"values": values, "errors": errors, "group": group, "topics": TOPICS}
    status = 422 if errors else 200
    return render(request, "groups/form.html", context, status_code=status)


async def new_group(request: Request) -> Response:
    user: User | None = request.state.user
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    if not await groups.may_create_groups(user):
        raise Forbidden(N_("On this instance only admins can start a group."))
    values = dict.fromkeys(("slug", "title", "area", "description", "rules"), "")
    values["topic"] = ""
    if form is None:
        return _render_group_form(request, values, {}, None)
    values = _group_values(form)
    try:
        group = await groups.create_group(user, _group_form(values))
    except Invalid as exc:
        return _render_group_form(request, values, field_errors(exc), None)
    flash(request, i18n.gettext("Your group has been made. You are its owner."))
    return redirect(f"/g/{group.slug}")


async def edit_group(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    await _require_owner(user, group)
    if form is None:
        rules = await groups.rules(group)
        values = {
            "slug": group.slug,
            "title": group.title,
            "area": group.area,
            "topic": group.topic.value,
            "description": group.description,
            "rules": rules_text(rules),
        }
        return _render_group_form(request, values, {}, group)
    values = _group_values(form) | {"slug": group.slug}
    try:
        await groups.update_group(user, group, _group_form(values))
    except Invalid as exc:
        return _render_group_form(request, values, field_errors(exc), group)
    flash(request, i18n.gettext("Your changes are saved."))
    return redirect(f"/g/{group.slug}")


def _is_owner(user: User | None, membership: Membership | None) -> bool:
    if user is None:
        return False
    return user.is_admin or (membership is not None and membership.role == GroupRole.OWNER)


async def _require_owner(user: User, group: Group) -> None:
    if not _is_owner(user, await groups.membership(user, group)):
        raise Forbidden(N_("Only owners of this group can do this."))


async def group_page(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    try:
        page = await posts.feed(
            group,
            request.query_params.get("cursor") or None,
            default=request.app.state.settings.page_size,
        )
    except Invalid as exc:
        return bad_link(request, exc)
    counts = await groups.count_roles(group)
    mine = await groups.membership(user, group)
    context = {
        "group": group,
        "description_html": markdown.render_cached(group.description),
        "rules": await groups.rules(group),
        "member_count": sum(counts.values()),
        "role_counts": counts,
        "membership": mine,
        "may_edit": _is_owner(user, mine),
        "page": page,
        "first_page": not request.query_params.get("cursor"),
        "upcoming_events": await events.upcoming(group, limit=GROUP_PAGE_EVENTS),
    }
    return render(request, "groups/group.html", context)


async def members_page(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    memberships = await groups.members(group)
    mine = next((m for m in memberships if user and m.user_id == user.id), None)
    context = {
        "group": group,
        "memberships": memberships,
        "may_manage": _is_owner(user, mine),
        "group_roles": [role.value for role in GroupRole],
    }
    return render(request, "groups/members.html", context)


async def set_role(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    form = await read_form(request)
    if user is None:
        return login_redirect(request, f"/g/{group.slug}/members")
    await _require_owner(user, group)
    username = request.path_params["username"]
    try:
        await groups.set_role(user, group, username, text(form, "role"))
    except Invalid as exc:
        return bad_link(request, exc)
    flash(request, i18n.gettext("The role is changed."))
    return redirect(f"/g/{group.slug}/members")


async def approve_join(request: Request) -> Response:
    """A person of a limited instance waits to join; a moderator lets them in."""
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    await read_form(request)
    if user is None:
        return login_redirect(request, f"/g/{group.slug}/members")
    settings = request.app.state.settings
    await instances.approve_join(settings, user, group, request.path_params["username"])
    flash(request, i18n.gettext("The person is now a member of this group."))
    return redirect(f"/g/{group.slug}/members")


async def join(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    form = await read_form(request)
    back = safe_next(text(form, "next"), f"/g/{group.slug}")
    if user is None:
        return login_redirect(request, back)
    await groups.join(user, group)
    flash(request, i18n.gettext("You are now a member of this group."))
    return redirect(back)


async def leave(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    await read_form(request)
    if user is None:
        return login_redirect(request, f"/g/{group.slug}")
    await groups.leave(user, group)
    flash(request, i18n.gettext("You left the group."))
    return redirect(f"/g/{group.slug}")


routes: list[BaseRoute] = [
    Route("/", home, name="home"),
    Route("/groups", directory, name="groups"),
    Route("/groups/new", new_group, methods=["GET", "POST"], name="group_new"),
    Route("/g/{slug}", group_page, name="group"),
    Route("/g/{slug}/edit", edit_group, methods=["GET", "POST"], name="group_edit"),
    Route("/g/{slug}/members", members_page, name="group_members"),
    Route("/g/{slug}/members/{username}/role", set_role, methods=["POST"], name="group_role"),
    Route(
        "/g/{slug}/members/{username}/approve", approve_join, methods=["POST"], name="group_approve"
    ),
    Route("/g/{slug}/join", join, methods=["POST"], name="group_join"),
    Route("/g/{slug}/leave", leave, methods=["POST"], name="group_leave"),
]
