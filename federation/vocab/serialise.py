"""Write `federation.vocab.objects` as the JSON that Lemmy, PieFed, Mbin and Mastodon read.

The shapes follow what those servers send themselves (their payloads in the shared fixtures
are the reference): a single `attributedTo` string, `audience` naming the group, `source` with
the Markdown, `endpoints.sharedInbox`, profile fields as `PropertyValue` attachments.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from federation.vocab.objects import (
    Activity,
    Actor,
    Attachment,
    Content,
    Event,
    Place,
    Thing,
    Tombstone,
)

# ActivityStreams and the security vocabulary (publicKey), plus only the extension terms we
# write. Lemmy's own context defines `lemmy:` terms the same way; `toot:featured` is where
# Mastodon and Lemmy both look for pinned posts; PropertyValue is Mastodon's schema.org form.
# Polder's own terms (FEDERATION.md): one namespace of the project, the same on every instance.
POLDER_NS = "https://w3id.org/polder/ns#"
CONTEXT: list[Any] = [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {
        "lemmy": "https://join-lemmy.org/ns#",
        "toot": "http://joinmastodon.org/ns#",
        "schema": "http://schema.org#",
        "sensitive": "as:sensitive",
        "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
        "postingRestrictedToMods": "lemmy:postingRestrictedToMods",
        "moderators": {"@id": "lemmy:moderators", "@type": "@id"},
        "featured": {"@id": "toot:featured", "@type": "@id"},
        "PropertyValue": "schema:PropertyValue",
        "value": "schema:value",
        "license": {"@id": "schema:license", "@type": "@id"},
        # Polder's own terms (FEDERATION.md); other servers ignore them.
        "polder": POLDER_NS,
        "moderationLog": {"@id": "polder:moderationLog", "@type": "@id"},
    },
]


def to_json(thing: Actor | Content | Tombstone | Activity) -> dict[str, Any]:
    """A complete document with `@context`, ready for `json.dumps`."""
    return {"@context": CONTEXT, **_body(thing)}


def format_date(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _body(thing: Thing) -> Any:
    if isinstance(thing, str):
        return thing
    if isinstance(thing, Actor):
        return _actor(thing)
    if isinstance(thing, Content):
        return _content(thing)
    if isinstance(thing, Tombstone):
        return _compact(
            {"type": "Tombstone", "id": thing.id, "formerType": thing.former_type,
             "deleted": thing.deleted},
        )  # fmt: skip
    return _activity(thing)


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """Drop absent values (None) and write dates; empty lists stay, they carry meaning."""
    return {
        key: format_date(value) if isinstance(value, datetime) else value
        for key, value in values.items()
        if value is not None
    }


def _actor(actor: Actor) -> dict[str, Any]:
    values: dict[str, Any] = {
        "type": actor.type,
        "id": actor.id,
        "preferredUsername": actor.preferred_username,
        "name": actor.name,
        "summary": actor.summary,
        "url": actor.url,
        "inbox": actor.inbox,
        "outbox": actor.outbox,
        "followers": actor.followers,
        "following": actor.following,
        "featured": actor.featured,
        "endpoints": {"sharedInbox": actor.shared_inbox} if actor.shared_inbox else None,
        "icon": {"type": "Image", "url": actor.icon} if actor.icon else None,
        "publicKey": _public_key(actor),
        "attachment": [
            {"type": "PropertyValue", "name": field.name, "value": field.value}
            for field in actor.fields
        ],
        "manuallyApprovesFollowers": actor.manually_approves_followers,
        "published": actor.published,
        "updated": actor.updated,
    }
    if actor.type == "Group":
        # Lemmy 0.19 reads the moderators collection from `attributedTo`, older Lemmy and
        # PieFed from `moderators`: write both.
        values["attributedTo"] = actor.moderators
        values["moderators"] = actor.moderators
        values["postingRestrictedToMods"] = actor.posting_restricted_to_mods
        values["moderationLog"] = actor.moderation_log
    return _compact(values)


def _public_key(actor: Actor) -> dict[str, str] | None:
    key = actor.public_key
    if key is None:
        return None
    return {"id": key.id, "owner": key.owner, "publicKeyPem": key.pem}


def _content(content: Content) -> dict[str, Any]:
    values: dict[str, Any] = {
        "type": content.type,
        "id": content.id,
        # Lemmy reads one author; the list form is only for PeerTube-style channel + person.
        "attributedTo": content.attributed_to[0]
        if len(content.attributed_to) == 1
        else list(content.attributed_to),
        "to": list(content.to),
        "cc": list(content.cc),
        "audience": content.audience,
        "name": content.name,
        "content": content.content,
        "mediaType": content.media_type,
        "source": {"content": content.source.content, "mediaType": content.source.media_type}
        if content.source
        else None,
        "summary": content.summary,
        "inReplyTo": content.in_reply_to,
        "url": content.url,
        "attachment": [attachment_json(item) for item in content.attachments],
        "sensitive": content.sensitive,
        "published": content.published,
        "updated": content.updated,
    }
    if isinstance(content, Event):
        values |= {
            "startTime": content.start_time,
            "endTime": content.end_time,
            "location": _place(content.location) if content.location else None,
            "joinMode": content.join_mode,
        }
    return _compact(values)


def attachment_json(item: Attachment) -> dict[str, Any]:
    # Lemmy's link posts are `Link` with `href`; images and documents use `url`.
    key = "href" if item.type == "Link" else "url"
    return _compact(
        {"type": item.type, key: item.url, "mediaType": item.media_type, "name": item.name,
         "summary": item.summary, "license": item.license, "width": item.width,
         "height": item.height},
    )  # fmt: skip


def _place(place: Place) -> dict[str, Any]:
    return _compact(
        {"type": "Place", "name": place.name, "address": place.address,
         "latitude": place.latitude, "longitude": place.longitude},
    )  # fmt: skip


def _activity(activity: Activity) -> dict[str, Any]:
    objects = activity.objects or (activity.object,)
    return _compact(
        {
            "type": activity.type,
            "id": activity.id,
            "actor": activity.actor,
            "object": [_body(item) for item in objects] if len(objects) > 1 else _body(objects[0]),
            "target": activity.target,
            "to": list(activity.to),
            "cc": list(activity.cc),
            "audience": activity.audience,
            "content": activity.content,
            "summary": activity.summary,
            "published": activity.published,
        }
    )
