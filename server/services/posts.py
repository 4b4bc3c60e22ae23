"""Discussions: posts in a group and replies in their threads, strictly chronological.

Feeds page with a keyset cursor over (created_at, id), never with OFFSET, so that page 1,000
costs what page 1 costs.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from tortoise.expressions import F, Q

from federation import publish
from server.config import Settings
from server.models import Group, GroupRole, Post, Reply, User
from server.services import attachments, keyset, markdown, notifications
from server.services import groups as group_service
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, Invalid, NotFound

MAX_TITLE = 200
MAX_BODY = 50_000
MAX_PAGE = 100

FEED_FIELDS = (
    "id", "title", "body_html", "created_at", "edited_at", "reply_count", "hidden_at",
    "author__username", "author__name", "author__organisation", "author__role",
)  # fmt: skip
THREAD_FIELDS = (
    "id", "parent_id", "body_html", "created_at", "edited_at", "deleted_at", "hidden_at",
    "removed_at",
    "author__username", "author__name", "author__organisation", "author__role",
)  # fmt: skip


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def encode_cursor(created_at: datetime, item_id: int) -> str:
    raw = f"{created_at.isoformat()}|{item_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        stamp, _, item_id = raw.partition("|")
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            raise ValueError("naive cursor")
        return moment, int(item_id)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise Invalid({"cursor": (N_("This page link is not valid."), {})}) from None


def _limit(limit: int | None, default: int) -> int:
    if limit is None:
        return default
    if not 1 <= limit <= MAX_PAGE:
        raise Invalid({"limit": (N_("Choose a number from 1 to %(max)s."), {"max": MAX_PAGE})})
    return limit


async def _require_writer(user: User, group: Group) -> None:
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))
    member = await group_service.membership(user, group)
    if member is None:
        raise Forbidden(N_("Join the group to take part."))
    if not member.accepted:
        raise Forbidden(
            N_("Your request to join this group waits for an answer from its instance.")
        )


async def feed(
    group: Group, cursor: str | None = None, limit: int | None = None, *, default: int = 20
) -> Page:
    """Posts of a group, newest first. Deleted posts leave the feed (their threads stay)."""
    return await _feed_page(group, cursor, _limit(limit, default), FEED_FIELDS)


async def _feed_page(group: Group, cursor: str | None, size: int, fields: tuple[str, ...]) -> Page:
    # Hand-written SQL (services/keyset.py): the ORM's query building was most of a page's cost.
    rows = await keyset.rows(
        Post,
        fields,
        parent="group",
        parent_id=group.id,
        newest_first=True,
        live_only=True,
        after=decode_cursor(cursor) if cursor else None,
        limit=size + 1,
    )
    return _page(rows, size)


def _page(rows: list[dict[str, Any]], size: int) -> Page:
    more = len(rows) > size
    rows = rows[:size]
    last = rows[-1] if rows else None
    next_cursor = encode_cursor(last["created_at"], last["id"]) if more and last else None
    return Page(items=rows, next_cursor=next_cursor)


async def get_post(post_id: int) -> Post:
    post = await Post.get_or_none(id=post_id).select_related("group", "author")
    if post is None:
        raise NotFound(N_("This post does not exist."))
    return post


async def get_reply(reply_id: int) -> Reply:
    reply = await Reply.get_or_none(id=reply_id).select_related("post", "post__group", "author")
    if reply is None:
        raise NotFound(N_("This reply does not exist."))
    return reply


async def thread(
    post: Post, cursor: str | None = None, limit: int | None = None, *, default: int = 50
) -> Page:
    """Replies of a post, oldest first; deleted replies stay as tombstones."""
    return await _thread_page(post, cursor, _limit(limit, default), THREAD_FIELDS)


async def _thread_page(post: Post, cursor: str | None, size: int, fields: tuple[str, ...]) -> Page:
    rows = await keyset.rows(
        Reply,
        fields,
        parent="post",
        parent_id=post.id,
        newest_first=False,
        live_only=False,
        after=decode_cursor(cursor) if cursor else None,
        limit=size + 1,
    )
    return _page(rows, size)


def _check_post(title: str, body: str) -> tuple[str, str]:
    errors = FieldErrors()
    title = errors.text("title", title, max_length=MAX_TITLE)
    body = errors.text("body", body, max_length=MAX_BODY)
    errors.raise_if_any()
    return title, body


def _check_body(body: str) -> str:
    errors = FieldErrors()
    body = errors.text("body", body, max_length=MAX_BODY)
    errors.raise_if_any()
    return body


async def create_post(
    user: User,
    group: Group,
    title: str,
    body: str,
    files: Sequence[attachments.Prepared] = (),
) -> Post:
    """`files` come checked and stored from `attachments.prepare`; they are recorded in the
    post's own transaction, so a post never appears without the files it was shared with."""
    title, body = _check_post(title, body)
    await _require_writer(user, group)
    async with publish.transaction():
        post = await Post.create(
            group=group,
            author=user,
            title=title,
            body=body,
            body_html=markdown.render(body),
            created_at=now(),
        )
        await attachments.create(list(files), uploader=user, group=group, post=post)
        await _publish(publish.post_created, post)
    return post


async def create_reply(user: User, post: Post, body: str, parent_id: int | None = None) -> Reply:
    body = _check_body(body)
    if post.deleted_at is not None:
        raise Forbidden(N_("This post was deleted. You cannot reply to it any more."))
    group = await post.group
    await _require_writer(user, group)
    parent = None
    if parent_id is not None:
        parent = await Reply.get_or_none(id=parent_id, post_id=post.id)
        if parent is None:
            raise Invalid({"parent": (N_("The reply you answer is not in this thread."), {})})
    async with publish.transaction():
        reply = await Reply.create(
            post=post,
            parent=parent,
            author=user,
            body=body,
            body_html=markdown.render(body),
            created_at=now(),
        )
        await Post.filter(id=post.id).update(reply_count=F("reply_count") + 1)
        await _publish(publish.reply_created, reply)
        await _publish(notifications.reply_created, reply)
    return reply


def _require_author(user: User, item: Post | Reply) -> None:
    if item.author_id != user.id:
        raise Forbidden(N_("You can only change what you wrote yourself."))
    if item.deleted_at is not None:
        raise Forbidden(N_("This was deleted and cannot be changed."))


async def edit_post(
    user: User,
    post: Post,
    title: str,
    body: str,
    files: Sequence[attachments.Prepared] = (),
    remove_files: Sequence[int] = (),
) -> Post:
    """`files` are added (checked and stored by `attachments.prepare`), the attachments named
    in `remove_files` taken away; the other instances get the post with its files as they are
    now. Bytes no file points to any more leave the store after the commit."""
    _require_author(user, post)
    title, body = _check_post(title, body)
    post.title, post.body, post.body_html = title, body, markdown.render(body)
    post.edited_at = now()
    async with publish.transaction():
        await post.save(update_fields=["title", "body", "body_html", "edited_at"])
        group = await post.group
        removed = await attachments.change(files, remove_files, editor=user, group=group, post=post)
        await _publish(publish.post_edited, post)
    settings = publish.configured()
    if removed and settings is not None:
        await attachments.prune(settings)
    return post


async def edit_reply(user: User, reply: Reply, body: str) -> Reply:
    _require_author(user, reply)
    body = _check_body(body)
    reply.body, reply.body_html, reply.edited_at = body, markdown.render(body), now()
    async with publish.transaction():
        await reply.save(update_fields=["body", "body_html", "edited_at"])
        await _publish(publish.reply_edited, reply)
    return reply


async def delete_post(user: User, post: Post, settings: Settings | None = None) -> None:
    """Leaves a tombstone: the thread's replies stay readable, the post's words and files are
    gone. The files' bytes leave the store after the deletion commits (`settings` names the
    store; without it, the configured one), so that a rolled-back deletion loses nothing."""
    _require_author(user, post)
    post.title, post.body, post.body_html, post.deleted_at = "", "", "", now()
    async with publish.transaction():
        await post.save(update_fields=["title", "body", "body_html", "deleted_at"])
        await attachments.withdraw_of_post(post.id)
        await _publish(publish.post_deleted, post)
    settings = settings or publish.configured()
    if settings is not None:
        await attachments.prune(settings)


async def delete_reply(user: User, reply: Reply) -> None:
    _require_author(user, reply)
    reply.body, reply.body_html, reply.deleted_at = "", "", now()
    async with publish.transaction():
        await reply.save(update_fields=["body", "body_html", "deleted_at"])
        await _publish(publish.reply_deleted, reply)


async def posts_by(user: User, limit: int = 20) -> list[dict[str, Any]]:
    return (
        await Post.filter(author_id=user.id, deleted_at__isnull=True)
        .order_by("-created_at", "-id")
        .limit(limit)
        .values("id", "title", "created_at", "group__slug", "group__title")
    )


def is_moderator_role(role: GroupRole | None) -> bool:
    return role in (GroupRole.MODERATOR, GroupRole.OWNER)


def check_author(user: User, item: Post | Reply) -> None:
    """For pages that show an edit or delete form before anything is sent."""
    _require_author(user, item)


async def reply_authors(reply_ids: set[int]) -> dict[int, str]:
    """The author's name of each of these replies, for "in reply to" links."""
    if not reply_ids:
        return {}
    rows = await Reply.filter(id__in=sorted(reply_ids)).values("id", "author__name")
    return {row["id"]: row["author__name"] for row in rows}


async def thread_cursor_for(reply: Reply, page_size: int = 50) -> str | None:
    """The thread cursor whose page starts with this reply; None when it is on the first page."""
    earlier = Reply.filter(post_id=reply.post_id).filter(
        Q(created_at__lt=reply.created_at) | Q(created_at=reply.created_at, id__lt=reply.id)
    )
    if await earlier.count() < page_size:
        return None
    previous = await earlier.order_by("-created_at", "-id").first()
    return encode_cursor(previous.created_at, previous.id) if previous else None


# --- Added for the JSON API (api) -------------------------------------------------------------

SOURCE_FEED_FIELDS = (*FEED_FIELDS, "body")
SOURCE_THREAD_FIELDS = (*THREAD_FIELDS, "body")


async def feed_with_source(
    group: Group, cursor: str | None = None, limit: int | None = None, *, default: int = 20
) -> Page:
    """`feed` with each post's Markdown source as well: API clients edit what they read."""
    return await _feed_page(group, cursor, _limit(limit, default), SOURCE_FEED_FIELDS)


async def thread_with_source(
    post: Post, cursor: str | None = None, limit: int | None = None, *, default: int = 50
) -> Page:
    """`thread` with each reply's Markdown source as well."""
    return await _thread_page(post, cursor, _limit(limit, default), SOURCE_THREAD_FIELDS)


# --- Federation (ap-content): local changes are published after they are stored ------------

_Item = TypeVar("_Item", Post, Reply)


async def _publish(event: Callable[[Settings, _Item], Awaitable[None]], item: _Item) -> None:
    """Queue the activities for a change that has just been stored (see `federation.publish`;
    without configured settings, as in a bare command line, nothing federates)."""
    settings = publish.configured()
    if settings is not None:
        await event(settings, item)
