"""Pages for people: first-run set-up, sign-up, e-mail confirmation, login and logout,
password reset, settings (profile, password, API tokens) and public profiles."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.i18n import gettext
from server.models import User
from server.services import accounts, federated, tokens
from server.services import groups as group_service
from server.services import instance as instance_service
from server.services import posts as post_service
from server.services.accounts import Resent
from server.services.errors import N_, Forbidden, Invalid, NotFound, RateLimited
from server.web import forms
from server.web.language import remember_language
from server.web.state import settings_of, user_of
from server.web.templating import render

RECENT_POSTS = 10
_LOGIN_FIELDS = ("login", "password")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _kept(form: FormData) -> dict[str, Any]:
    """What the person typed, to fill the form again: never passwords or the CSRF token."""
    return {
        name: forms.text(form, name)
        for name, value in form.items()
        if isinstance(value, str) and "password" not in name and name != forms.CSRF_FIELD
    }


def _page(
    request: Request,
    template: str,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    *,
    status: int = 200,
    **context: Any,
) -> Response:
    context.update(values=values or {}, errors=errors or {}, min_password=accounts.MIN_PASSWORD)
    return render(request, template, context, status_code=status)


def _log_in(request: Request, user: User) -> None:
    request.session["uid"] = user.id
    # The middleware compares this tail with the stored hash: a new password ends the session.
    request.session["pw"] = user.password_hash[-12:]
    # A fresh CSRF token for the logged-in session.
    request.session.pop("csrf", None)


def _to_login(request: Request) -> Response:
    return forms.redirect("/login?next=" + quote(request.url.path))


def _registration(form: FormData, *, agree_rules: bool | None = None) -> accounts.Registration:
    return accounts.Registration(
        username=forms.text(form, "username"),
        name=forms.text(form, "name"),
        organisation=forms.text(form, "organisation"),
        private_person=forms.checked(form, "private_person"),
        role=forms.text(form, "role"),
        email=forms.text(form, "email"),
        password=forms.text(form, "password"),
        agree_rules=forms.checked(form, "agree_rules") if agree_rules is None else agree_rules,
        language=i18n.current_language.get(),
    )


# --- First run and sign-up -------------------------------------------------------------------


async def setup(request: Request) -> Response:
    if not await instance_service.needs_setup():
        return forms.redirect("/")
    needs_code = instance_service.setup_code(settings_of(request)) is not None
    if request.method == "GET":
        return _page(request, "accounts/setup.html", needs_code=needs_code)
    form = await forms.read_form(request)
    # The admin writes the rules of conduct, so there is nothing to agree to yet.
    admin = _registration(form, agree_rules=True)
    # `setup` stops at the instance fields; checking the account too shows all problems at once.
    problems = accounts.check_registration(admin)
    try:
        user = await instance_service.setup(
            settings_of(request),
            name=forms.text(form, "instance_name"),
            region=forms.text(form, "region"),
            admin=admin,
            code=forms.text(form, "setup_code"),
        )
    except Invalid as exc:
        errors = forms.field_errors(Invalid({**exc.fields, **problems}))
        return _page(
            request, "accounts/setup.html", _kept(form), errors, status=422, needs_code=needs_code
        )
    _log_in(request, user)
    forms.flash(request, gettext("Your instance is ready. You are logged in as its admin."))
    return forms.redirect("/")


def _require_open(request: Request) -> None:
    instance = request.state.instance
    if instance is not None and not instance.open_registration:
        raise Forbidden(N_("This instance does not take new accounts right now."))


async def register(request: Request) -> Response:
    if user_of(request) is not None:
        return forms.redirect("/")
    _require_open(request)
    rules = await instance_service.instance_rules()
    if request.method == "GET":
        return _page(request, "accounts/register.html", rules=rules)
    form = await forms.read_form(request)
    try:
        user, mailed = await accounts.register_member(settings_of(request), _registration(form))
    except Invalid as exc:
        errors = forms.field_errors(exc)
        return _page(
            request, "accounts/register.html", _kept(form), errors, status=422, rules=rules
        )
    _log_in(request, user)
    if mailed:
        message = gettext(
            "Welcome! We sent you an e-mail. Open the link in it to confirm your address."
        )
    else:
        message = gettext(
            "Welcome! We could not send you an e-mail just now. "
            "Ask for a new one later on the settings page."
        )
    forms.flash(request, message)
    return forms.redirect("/")


async def confirm(request: Request) -> Response:
    """GET shows a button, POST confirms: mail scanners and link previews open links, and
    must not confirm an address for someone. The signed token in the address is the proof
    (it is mailed to that address), so there is no CSRF token to check."""
    token: str = request.path_params["token"]
    try:
        if request.method == "GET":
            user = await accounts.read_confirmation(settings_of(request), token)
            return _page(request, "accounts/confirm.html", token=token, email=user.email)
        await request.body()
        await accounts.confirm_email(settings_of(request), token)
    except NotFound as exc:
        message = forms.error_message(exc)
        return _page(request, "accounts/confirm_failed.html", status=404, message=message)
    forms.flash(request, gettext("Thank you. Your e-mail address is confirmed."))
    return forms.redirect("/")


async def resend_confirmation(request: Request) -> Response:
    form = await forms.read_form(request)
    user = user_of(request)
    if user is None:
        return forms.redirect("/login?next=/settings")
    result = await accounts.resend_confirmation(settings_of(request), user)
    if result is Resent.SENT:
        message = gettext("We sent you a new e-mail. Open the link in it to confirm your address.")
    elif result is Resent.FAILED:
        message = gettext("We could not send the e-mail just now. Try again later.")
    else:
        message = gettext("Your e-mail address is already confirmed.")
    forms.flash(request, message)
    return forms.redirect(forms.safe_next(forms.text(form, "next"), "/settings"))


# --- Login, logout, password reset -----------------------------------------------------------


async def login(request: Request) -> Response:
    if request.method == "GET":
        next_url = forms.safe_next(request.query_params.get("next"))
        if user_of(request) is not None:
            return forms.redirect(next_url)
        return _page(request, "accounts/login.html", {"next": next_url})
    form = await forms.read_form(request)
    values = {"login": forms.text(form, "login"), "next": forms.safe_next(forms.text(form, "next"))}
    # An empty field is a slip, not a guess: answer it without counting an attempt.
    blank = {
        name: gettext("Please fill this in.")
        for name in _LOGIN_FIELDS
        if not forms.text(form, name)
    }
    if blank:
        return _page(request, "accounts/login.html", values, blank, status=422)
    try:
        user = await accounts.authenticate(
            settings_of(request), values["login"], forms.text(form, "password"), _client(request)
        )
    except Invalid as exc:
        return _page(request, "accounts/login.html", values, forms.field_errors(exc), status=422)
    except RateLimited as exc:
        problem = forms.error_message(exc)
        return _page(request, "accounts/login.html", values, status=429, problem=problem)
    _log_in(request, user)
    return forms.redirect(values["next"])


async def logout(request: Request) -> Response:
    await forms.read_form(request)
    request.session.clear()
    forms.flash(request, gettext("You are logged out."))
    return forms.redirect("/")


async def reset_request(request: Request) -> Response:
    if request.method == "GET":
        return _page(request, "accounts/reset_request.html")
    form = await forms.read_form(request)
    email = forms.text(form, "email").strip()
    if not email:
        errors = {"email": gettext("Please fill this in.")}
        return _page(request, "accounts/reset_request.html", errors=errors, status=422)
    await accounts.ask_password_reset(settings_of(request), email, _client(request))
    # The same answer whether the address is known or not, so nobody can probe for accounts.
    forms.flash(
        request,
        gettext("If an account has this address, we sent a link to it. Check your inbox."),
    )
    return forms.redirect("/login")


async def reset_with_token(request: Request) -> Response:
    token = request.path_params["token"]
    settings = settings_of(request)
    try:
        if request.method == "GET":
            await accounts.reset_token_user(settings, token)
            return _page(request, "accounts/reset_form.html")
        form = await forms.read_form(request)
        user = await accounts.reset_password(
            settings, token, forms.text(form, "password"), forms.text(form, "password_repeat")
        )
    except NotFound as exc:
        message = forms.error_message(exc)
        return _page(request, "accounts/reset_failed.html", status=404, message=message)
    except Invalid as exc:
        errors = forms.field_errors(exc)
        return _page(request, "accounts/reset_form.html", errors=errors, status=422)
    _log_in(request, user)
    forms.flash(request, gettext("Your new password is saved. You are logged in."))
    return forms.redirect("/")


# --- Settings --------------------------------------------------------------------------------


def profile_values(user: User) -> dict[str, Any]:
    return {
        "name": user.name,
        "organisation": user.organisation,
        "private_person": not user.organisation,
        "role": user.role,
        "bio": user.bio,
        "language": user.language or "",
    }


async def settings_response(
    request: Request,
    user: User,
    *,
    status: int = 200,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    new_token: str | None = None,
) -> Response:
    return _page(
        request,
        "accounts/settings.html",
        values or profile_values(user),
        errors,
        status=status,
        tokens=await tokens.tokens_of(user),
        new_token=new_token,
    )


async def settings_page(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return _to_login(request)
    if request.method == "GET":
        return await settings_response(request, user)
    form = await forms.read_form(request)
    try:
        await accounts.update_profile(
            user,
            name=forms.text(form, "name"),
            organisation=forms.text(form, "organisation"),
            private_person=forms.checked(form, "private_person"),
            role=forms.text(form, "role"),
            bio=forms.text(form, "bio"),
            language=forms.text(form, "language") or None,
        )
    except Invalid as exc:
        errors = forms.field_errors(exc)
        return await settings_response(request, user, status=422, values=_kept(form), errors=errors)
    # In the language just chosen, which the next page will use: the cookie of an earlier
    # switch would win over the profile, so it follows the profile's choice.
    forms.flash(request, gettext("Your profile is saved.", user.language))
    response = forms.redirect("/settings")
    remember_language(response, user.language)
    return response


async def change_password(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return _to_login(request)
    form = await forms.read_form(request)
    try:
        await accounts.change_password(
            user,
            forms.text(form, "current_password"),
            forms.text(form, "new_password"),
            forms.text(form, "new_password_repeat"),
        )
    except Invalid as exc:
        return await settings_response(request, user, status=422, errors=forms.field_errors(exc))
    # This session stays; every other session of this person ends.
    request.session["pw"] = user.password_hash[-12:]
    forms.flash(request, gettext("Your new password is saved. You are logged out everywhere else."))
    return forms.redirect("/settings")


async def create_token(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return _to_login(request)
    form = await forms.read_form(request)
    try:
        token = await tokens.new_token(user, forms.text(form, "token_name"))
    except Invalid as exc:
        errors = forms.field_errors(exc)
        return await settings_response(request, user, status=422, values=None, errors=errors)
    # Shown on this response only: the token is never stored, not even in the session cookie.
    return await settings_response(request, user, new_token=token)


async def revoke_token(request: Request) -> Response:
    user = user_of(request)
    if user is None:
        return _to_login(request)
    await forms.read_form(request)
    await tokens.revoke_token(user, request.path_params["token_id"])
    forms.flash(request, gettext("The token is deleted. It no longer works."))
    return forms.redirect("/settings")


# --- Public profile --------------------------------------------------------------------------


async def profile(request: Request) -> Response:
    person = await accounts.get_user(request.path_params["username"])
    if person.deleted_at is not None:
        return render(request, "accounts/profile_deleted.html", {}, status_code=410)
    memberships = await group_service.groups_of(person)
    recent = await post_service.posts_by(person, limit=RECENT_POSTS)
    context = {"person": person, "memberships": memberships, "recent_posts": recent}
    context["follow"] = await federated.person_follow(request.state.user, person)
    return render(request, "accounts/profile.html", context)


GET_POST = ["GET", "POST"]
routes: list[BaseRoute] = [
    Route("/setup", setup, methods=GET_POST, name="setup"),
    Route("/register", register, methods=GET_POST, name="register"),
    Route("/confirm/resend", resend_confirmation, methods=["POST"], name="confirm_resend"),
    Route("/confirm/{token}", confirm, methods=["GET", "POST"], name="confirm"),
    Route("/login", login, methods=GET_POST, name="login"),
    Route("/logout", logout, methods=["POST"], name="logout"),
    Route("/reset", reset_request, methods=GET_POST, name="reset"),
    Route("/reset/{token}", reset_with_token, methods=GET_POST, name="reset_token"),
    Route("/settings", settings_page, methods=GET_POST, name="settings"),
    Route("/settings/password", change_password, methods=["POST"], name="password"),
    Route("/settings/tokens", create_token, methods=["POST"], name="tokens"),
    Route("/settings/tokens/{token_id:int}/revoke", revoke_token, methods=["POST"], name="revoke"),
    Route("/u/{username}", profile, name="profile"),
]
