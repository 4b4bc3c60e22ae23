"""Your data: download everything about you (at once for small accounts, else prepared by the
worker), and delete your account (with confirmation)."""

from __future__ import annotations

from typing import Any

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import FileResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from server import i18n
from server.models import User
from server.services import account_deletion, data_exports, export_files
from server.services.errors import Invalid, RateLimited
from server.web import forms
from server.web.state import settings_of, user_of
from server.web.templating import render


async def _data_page(
    request: Request,
    user: User,
    *,
    status: int = 200,
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
    problem: str = "",
) -> Response:
    context = {
        "errors": errors or {},
        "values": values or {},
        "problem": problem,
        "small": await data_exports.is_small(settings_of(request), user),
        "export": await data_exports.current(user),
    }
    return render(request, "accounts/data.html", context, status_code=status)


async def data_page(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    return await _data_page(request, user)


def _zip_headers(user: User) -> dict[str, str]:
    name = f"polder-{user.username}.zip"
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}


async def export(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    if not await data_exports.is_small(settings_of(request), user):
        # Too big to build while the request waits: the page offers to prepare it.
        return forms.redirect("/settings/data")
    path, _ = await export_files.build(settings_of(request), user)
    # Sent from disk and removed once sent (or when the download breaks off).
    return FileResponse(
        path,
        media_type="application/zip",
        headers=_zip_headers(user),
        background=BackgroundTask(export_files.discard, path),
    )


async def prepare_export(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    await forms.read_form(request)
    try:
        await data_exports.request_export(user)
    except RateLimited as exc:
        return await _data_page(request, user, status=429, problem=forms.error_message(exc))
    forms.flash(request, i18n.gettext("We are preparing your data. Come back to this page later."))
    return forms.redirect("/settings/data")


async def prepared_export(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    # Someone else's export is NotFound (a 404), exactly as one that never existed.
    size, pieces = await data_exports.ready_archive(
        settings_of(request), user, request.path_params["export_id"]
    )
    headers = {**_zip_headers(user), "Content-Length": str(size)}
    return StreamingResponse(pieces, media_type="application/zip", headers=headers)


async def delete(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings/data")
    form = await forms.read_form(request)
    errors: dict[str, str] = {}
    if not forms.checked(form, "confirm"):
        errors["confirm"] = i18n.gettext("Tick the box to say you are sure.")
    else:
        try:
            await account_deletion.delete_account(
                settings_of(request), user, forms.text(form, "password")
            )
        except Invalid as exc:
            errors = forms.field_errors(exc)
    if errors:
        values = {"confirm": forms.checked(form, "confirm")}
        return await _data_page(request, user, status=422, errors=errors, values=values)
    request.session.clear()
    return render(request, "accounts/deleted.html", {})


routes: list[BaseRoute] = [
    Route("/settings/data", data_page, name="my_data"),
    Route("/settings/data/export", export, name="my_data_export"),
    Route("/settings/data/prepare", prepare_export, methods=["POST"], name="my_data_prepare"),
    Route("/settings/data/export/{export_id:int}", prepared_export, name="my_data_prepared"),
    Route("/settings/data/delete", delete, methods=["POST"], name="my_data_delete"),
]
