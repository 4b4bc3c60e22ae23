"""Meetings of other instances, stored as they arrive (a Mobilizon or Polder `Event`).

The federation handler has checked who sent it and where it belongs; here it is stored once,
its HTML sanitised, its times in UTC. An event without an end gets one two hours after its
start (Mobilizon may leave `endTime` out), so that lists and calendars can place it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError

from server.db import transaction
from server.models import Event, Group, User
from server.services import markdown, remote_files
from server.services.clock import now
from server.services.errors import N_, Forbidden, Invalid

DEFAULT_LENGTH = timedelta(hours=2)
MAX_HTML = 200_000


@dataclass(frozen=True)
class RemoteEvent:
    ap_id: str
    title: str
    html: str
    source: str | None
    starts_at: datetime
    ends_at: datetime | None
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    online_url: str | None = None
    capacity: int | None = None
    url: str | None = None
    cancelled: bool = False
    published: datetime | None = None
    updated: datetime | None = None
    files: tuple[remote_files.RemoteFile, ...] = ()


def _coordinate(value: float | None, limit: float) -> float | None:
    if value is None or not math.isfinite(value) or not -limit <= value <= limit:
        return None
    return value


def _values(item: RemoteEvent) -> dict[str, Any]:
    if len(item.html) > MAX_HTML or len(item.source or "") > MAX_HTML:
        raise Invalid({"description": (N_("This is too long."), {})})
    end = item.ends_at if item.ends_at and item.ends_at > item.starts_at else None
    latitude = _coordinate(item.latitude, 90)
    longitude = _coordinate(item.longitude, 180)
    online = item.online_url if item.online_url and len(item.online_url) <= 500 else None
    return {
        "title": (" ".join(item.title.split()) or "…")[:200],
        "description": (item.source or "")[:MAX_HTML],
        "description_html": markdown.sanitise_html(item.html),
        "starts_at": item.starts_at,
        "ends_at": end or item.starts_at + DEFAULT_LENGTH,
        "address": " ".join(item.address.split())[:300],
        "latitude": latitude if longitude is not None else None,
        "longitude": longitude if latitude is not None else None,
        "online_url": online,
        "capacity": item.capacity,
        "url": item.url if item.url and len(item.url) <= 500 else None,
    }


async def store_event(group: Group, organiser: User, item: RemoteEvent) -> tuple[Event, bool]:
    """Store once; (the event, whether it is new)."""
    existing = await Event.get_or_none(ap_id=item.ap_id)
    if existing is not None:
        return existing, False
    values = _values(item)
    moment = now()
    published = item.published if item.published and item.published < moment else moment
    try:
        async with transaction():
            event = await Event.create(
                group=group, organiser=organiser, ap_id=item.ap_id, created_at=published,
                cancelled_at=moment if item.cancelled else None, **values,
            )  # fmt: skip
            await remote_files.record(event, item.files)
    except IntegrityError:
        return await Event.get(ap_id=item.ap_id), False
    return event, True


async def update_event(event: Event, item: RemoteEvent) -> Event:
    if event.cancelled_at is not None and not item.cancelled:
        raise Forbidden(N_("This meeting is cancelled and cannot be changed."))
    values = _values(item)
    moment = now()
    async with transaction():
        await Event.filter(id=event.id).update(
            edited_at=moment,
            cancelled_at=event.cancelled_at or (moment if item.cancelled else None),
            **values,
        )
        await remote_files.replace(event, item.files)
    return await Event.get(id=event.id)


async def cancel_event(event: Event) -> None:
    async with transaction():
        await Event.filter(id=event.id, cancelled_at__isnull=True).update(cancelled_at=now())
