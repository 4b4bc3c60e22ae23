"""Parse ActivityStreams JSON into `federation.vocab.objects`, tolerantly.

Unknown fields are ignored, values that come in several shapes (a string or a list, an id or an
embedded object) are normalised, and anything we cannot accept raises `ParseError` with a
message: never a KeyError or TypeError from deep inside.
"""

from __future__ import annotations

from typing import Any

from federation.errors import ParseError
from federation.vocab.fields import (
    date_field,
    first_id,
    id_list,
    is_http_url,
    optional_url,
    require_dict,
    required_url,
    text_field,
)
from federation.vocab.objects import (
    ACTIVITY_TYPES,
    ACTOR_TYPES,
    CONTENT_TYPES,
    Activity,
    Actor,
    Attachment,
    Content,
    Event,
    Place,
    PropertyValue,
    PublicKey,
    Source,
    Thing,
    Tombstone,
)

# Activities whose object must be embedded (an id alone says nothing about what to store).
_EMBEDDED_OBJECT = frozenset({"Create"})
_MAX_DEPTH = 4  # Announce(Create(Page)) is 3 deep; deeper nesting is refused, not recursed.
_ALL_TYPES = ACTOR_TYPES | CONTENT_TYPES | ACTIVITY_TYPES | {"Event", "Tombstone"}

# Parsing ------------------------------------------------------------------------------------


def parse(document: object) -> Actor | Content | Tombstone | Activity:
    """Parse one ActivityStreams JSON object (already decoded)."""
    return _parse(document, depth=0)


def parse_activity(document: object) -> Activity:
    result = parse(document)
    if not isinstance(result, Activity):
        raise ParseError(f"expected an activity, got {_type_name(result)}")
    return result


def parse_actor(document: object) -> Actor:
    result = parse(document)
    if not isinstance(result, Actor):
        raise ParseError(f"expected an actor, got {_type_name(result)}")
    return result


def _type_name(thing: object) -> str:
    return getattr(thing, "type", type(thing).__name__)


def _parse(document: object, depth: int) -> Actor | Content | Tombstone | Activity:
    data = require_dict(document, "document")
    if depth > _MAX_DEPTH:
        raise ParseError("objects are nested too deeply")
    kind = _type_of(data)
    if kind in ACTOR_TYPES:
        return _actor(data, kind)
    if kind in CONTENT_TYPES:
        return _content(data, kind)
    if kind == "Event":
        return _event(data)
    if kind == "Tombstone":
        return _tombstone(data)
    if kind in ACTIVITY_TYPES:
        return _activity(data, kind, depth)
    raise ParseError(f"unsupported type {kind!r}")


def _type_of(data: dict[str, Any]) -> str:
    kind = data.get("type")
    # JSON-LD allows a list of types; servers that send one add their own extension type.
    if isinstance(kind, list):
        known = [k for k in kind if isinstance(k, str)]
        kind = next((k for k in known if k in _ALL_TYPES), known[0] if known else None)
    if not isinstance(kind, str) or not kind:
        raise ParseError("object has no type")
    return kind


def _actor(data: dict[str, Any], kind: str) -> Actor:
    actor_id = required_url(data, "id")
    endpoints = data.get("endpoints")
    shared = optional_url(endpoints, "sharedInbox") if isinstance(endpoints, dict) else None
    return Actor(
        type=kind,
        id=actor_id,
        inbox=required_url(data, "inbox"),
        preferred_username=text_field(data, "preferredUsername"),
        name=text_field(data, "name"),
        summary=text_field(data, "summary"),
        url=_link_url(data.get("url")),
        outbox=optional_url(data, "outbox"),
        followers=optional_url(data, "followers"),
        following=optional_url(data, "following"),
        shared_inbox=shared,
        featured=optional_url(data, "featured"),
        moderators=_moderators(data, kind),
        moderation_log=optional_url(data, "moderationLog") if kind == "Group" else None,
        icon=_link_url(data.get("icon")),
        public_key=_public_key(data.get("publicKey"), actor_id),
        fields=_property_values(data.get("attachment")),
        manually_approves_followers=data.get("manuallyApprovesFollowers") is True,
        posting_restricted_to_mods=data.get("postingRestrictedToMods") is True,
        published=date_field(data, "published"),
        updated=date_field(data, "updated"),
    )


def _moderators(data: dict[str, Any], kind: str) -> str | None:
    # Lemmy 0.19 names a group's moderators collection in `attributedTo`, older Lemmy in
    # `moderators`; PeerTube puts a list of owner objects there instead (not a collection).
    if kind != "Group":
        return None
    explicit = optional_url(data, "moderators")
    attributed = data.get("attributedTo")
    return explicit or (optional_url(data, "attributedTo") if isinstance(attributed, str) else None)


def _public_key(value: object, actor_id: str) -> PublicKey | None:
    # Some servers list several keys; the first RSA one in PEM form is what signatures use.
    candidates = value if isinstance(value, list) else [value]
    for key in candidates:
        if isinstance(key, dict) and isinstance(key.get("publicKeyPem"), str):
            return PublicKey(
                id=required_url(key, "id"),
                owner=optional_url(key, "owner") or actor_id,
                pem=key["publicKeyPem"],
            )
    return None


def _property_values(value: object) -> tuple[PropertyValue, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(
        PropertyValue(name=item["name"], value=item["value"])
        for item in items
        if isinstance(item, dict)
        and item.get("type") == "PropertyValue"
        and isinstance(item.get("name"), str)
        and isinstance(item.get("value"), str)
    )


def _link_url(value: object, depth: int = 0) -> str | None:
    """`url`/`icon` come as a string, a Link/Image object, or a list of those: take the first
    http(s) one (PeerTube lists several sizes, Mastodon one)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            item = item.get("href") or item.get("url")
            if isinstance(item, (dict, list)) and depth < 2:
                item = _link_url(item, depth + 1)
        if is_http_url(item):
            return item
    return None


def _content_fields(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return {
        "type": kind,
        "id": required_url(data, "id"),
        "attributed_to": _attribution(data),
        "name": text_field(data, "name", "nameMap"),
        "content": text_field(data, "content", "contentMap"),
        "media_type": text_field(data, "mediaType") or "text/html",
        "source": _source(data.get("source")),
        "summary": text_field(data, "summary"),
        "in_reply_to": first_id(data.get("inReplyTo"), "inReplyTo"),
        "audience": first_id(data.get("audience"), "audience"),
        "to": id_list(data.get("to")),
        "cc": id_list(data.get("cc")),
        "url": _link_url(data.get("url")),
        "published": date_field(data, "published"),
        "updated": date_field(data, "updated"),
        "attachments": _attachments(data.get("attachment")),
        "sensitive": data.get("sensitive") is True,
    }


def _content(data: dict[str, Any], kind: str) -> Content:
    return Content(**_content_fields(data, kind))


def _event(data: dict[str, Any]) -> Event:
    start = date_field(data, "startTime")
    if start is None:
        raise ParseError("Event has no valid startTime")
    return Event(
        **_content_fields(data, "Event"),
        start_time=start,
        end_time=date_field(data, "endTime"),
        location=_place(data.get("location")),
        join_mode=text_field(data, "joinMode"),
        capacity=_capacity(data.get("maximumAttendeeCapacity")),
        cancelled=data.get("ical:status") == "CANCELLED",
    )


def _capacity(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return None
    return value


def _attribution(data: dict[str, Any]) -> tuple[str, ...]:
    # A string, a list of strings, or (PeerTube, Mbin) a list of {type, id} objects where a
    # Person is the author and a Group the channel or magazine: put people first.
    value = data.get("attributedTo", data.get("actor"))
    items = value if isinstance(value, list) else [value]
    people = [i for i in items if isinstance(i, dict) and i.get("type") == "Person"]
    ordered = people + [i for i in items if i not in people]
    ids = [first_id(item, "attributedTo") for item in ordered]
    found = tuple(dict.fromkeys(i for i in ids if i is not None))
    if not found:
        raise ParseError("object has no attributedTo")
    return found


def _source(value: object) -> Source | None:
    if isinstance(value, str):  # Pleroma sends the raw text it was written in
        return Source(content=value, media_type="text/plain")
    if isinstance(value, dict) and isinstance(value.get("content"), str):
        return Source(
            content=value["content"], media_type=text_field(value, "mediaType") or "text/plain"
        )
    return None


def _attachments(value: object) -> tuple[Attachment, ...]:
    items = value if isinstance(value, list) else [value]
    found = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _link_url(item.get("url") or item.get("href"))
        if link and isinstance(item.get("type"), str):
            found.append(
                Attachment(
                    type=item["type"],
                    url=link,
                    media_type=text_field(item, "mediaType"),
                    name=text_field(item, "name"),
                    summary=text_field(item, "summary"),
                    license=_link_url(item.get("license")),
                    width=_size(item.get("width")),
                    height=_size(item.get("height")),
                )
            )
    return tuple(found)


def _place(value: object) -> Place | None:
    if isinstance(value, str):
        return Place(name=value)
    if not isinstance(value, dict):
        return None
    address = value.get("address")
    if isinstance(address, dict):
        parts = ("streetAddress", "postalCode", "addressLocality", "addressCountry")
        address = ", ".join(str(address[p]) for p in parts if isinstance(address.get(p), str))
    return Place(
        name=text_field(value, "name"),
        address=address if isinstance(address, str) and address else None,
        latitude=_number(value.get("latitude")),
        longitude=_number(value.get("longitude")),
    )


def _size(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 100_000:
        return value
    return None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _tombstone(data: dict[str, Any]) -> Tombstone:
    return Tombstone(
        id=required_url(data, "id"),
        former_type=text_field(data, "formerType"),
        deleted=date_field(data, "deleted"),
    )


def _activity(data: dict[str, Any], kind: str, depth: int) -> Activity:
    raw = data.get("object")
    if raw is None or raw == []:
        raise ParseError(f"{kind} has no object")
    raws = raw if isinstance(raw, list) else [raw]
    if len(raws) > 1 and kind != "Flag":
        raise ParseError(f"{kind} must have exactly one object")
    objects = tuple(_object(item, depth) for item in raws)
    if kind in _EMBEDDED_OBJECT and isinstance(objects[0], str):
        raise ParseError(f"{kind} must embed its object, not only name it")
    return Activity(
        type=kind,
        id=required_url(data, "id"),
        actor=_actor_id(data),
        object=objects[0],
        objects=objects,
        target=first_id(data.get("target"), "target"),
        to=id_list(data.get("to")),
        cc=id_list(data.get("cc")),
        audience=first_id(data.get("audience"), "audience"),
        content=text_field(data, "content", "contentMap"),
        summary=text_field(data, "summary"),
        published=date_field(data, "published"),
    )


def _actor_id(data: dict[str, Any]) -> str:
    actor = first_id(data.get("actor"), "actor")
    if actor is None:
        raise ParseError("activity has no actor")
    return actor


def _object(value: object, depth: int) -> Thing:
    if isinstance(value, dict):
        # A bare {"id": ...} (or one with only a type we do not parse as an object, such as
        # a Mastodon Flag listing accounts) is a reference, not an embedded object.
        if "type" not in value:
            return required_url(value, "id")
        return _parse(value, depth + 1)
    reference = first_id(value, "object")
    if reference is None:
        raise ParseError("object is neither a URL nor an object")
    return reference
