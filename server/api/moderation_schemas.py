"""JSON Schemas of the moderation API (merged into schemas.REQUEST_/RESPONSE_SCHEMAS)."""

from __future__ import annotations

from typing import Any

from moderation import items, log, members

Schema = dict[str, Any]

_ID: Schema = {"type": "integer", "minimum": 1, "maximum": items.MAX_ID}
_TIME: Schema = {"type": "string", "format": "date-time"}
_URL: Schema = {"type": "string", "format": "uri"}
_TEXT: Schema = {"type": "string", "maxLength": items.MAX_NOTE, "pattern": "^[^\\u0000]*$"}
_FILLED: Schema = {
    "type": "string", "minLength": 1, "maxLength": items.MAX_NOTE,
    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
}  # fmt: skip
_NULL_TIME: Schema = {"oneOf": [_TIME, {"type": "null"}]}


def _obj(properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    schema: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def _out(properties: dict[str, Schema]) -> Schema:
    return {"type": "object", "properties": properties, "required": list(properties)}


_ITEM = _out({"kind": {"type": "string", "enum": list(items.KINDS)}, "id": _ID, "url": _URL})
_RULE_REF = _out({"position": {"type": ["integer", "null"]}, "title": {"type": "string"}})
_DECISION = _out(
    {
        "hide": {"type": "boolean"},
        "counted": {"type": "integer", "description": "Distinct reporters who count."},
        "needed": {"type": "integer"},
        "organisations": {"type": "integer"},
        "organisations_needed": {"type": "integer"},
    }
)

REQUEST: dict[str, Schema] = {
    "AccountRemoval": _obj(
        {"username": {"type": "string", "maxLength": 255}, "reason": _TEXT}, ("username",)
    ),
    "BlockCreate": _obj({"host": {"type": "string", "maxLength": 260}, "reason": _TEXT}, ("host",)),
    # rule_id: required for a group of this instance; one of another instance keeps its rules.
    "FlagCreate": _obj({"rule_id": _ID, "note": _TEXT}),
    "Uphold": _obj({"rule_id": _ID, "reason": _TEXT}, ("rule_id",)),
    "Restore": _obj({"reason": _TEXT}),
    "ElsewhereDecision": _obj({"reason": _TEXT}),
    "NoteCreate": _obj({"body": _FILLED}, ("body",)),
    "RemovalCreate": _obj(
        {
            "username": {"type": "string", "maxLength": 255},
            "days": {
                "oneOf": [
                    {"type": "integer", "minimum": 1, "maximum": members.MAX_DAYS},
                    {"type": "null"},
                ],
                "description": "How many days; null removes for good.",
            },
            "reason": _TEXT,
        },
        ("username", "days"),
    ),
}

RESPONSE: dict[str, Schema] = {
    "Block": _out({"host": {"type": "string"}}),
    "BlockList": _out(
        {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}}}
    ),
    "Flag": _out(
        {
            "id": _ID,
            "item": _ITEM,
            "group": {"type": "string"},
            "rule": _RULE_REF,
            "note": {"type": "string"},
            "state": {
                "type": "string",
                "enum": ["open", "withdrawn", "dismissed", "upheld"],
                "description": "open: waiting for a moderator; dismissed: the item was restored.",
            },
            "created_at": _TIME,
        }
    ),
    "FlagList": _out({"items": {"type": "array", "items": {"$ref": "#/components/schemas/Flag"}}}),
    "ForwardedReport": _out(
        {
            "id": _ID,
            "item": _ITEM,
            "group": {"type": "string", "description": "The group, as slug@host."},
            "title": {"type": "string"},
            "rule": {"type": "string", "description": "The rule the reporter named."},
            "note": {"type": "string"},
            "state": {"type": "string", "enum": ["open", "dismissed", "upheld"]},
            "refusal": {
                "type": "string",
                "description": "Empty, or why the group's instance refused your last decision "
                "(the report is open again).",
            },
            "created_at": _TIME,
        }
    ),
    "ForwardedReportList": _out(
        {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ForwardedReport"}}}
    ),
    "Report": _out(
        {
            "item": _ITEM,
            "group": {"type": "string"},
            "hidden": {"type": "boolean"},
            "title": {"type": "string"},
            "body_html": {"type": "string"},
            "decision": _DECISION,
            "rules_cited": {
                "type": "array",
                "items": _out({**_RULE_REF["properties"], "count": {"type": "integer"}}),
            },
            "flag_notes": {"type": "array", "items": {"type": "string"}},
            "notes": {
                "type": "array",
                "items": _out(
                    {
                        "kind": {"type": "string", "enum": ["moderator", "appeal"]},
                        "author": {"type": ["string", "null"]},
                        "body": {"type": "string"},
                        "created_at": _TIME,
                    }
                ),
            },
        }
    ),
    "ReportList": _out(
        {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}}}
    ),
    "LogEntry": _out(
        {
            "id": _ID,
            "created_at": _TIME,
            "type": {"type": "string", "enum": list(log.ACTIONS)},
            "group": {"type": ["string", "null"]},
            "group_title": {"type": "string"},
            "item": {"oneOf": [_ITEM, {"type": "null"}]},
            "rule": {"oneOf": [_RULE_REF, {"type": "null"}]},
            "moderator": {
                "oneOf": [
                    _out({"username": {"type": "string"}, "name": {"type": "string"}}),
                    {"type": "null"},
                ],
                "description": "Null for an automatic hide: the members' reports decided.",
            },
            "person": {"type": ["string", "null"], "description": "Whom a removal concerns."},
            "reason": {"type": "string"},
            "until": _NULL_TIME,
            "detail": {"type": "object"},
        }
    ),
    "LogPage": _out(
        {
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/LogEntry"}},
            "next_cursor": {"type": ["string", "null"]},
        }
    ),
    "Removal": _out(
        {
            "group": {"type": "string"},
            "username": {"type": "string"},
            "until": _NULL_TIME,
            "reason": {"type": "string"},
            "created_at": _TIME,
        }
    ),
}
