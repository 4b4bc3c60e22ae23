"""People: your own account and public profiles."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from server.api import serialise
from server.api.common import ApiRoute, Call, Operation
from server.services import accounts
from server.services import groups as group_service
from server.services.errors import N_, NotFound

_TAG = "people"


async def get_me(call: Call) -> Response:
    user = call.actor
    memberships = await group_service.groups_of(user)
    return JSONResponse(serialise.me(user, memberships, call.settings.base_url))


async def update_me(call: Call) -> Response:
    user, body = call.actor, call.body
    organisation: str = body.get("organisation", user.organisation)
    # Naming an organisation means you speak for it, unless you say otherwise.
    private_default = not organisation.strip() if "organisation" in body else not user.organisation
    user = await accounts.update_profile(
        user,
        name=body.get("name", user.name),
        organisation=organisation,
        private_person=body.get("private_person", private_default),
        role=body.get("role", user.role.value),
        bio=body.get("bio", user.bio),
        language=body.get("language", user.language),
    )
    memberships = await group_service.groups_of(user)
    return JSONResponse(serialise.me(user, memberships, call.settings.base_url))


async def get_user(call: Call) -> Response:
    username: str = call.path("username")
    if not accounts.USERNAME_RE.match(username.lower()):
        raise NotFound(N_("This person does not exist."))
    user = await accounts.get_user(username)
    memberships = await group_service.groups_of(user)
    return JSONResponse(serialise.profile(user, memberships, call.settings.base_url))


# fmt: off
routes = [
    ApiRoute(
        "/me",
        Operation("GET", get_me, "Your own account", _TAG, auth=True, returns="Me"),
        Operation("PATCH", update_me, "Change your profile", _TAG, auth=True,
                  body="ProfileUpdate", returns="Me"),
    ),
    ApiRoute(
        "/users/{username}",
        Operation("GET", get_user, "A person's public profile and groups", _TAG,
                  returns="Profile"),
    ),
]
# fmt: on
