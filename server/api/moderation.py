"""Moderation through the API: flag and withdraw, the review queue and decisions, removing
members, one's own reports and the public moderation log."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from moderation import flags, instances, items, log, members, remote_log, review
from server.api.common import (
    ApiRoute,
    Call,
    Handler,
    Operation,
    Param,
    created,
    iso,
    no_content,
    path_id,
    query_limit,
)
from server.api.groups import find_group
from server.models import Flag, ModLogEntry, User
from server.services.errors import N_

_TAG = "moderation"
_MISSING = {"post": N_("This post does not exist."), "reply": N_("This reply does not exist.")}
JSON = dict[str, Any]


def _item_json(call: Call, key: str) -> JSON | None:
    if not key:
        return None
    kind, item_id = items.parse_key(key)
    path = f"/p/{item_id}" if kind == "post" else f"/c/{item_id}"
    return {"kind": kind, "id": item_id, "url": call.settings.base_url + path}


def _flag_json(call: Call, flag: Flag, group_slug: str) -> JSON:
    return {
        "id": flag.id,
        "item": _item_json(call, flag.item_key),
        "group": group_slug,
        "rule": {"position": flag.rule_position, "title": flag.rule_title},
        "note": flag.note,
        "state": flag.state,
        "created_at": iso(flag.created_at),
    }


def entry_json(call: Call, entry: ModLogEntry) -> JSON:
    """Never the removed content: only what was decided, by whom and why."""
    moderator = None
    if entry.moderator_username:
        moderator = {"username": entry.moderator_username, "name": entry.moderator_name}
    rule = {"position": entry.rule_position, "title": entry.rule_title}
    return {
        "id": entry.id,
        "created_at": iso(entry.created_at),
        "type": entry.action,
        "group": entry.group_slug or None,
        "group_title": entry.group_title,
        "item": _item_json(call, entry.item_key),
        "rule": rule if entry.rule_title else None,
        "moderator": moderator,
        "person": entry.target_name or None,
        "reason": entry.reason,
        "until": iso(entry.until),
        "detail": entry.detail,
    }


def _report_json(call: Call, report: review.Report) -> JSON:
    item, d = report.item, report.decision
    return {
        "item": _item_json(call, item.key),
        "group": item.group.slug,
        "hidden": item.hidden,
        "title": item.post.title,
        "body_html": item.target.body_html,
        "decision": {
            "hide": d.hide, "counted": d.counted, "needed": d.needed,
            "organisations": d.organisations, "organisations_needed": d.organisations_needed,
        },
        "rules_cited": [
            {"position": pos, "title": title, "count": n} for pos, title, n in report.rules_cited
        ],
        "flag_notes": [flag.note for flag in report.flags if flag.note],
        "notes": [
            {"kind": note.kind, "body": note.body, "created_at": iso(note.created_at),
             "author": None if note.kind == "appeal" else note.author.name}
            for note in report.notes
        ],
    }  # fmt: skip


def _kind_of(call: Call) -> tuple[str, int]:
    if "post_id" in call.request.path_params:
        return "post", path_id(call, "post_id", _MISSING["post"])
    return "reply", path_id(call, "reply_id", _MISSING["reply"])


async def flag_item(call: Call) -> Response:
    kind, item_id = _kind_of(call)
    recorded = await flags.record(
        call.settings,
        call.actor,
        kind,
        item_id,
        call.body.get("rule_id"),
        call.body.get("note", ""),
    )
    group = await recorded.flag.group
    base = call.settings.base_url
    return created(_flag_json(call, recorded.flag, group.slug), f"{base}/api/v1/me/flags")


async def withdraw_flag(call: Call) -> Response:
    kind, item_id = _kind_of(call)
    await flags.withdraw(call.actor, kind, item_id)
    return no_content()


async def my_flags(call: Call) -> Response:
    found = await remote_log.reports_of(call.settings, call.actor)
    return JSONResponse({"items": [_flag_json(call, f, f.group.slug) for f in found]})


async def group_reports(call: Call) -> Response:
    group = await find_group(call)
    await items.require_moderator(call.actor, group)
    reports = await review.queue(call.settings, call.actor, group.id)
    return JSONResponse({"items": [_report_json(call, r) for r in reports]})


async def all_reports(call: Call) -> Response:
    reports = await review.queue(call.settings, call.actor)
    return JSONResponse({"items": [_report_json(call, r) for r in reports]})


async def uphold(call: Call) -> Response:
    kind, item_id = _kind_of(call)
    entry = await review.uphold(
        call.actor, kind, item_id, call.body.get("rule_id"), call.body.get("reason", "")
    )
    return JSONResponse(entry_json(call, entry))


async def restore(call: Call) -> Response:
    kind, item_id = _kind_of(call)
    entry = await review.restore(call.actor, kind, item_id, call.body.get("reason", ""))
    return JSONResponse(entry_json(call, entry))


async def add_note(call: Call) -> Response:
    kind, item_id = _kind_of(call)
    await review.add_note(call.actor, kind, item_id, call.body.get("body", ""))
    return no_content()


async def remove_member(call: Call) -> Response:
    group = await find_group(call)
    body = call.body
    removal = await members.remove(
        call.actor, group, body.get("username", ""), body.get("days"), body.get("reason", "")
    )
    user = await User.get(id=removal.user_id)
    data = {
        "group": group.slug, "username": user.username, "until": iso(removal.until),
        "reason": removal.reason, "created_at": iso(removal.created_at),
    }  # fmt: skip
    base = call.settings.base_url
    return created(data, f"{base}/api/v1/groups/{group.slug}/removals/{user.username}")


async def lift_removal(call: Call) -> Response:
    group = await find_group(call)
    await members.lift(call.actor, group, call.path("username"))
    return no_content()


async def modlog(call: Call) -> Response:
    page = await log.entries(
        group_slug=call.query("group") or None,
        action=call.query("type") or None,
        cursor=call.query("cursor") or None,
        limit=query_limit(call) or 50,
    )
    items_json = [entry_json(call, entry) for entry in page.entries]
    return JSONResponse({"items": items_json, "next_cursor": page.next_cursor})


_LOG_QUERY = (
    Param("group", {"type": "string", "maxLength": 255}, "Only this group's entries (slug)."),
    Param("type", {"type": "string", "enum": list(log.ACTIONS)}, "Only entries of this type."),
    Param("cursor", {"type": "string", "maxLength": 20}, "The `next_cursor` of the page before."),
    Param("limit", {"type": "integer", "minimum": 1, "maximum": log.MAX_PAGE}, "Entries per page."),
)
_FLAG = "Report it as breaking a rule (members only; once per person)"
_UPHOLD = "Uphold the reports: remove it, citing a rule (moderators)"
_RESTORE = "Restore it: its open reports are dismissed for good (moderators)"


def _for(kind: str, handler: Handler) -> Handler:
    """The same handler under its own name per kind: OpenAPI operation ids must be unique."""

    async def run(call: Call) -> Response:
        return await handler(call)

    run.__name__ = f"{handler.__name__}_{kind}"
    return run


def _item_routes(prefix: str, kind: str) -> list[ApiRoute]:
    flag_item_, withdraw_, uphold_, restore_, note_ = (
        _for(kind, h) for h in (flag_item, withdraw_flag, uphold, restore, add_note)
    )
    # fmt: off
    return [
        ApiRoute(f"{prefix}/flags",
                 Operation("POST", flag_item_, _FLAG, _TAG, auth=True, body="FlagCreate",
                           status=201, returns="Flag", also=(409, 429))),
        ApiRoute(f"{prefix}/flags/mine",
                 Operation("DELETE", withdraw_, "Withdraw your report", _TAG, auth=True,
                           status=204)),
        ApiRoute(f"{prefix}/uphold",
                 Operation("POST", uphold_, _UPHOLD, _TAG, auth=True, body="Uphold",
                           returns="LogEntry", also=(409,))),
        ApiRoute(f"{prefix}/restore",
                 Operation("POST", restore_, _RESTORE, _TAG, auth=True, body="Restore",
                           returns="LogEntry", also=(409,))),
        ApiRoute(f"{prefix}/notes",
                 Operation("POST", note_, "A note on the report for the other moderators",
                           _TAG, auth=True, body="NoteCreate", status=204)),
    ]
    # fmt: on


# fmt: off
routes = [
    *_item_routes("/posts/{post_id:int}", "post"),
    *_item_routes("/replies/{reply_id:int}", "reply"),
    ApiRoute("/me/flags",
             Operation("GET", my_flags, "Your reports and what became of them", _TAG, auth=True,
                       returns="FlagList")),
    ApiRoute("/reports",
             Operation("GET", all_reports, "Reports to review in the groups you moderate", _TAG,
                       auth=True, returns="ReportList")),
    ApiRoute("/groups/{slug}/reports",
             Operation("GET", group_reports, "A group's reports: hidden first (moderators)", _TAG,
                       auth=True, returns="ReportList", also=(403,))),
    ApiRoute("/groups/{slug}/removals",
             Operation("POST", remove_member, "Remove a member for some days or for good", _TAG,
                       auth=True, body="RemovalCreate", status=201, returns="Removal",
                       also=(409,), headers={"Location": "The removal's address."})),
    ApiRoute("/groups/{slug}/removals/{username}",
             Operation("DELETE", lift_removal, "Lift a removal", _TAG, auth=True, status=204)),
    ApiRoute("/modlog",
             Operation("GET", modlog, "The public moderation log, newest first", _TAG,
                       query=_LOG_QUERY, returns="LogPage")),
]
# fmt: on


async def list_blocks(call: Call) -> Response:
    found = await instances.blocked()
    return JSONResponse({"items": [{"host": remote.host} for remote in found]})


async def block_instance(call: Call) -> Response:
    body = call.body
    remote = await instances.block(
        call.settings, call.actor, body.get("host", ""), body.get("reason", "")
    )
    base = call.settings.base_url
    return created({"host": remote.host}, f"{base}/api/v1/instance/blocks/{remote.host}")


async def unblock_instance(call: Call) -> Response:
    await instances.unblock(call.settings, call.actor, call.path("host"))
    return no_content()


async def list_limits(call: Call) -> Response:
    found = await instances.limited()
    return JSONResponse({"items": [{"host": remote.host} for remote in found]})


async def limit_instance(call: Call) -> Response:
    body = call.body
    remote = await instances.limit(
        call.settings, call.actor, body.get("host", ""), body.get("reason", "")
    )
    base = call.settings.base_url
    return created({"host": remote.host}, f"{base}/api/v1/instance/limits/{remote.host}")


async def unlimit_instance(call: Call) -> Response:
    await instances.unlimit(call.settings, call.actor, call.path("host"))
    return no_content()


async def remove_account(call: Call) -> Response:
    await instances.remove_account(
        call.actor, call.body.get("username", ""), call.body.get("reason", "")
    )
    return no_content()


# fmt: off
routes += [
    ApiRoute("/instance/removed-accounts",
             Operation("POST", remove_account,
                       "Remove a spam account of another instance (admins; publicly logged)",
                       _TAG, auth=True, body="AccountRemoval", status=204)),
    ApiRoute("/instance/blocks",
             Operation("GET", list_blocks, "Instances blocked here (public, as the log)", _TAG,
                       returns="BlockList"),
             Operation("POST", block_instance, "Block an instance (admins; publicly logged)",
                       _TAG, auth=True, body="BlockCreate", status=201, returns="Block",
                       also=(409,), headers={"Location": "The block's address."})),
    ApiRoute("/instance/blocks/{host}",
             Operation("DELETE", unblock_instance, "Lift a block (admins; publicly logged)",
                       _TAG, auth=True, status=204, also=(409,))),
    ApiRoute("/instance/limits",
             Operation("GET", list_limits, "Instances limited here (public, as the log)", _TAG,
                       returns="BlockList"),
             Operation("POST", limit_instance, "Limit an instance: its people's new posts and "
                       "replies wait, hidden, for a moderator (admins; publicly logged)",
                       _TAG, auth=True, body="BlockCreate", status=201, returns="Block",
                       also=(409,), headers={"Location": "The limit's address."})),
    ApiRoute("/instance/limits/{host}",
             Operation("DELETE", unlimit_instance, "Lift a limit (admins; publicly logged)",
                       _TAG, auth=True, status=204, also=(409,))),
]
# fmt: on
