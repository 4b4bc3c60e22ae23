"""E-mail settings, and the one-click unsubscribe link every notification mail carries."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.models import User
from server.services import notifications
from server.services.errors import N_
from server.web import forms
from server.web.state import settings_of
from server.web.templating import render

KIND_LABELS = {
    "replies": N_("someone replies to my post"),
    "meetings": N_("a new meeting is announced in one of my groups"),
    "moderation": N_("my post is hidden after reports, or visible again"),
    "digest": N_("once a week: what is new in my groups"),
}


async def preferences(request: Request) -> Response:
    user: User | None = request.state.user
    if user is None:
        return forms.redirect("/login?next=/settings/notifications")
    if request.method == "POST":
        form = await forms.read_form(request)
        chosen = {kind for kind in notifications.KINDS if forms.checked(form, kind)}
        await notifications.set_preferences(user, chosen)
        forms.flash(request, i18n.gettext("Your e-mail settings are saved."))
        return forms.redirect("/settings/notifications")
    chosen = {kind for kind, column in notifications.KINDS.items() if getattr(user, column)}
    context = {"labels": KIND_LABELS, "chosen": chosen}
    return render(request, "accounts/notifications.html", context)


async def unsubscribe(request: Request) -> Response:
    """GET shows a button (a link checker must not unsubscribe anyone); POST, also the one
    click of a mail program (RFC 8058), switches the kind off. The signed token in the
    address is the proof, so there is no CSRF token to check."""
    token: str = request.path_params["token"]
    if request.method == "GET":
        return render(request, "accounts/unsubscribe.html", {"token": token, "done": False})
    await request.body()
    kind = await notifications.unsubscribe(settings_of(request), token)
    context = {"token": token, "done": True, "label": i18n.gettext(KIND_LABELS[kind])}
    return render(request, "accounts/unsubscribe.html", context)


routes: list[BaseRoute] = [
    Route("/settings/notifications", preferences, methods=["GET", "POST"], name="notifications"),
    Route("/unsubscribe/{token}", unsubscribe, methods=["GET", "POST"], name="unsubscribe"),
]
