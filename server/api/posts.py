"""Discussions: a group's feed, posts and their replies."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from server.api import serialise
from server.api.common import (
    ApiRoute,
    Call,
    Operation,
    Param,
    created,
    no_content,
    path_id,
    query_cursor,
    query_limit,
)
from server.api.groups import find_group
from server.api.multipart import FILES_HELP
from server.api.schemas import MAX_ID
from server.models import Post, Reply
from server.services import attachments
from server.services import posts as post_service
from server.services.errors import N_, Invalid

_TAG = "discussions"
_POST_MISSING = N_("This post does not exist.")
_REPLY_MISSING = N_("This reply does not exist.")


async def _post(call: Call) -> Post:
    return await post_service.get_post(path_id(call, "post_id", _POST_MISSING))


async def _reply(call: Call) -> Reply:
    return await post_service.get_reply(path_id(call, "reply_id", _REPLY_MISSING))


async def group_feed(call: Call) -> Response:
    """The hot path: two queries, and items built from plain rows."""
    group = await find_group(call)
    page = await post_service.feed_with_source(
        group, query_cursor(call), query_limit(call), default=call.settings.page_size
    )
    files = await attachments.of_posts([row["id"] for row in page.items])
    base = call.settings.base_url
    items = [
        serialise.feed_item(row, group.slug, base, files.get(row["id"], [])) for row in page.items
    ]
    return JSONResponse({"items": items, "next_cursor": page.next_cursor})


async def create_post(call: Call) -> Response:
    group = await find_group(call)
    title, text = call.body.get("title", ""), call.body.get("body", "")
    async with attachments.intake(call.uploads, call.settings) as files:
        post = await post_service.create_post(call.actor, group, title, text, files)
    return await _post_json(post, group.slug, call, status=201)


async def _post_json(post: Post, group_slug: str, call: Call, status: int = 200) -> Response:
    base = call.settings.base_url
    data = serialise.post(post, group_slug, base, await attachments.of_post(post))
    if status == 201:
        return created(data, f"{base}/api/v1/posts/{post.id}")
    return JSONResponse(data)


async def get_post(call: Call) -> Response:
    post = await _post(call)
    return await _post_json(post, post.group.slug, call)


async def edit_post(call: Call) -> Response:
    post = await _post(call)
    body = call.body
    title, text = body.get("title", post.title), body.get("body", post.body)
    async with attachments.intake(call.uploads, call.settings) as files:
        post = await post_service.edit_post(
            call.actor, post, title, text, files, body.get("remove_files", [])
        )
    return await _post_json(post, post.group.slug, call)


async def delete_post(call: Call) -> Response:
    await post_service.delete_post(call.actor, await _post(call), call.settings)
    return no_content()


async def list_replies(call: Call) -> Response:
    post = await _post(call)
    page = await post_service.thread_with_source(post, query_cursor(call), query_limit(call))
    items = [serialise.thread_item(row, post.id) for row in page.items]
    return JSONResponse({"items": items, "next_cursor": page.next_cursor})


async def create_reply(call: Call) -> Response:
    post = await _post(call)
    parent_id: int | None = call.body.get("parent_id")
    not_here = N_("The reply you answer is not in this thread.")
    if parent_id is not None and not 1 <= parent_id <= MAX_ID:
        raise Invalid({"parent_id": (not_here, {})})
    try:
        reply = await post_service.create_reply(
            call.actor, post, call.body.get("body", ""), parent_id
        )
    except Invalid as exc:
        # The service names the field `parent`; in this API it is `parent_id`.
        if "parent" in exc.fields:
            exc.fields["parent_id"] = exc.fields.pop("parent")
        raise
    base = call.settings.base_url
    return created(serialise.reply(reply), f"{base}/api/v1/replies/{reply.id}")


async def get_reply(call: Call) -> Response:
    return JSONResponse(serialise.reply(await _reply(call)))


async def edit_reply(call: Call) -> Response:
    reply = await _reply(call)
    reply = await post_service.edit_reply(call.actor, reply, call.body.get("body", reply.body))
    return JSONResponse(serialise.reply(reply))


async def delete_reply(call: Call) -> Response:
    await post_service.delete_reply(call.actor, await _reply(call))
    return no_content()


_PAGE = (
    Param("cursor", {"type": "string", "maxLength": 200},
          "The `next_cursor` of the page before; leave out for the first page."),
    Param("limit", {"type": "integer", "minimum": 1, "maximum": post_service.MAX_PAGE},
          "How many items per page."),
)  # fmt: skip
_LOCATION = {"Location": "The new item's address in this API."}

# fmt: off
routes = [
    ApiRoute(
        "/groups/{slug}/posts",
        Operation("GET", group_feed, "A group's posts, newest first", _TAG, query=_PAGE,
                  returns="PostPage"),
        Operation("POST", create_post, "Write a post in a group (members only)", _TAG,
                  auth=True, body="PostCreate", status=201, returns="Post", headers=_LOCATION,
                  files=True, description=FILES_HELP),
    ),
    ApiRoute(
        "/posts/{post_id:int}",
        Operation("GET", get_post, "One post (a deleted post is an empty tombstone)", _TAG,
                  returns="Post"),
        Operation("PATCH", edit_post, "Change your post, add or take away files", _TAG,
                  auth=True, body="PostUpdate", returns="Post", files=True,
                  description=FILES_HELP),
        Operation("DELETE", delete_post, "Delete your post; its replies stay", _TAG,
                  auth=True, status=204),
    ),
    ApiRoute(
        "/posts/{post_id:int}/replies",
        Operation("GET", list_replies, "Replies to a post, oldest first", _TAG, query=_PAGE,
                  returns="ReplyPage"),
        Operation("POST", create_reply, "Reply to a post (members only)", _TAG, auth=True,
                  body="ReplyCreate", status=201, returns="Reply", headers=_LOCATION),
    ),
    ApiRoute(
        "/replies/{reply_id:int}",
        Operation("GET", get_reply, "One reply", _TAG, returns="Reply"),
        Operation("PATCH", edit_reply, "Change your reply", _TAG, auth=True,
                  body="ReplyUpdate", returns="Reply"),
        Operation("DELETE", delete_reply, "Delete your reply", _TAG, auth=True, status=204),
    ),
]
# fmt: on
