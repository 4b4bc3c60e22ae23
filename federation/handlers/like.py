"""`Like` of a post or reply: stored once per person and item, shown as a count, never used for
ranking. `Dislike` is refused: Polder counts no dislikes.

The row and the count change in one transaction, and only when the row was really added or
removed, so a Like applied twice (or raced by a second worker) counts once.
"""

from __future__ import annotations

from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles
from server import db
from server.models import Like, Post, Reply, User


@handles("Like")
async def like(context: Context, activity: vocab.Activity) -> None:
    item = await _social.content(context, activity.object_id)
    if item is None:
        raise Rejected(f"{activity.object_id} is not a post or reply known here")
    if item.deleted_at is not None:
        raise Rejected(f"{activity.object_id} was deleted")
    person = await _social.remote_person(context, activity.actor)
    await add_like(person, item, activity.id)


@handles("Dislike")
async def dislike(context: Context, activity: vocab.Activity) -> None:
    raise Rejected("dislikes are not counted here")


def _item_filter(item: _social.Content) -> dict[str, Any]:
    return {"post_id": item.id} if isinstance(item, Post) else {"reply_id": item.id}


async def add_like(person: User, item: _social.Content, ap_id: str | None) -> bool:
    """True when the like is new (and counted)."""
    if await Like.exists(actor=person, **_item_filter(item)):
        return False
    if ap_id is not None and await Like.exists(ap_id=ap_id):
        return False  # this Like id already counts (for this or another item)
    model = Post if isinstance(item, Post) else Reply
    try:
        async with db.transaction() as conn:
            await Like.create(actor=person, ap_id=ap_id, using_db=conn, **_item_filter(item))
            await model.filter(id=item.id).using_db(conn).update(like_count=F("like_count") + 1)
    except IntegrityError:
        return False  # stored at the same moment by another worker
    return True


async def find_like(
    person: User, ap_id: str, item: _social.Content | None
) -> dict[str, Any] | None:
    """The like by its id, else by person and item: {id, post_id, reply_id}."""
    columns = ("id", "post_id", "reply_id")
    rows = await Like.filter(ap_id=ap_id, actor=person).values(*columns)
    if not rows and item is not None:
        rows = await Like.filter(actor=person, **_item_filter(item)).values(*columns)
    return rows[0] if rows else None


async def remove_like(found: dict[str, Any]) -> None:
    async with db.transaction() as conn:
        if not await Like.filter(id=found["id"]).using_db(conn).delete():
            return  # removed at the same moment by another worker
        model, item_id = (
            (Post, found["post_id"]) if found["post_id"] is not None else (Reply, found["reply_id"])
        )
        await (
            model.filter(id=item_id, like_count__gt=0)
            .using_db(conn)
            .update(like_count=F("like_count") - 1)
        )
