"""Finding groups and people of other instances by their address, joining such a group and
following such a person."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.models import Group, User
from server.services import accounts, federated, groups
from server.services.errors import N_, Invalid, NotFound
from server.web.forms import error_message, field_errors, flash, read_form, redirect, text
from server.web.groups import login_redirect
from server.web.state import settings_of
from server.web.templating import render


async def lookup(request: Request) -> Response:
    query = request.query_params.get("q", "").strip()
    context: dict[str, Any] = {"q": query, "errors": {}, "found": None, "membership": None}
    context["home"] = ""
    if not query:
        return render(request, "groups/remote_lookup.html", context)
    if request.state.user is None:
        # Asking other servers is for members: it should not be a free relay for anyone.
        return login_redirect(request, f"/groups/lookup?q={quote(query)}")
    try:
        found = await federated.lookup(settings_of(request), query)
    except Invalid as exc:
        context["errors"] = field_errors(exc)
        return render(request, "groups/remote_lookup.html", context, status_code=422)
    except NotFound as exc:
        context["errors"] = {"q": error_message(exc)}
        return render(request, "groups/remote_lookup.html", context, status_code=404)
    context["found"] = found
    context["home"] = found.domain or settings_of(request).domain
    if isinstance(found, Group):
        context["membership"] = await groups.membership(request.state.user, found)
    else:
        context["person"] = found
        context["follow"] = await federated.person_follow(request.state.user, found)
    return render(request, "groups/remote_lookup.html", context)


async def join(request: Request) -> Response:
    user: User | None = request.state.user
    form = await read_form(request)
    group = await groups.get_group(text(form, "group"))
    if user is None:
        return login_redirect(request, f"/groups/lookup?q={quote(group.slug)}")
    if not group.domain:
        await groups.join(user, group)
        flash(request, i18n.gettext("You are now a member of this group."))
        return redirect(f"/g/{group.slug}")
    member = await federated.join_remote_group(settings_of(request), user, group)
    if member.accepted:
        flash(request, i18n.gettext("You are now a member of this group."))
    else:
        message = N_("Your request to join has been sent. The group's instance answers it soon.")
        flash(request, i18n.gettext(message))
    return redirect(f"/g/{group.slug}")


async def follow(request: Request) -> Response:
    return await _change_follow(request, follow=True)


async def unfollow(request: Request) -> Response:
    return await _change_follow(request, follow=False)


async def _change_follow(request: Request, *, follow: bool) -> Response:
    user: User | None = request.state.user
    form = await read_form(request)
    person = await accounts.get_user(text(form, "person"))
    if user is None:
        return login_redirect(request, f"/u/{person.username}")
    if follow:
        found = await federated.follow_person(settings_of(request), user, person)
        message = (
            N_("You follow this person.")
            if found.accepted
            else N_("Your request to follow has been sent. Their instance answers it soon.")
        )
    else:
        await federated.unfollow_person(settings_of(request), user, person)
        message = N_("You no longer follow this person.")
    flash(request, i18n.gettext(message))
    return redirect(f"/u/{person.username}")


routes: list[BaseRoute] = [
    Route("/groups/lookup", lookup, name="group_lookup"),
    Route("/groups/lookup/join", join, methods=["POST"], name="group_lookup_join"),
    Route("/people/follow", follow, methods=["POST"], name="person_follow"),
    Route("/people/unfollow", unfollow, methods=["POST"], name="person_unfollow"),
]
