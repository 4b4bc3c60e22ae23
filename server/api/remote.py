"""Groups and people of other instances: look one up by its address."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from server.api.common import ApiRoute, Call, Operation
from server.api.schemas import REQUEST_SCHEMAS, RESPONSE_SCHEMAS, text
from server.models import Group, User
from server.services import federated

_TAG = "federation"

# Registered with the other schemas, so that requests are checked and OpenAPI lists them.
REQUEST_SCHEMAS["Lookup"] = {
    "type": "object",
    "properties": {
        "q": text(
            federated.MAX_QUERY,
            description="!group@host, @name@host, name@host or the address of a group or person.",
        )
    },
    "required": ["q"],
    "additionalProperties": False,
}
RESPONSE_SCHEMAS["LookupResult"] = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": ["group", "person"]},
        "name": {"type": "string", "description": "Group slug or username here (name@host)."},
        "title": {"type": "string", "description": "The group's title or the person's name."},
        "home": {"type": "string", "description": "The instance the group or person is from."},
        "url": {"type": "string", "format": "uri", "description": "Its page on this instance."},
        "actor_id": {"type": "string", "format": "uri", "description": "ActivityPub id."},
    },
    "required": ["kind", "name", "title", "home", "url", "actor_id"],
}


def _result(found: User | Group, call: Call) -> dict[str, Any]:
    base, domain = call.settings.base_url, call.settings.domain
    if isinstance(found, Group):
        return {
            "kind": "group", "name": found.slug, "title": found.title,
            "home": found.domain or domain, "url": f"{base}/g/{found.slug}",
            "actor_id": found.ap_id or f"{base}/g/{found.slug}",
        }  # fmt: skip
    return {
        "kind": "person", "name": found.username, "title": found.name,
        "home": found.domain or domain, "url": f"{base}/u/{found.username}",
        "actor_id": found.ap_id or f"{base}/u/{found.username}",
    }  # fmt: skip


async def lookup(call: Call) -> Response:
    found = await federated.lookup(call.settings, call.body.get("q", ""))
    return JSONResponse(_result(found, call))


# fmt: off
routes = [
    ApiRoute(
        "/lookup",
        Operation("POST", lookup, "Look up a group or person on another instance by address",
                  _TAG, auth=True, body="Lookup", returns="LookupResult", also=(404, 422),
                  description="Remote groups and people are found through WebFinger and "
                  "stored here; join a group with PUT /groups/{slug}/membership."),
    ),
]
# fmt: on
