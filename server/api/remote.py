"""Groups and people of other instances: look one up by its address."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from server.api.common import ApiRoute, Call, Operation, no_content
from server.api.schemas import REQUEST_SCHEMAS, RESPONSE_SCHEMAS, text
from server.models import Group, PersonFollow, User
from server.services import accounts, federated
from server.services.errors import N_, NotFound

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


RESPONSE_SCHEMAS["PersonFollow"] = {
    "type": "object",
    "properties": {
        "person": {"type": "string", "description": "The followed person, name@host."},
        "state": {
            "type": "string",
            "enum": ["accepted", "pending"],
            "description": "pending until the person's instance answers the Follow.",
        },
    },
    "required": ["person", "state"],
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


async def _remote_person(call: Call) -> User:
    name: str = call.path("username").lower()
    if not federated.REMOTE_NAME_RE.match(name):
        raise NotFound(N_("This person does not exist."))
    return await accounts.get_user(name)


def _follow_state(follow: PersonFollow, person: User) -> dict[str, str]:
    return {"person": person.username, "state": "accepted" if follow.accepted else "pending"}


async def get_follow(call: Call) -> Response:
    person = await _remote_person(call)
    follow = await federated.person_follow(call.actor, person)
    if follow is None:
        raise NotFound(N_("You do not follow this person."))
    return JSONResponse(_follow_state(follow, person))


async def follow(call: Call) -> Response:
    person = await _remote_person(call)
    before = await federated.person_follow(call.actor, person)
    found = await federated.follow_person(call.settings, call.actor, person)
    return JSONResponse(_follow_state(found, person), status_code=200 if before else 201)


async def unfollow(call: Call) -> Response:
    await federated.unfollow_person(call.settings, call.actor, await _remote_person(call))
    return no_content()


# fmt: off
routes = [
    ApiRoute(
        "/lookup",
        Operation("POST", lookup, "Look up a group or person on another instance by address",
                  _TAG, auth=True, body="Lookup", returns="LookupResult", also=(404, 422),
                  description="Remote groups and people are found through WebFinger and "
                  "stored here; join a group with PUT /groups/{slug}/membership and follow a "
                  "person with PUT /users/{username}/follow."),
    ),
    ApiRoute(
        "/users/{username}/follow",
        Operation("GET", get_follow, "Whether you follow this person of another instance",
                  _TAG, auth=True, returns="PersonFollow", also=(404,)),
        Operation("PUT", follow, "Follow a person of another instance (Mastodon, say)", _TAG,
                  auth=True, returns="PersonFollow", also=(403, 404, 422),
                  description="Sends a Follow; the state stays pending until the person's "
                  "instance accepts. Look the person up first with POST /lookup."),
        Operation("DELETE", unfollow, "Stop following a person of another instance", _TAG,
                  auth=True, status=204, also=(404,)),
    ),
]
# fmt: on
