"""Reports for groups you moderate elsewhere: a group of another instance forwards its reports
to its moderators who live here, and they decide from here (see moderation.forwarding)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from moderation import forwarding
from server import i18n
from server.models import User
from server.services.errors import Invalid
from server.web.forms import field_errors, flash, read_form, redirect, text
from server.web.groups import login_redirect
from server.web.templating import render

PAGE = "/reports/elsewhere"


async def queue_page(request: Request) -> Response:
    user: User | None = request.state.user
    if user is None:
        return login_redirect(request)
    reports = await forwarding.queue(user)
    return render(request, "moderation/elsewhere.html", {"reports": reports})


async def decide(request: Request) -> Response:
    user: User | None = request.state.user
    form = await read_form(request)
    if user is None:
        return login_redirect(request)
    action = text(form, "decision")
    try:
        await forwarding.decide(user, request.path_params["id"], action, text(form, "reason"))
    except Invalid as exc:
        flash(request, next(iter(field_errors(exc).values())))
        return redirect(PAGE)
    if action == "uphold":
        flash(request, i18n.gettext("Removal sent to the group's instance."))
    else:
        flash(request, i18n.gettext("Restore sent to the group's instance."))
    return redirect(PAGE)


routes: list[BaseRoute] = [
    Route(PAGE, queue_page, name="reports_elsewhere"),
    Route(PAGE + "/{id:int}", decide, methods=["POST"], name="decide_elsewhere"),
]
