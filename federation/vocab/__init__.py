"""Typed ActivityStreams objects: parse what other servers send, write what they read.

    thing = vocab.parse(json.loads(body))      # Actor | Content | Event | Tombstone | Activity
    document = vocab.to_json(thing)            # with the @context Lemmy and Mastodon expect

Parsing raises only `ParseError`. `host_of` / `same_host` implement the rule that an object's
id must live on its actor's host.
"""

from federation.errors import ParseError
from federation.vocab.fields import PUBLIC, host_of, is_http_url, same_host
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
    object_id,
)
from federation.vocab.parsing import parse, parse_activity, parse_actor
from federation.vocab.serialise import CONTEXT, attachment_json, format_date, to_json

__all__ = [
    "ACTIVITY_TYPES",
    "ACTOR_TYPES",
    "CONTENT_TYPES",
    "CONTEXT",
    "PUBLIC",
    "Activity",
    "Actor",
    "Attachment",
    "Content",
    "Event",
    "ParseError",
    "Place",
    "PropertyValue",
    "PublicKey",
    "Source",
    "Thing",
    "Tombstone",
    "attachment_json",
    "format_date",
    "host_of",
    "is_http_url",
    "object_id",
    "parse",
    "parse_activity",
    "parse_actor",
    "same_host",
    "to_json",
]
