"""JSON Schemas of what the API reads and writes.

One table serves twice: `bodies.read_body` checks request bodies against it (types and unknown
fields: 400) and `openapi` publishes it. Lengths mirror the services' checks, which answer 422.
"""

from __future__ import annotations

from typing import Any

from server.api import moderation_schemas
from server.config import LANGUAGES
from server.models import FileKind, GroupRole, Role, RsvpStatus, Topic
from server.services import accounts, attachments, events, groups, posts, rules

Schema = dict[str, Any]

MAX_ID = 2**31 - 1  # the id columns are 32-bit integers
# No NUL: PostgreSQL text cannot hold it. "Filled in" means something besides whitespace.
ANY_TEXT = "^[^\\u0000]*$"
FILLED_TEXT = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"


def text(max_length: int, *, required: bool = True, **extra: Any) -> Schema:
    schema: Schema = {"type": "string", "maxLength": max_length}
    if required:
        schema.update(minLength=1, pattern=FILLED_TEXT)
    else:
        schema["pattern"] = ANY_TEXT
    return {**schema, **extra}


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Schema) -> Schema:
    return {"oneOf": [schema, {"type": "null"}]}


def _obj(properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    schema: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def _outgoing(properties: dict[str, Schema]) -> Schema:
    """Responses list every property; clients may rely on each one being there."""
    return {"type": "object", "properties": properties, "required": list(properties)}


_ID: Schema = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
_ATTACHMENTS: Schema = {"type": "array", "items": {"$ref": "#/components/schemas/Attachment"}}
_LICENCE_HELP = (
    "A key of the licence list for files shared here; for files of another instance, what it "
    "said (often a licence's address)."
)
_TIME: Schema = {"type": "string", "format": "date-time"}
_URL: Schema = {"type": "string", "format": "uri"}
_SLUG: Schema = {"type": "string", "pattern": groups.SLUG_RE.pattern}
_USERNAME: Schema = {"type": "string", "pattern": accounts.USERNAME_RE.pattern}
# What the API answers may name people and groups of other instances too: `name@host`.
_ANY_SLUG: Schema = {"type": "string", "description": "slug, or slug@host for another instance"}
_ANY_USERNAME: Schema = {"type": "string", "description": "username, or name@host"}
_ROLE: Schema = {"type": "string", "enum": [r.value for r in Role]}
_GROUP_ROLE: Schema = {"type": "string", "enum": [r.value for r in GroupRole]}
_TOPIC: Schema = {"type": "string", "enum": [t.value for t in Topic]}
_LANGUAGE: Schema = {"type": "string", "enum": list(LANGUAGES)}
# A rule is stored as "title\nexplanation" of at most 500 characters; the title keeps 200.
RULE_TITLE_MAX, RULE_TEXT_MAX = rules.MAX_TITLE, rules.MAX_RULE
_RULE_IN = _obj(
    {
        "title": text(RULE_TITLE_MAX),
        "body": text(RULE_TEXT_MAX - RULE_TITLE_MAX - 1, required=False),
    },
    ("title",),
)
_GROUP_FIELDS: dict[str, Schema] = {
    "title": text(120),
    "area": text(120),
    "topic": _TOPIC,
    "description": text(10_000, required=False),
    "rules": {"type": "array", "maxItems": rules.MAX_RULES, "items": _RULE_IN},
}
_PROFILE_FIELDS: dict[str, Schema] = {
    "name": text(100),
    "organisation": text(120, required=False),
    "private_person": {"type": "boolean"},
    "role": _ROLE,
    "bio": text(2000, required=False),
    "language": nullable(_LANGUAGE),
}

_RSVP_STATUS: Schema = {"type": "string", "enum": [s.value for s in RsvpStatus]}
_TIME_IN: Schema = text(
    40,
    description="ISO 8601. Without an offset (2026-05-14T19:30) it is Amsterdam time.",
    examples=["2026-05-14T19:30", "2026-05-14T17:30:00Z"],
)
_EVENT_FIELDS: dict[str, Schema] = {
    "title": text(events.MAX_TITLE),
    "description": text(events.MAX_DESCRIPTION, required=False),
    "starts_at": _TIME_IN,
    "ends_at": _TIME_IN,
    "address": text(events.MAX_ADDRESS, required=False),
    "latitude": nullable({"type": "number", "minimum": -90, "maximum": 90}),
    "longitude": nullable({"type": "number", "minimum": -180, "maximum": 180}),
    "online_url": text(events.MAX_URL, required=False, description="http:// or https://"),
    "capacity": nullable({"type": "integer", "minimum": 1, "maximum": events.MAX_CAPACITY}),
}

_REMOVE_FILES: Schema = {
    "type": "array",
    "items": _ID,
    "maxItems": attachments.MAX_FILES,
    "description": "Ids of attachments to take away (see `attachments` in the answer).",
}

REQUEST_SCHEMAS: dict[str, Schema] = {
    "GroupCreate": _obj({"slug": _SLUG, **_GROUP_FIELDS}, ("slug", "title", "area", "topic")),
    "GroupUpdate": _obj(_GROUP_FIELDS),
    "RoleChange": _obj({"role": _GROUP_ROLE}, ("role",)),
    "PostCreate": _obj(
        {"title": text(posts.MAX_TITLE), "body": text(posts.MAX_BODY)}, ("title", "body")
    ),
    "PostUpdate": _obj(
        {
            "title": text(posts.MAX_TITLE),
            "body": text(posts.MAX_BODY),
            "remove_files": _REMOVE_FILES,
        }
    ),
    "ReplyCreate": _obj({"body": text(posts.MAX_BODY), "parent_id": nullable(_ID)}, ("body",)),
    "ReplyUpdate": _obj({"body": text(posts.MAX_BODY)}),
    "ProfileUpdate": _obj(_PROFILE_FIELDS),
    "EventCreate": _obj(_EVENT_FIELDS, ("title", "starts_at", "ends_at")),
    "EventUpdate": _obj({**_EVENT_FIELDS, "remove_files": _REMOVE_FILES}),
    "RsvpUpdate": _obj({"status": _RSVP_STATUS}, ("status",)),
}

_AUTHOR = _outgoing(
    {"username": _ANY_USERNAME, "name": {"type": "string"}, "organisation": {"type": "string"},
     "role": _ROLE}
)  # fmt: skip
_GROUP = {
    "slug": _ANY_SLUG,
    "url": _URL,
    "title": {"type": "string"},
    "area": {"type": "string"},
    "topic": _TOPIC,
    "description": {"type": "string"},
    "member_count": {"type": "integer", "minimum": 0},
    "created_at": _TIME,
}
_RULE = _outgoing(
    {"id": _ID, "position": {"type": "integer"}, "title": {"type": "string"},
     "body": {"type": "string"}}
)  # fmt: skip
_MY_GROUP = _outgoing({"slug": _ANY_SLUG, "title": {"type": "string"}, "role": _GROUP_ROLE})
_PROFILE = {
    "username": _ANY_USERNAME,
    "url": _URL,
    "name": {"type": "string"},
    "organisation": {"type": "string"},
    "private_person": {"type": "boolean"},
    "role": _ROLE,
    "bio": {"type": "string"},
    "created_at": _TIME,
    "groups": {"type": "array", "items": _MY_GROUP},
}


_MODERATED: dict[str, Schema] = {
    "hidden": {
        "type": "boolean",
        "description": "Hidden after reports, waiting for a moderator; its words are withheld.",
    },
    "removed": {
        "type": "boolean",
        "description": "Removed by a moderator (see the moderation log); also `deleted`.",
    },
}


def _page(item: str) -> Schema:
    return _outgoing(
        {
            "items": {"type": "array", "items": ref(item)},
            "next_cursor": {
                "type": ["string", "null"],
                "description": "Pass as `cursor` for the next page; null on the last page.",
            },
        }
    )


RESPONSE_SCHEMAS: dict[str, Schema] = {
    "OpenAPIDocument": {"type": "object", "description": "An OpenAPI 3.1 document."},
    "Error": {
        "type": "object",
        "properties": {
            "error": {"type": "string", "description": "A stable code, e.g. not_found."},
            "message": {"type": "string", "description": "For people, in their language."},
            "fields": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "With `invalid`: what is wrong with each field.",
            },
        },
        "required": ["error", "message"],
    },
    "Author": _AUTHOR,
    "Group": _outgoing(_GROUP),
    "GroupList": _outgoing({"items": {"type": "array", "items": ref("Group")}}),
    "GroupDetail": _outgoing(
        {
            **_GROUP,
            "rules": {"type": "array", "items": _RULE},
            "role_counts": {
                "type": "object",
                "propertyNames": _ROLE,
                "additionalProperties": {"type": "integer", "minimum": 1},
                "description": "How many members take part in each stakeholder role.",
            },
        }
    ),
    "Member": _outgoing(
        {
            "username": _ANY_USERNAME,
            "name": {"type": "string"},
            "organisation": {"type": "string"},
            "role": _ROLE,
            "group_role": _GROUP_ROLE,
            "joined_at": _TIME,
        }
    ),
    "MemberList": _outgoing({"items": {"type": "array", "items": ref("Member")}}),
    "Membership": _outgoing(
        {
            "group": _ANY_SLUG,
            "username": _ANY_USERNAME,
            "role": _GROUP_ROLE,
            "joined_at": _TIME,
            "accepted": {"type": "boolean"},
        }
    ),
    "Post": _outgoing(
        {
            "id": _ID,
            "url": _URL,
            "group": _ANY_SLUG,
            "title": {"type": "string"},
            "body": {"type": "string", "description": "Markdown source."},
            "body_html": {"type": "string", "description": "Sanitised HTML."},
            "author": ref("Author"),
            "created_at": _TIME,
            "edited_at": nullable(_TIME),
            "reply_count": {"type": "integer", "minimum": 0},
            "deleted": {"type": "boolean"},
            **_MODERATED,
            "attachments": _ATTACHMENTS,
        }
    ),
    "PostPage": _page("Post"),
    "Attachment": _outgoing(
        {
            "id": _ID,
            "title": {"type": "string"},
            "description": {"type": "string"},
            "filename": {"type": "string"},
            "kind": {"type": "string", "enum": [k.value for k in FileKind]},
            "media_type": {"type": "string"},
            "size": nullable({"type": "integer", "minimum": 1}),
            "licence": nullable({"type": "string", "description": _LICENCE_HELP}),
            "licence_name": nullable({"type": "string"}),
            "licence_url": nullable(_URL),
            "url": _URL,
            "thumbnail_url": nullable(_URL),
            "width": nullable({"type": "integer", "minimum": 1}),
            "height": nullable({"type": "integer", "minimum": 1}),
            "remote": {"type": "boolean", "description": "Kept on another instance; not here."},
            "preview": nullable(
                {
                    "type": "object",
                    "properties": {"type": {"type": "string", "enum": ["csv", "geojson", "pdf"]}},
                    "required": ["type"],
                    "description": "What was read from the file when it was shared: a CSV's "
                    "headers, row count and column summaries; a GeoJSON's feature count and "
                    "property names; a PDF's pages and title. `error` when it could not be read.",
                }
            ),
        }
    ),
    "Reply": _outgoing(
        {
            "id": _ID,
            "post_id": _ID,
            "parent_id": nullable(_ID),
            "body": {"type": "string"},
            "body_html": {"type": "string"},
            "author": ref("Author"),
            "created_at": _TIME,
            "edited_at": nullable(_TIME),
            "deleted": {"type": "boolean"},
            **_MODERATED,
        }
    ),
    "ReplyPage": _page("Reply"),
    "Profile": _outgoing(_PROFILE),
    "Me": _outgoing(
        {
            **_PROFILE,
            "email": {"type": "string"},
            "email_confirmed": {"type": "boolean"},
            "is_admin": {"type": "boolean"},
            "language": nullable(_LANGUAGE),
        }
    ),
    "Event": _outgoing(
        {
            "id": _ID,
            "url": _URL,
            "ics_url": _URL,
            "group": _ANY_SLUG,
            "title": {"type": "string"},
            "description": {"type": "string", "description": "Markdown source."},
            "description_html": {"type": "string", "description": "Sanitised HTML."},
            "starts_at": _TIME,
            "ends_at": _TIME,
            "timezone": {"type": "string", "const": "Europe/Amsterdam"},
            "address": {"type": "string"},
            "latitude": nullable({"type": "number"}),
            "longitude": nullable({"type": "number"}),
            "online_url": nullable(_URL),
            "capacity": nullable({"type": "integer", "minimum": 1}),
            "organiser": ref("Author"),
            "created_at": _TIME,
            "edited_at": nullable(_TIME),
            "cancelled": {"type": "boolean"},
            "remote": {"type": "boolean", "description": "The event lives on another instance."},
            "counts": _outgoing(
                {
                    key: {"type": "integer", "minimum": 0}
                    for key in ("going", "waiting", "maybe", "not_going")
                }
            ),
            "attachments": _ATTACHMENTS,
        }
    ),
    "EventList": _outgoing({"items": {"type": "array", "items": ref("Event")}}),
    "Rsvp": _outgoing(
        {
            "event_id": _ID,
            "username": _ANY_USERNAME,
            "status": _RSVP_STATUS,
            "waiting_list": {"type": "boolean", "description": "Going, but no seat yet."},
            "pending": {
                "type": "boolean",
                "description": "Sent to the organiser's instance, not answered yet.",
            },
            "updated_at": _TIME,
        }
    ),
    "Attendee": _outgoing(
        {
            "username": _ANY_USERNAME,
            "name": {"type": "string"},
            "organisation": {"type": "string"},
            "role": _ROLE,
        }
    ),
    "Attendees": _outgoing(
        {
            key: {"type": "array", "items": ref("Attendee")}
            for key in ("going", "waiting", "maybe", "not_going")
        }
    ),
}

# Moderation keeps its own table beside these (server/api/moderation_schemas.py).
REQUEST_SCHEMAS.update(moderation_schemas.REQUEST)
RESPONSE_SCHEMAS.update(moderation_schemas.RESPONSE)
