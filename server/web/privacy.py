"""Your data: download everything about you, and delete your account (with confirmation)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.config import Settings
from server.models import User
from server.services import account_deletion, data_export
from server.services.errors import Invalid
from server.web import forms
from server.web.templating import render


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _user(request: Request) -> User | None:
    user: User | None = request.state.user
    return user


async def data_page(request: Request) -> Response:
    user = _user(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    return render(request, "accounts/data.html", {"errors": {}, "values": {}})


async def export(request: Request) -> Response:
    user = _user(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    archive = await data_export.archive(_settings(request), user)
    name = f"polder-{user.username}.zip"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(archive, media_type="application/zip", headers=headers)


async def delete(request: Request) -> Response:
    user = _user(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    form = await forms.read_form(request)
    errors: dict[str, str] = {}
    if not forms.checked(form, "confirm"):
        errors["confirm"] = i18n.gettext("Tick the box to say you are sure.")
    else:
        try:
            await account_deletion.delete_account(
                _settings(request), user, forms.text(form, "password")
            )
        except Invalid as exc:
            errors = forms.field_errors(exc)
    if errors:
        context = {"errors": errors, "values": {"confirm": forms.checked(form, "confirm")}}
        return render(request, "accounts/data.html", context, status_code=422)
    request.session.clear()
    return render(request, "accounts/deleted.html", {})


routes: list[BaseRoute] = [
    Route("/settings/data", data_page, name="my_data"),
    Route("/settings/data/export", export, name="my_data_export"),
    Route("/settings/data/delete", delete, methods=["POST"], name="my_data_delete"),
]
