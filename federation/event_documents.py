"""Meetings as ActivityStreams `Event`s, shaped as Mobilizon publishes them, and the answers
(RSVP) that travel between instances.

Mobilizon is the reference (its payloads in the shared fixtures): `startTime` / `endTime`,
`location` as a `Place` with a `PostalAddress`, `joinMode`, `maximumAttendeeCapacity`,
`ical:status`, the online address as a `Link` attachment. As for posts (FEP-1b12), the event is
attributed to its organiser, addressed to the group and Public, with `audience` the group.
Pure functions: rows in (with their group and organiser loaded), JSON out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from federation import documents, vocab
from federation.urls import Urls
from server.models import Attachment, Event, Group, User

TIMEZONE = "Europe/Amsterdam"
# The terms of Mobilizon's context that we write, defined as Mobilizon defines them.
EVENT_CONTEXT: list[Any] = [
    *vocab.CONTEXT[:-1],
    {
        **vocab.CONTEXT[-1],
        "mz": "https://joinmobilizon.org/ns#",
        "sc": "http://schema.org#",
        "ical": "http://www.w3.org/2002/12/cal/ical#",
        "joinMode": {"@id": "mz:joinMode", "@type": "mz:joinModeType"},
        "maximumAttendeeCapacity": "sc:maximumAttendeeCapacity",
        "remainingAttendeeCapacity": "sc:remainingAttendeeCapacity",
        "participantCount": {"@id": "mz:participantCount", "@type": "sc:Integer"},
        "isOnline": {"@id": "mz:isOnline", "@type": "sc:Boolean"},
        "timezone": {"@id": "mz:timezone", "@type": "sc:Text"},
        "location": {"@id": "sc:location", "@type": "sc:Place"},
        "address": {"@id": "sc:address", "@type": "sc:PostalAddress"},
        "PostalAddress": "sc:PostalAddress",
        "streetAddress": "sc:streetAddress",
    },
]


def event_id(urls: Urls, event: Event) -> str:
    return event.ap_id or urls.event(event.id)


def _place(event: Event) -> dict[str, Any] | None:
    if not event.address and event.latitude is None:
        return None
    place: dict[str, Any] = {"type": "Place", "name": event.address or None}
    if event.address:
        place["address"] = {"type": "PostalAddress", "streetAddress": event.address}
    if event.latitude is not None and event.longitude is not None:
        place |= {"latitude": event.latitude, "longitude": event.longitude}
    return {key: value for key, value in place.items() if value is not None}


def event_document(
    urls: Urls, event: Event, group: Group, organiser: User, files: Sequence[Attachment] = ()
) -> dict[str, Any]:
    audience = documents.group_id(urls, group)
    object_id = event_id(urls, event)
    base = vocab.to_json(
        vocab.Content(
            type="Event",
            id=object_id,
            attributed_to=(documents.person_id(urls, organiser),),
            name=event.title,
            content=event.description_html,
            source=vocab.Source(content=event.description, media_type="text/markdown"),
            to=(audience, vocab.PUBLIC),
            audience=audience,
            url=object_id,
            published=event.created_at,
            updated=event.edited_at or event.cancelled_at,
        )
    )
    capacity = event.capacity
    extra: dict[str, Any] = {
        "startTime": vocab.format_date(event.starts_at),
        "endTime": vocab.format_date(event.ends_at),
        "timezone": TIMEZONE,
        "joinMode": "free",
        "maximumAttendeeCapacity": capacity or 0,  # Mobilizon's "no limit"
        "remainingAttendeeCapacity": max(capacity - event.going_count, 0) if capacity else None,
        "participantCount": event.going_count,
        "isOnline": bool(event.online_url),
        "ical:status": "CANCELLED" if event.cancelled_at else "CONFIRMED",
        "anonymousParticipationEnabled": False,
        "commentsEnabled": False,
        "draft": False,
    }
    place = _place(event)
    if place is not None:
        extra["location"] = place
    attached = [
        vocab.attachment_json(documents.file_attachment(urls, f))
        for f in files
        if f.blob_id is not None
    ]
    if event.online_url:
        attached.insert(0, {"type": "Link", "href": event.online_url, "mediaType": "text/html",
                            "name": "Website"})  # fmt: skip
    if attached:
        extra["attachment"] = attached
    document = {**base, **{k: v for k, v in extra.items() if v is not None}}
    document["@context"] = EVENT_CONTEXT
    return document


def rsvp_activity(
    urls: Urls, kind: str, person: User, event_ap_id: str, *, activity_id: str, to: str
) -> dict[str, Any]:
    """A person's `Join`, `Leave`, `TentativeAccept` or `Reject` of an event (Mobilizon's
    participation activities carry the event's id as `object`)."""
    return {
        "@context": EVENT_CONTEXT,
        "type": kind,
        "id": activity_id,
        "actor": documents.person_id(urls, person),
        "object": event_ap_id,
        "to": [to],
    }


def answer_activity(
    kind: str, *, actor: str, inner: dict[str, Any], activity_id: str, to: str
) -> dict[str, Any]:
    """The organiser's `Accept` or `Reject` of a participation, the participation embedded
    (as Mobilizon answers a `Join`)."""
    return {
        "@context": EVENT_CONTEXT,
        "type": kind,
        "id": activity_id,
        "actor": actor,
        "to": [to],
        "object": {key: value for key, value in inner.items() if key != "@context"},
    }
