"""The privacy statement and the accessibility statement, and the admin's form for them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.config import LANGUAGES, Settings
from server.services import instance as instance_service
from server.services import markdown, statements
from server.services.errors import N_, Invalid
from server.web import forms
from server.web.admin import require_admin
from server.web.templating import render

TITLES = {"privacy": N_("Privacy statement"), "accessibility": N_("Accessibility statement")}


def _contact(request: Request) -> str:
    settings: Settings = request.app.state.settings
    return settings.mail_from


async def _show(request: Request, kind: str) -> Response:
    instance = await instance_service.get_instance()
    found = statements.statement(
        instance, kind, i18n.current_language.get(), contact=_contact(request)
    )
    context = {"title": i18n.gettext(TITLES[kind]), "html": markdown.render(found.markdown)}
    return render(request, "statements/statement.html", context)


async def privacy(request: Request) -> Response:
    return await _show(request, "privacy")


async def accessibility(request: Request) -> Response:
    return await _show(request, "accessibility")


async def edit(request: Request) -> Response:
    user = require_admin(request, "/admin/statements")
    if isinstance(user, Response):
        return user
    instance = await instance_service.get_instance()
    fields = [(kind, language) for kind in statements.KINDS for language in LANGUAGES]
    values = {f"{k}_{lang}": statements.own_text(instance, k, lang) for k, lang in fields}
    errors: dict[str, str] = {}
    if request.method == "POST":
        posted = await forms.read_form(request)
        values = {name: forms.text(posted, name) for name in values}
        try:
            await statements.save(user, {(k, lang): values[f"{k}_{lang}"] for k, lang in fields})
        except Invalid as exc:
            errors = forms.field_errors(exc)
        else:
            forms.flash(request, i18n.gettext("The statements are saved."))
            return forms.redirect("/admin/statements")
    context = {"values": values, "errors": errors, "fields": fields, "titles": TITLES}
    return render(request, "statements/edit.html", context, status_code=422 if errors else 200)


routes: list[BaseRoute] = [
    Route("/privacy", privacy, name="privacy"),
    Route("/accessibility", accessibility, name="accessibility"),
    Route("/admin/statements", edit, methods=["GET", "POST"], name="statements_edit"),
]
