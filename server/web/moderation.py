"""Moderation pages: flag and withdraw, the author's appeal, the review queue and decisions,
removing members, "my reports", and the public moderation log (HTML and Atom)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from moderation import flags, instances, items, log, members, remote_log, review, thresholds
from server import i18n
from server.models import Group, User
from server.services import groups
from server.services.errors import N_, Forbidden, Invalid, NotFound
from server.web.forms import field_errors, flash, read_form, redirect, safe_next, text
from server.web.groups import bad_link, login_redirect
from server.web.templating import render

_KINDS = {"p": "post", "c": "reply"}
DURATIONS = ("1", "7", "30", "365", "forever")


def _item_ref(request: Request) -> tuple[str, int]:
    # /p/12/flag and /c/5/flag name the kind by prefix; /reports/post/12/… by word.
    prefix = request.url.path.split("/", 2)[1]
    kind = _KINDS.get(prefix) or request.path_params.get("kind", "")
    item_id: int = request.path_params["id"]
    if kind not in items.KINDS or not 1 <= item_id <= items.MAX_ID:
        raise NotFound(N_("This page does not exist."))
    return kind, item_id


def _int_or_none(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 10 else None


async def flag_page(request: Request) -> Response:
    user: User | None = request.state.user
    kind, item_id = _item_ref(request)
    item = await items.load(kind, item_id)
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    values = {"rule": "", "note": ""}
    errors: dict[str, str] = {}
    if form is not None:
        values = {"rule": text(form, "rule"), "note": text(form, "note")}
        settings = request.app.state.settings
        rule_id = _int_or_none(values["rule"])
        try:
            await flags.record(settings, user, kind, item_id, rule_id, values["note"])
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext("Thank you. Your report is sent to the moderators."))
            return redirect(item.path)
    context = {
        "item": item,
        "rules": await items.rules_for(item.group),
        "member": await items.member(user, item.group),
        "mine": await flags.my_flag(user, item),
        "values": values,
        "errors": errors,
    }
    return render(request, "moderation/flag.html", context, status_code=422 if errors else 200)


async def withdraw(request: Request) -> Response:
    user: User | None = request.state.user
    kind, item_id = _item_ref(request)
    form = await read_form(request)
    if user is None:
        return login_redirect(request)
    await flags.withdraw(user, kind, item_id)
    flash(request, i18n.gettext("Your report is withdrawn."))
    item = await items.load(kind, item_id)
    return redirect(safe_next(text(form, "next"), item.path))


async def appeal(request: Request) -> Response:
    user: User | None = request.state.user
    kind, item_id = _item_ref(request)
    form = await read_form(request)
    if user is None:
        return login_redirect(request)
    item = await items.load(kind, item_id)
    try:
        await review.appeal(user, kind, item_id, text(form, "body"))
    except Invalid as exc:
        flash(request, next(iter(field_errors(exc).values())))
    else:
        flash(request, i18n.gettext("Your message is sent to the moderators."))
    return redirect(item.path)


async def queue_page(request: Request) -> Response:
    user: User | None = request.state.user
    slug = request.path_params.get("slug")
    group = await groups.get_group(slug) if slug else None
    if user is None:
        return login_redirect(request)
    settings = request.app.state.settings
    reports = await review.queue(settings, user, group.id if group else None)
    context = {
        "group": group,
        "reports": reports,
        "rules": {r.item.group.id: await items.rules_for(r.item.group) for r in reports},
    }
    return render(request, "moderation/queue.html", context)


async def decide(request: Request) -> Response:
    user: User | None = request.state.user
    kind, item_id = _item_ref(request)
    action = request.path_params["action"]
    form = await read_form(request)
    if user is None:
        return login_redirect(request)
    reason = text(form, "reason")
    try:
        if action == "uphold":
            rule_id = _int_or_none(text(form, "rule"))
            await review.uphold(user, kind, item_id, rule_id, reason)
            flash(request, i18n.gettext("Removed. The decision is in the moderation log."))
        elif action == "restore":
            await review.restore(user, kind, item_id, reason)
            flash(request, i18n.gettext("Restored. The decision is in the moderation log."))
        elif action == "note":
            await review.add_note(user, kind, item_id, text(form, "body"))
            flash(request, i18n.gettext("Your note is saved."))
        else:
            raise NotFound(N_("This page does not exist."))
    except Invalid as exc:
        flash(request, next(iter(field_errors(exc).values())))
    return redirect(safe_next(text(form, "next"), "/reports"))


async def my_reports(request: Request) -> Response:
    user: User | None = request.state.user
    if user is None:
        return login_redirect(request)
    found = await remote_log.reports_of(request.app.state.settings, user)
    return render(request, "moderation/my_reports.html", {"flags": found})


def _duration(value: str) -> int | None:
    return None if value == "forever" else _int_or_none(value) or 0


async def removals_page(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    if user is None:
        return login_redirect(request)
    await items.require_moderator(user, group)
    form = await read_form(request) if request.method == "POST" else None
    values = {"username": "", "days": "7", "reason": ""}
    errors: dict[str, str] = {}
    if form is not None:
        values = {k: text(form, k) for k in values}
        try:
            done = await _remove_or_lift(user, group, text(form, "action"), values)
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext(done))
            return redirect(f"/g/{group.slug}/removals")
    context = {
        "group": group,
        "removals": await members.removals(group),
        "values": values,
        "errors": errors,
        "durations": DURATIONS,
    }
    return render(request, "moderation/removals.html", context, status_code=422 if errors else 200)


async def _remove_or_lift(user: User, group: Group, action: str, values: dict[str, str]) -> str:
    """Returns the message to show once it is done."""
    if action == "lift":
        await members.lift(user, group, values["username"], values["reason"])
        return N_("The removal is lifted. The person may join again.")
    if values["days"] not in DURATIONS:
        raise Invalid({"days": (N_("Choose an option from the list."), {})})
    days = _duration(values["days"])
    await members.remove(user, group, values["username"], days, values["reason"])
    return N_("The person is removed from the group.")


async def policy_page(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    if user is None:
        return login_redirect(request)
    settings = request.app.state.settings
    current = await thresholds.for_group(settings, group)
    form = await read_form(request) if request.method == "POST" else None
    values = {
        "min_flags": str(current.min_flags),
        "share_percent": str(round(current.share * 100)),
        "min_account_age_days": str(current.min_account_age.days),
        "min_organisations": str(current.min_organisations),
    }
    errors: dict[str, str] = {}
    if form is not None:
        values = {k: text(form, k) for k in values}
        try:
            numbers = {k: _int_or_none(v) for k, v in values.items()}
            whole = N_("Fill in a whole number.")
            bad: dict[str, tuple[str, dict[str, Any]]] = {
                k: (whole, {}) for k, v in numbers.items() if v is None
            }
            if bad:
                raise Invalid(bad)
            policy = thresholds.PolicyForm(**{k: int(v or 0) for k, v in numbers.items()})
            await thresholds.set_policy(settings, user, group, policy)
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            flash(request, i18n.gettext("Your changes are saved."))
            return redirect(f"/g/{group.slug}/moderation")
    else:
        await groups.require_role(user, group, groups.GroupRole.OWNER)
    context = {"group": group, "values": values, "errors": errors, "floor": settings}
    return render(request, "moderation/policy.html", context, status_code=422 if errors else 200)


async def instances_page(request: Request) -> Response:
    """The admin blocks or limits other instances here; each change is in the public log."""
    user: User | None = request.state.user
    if user is None:
        return login_redirect(request)
    if not user.is_admin:
        raise Forbidden(N_("Only admins can change this."))
    settings = request.app.state.settings
    form = await read_form(request) if request.method == "POST" else None
    values = {"host": "", "reason": ""}
    errors: dict[str, str] = {}
    if form is not None:
        values = {k: text(form, k) for k in values}
        try:
            if text(form, "action") == "remove_account":
                await instances.remove_account(user, text(form, "username"), values["reason"])
                flash(request, i18n.gettext("The account is removed."))
            elif text(form, "action") == "unblock":
                await instances.unblock(settings, user, values["host"], values["reason"])
                flash(request, i18n.gettext("The block is lifted."))
            elif text(form, "action") == "limit":
                await instances.limit(settings, user, values["host"], values["reason"])
                flash(request, i18n.gettext("The instance is limited."))
            elif text(form, "action") == "unlimit":
                await instances.unlimit(settings, user, values["host"], values["reason"])
                flash(request, i18n.gettext("The limit is lifted."))
            else:
                await instances.block(settings, user, values["host"], values["reason"])
                flash(request, i18n.gettext("The instance is blocked."))
        except Invalid as exc:
            errors = field_errors(exc)
        else:
            return redirect("/admin/instances")
    context = {
        "blocked": await instances.blocked(),
        "limited": await instances.limited(),
        "values": values,
        "errors": errors,
    }
    return render(request, "moderation/instances.html", context, status_code=422 if errors else 200)


async def _log_page(request: Request) -> tuple[dict[str, Any], Group | None]:
    slug = request.path_params.get("slug") or request.query_params.get("group") or None
    if slug and ("\x00" in slug or len(slug) > 255):
        raise NotFound(N_("This group does not exist."))
    group = await groups.get_group(slug) if slug else None
    action = request.query_params.get("type") or None
    page = await log.entries(
        group_slug=group.slug if group else None,
        action=action,
        cursor=request.query_params.get("cursor") or None,
    )
    context = {"page": page, "group": group, "action": action or "", "actions": log.ACTIONS}
    return context, group


async def modlog(request: Request) -> Response:
    slug = request.path_params.get("slug")
    group = await groups.get_group(slug) if slug and "\x00" not in slug else None
    if group is not None and group.domain:
        return await _remote_modlog(request, group)
    try:
        context, _group = await _log_page(request)
    except Invalid as exc:
        return bad_link(request, exc)
    return render(request, "moderation/modlog.html", context)


async def _remote_modlog(request: Request, group: Group) -> Response:
    """A group of another instance keeps its log there: it is read from there, briefly cached;
    when that fails the page says so (502) instead of showing an empty log."""
    found = await remote_log.group_log(request.app.state.settings, group)
    status = 502 if found.failed else 200
    return render(request, "moderation/remote_modlog.html", {"log": found}, status_code=status)


async def modlog_atom(request: Request) -> Response:
    try:
        context, _group = await _log_page(request)
    except Invalid as exc:
        return bad_link(request, exc)
    response = render(request, "moderation/modlog.atom.xml", context)
    response.headers["content-type"] = "application/atom+xml; charset=utf-8"
    return response


routes: list[BaseRoute] = [
    *(
        Route(f"/{prefix}/{{id:int}}/{name}", handler, methods=methods, name=f"{name}_{prefix}")
        for prefix in _KINDS
        for name, handler, methods in (
            ("flag", flag_page, ["GET", "POST"]),
            ("unflag", withdraw, ["POST"]),
            ("appeal", appeal, ["POST"]),
        )
    ),
    Route("/reports", queue_page, name="reports"),
    Route("/reports/mine", my_reports, name="my_reports"),
    Route("/reports/{kind:str}/{id:int}/{action:str}", decide, methods=["POST"], name="decide"),
    Route("/g/{slug}/reports", queue_page, name="group_reports"),
    Route("/g/{slug}/removals", removals_page, methods=["GET", "POST"], name="removals"),
    Route("/g/{slug}/moderation", policy_page, methods=["GET", "POST"], name="group_policy"),
    Route("/g/{slug}/modlog", modlog, name="group_modlog"),
    Route("/modlog", modlog, name="modlog"),
    Route("/admin/instances", instances_page, methods=["GET", "POST"], name="admin_instances"),
    Route("/modlog.atom", modlog_atom, name="modlog_atom"),
]
