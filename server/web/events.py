"""Meeting pages: a group's meetings, one meeting with its answers, making, changing and
cancelling one, answering (RSVP), and the calendar files beside them."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server import i18n
from server.config import Settings
from server.files import licences
from server.models import Event, Group, User
from server.services import attachments, events, groups, rsvp
from server.services.errors import N_, Invalid, NotFound
from server.web import ical
from server.web.forms import (
    chosen_ids,
    field_errors,
    flash,
    read_form,
    read_upload_form,
    redirect,
    text,
    uploaded,
)
from server.web.groups import login_redirect
from server.web.templating import render

MAX_ID = 2**31 - 1
FIELDS = ("title", "description", "starts_at", "ends_at", "address", "latitude", "longitude",
          "online_url", "capacity")  # fmt: skip
CALENDAR_TYPE = "text/calendar; charset=utf-8"


async def _event(request: Request) -> Event:
    value: int = request.path_params["id"]
    if value > MAX_ID:
        raise NotFound(N_("This meeting does not exist."))
    return await events.get_event(value)


def _form(values: dict[str, str]) -> events.EventForm:
    return events.EventForm(**values)


def _values(form: FormData) -> dict[str, str]:
    return {name: text(form, name) for name in FIELDS}


def _stored_values(event: Event) -> dict[str, str]:
    def plain(value: object) -> str:
        return "" if value is None else str(value)

    return {
        "title": event.title, "description": event.description,
        "starts_at": events.local_input(event.starts_at),
        "ends_at": events.local_input(event.ends_at), "address": event.address,
        "latitude": plain(event.latitude), "longitude": plain(event.longitude),
        "online_url": plain(event.online_url), "capacity": plain(event.capacity),
    }  # fmt: skip


async def _render_form(
    request: Request, group: Group, event: Event | None, values: dict[str, str],
    errors: dict[str, str],
) -> Response:  # fmt: skip
    shared = await attachments.of_event(event) if event is not None else []
    context = {"group": group, "event": event, "values": values, "errors": errors,
               "licences": licences.LICENCES, "attachments": shared}  # fmt: skip
    status = 422 if errors else 200
    return render(request, "events/form.html", context, status_code=status)


async def group_events(request: Request) -> Response:
    group = await groups.get_group(request.path_params["slug"])
    user: User | None = request.state.user
    context = {
        "group": group,
        "upcoming": await events.upcoming(group),
        "past": await events.past(group),
        "membership": await groups.membership(user, group),
    }
    return render(request, "events/list.html", context)


async def new_event(request: Request) -> Response:
    user: User | None = request.state.user
    group = await groups.get_group(request.path_params["slug"])
    if user is None:
        return login_redirect(request)
    settings: Settings = request.app.state.settings
    form = None
    if request.method == "POST":
        form = await read_upload_form(request, settings)
    if form is None:
        return await _render_form(request, group, None, dict.fromkeys(FIELDS, ""), {})
    values = _values(form)
    try:
        await events.check_new(user, group, _form(values))
        async with attachments.intake(await uploaded(form, "files"), settings) as files:
            event = await events.create_event(user, group, _form(values), files)
    except Invalid as exc:
        return await _render_form(request, group, None, values, field_errors(exc))
    flash(request, i18n.gettext("Your meeting is published."))
    return redirect(f"/e/{event.id}")


async def edit_event(request: Request) -> Response:
    user: User | None = request.state.user
    event = await _event(request)
    if user is None:
        return login_redirect(request)
    settings: Settings = request.app.state.settings
    form = await read_upload_form(request, settings) if request.method == "POST" else None
    await events.require_manager(user, event)
    if form is None:
        return await _render_form(request, event.group, event, _stored_values(event), {})
    values = _values(form)
    try:
        async with attachments.intake(await uploaded(form, "files"), settings) as files:
            await events.edit_event(
                user, event, _form(values), files, chosen_ids(form, "remove_files")
            )
    except Invalid as exc:
        return await _render_form(request, event.group, event, values, field_errors(exc))
    flash(request, i18n.gettext("Your changes are saved."))
    return redirect(f"/e/{event.id}")


async def cancel_event(request: Request) -> Response:
    user: User | None = request.state.user
    event = await _event(request)
    if user is None:
        return login_redirect(request)
    form = await read_form(request) if request.method == "POST" else None
    await events.require_manager(user, event)
    if form is None:
        return render(request, "events/cancel.html", {"event": event})
    await events.cancel_event(user, event)
    flash(request, i18n.gettext("The meeting is cancelled. Everyone can still read it."))
    return redirect(f"/e/{event.id}")


async def _render_event(
    request: Request, event: Event, errors: dict[str, str] | None = None
) -> Response:
    user: User | None = request.state.user
    lists = await rsvp.attendees(event)
    mine = await rsvp.mine(user, event)
    waiting_place = None
    if mine is not None and mine.waitlisted_at is not None:
        names = [row["user__username"] for row in lists["waiting"]]
        waiting_place = names.index(user.username) + 1 if user and user.username in names else None
    context: dict[str, Any] = {
        "event": event,
        "group": event.group,
        "organiser": event.organiser,
        "lists": lists,
        "mine": mine,
        "waiting_place": waiting_place,
        "membership": await groups.membership(user, event.group),
        "may_manage": await events.may_manage(user, event),
        "is_over": events.is_over(event),
        "errors": errors or {},
        "attachments": await attachments.of_event(event),
        "licences": licences.LICENCES,
    }
    return render(request, "events/event.html", context, status_code=422 if errors else 200)


async def event_page(request: Request) -> Response:
    return await _render_event(request, await _event(request))


async def answer(request: Request) -> Response:
    user: User | None = request.state.user
    event = await _event(request)
    form = await read_form(request)
    if user is None:
        return login_redirect(request, f"/e/{event.id}")
    if text(form, "withdraw"):
        await rsvp.withdraw(user, event)
        flash(request, i18n.gettext("Your answer is withdrawn."))
        return redirect(f"/e/{event.id}")
    try:
        change = await rsvp.answer(user, event, text(form, "status"))
    except Invalid as exc:
        return await _render_event(request, event, field_errors(exc))
    message = N_("Your answer is saved.")
    if change.rsvp is not None and change.rsvp.pending:
        message = N_("Your answer is sent. The organiser's server confirms it soon.")
    elif change.rsvp is not None and change.rsvp.waitlisted_at is not None:
        message = N_("The meeting is full. You are on the waiting list.")
    flash(request, i18n.gettext(message))
    return redirect(f"/e/{event.id}")


async def event_ics(request: Request) -> Response:
    event = await _event(request)
    body = ical.event_calendar(request.app.state.settings, event)
    headers = {"Content-Disposition": f'attachment; filename="meeting-{event.id}.ics"'}
    return Response(body, media_type=CALENDAR_TYPE, headers=headers)


async def group_ics(request: Request) -> Response:
    group = await groups.get_group(request.path_params["slug"])
    body = ical.group_calendar(request.app.state.settings, group, await events.calendar(group))
    return Response(body, media_type=CALENDAR_TYPE)


routes: list[BaseRoute] = [
    Route("/g/{slug}/events", group_events, name="group_events"),
    Route("/g/{slug}/events.ics", group_ics, name="group_events_ics"),
    Route("/g/{slug}/events/new", new_event, methods=["GET", "POST"], name="event_new"),
    Route("/e/{id:int}", event_page, name="event"),
    Route("/e/{id:int}.ics", event_ics, name="event_ics"),
    Route("/e/{id:int}/rsvp", answer, methods=["POST"], name="event_rsvp"),
    Route("/e/{id:int}/edit", edit_event, methods=["GET", "POST"], name="event_edit"),
    Route("/e/{id:int}/cancel", cancel_event, methods=["GET", "POST"], name="event_cancel"),
]
