"""Changing one's own e-mail address: the form on the settings page and the link in the mail."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.i18n import gettext
from server.services import email_change
from server.services.errors import Invalid, NotFound
from server.web import forms
from server.web.accounts import profile_values, settings_response
from server.web.state import settings_of, user_of
from server.web.templating import render


async def request_change(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings")
    form = await forms.read_form(request)
    new_email = forms.text(form, "new_email")
    try:
        sent = await email_change.request_change(
            settings_of(request), user, forms.text(form, "email_password"), new_email
        )
    except Invalid as exc:
        values = {**profile_values(user), "new_email": new_email}
        errors = forms.field_errors(exc)
        return await settings_response(request, user, status=422, values=values, errors=errors)
    if sent:
        message = gettext(
            "We sent a link to your new address. "
            "Open it and click the button to change your address."
        )
    else:
        message = gettext("We could not send the e-mail just now. Try again later.")
    forms.flash(request, message)
    return forms.redirect("/settings")


async def confirm_change(request: Request) -> Response:
    """GET shows the new address and a button, POST changes it (as `accounts.confirm`: a
    link opened by a mail scanner must change nothing)."""
    token: str = request.path_params["token"]
    try:
        if request.method == "GET":
            _, new = await email_change.read_change(settings_of(request), token)
            context = {"token": token, "new_email": new}
            return render(request, "accounts/email_change_confirm.html", context)
        await request.body()
        await email_change.confirm_change(settings_of(request), token)
    except NotFound as exc:
        context = {"message": forms.error_message(exc)}
        return render(request, "accounts/email_change_failed.html", context, status_code=404)
    forms.flash(request, gettext("Your new e-mail address is saved and confirmed."))
    return forms.redirect("/settings" if user_of(request) is not None else "/login")


routes: list[BaseRoute] = [
    Route("/settings/email", request_change, methods=["POST"], name="email_change"),
    Route(
        "/settings/email/{token}",
        confirm_change,
        methods=["GET", "POST"],
        name="email_change_confirm",
    ),
]
