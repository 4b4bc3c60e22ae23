"""The ActivityStreams objects Polder understands, as frozen dataclasses.

Parsing (`federation.vocab.parsing`) fills them tolerantly from what other servers send;
serialising (`federation.vocab.serialise`) writes them the way Lemmy and Mastodon read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

from federation.vocab.fields import PUBLIC

ACTOR_TYPES = frozenset({"Person", "Group", "Application", "Service", "Organization"})
CONTENT_TYPES = frozenset({"Page", "Note", "Article"})
ACTIVITY_TYPES = frozenset(
    {"Follow", "Accept", "Reject", "Undo", "Create", "Update", "Delete", "Like", "Dislike",
     "Announce", "Flag", "Join", "Leave", "TentativeAccept"}
)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class PublicKey:
    id: str
    owner: str
    pem: str


@dataclass(frozen=True, kw_only=True)
class PropertyValue:
    """A profile field (Mastodon `attachment` of type PropertyValue): organisation, role."""

    name: str
    value: str


@dataclass(frozen=True, kw_only=True)
class Actor:
    type: str
    id: str
    inbox: str
    preferred_username: str | None = None
    name: str | None = None
    summary: str | None = None
    url: str | None = None
    outbox: str | None = None
    followers: str | None = None
    following: str | None = None
    shared_inbox: str | None = None
    featured: str | None = None
    moderators: str | None = None
    # Polder's extension: a group's public moderation log (an OrderedCollection).
    moderation_log: str | None = None
    icon: str | None = None
    public_key: PublicKey | None = None
    fields: tuple[PropertyValue, ...] = ()
    manually_approves_followers: bool = False
    posting_restricted_to_mods: bool = False
    published: datetime | None = None
    updated: datetime | None = None

    @property
    def delivery_inbox(self) -> str:
        """Where to deliver public activities: the shared inbox when there is one."""
        return self.shared_inbox or self.inbox


@dataclass(frozen=True, kw_only=True)
class Source:
    content: str
    media_type: str = "text/markdown"


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """A link, image or document on a post. For images `name` is the alt text (Mastodon);
    `summary` describes a file, `license` is the address of its licence (schema.org)."""

    type: str
    url: str
    media_type: str | None = None
    name: str | None = None
    summary: str | None = None
    license: str | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, kw_only=True)
class Place:
    name: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, kw_only=True)
class Content:
    """A Page (post with a title, as Lemmy sends), Note (reply or toot) or Article."""

    type: str
    id: str
    attributed_to: tuple[str, ...]
    name: str | None = None
    content: str | None = None
    media_type: str = "text/html"
    source: Source | None = None
    summary: str | None = None
    in_reply_to: str | None = None
    audience: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    url: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    attachments: tuple[Attachment, ...] = ()
    sensitive: bool = False

    @property
    def author(self) -> str:
        """The first attribution; parsing puts a Person before a channel or group."""
        return self.attributed_to[0]

    @property
    def is_public(self) -> bool:
        return PUBLIC in self.to or PUBLIC in self.cc


@dataclass(frozen=True, kw_only=True)
class Event(Content):
    start_time: datetime
    end_time: datetime | None = None
    location: Place | None = None
    join_mode: str | None = None
    # Mobilizon: `maximumAttendeeCapacity` (0 there means no limit) and `ical:status`.
    capacity: int | None = None
    cancelled: bool = False


@dataclass(frozen=True, kw_only=True)
class Tombstone:
    id: str
    type: str = "Tombstone"
    former_type: str | None = None
    deleted: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Activity:
    """An activity. `object` is a bare id or the embedded object; `objects` holds every object
    (only a Flag has several; when empty, `(object,)` is meant)."""

    type: str
    id: str
    actor: str
    object: Thing
    objects: tuple[Thing, ...] = ()
    target: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    audience: str | None = None
    content: str | None = None
    summary: str | None = None
    published: datetime | None = None

    @property
    def object_id(self) -> str:
        return object_id(self.object)


# What an activity's `object` can be: a bare id, or the embedded object or activity.
Thing: TypeAlias = str | Actor | Content | Tombstone | Activity


def object_id(thing: Thing) -> str:
    return thing if isinstance(thing, str) else thing.id
