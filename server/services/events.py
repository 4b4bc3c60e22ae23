"""Meetings in a group: making, changing and cancelling them, and listing them.

Times come in as Amsterdam wall-clock time ("2026-03-29T19:30", as a datetime-local field
sends it) or with an explicit offset, and are stored in UTC. Answers (RSVP) and the waiting
list are in `server.services.rsvp`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from federation import event_publish, publish
from server import db
from server.models import Event, Group, GroupRole, User
from server.services import attachments, markdown, notifications, rsvp
from server.services import groups as group_service
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, NotFound

TIMEZONE = ZoneInfo("Europe/Amsterdam")
MAX_TITLE = 200
MAX_DESCRIPTION = 50_000
MAX_ADDRESS = 300
MAX_URL = 500
MAX_CAPACITY = 100_000
MAX_LENGTH = timedelta(days=31)
LIST_LIMIT = 100


@dataclass(frozen=True)
class EventForm:
    """What a person fills in. Numbers may come as text (web form) or numbers (API)."""

    title: str
    description: str
    starts_at: str
    ends_at: str
    address: str = ""
    latitude: str | float | None = None
    longitude: str | float | None = None
    online_url: str = ""
    capacity: str | int | None = None


@dataclass(frozen=True)
class CheckedEvent:
    title: str
    description: str
    starts_at: datetime
    ends_at: datetime
    address: str
    latitude: float | None
    longitude: float | None
    online_url: str | None
    capacity: int | None


def parse_time(value: str) -> datetime | None:
    """An ISO 8601 time; without an offset it is Amsterdam time. None when unreadable or
    when the wall-clock time does not exist (the hour skipped when summer time starts)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(TIMEZONE)
    local = moment.replace(tzinfo=TIMEZONE)
    # A skipped hour does not survive the round trip through UTC.
    if local.astimezone(UTC).astimezone(TIMEZONE).replace(tzinfo=None) != moment:
        return None
    return local


def local_input(moment: datetime) -> str:
    """The value for a datetime-local field: Amsterdam time, to the minute."""
    return moment.astimezone(TIMEZONE).strftime("%Y-%m-%dT%H:%M")


def _number(errors: FieldErrors, field: str, value: str | float | None) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else value
    except ValueError:
        errors.add(field, N_("Type a number, for example 52.0907."))
        return None
    if isinstance(number, bool) or not math.isfinite(number):
        errors.add(field, N_("Type a number, for example 52.0907."))
        return None
    return float(number)


def _coordinates(errors: FieldErrors, form: EventForm) -> tuple[float | None, float | None]:
    lat = _number(errors, "latitude", form.latitude)
    lon = _number(errors, "longitude", form.longitude)
    if lat is not None and not -90 <= lat <= 90:
        errors.add("latitude", N_("A latitude is between -90 and 90."))
    if lon is not None and not -180 <= lon <= 180:
        errors.add("longitude", N_("A longitude is between -180 and 180."))
    if (lat is None) != (lon is None) and "latitude" not in errors.fields:
        errors.add("latitude" if lat is None else "longitude", N_("Fill in both or neither."))
    return lat, lon


def _capacity(errors: FieldErrors, value: str | int | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not text.lstrip("-").isdigit():
        errors.add("capacity", N_("Type a whole number, or leave this empty for no limit."))
        return None
    number = int(text)
    if number < 1:
        errors.add("capacity", N_("At least 1 person must be able to come."))
    elif number > MAX_CAPACITY:
        errors.add("capacity", N_("At most %(max)s people."), max=MAX_CAPACITY)
    return number


def _online_url(errors: FieldErrors, value: str) -> str | None:
    url = errors.text("online_url", value, max_length=MAX_URL, required=False)
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        errors.add("online_url", N_("Use a web address that starts with https:// or http://."))
    return url


def _times(errors: FieldErrors, form: EventForm) -> tuple[datetime | None, datetime | None]:
    found: dict[str, datetime | None] = {}
    for field, value in (("starts_at", form.starts_at), ("ends_at", form.ends_at)):
        found[field] = None
        if not value.strip():
            errors.add(field, N_("Please fill this in."))
        elif (moment := parse_time(value)) is None:
            errors.add(field, N_("Choose a date and a time that exist, like 2026-05-14 19:30."))
        else:
            found[field] = moment
    start, end = found["starts_at"], found["ends_at"]
    if start and end and end <= start:
        errors.add("ends_at", N_("The end must be after the start."))
    elif start and end and end - start > MAX_LENGTH:
        errors.add("ends_at", N_("A meeting can last at most 31 days."))
    return start, end


def check(form: EventForm) -> CheckedEvent:
    errors = FieldErrors()
    title = errors.text("title", form.title, max_length=MAX_TITLE)
    description = errors.text(
        "description", form.description, max_length=MAX_DESCRIPTION, required=False
    )
    start, end = _times(errors, form)
    address = errors.text("address", form.address, max_length=MAX_ADDRESS, required=False)
    lat, lon = _coordinates(errors, form)
    online_url = _online_url(errors, form.online_url)
    capacity = _capacity(errors, form.capacity)
    if not address and not online_url and "address" not in errors.fields:
        errors.add("address", N_("Give an address, an online link, or both."))
    errors.raise_if_any()
    assert start is not None and end is not None
    return CheckedEvent(
        title=title, description=description, starts_at=start, ends_at=end, address=address,
        latitude=lat, longitude=lon, online_url=online_url, capacity=capacity,
    )  # fmt: skip


async def _require_member(user: User, group: Group) -> None:
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))
    member = await group_service.membership(user, group)
    if member is None or not member.accepted:
        raise Forbidden(N_("Join the group to take part."))


async def may_manage(user: User | None, event: Event) -> bool:
    """The organiser, the group's moderators and owners, and admins may change an event."""
    if user is None or event.ap_id is not None:
        return False
    if user.is_admin or event.organiser_id == user.id:
        return True
    member = await group_service.membership(user, await event.group)
    return member is not None and member.role in (GroupRole.MODERATOR, GroupRole.OWNER)


async def require_manager(user: User, event: Event) -> None:
    if not await may_manage(user, event):
        raise Forbidden(N_("Only the organiser and the group's moderators can change this."))
    if event.cancelled_at is not None:
        raise Forbidden(N_("This meeting is cancelled and cannot be changed."))


def _values(checked: CheckedEvent) -> dict[str, Any]:
    return {
        "title": checked.title,
        "description": checked.description,
        "description_html": markdown.render(checked.description) if checked.description else "",
        "starts_at": checked.starts_at,
        "ends_at": checked.ends_at,
        "address": checked.address,
        "latitude": checked.latitude,
        "longitude": checked.longitude,
        "online_url": checked.online_url,
        "capacity": checked.capacity,
    }


async def check_new(user: User, group: Group, form: EventForm) -> CheckedEvent:
    """Everything `create_event` refuses; call it before preparing files, so that a refused
    meeting writes no file's bytes."""
    checked = check(form)
    await _require_member(user, group)
    if checked.ends_at <= now():
        raise Forbidden(N_("This meeting would already be over."))
    return checked


async def create_event(
    user: User, group: Group, form: EventForm, files: Sequence[attachments.Prepared] = ()
) -> Event:
    """`files` come checked and stored from `attachments.prepare`; they are recorded in the
    meeting's own transaction, so a meeting never appears without the files it was shared with."""
    checked = await check_new(user, group, form)
    async with publish.transaction():
        event = await Event.create(
            group=group, organiser=user, created_at=now(), **_values(checked)
        )
        await attachments.create(list(files), uploader=user, group=group, event=event)
        await event_publish.event_changed(event, "Create")
        await _notify(event)
    return event


async def _notify(event: Event) -> None:
    settings = publish.configured()
    if settings is not None:
        await notifications.meeting_announced(settings, event)


async def edit_event(
    user: User,
    event: Event,
    form: EventForm,
    files: Sequence[attachments.Prepared] = (),
    remove_files: Sequence[int] = (),
) -> Event:
    """As `posts.edit_post` does for a post's files: added, taken away, passed on as they are."""
    await require_manager(user, event)
    checked = check(form)
    values = _values(checked)
    async with publish.transaction():
        await _locked(event.id)
        await Event.filter(id=event.id).update(edited_at=now(), **values)
        group = await Group.get(id=event.group_id)
        removed = await attachments.change(
            files, remove_files, editor=user, group=group, event=event
        )
        promoted = await rsvp.fill_seats(event.id)
        updated = await get_event(event.id)
        await event_publish.event_changed(updated, "Update")
        for answer in promoted:
            await event_publish.promoted(updated, answer)
    settings = publish.configured()
    if removed and settings is not None:
        await attachments.prune(settings)
    return updated


async def _locked(event_id: int) -> None:
    # As answers do (services/rsvp.py): changes to one event's seats apply one at a time.
    if db.dialect() == "postgres":
        await Event.filter(id=event_id).select_for_update().first()


async def cancel_event(user: User, event: Event) -> Event:
    await require_manager(user, event)
    async with publish.transaction():
        await Event.filter(id=event.id, cancelled_at__isnull=True).update(cancelled_at=now())
        cancelled = await get_event(event.id)
        await event_publish.event_changed(cancelled, "Update")
    return cancelled


def is_over(event: Event) -> bool:
    return event.ends_at <= now()


async def get_event(event_id: int) -> Event:
    event = await Event.get_or_none(id=event_id).select_related("group", "organiser")
    if event is None:
        raise NotFound(N_("This meeting does not exist."))
    return event


async def upcoming(group: Group, limit: int = LIST_LIMIT) -> list[Event]:
    """Events that have not ended yet, soonest first (cancelled ones too, marked)."""
    return (
        await Event.filter(group_id=group.id, ends_at__gt=now())
        .order_by("starts_at", "id")
        .limit(limit)
        .select_related("organiser")
    )


async def past(group: Group, limit: int = LIST_LIMIT) -> list[Event]:
    """Events that have ended, the latest first: they stay readable."""
    return (
        await Event.filter(group_id=group.id, ends_at__lte=now())
        .order_by("-starts_at", "-id")
        .limit(limit)
        .select_related("organiser")
    )


async def calendar(group: Group, limit: int = 500) -> list[Event]:
    """What a subscribed calendar shows: the last 90 days and everything ahead."""
    since = now() - timedelta(days=90)
    return (
        await Event.filter(group_id=group.id, ends_at__gt=since)
        .order_by("starts_at", "id")
        .limit(limit)
        .select_related("organiser", "group")
    )
