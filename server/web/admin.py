"""The admin's page for the instance: name, region, who may start groups, rules of conduct."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.models import User
from server.services import instance as instance_service
from server.services.errors import N_, Forbidden, Invalid
from server.web import forms
from server.web.templating import render


def require_admin(request: Request, here: str = "/admin") -> User | Response:
    """The admin asking, or the way to the login page (back to `here`); others get 403."""
    user: User | None = request.state.user
    if user is None:
        return forms.redirect(f"/login?next={here}")
    if not user.is_admin:
        raise Forbidden(N_("Only admins can change this."))
    return user


def _values(form: instance_service.InstanceForm, rules: str) -> dict[str, object]:
    return {
        "instance_name": form.name,
        "region": form.region,
        "description": form.description,
        "group_creation": form.group_creation,
        "open_registration": form.open_registration,
        "rules": rules,
    }


async def instance_settings(request: Request) -> Response:
    user = require_admin(request)
    if isinstance(user, Response):
        return user
    errors: dict[str, str] = {}
    status = 200
    if request.method == "POST":
        posted = await forms.read_form(request)
        rules = forms.text(posted, "rules")
        form = instance_service.InstanceForm(
            name=forms.text(posted, "instance_name"),
            region=forms.text(posted, "region"),
            description=forms.text(posted, "description"),
            group_creation=forms.text(posted, "group_creation"),
            open_registration=forms.checked(posted, "open_registration"),
            rules=forms.parse_rules(rules),
        )
        try:
            await instance_service.update_instance(user, form)
        except Invalid as exc:
            errors, status = forms.field_errors(exc), 422
        else:
            forms.flash(request, i18n.gettext("The settings are saved."))
            return forms.redirect("/admin")
    else:
        instance = await instance_service.ensure_instance()
        current = await instance_service.instance_rules()
        rules = forms.rules_text(current)
        form = instance_service.InstanceForm(
            name=instance.name,
            region=instance.region,
            description=instance.description,
            group_creation=instance.group_creation,
            open_registration=instance.open_registration,
            rules=(),
        )
    return render(
        request,
        "admin/instance.html",
        {"values": _values(form, rules), "errors": errors},
        status_code=status,
    )


routes: list[BaseRoute] = [Route("/admin", instance_settings, methods=["GET", "POST"])]
