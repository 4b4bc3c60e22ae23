"""Area groups: the directory, one group with its rules, members and your membership."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from server.api import serialise
from server.api.common import ApiRoute, Call, Operation, Param, created, no_content
from server.api.schemas import ANY_TEXT, RULE_TEXT_MAX, RULE_TITLE_MAX
from server.models import Group, Topic
from server.services import federated
from server.services import groups as group_service
from server.services.errors import N_, Invalid, NotFound

_TAG = "groups"
_TOPICS = frozenset(t.value for t in Topic)
_RULE_BODY_MAX = RULE_TEXT_MAX - RULE_TITLE_MAX - 1


async def find_group(call: Call) -> Group:
    slug: str = call.path("slug")
    # Anything that cannot be a slug cannot be a group: no need to ask the database.
    if not (group_service.SLUG_RE.match(slug) or federated.REMOTE_NAME_RE.match(slug)):
        raise NotFound(N_("This group does not exist."))
    return await group_service.get_group(slug)


async def _detail(group: Group, base_url: str) -> dict[str, Any]:
    counts = await group_service.count_roles(group)
    rules = await group_service.rules(group)
    data = serialise.group(group, sum(counts.values()), base_url)
    data["rules"] = [serialise.rule(r) for r in rules]
    data["role_counts"] = {role.value: n for role, n in counts.items()}
    return data


def _rules(raw: list[dict[str, str]]) -> tuple[str, ...]:
    """Rules arrive as {title, body}; the service keeps each as "title\\nbody"."""
    result = []
    for rule in raw:
        title = rule.get("title", "").replace("\r", " ").replace("\n", " ").strip()
        body = rule.get("body", "").strip()
        if not title:
            raise Invalid({"rules": (N_("Give each rule a title."), {})})
        if len(title) > RULE_TITLE_MAX:
            message = N_("The title of a rule can have at most %(max)s characters.")
            raise Invalid({"rules": (message, {"max": RULE_TITLE_MAX})})
        if len(body) > _RULE_BODY_MAX:
            message = N_("The explanation of a rule can have at most %(max)s characters.")
            raise Invalid({"rules": (message, {"max": _RULE_BODY_MAX})})
        result.append(f"{title}\n{body}")
    return tuple(result)


async def list_groups(call: Call) -> Response:
    topic = call.query("topic")
    if topic is not None and topic not in _TOPICS:
        raise Invalid({"topic": (N_("Choose a topic from the list."), {})})
    found = await group_service.directory(topic, call.query("q"))
    base = call.settings.base_url
    items = [serialise.group(g, getattr(g, "member_count", 0), base) for g in found]
    return JSONResponse({"items": items})


async def create_group(call: Call) -> Response:
    body = call.body
    form = group_service.GroupForm(
        slug=body.get("slug", ""),
        title=body.get("title", ""),
        area=body.get("area", ""),
        topic=body.get("topic", ""),
        description=body.get("description", ""),
        rules=_rules(body.get("rules", [])),
    )
    group = await group_service.create_group(call.actor, form)
    location = f"{call.settings.base_url}/api/v1/groups/{group.slug}"
    return created(await _detail(group, call.settings.base_url), location)


async def get_group(call: Call) -> Response:
    group = await find_group(call)
    return JSONResponse(await _detail(group, call.settings.base_url))


async def update_group(call: Call) -> Response:
    group = await find_group(call)
    body = call.body
    if "rules" in body:
        rules = _rules(body["rules"])
    else:
        rules = tuple(f"{r.title}\n{r.body}" for r in await group_service.rules(group))
    form = group_service.GroupForm(
        slug=group.slug,
        title=body.get("title", group.title),
        area=body.get("area", group.area),
        topic=body.get("topic", group.topic.value),
        description=body.get("description", group.description),
        rules=rules,
    )
    group = await group_service.update_group(call.actor, group, form)
    return JSONResponse(await _detail(group, call.settings.base_url))


async def list_members(call: Call) -> Response:
    group = await find_group(call)
    members = await group_service.members(group)
    return JSONResponse({"items": [serialise.member(m) for m in members]})


async def change_role(call: Call) -> Response:
    """Owners only; the member may live on another instance (`name@host`)."""
    group = await find_group(call)
    member = await group_service.set_role(
        call.actor, group, call.path("username"), call.body.get("role", "")
    )
    return JSONResponse(serialise.membership(member, group.slug, member.user.username))


async def get_membership(call: Call) -> Response:
    group = await find_group(call)
    member = await group_service.membership(call.actor, group)
    if member is None:
        raise NotFound(N_("You are not a member of this group."))
    return JSONResponse(serialise.membership(member, group.slug, call.actor.username))


async def join_group(call: Call) -> Response:
    group = await find_group(call)
    before = await group_service.membership(call.actor, group)
    member = await group_service.join(call.actor, group)
    data = serialise.membership(member, group.slug, call.actor.username)
    return JSONResponse(data, status_code=200 if before else 201)


async def leave_group(call: Call) -> Response:
    group = await find_group(call)
    await group_service.leave(call.actor, group)
    return no_content()


# fmt: off
_QUERY = (
    Param("topic", {"type": "string", "enum": sorted(_TOPICS)}, "Only groups about this topic."),
    Param("q", {"type": "string", "pattern": ANY_TEXT},
          "Words to find in title, area or description (the first 100 characters count)."),
)
# fmt: on

# fmt: off
routes = [
    ApiRoute(
        "/groups",
        Operation("GET", list_groups, "List area groups with member counts", _TAG, query=_QUERY,
                  returns="GroupList", also=(422,)),
        Operation("POST", create_group, "Start an area group (you become its owner)", _TAG,
                  auth=True, body="GroupCreate", status=201, returns="GroupDetail",
                  headers={"Location": "The new group's address in this API."}),
    ),
    ApiRoute(
        "/groups/{slug}",
        Operation("GET", get_group, "One group with its rules and role counts", _TAG,
                  returns="GroupDetail"),
        Operation("PATCH", update_group, "Change a group (owners only)", _TAG, auth=True,
                  body="GroupUpdate", returns="GroupDetail"),
    ),
    ApiRoute(
        "/groups/{slug}/members",
        Operation("GET", list_members, "Members of a group, oldest first", _TAG,
                  returns="MemberList"),
    ),
    ApiRoute(
        "/groups/{slug}/members/{username}/role",
        Operation("PUT", change_role, "Change a member's role in the group (owners only; the "
                  "member may live on another instance)", _TAG, auth=True, body="RoleChange",
                  returns="Membership"),
    ),
    ApiRoute(
        "/groups/{slug}/membership",
        Operation("GET", get_membership, "Your membership of this group", _TAG, auth=True,
                  returns="Membership"),
        Operation("PUT", join_group, "Join the group (201; 200 when already a member)", _TAG,
                  auth=True, status=201, returns="Membership", also=(200,)),
        Operation("DELETE", leave_group, "Leave the group", _TAG, auth=True, status=204),
    ),
]
# fmt: on
