"""Meetings as iCalendar (RFC 5545): one `.ics` per meeting and a feed per group.

Times are written in Europe/Amsterdam with the zone's own VTIMEZONE, so a calendar shows the
time that was meant on either side of a change to or from summer time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar

from server.config import Settings
from server.models import Event, Group

TIMEZONE = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Polder//Meetings//NL"


def _calendar(name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    return cal


def _uid(settings: Settings, event: Event) -> str:
    # A stable id: a calendar that loads the feed again updates the meeting, not doubles it.
    return event.ap_id or f"event-{event.id}@{settings.domain}"


def _description(settings: Settings, event: Event, page: str) -> str:
    parts = [event.description.strip()] if event.description.strip() else []
    if event.online_url:
        parts.append(f"Online: {event.online_url}")
    parts.append(page)
    return "\n\n".join(parts)


def _vevent(settings: Settings, event: Event, stamp: datetime) -> icalendar.Event:
    page = event.url or f"{settings.base_url}/e/{event.id}"
    item = icalendar.Event()
    item.add("uid", _uid(settings, event))
    item.add("dtstamp", stamp)
    item.add("dtstart", event.starts_at.astimezone(TIMEZONE))
    item.add("dtend", event.ends_at.astimezone(TIMEZONE))
    item.add("summary", event.title)
    item.add("description", _description(settings, event, page))
    item.add("url", page)
    item.add("created", event.created_at.astimezone(UTC))
    changed = event.cancelled_at or event.edited_at or event.created_at
    item.add("last-modified", changed.astimezone(UTC))
    # Each change is a new revision, so that calendars take it over the copy they hold.
    item.add("sequence", int((changed - event.created_at).total_seconds()))
    item.add("status", "CANCELLED" if event.cancelled_at else "CONFIRMED")
    if event.address:
        item.add("location", event.address)
    elif event.online_url:
        item.add("location", event.online_url)
    if event.latitude is not None and event.longitude is not None:
        item.add("geo", (event.latitude, event.longitude))
    return item


def _finish(cal: icalendar.Calendar) -> bytes:
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def event_calendar(settings: Settings, event: Event) -> bytes:
    cal = _calendar(event.title)
    cal.add_component(_vevent(settings, event, datetime.now(UTC)))
    return _finish(cal)


def group_calendar(settings: Settings, group: Group, items: Iterable[Event]) -> bytes:
    cal = _calendar(group.title)
    stamp = datetime.now(UTC)
    for event in items:
        cal.add_component(_vevent(settings, event, stamp))
    return _finish(cal)
