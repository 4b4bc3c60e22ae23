"""The admin's view of federation: the delivery queue and the servers this instance talks to.
Read-only; no JavaScript."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.models import User
from server.services import operations
from server.services.errors import N_, Forbidden
from server.web import forms
from server.web.templating import render

PATH = "/admin/federation"


async def federation_page(request: Request) -> Response:
    user: User | None = request.state.user
    if user is None:
        return forms.redirect(f"/login?next={PATH}")
    if not user.is_admin:
        raise Forbidden(N_("Only admins of this instance can see this page."))
    overview = await operations.federation_overview()
    return render(request, "admin/federation.html", {"overview": overview})


routes: list[BaseRoute] = [Route(PATH, federation_page, name="admin_federation")]
