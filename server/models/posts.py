from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.groups import Group
    from server.models.people import User


class Post(Model):
    """The start of a discussion in a group. Deleting leaves a tombstone (`deleted_at`)."""

    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="posts", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="posts", on_delete=fields.CASCADE, db_index=True
    )
    group_id: int
    author_id: int
    title = fields.CharField(max_length=200)
    body = fields.TextField()
    # Rendered and sanitised once on write, so reading never runs Markdown.
    body_html = fields.TextField()
    created_at = fields.DatetimeField()
    edited_at = fields.DatetimeField(null=True)
    deleted_at = fields.DatetimeField(null=True)
    # Moderation: hidden after enough flags (waiting for a moderator); removed when upheld.
    hidden_at = fields.DatetimeField(null=True)
    removed_at = fields.DatetimeField(null=True)
    # Kept in the same transaction as each reply; avoids a count per post on every feed page.
    reply_count = fields.IntField(default=0)
    like_count = fields.IntField(default=0)
    # Set for posts from other instances; local posts' ids are their page addresses.
    ap_id = fields.CharField(max_length=500, unique=True, null=True)

    class Meta:
        table = "posts"
        # The feed's keyset: newest first within a group.
        indexes = (Index(fields=("group_id", "created_at", "id")),)


class Reply(Model):
    """A reply in a post's thread, optionally answering an earlier reply (flat, Discourse-style)."""

    id = fields.IntField(primary_key=True)
    post: fields.ForeignKeyRelation[Post] = fields.ForeignKeyField(
        "models.Post", related_name="replies", on_delete=fields.CASCADE
    )
    parent: fields.ForeignKeyNullableRelation[Reply] = fields.ForeignKeyField(
        "models.Reply", related_name="children", null=True, on_delete=fields.SET_NULL
    )
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="replies", on_delete=fields.CASCADE, db_index=True
    )
    post_id: int
    parent_id: int | None
    author_id: int
    body = fields.TextField()
    body_html = fields.TextField()
    created_at = fields.DatetimeField()
    edited_at = fields.DatetimeField(null=True)
    deleted_at = fields.DatetimeField(null=True)
    hidden_at = fields.DatetimeField(null=True)
    removed_at = fields.DatetimeField(null=True)
    like_count = fields.IntField(default=0)
    ap_id = fields.CharField(max_length=500, unique=True, null=True)

    class Meta:
        table = "replies"
        indexes = (Index(fields=("post_id", "created_at", "id")),)
