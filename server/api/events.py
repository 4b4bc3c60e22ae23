"""Meetings: a group's meetings, one meeting, making and changing it, and answering (RSVP)."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from server.api.common import ApiRoute, Call, Operation, Param, created, iso, no_content, path_id
from server.api.groups import find_group
from server.api.multipart import FILES_HELP
from server.api.serialise import attachment, author
from server.models import Attachment, Event, Rsvp, User
from server.services import attachments
from server.services import events as event_service
from server.services import rsvp as rsvp_service
from server.services.errors import N_, Invalid, NotFound

_TAG = "meetings"
_MISSING = N_("This meeting does not exist.")
_FIELDS = ("title", "description", "starts_at", "ends_at", "address", "latitude", "longitude",
           "online_url", "capacity")  # fmt: skip
_WHEN = (
    Param("when", {"type": "string", "enum": ["upcoming", "past"]},
          "Coming meetings, soonest first (the default), or earlier ones, latest first."),
)  # fmt: skip


async def _event(call: Call) -> Event:
    return await event_service.get_event(path_id(call, "event_id", _MISSING))


async def _json(
    event: Event, base_url: str, files: list[Attachment] | None = None
) -> dict[str, Any]:
    """`event.group` and `event.organiser` must be loaded; `files` are looked up if not given."""
    if files is None:
        files = await attachments.of_event(event)
    url = event.url if event.ap_id and event.url else f"{base_url}/e/{event.id}"
    return {
        "id": event.id, "url": url, "ics_url": f"{base_url}/e/{event.id}.ics",
        "group": event.group.slug, "title": event.title, "description": event.description,
        "description_html": event.description_html, "starts_at": iso(event.starts_at),
        "ends_at": iso(event.ends_at), "timezone": "Europe/Amsterdam",
        "address": event.address, "latitude": event.latitude, "longitude": event.longitude,
        "online_url": event.online_url, "capacity": event.capacity,
        "organiser": author(event.organiser), "created_at": iso(event.created_at),
        "edited_at": iso(event.edited_at), "cancelled": event.cancelled_at is not None,
        "remote": event.ap_id is not None, "counts": await rsvp_service.counts(event),
        "attachments": [attachment(file, base_url) for file in files],
    }  # fmt: skip


def _rsvp(rsvp: Rsvp, user: User) -> dict[str, Any]:
    return {
        "event_id": rsvp.event_id,
        "username": user.username,
        "status": str(rsvp.status),
        "waiting_list": rsvp.waitlisted_at is not None,
        "pending": rsvp.pending,
        "updated_at": iso(rsvp.updated_at),
    }


def _form(body: dict[str, Any], stored: dict[str, Any] | None = None) -> event_service.EventForm:
    values = dict(stored or dict.fromkeys(_FIELDS, ""))
    values.update({key: value for key, value in body.items() if key in _FIELDS})
    for text_field in ("address", "online_url", "description"):
        values[text_field] = values.get(text_field) or ""
    return event_service.EventForm(**values)


def _stored(event: Event) -> dict[str, Any]:
    return {
        "title": event.title, "description": event.description,
        "starts_at": event.starts_at.isoformat(), "ends_at": event.ends_at.isoformat(),
        "address": event.address, "latitude": event.latitude, "longitude": event.longitude,
        "online_url": event.online_url or "", "capacity": event.capacity,
    }  # fmt: skip


async def list_events(call: Call) -> Response:
    group = await find_group(call)
    when = call.query("when") or "upcoming"
    if when not in ("upcoming", "past"):
        raise Invalid({"when": (N_("Choose upcoming or past."), {})})
    found = await (event_service.past(group) if when == "past" else event_service.upcoming(group))
    base = call.settings.base_url
    files = await attachments.of_events([event.id for event in found])
    items = []
    for event in found:
        event.group = group
        items.append(await _json(event, base, files.get(event.id, [])))
    return JSONResponse({"items": items})


async def create_event(call: Call) -> Response:
    group = await find_group(call)
    form = _form(call.body)
    await event_service.check_new(call.actor, group, form)
    async with attachments.intake(call.uploads, call.settings) as files:
        made = await event_service.create_event(call.actor, group, form, files)
    event = await event_service.get_event(made.id)
    base = call.settings.base_url
    return created(await _json(event, base), f"{base}/api/v1/events/{event.id}")


async def get_event(call: Call) -> Response:
    return JSONResponse(await _json(await _event(call), call.settings.base_url))


async def edit_event(call: Call) -> Response:
    event = await _event(call)
    await event_service.require_manager(call.actor, event)
    form = _form(call.body, _stored(event))
    async with attachments.intake(call.uploads, call.settings) as files:
        edited = await event_service.edit_event(
            call.actor, event, form, files, call.body.get("remove_files", [])
        )
    return JSONResponse(await _json(edited, call.settings.base_url))


async def cancel_event(call: Call) -> Response:
    cancelled = await event_service.cancel_event(call.actor, await _event(call))
    return JSONResponse(await _json(cancelled, call.settings.base_url))


async def attendees(call: Call) -> Response:
    lists = await rsvp_service.attendees(await _event(call))
    return JSONResponse(
        {
            key: [
                {"username": row["user__username"], "name": row["user__name"],
                 "organisation": row["user__organisation"], "role": row["user__role"]}
                for row in rows
            ]
            for key, rows in lists.items()
        }
    )  # fmt: skip


async def get_rsvp(call: Call) -> Response:
    mine = await rsvp_service.mine(call.actor, await _event(call))
    if mine is None:
        raise NotFound(N_("You have not answered yet."))
    return JSONResponse(_rsvp(mine, call.actor))


async def put_rsvp(call: Call) -> Response:
    event = await _event(call)
    change = await rsvp_service.answer(call.actor, event, call.body.get("status", ""))
    assert change.rsvp is not None
    return JSONResponse(_rsvp(change.rsvp, call.actor))


async def delete_rsvp(call: Call) -> Response:
    await rsvp_service.withdraw(call.actor, await _event(call))
    return no_content()


_LOCATION = {"Location": "The new item's address in this API."}

# fmt: off
routes = [
    ApiRoute(
        "/groups/{slug}/events",
        Operation("GET", list_events, "A group's meetings", _TAG, query=_WHEN,
                  returns="EventList"),
        Operation("POST", create_event, "Plan a meeting in a group (members only)", _TAG,
                  auth=True, body="EventCreate", status=201, returns="Event",
                  headers=_LOCATION, files=True, description=FILES_HELP),
    ),
    ApiRoute(
        "/events/{event_id:int}",
        Operation("GET", get_event, "One meeting with its counts", _TAG, returns="Event"),
        Operation("PATCH", edit_event, "Change a meeting (organiser, moderators)", _TAG,
                  auth=True, body="EventUpdate", returns="Event", files=True,
                  description=FILES_HELP),
    ),
    ApiRoute(
        "/events/{event_id:int}/cancel",
        Operation("POST", cancel_event, "Cancel a meeting; it stays readable", _TAG,
                  auth=True, returns="Event"),
    ),
    ApiRoute(
        "/events/{event_id:int}/attendees",
        Operation("GET", attendees, "Who answered, with names and organisations", _TAG,
                  returns="Attendees"),
    ),
    ApiRoute(
        "/events/{event_id:int}/rsvp",
        Operation("GET", get_rsvp, "Your answer", _TAG, auth=True, returns="Rsvp"),
        Operation("PUT", put_rsvp, "Answer: going, maybe or not going (members only)", _TAG,
                  auth=True, body="RsvpUpdate", returns="Rsvp",
                  description="When the meeting is full, going puts you on the waiting list "
                              "(`waiting_list` true); you get a seat when one frees up."),
        Operation("DELETE", delete_rsvp, "Withdraw your answer", _TAG, auth=True, status=204),
    ),
]
# fmt: on
