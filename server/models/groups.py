from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.people import User


class Topic(StrEnum):
    NITROGEN = "stikstof"
    WATER = "water"
    LANDSCAPE = "landschap"
    NATURE = "natuur"
    AGRICULTURE = "landbouw"
    CLIMATE = "klimaat"
    ENERGY = "energie"
    OTHER = "anders"


class GroupRole(StrEnum):
    MEMBER = "member"
    MODERATOR = "moderator"
    OWNER = "owner"


class Group(Model):
    """An area group. Groups of other instances are stored as `slug@host`."""

    id = fields.IntField(primary_key=True)
    slug = fields.CharField(max_length=255, unique=True)
    title = fields.CharField(max_length=120)
    area = fields.CharField(max_length=120)
    topic = fields.CharEnumField(Topic, max_length=20, default=Topic.OTHER)
    description = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    domain = fields.CharField(max_length=255, default="", db_index=True)
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    inbox_url = fields.CharField(max_length=500, null=True)
    shared_inbox_url = fields.CharField(max_length=500, null=True)
    followers_url = fields.CharField(max_length=500, null=True)
    # A remote Polder group's public moderation log (`moderationLog` in its actor document).
    moderation_log_url = fields.CharField(max_length=500, null=True)
    public_key_pem = fields.TextField(null=True)
    private_key_pem = fields.TextField(null=True)
    fetched_at = fields.DatetimeField(null=True)

    class Meta:
        table = "groups"
        ordering = ["title"]


class Membership(Model):
    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="memberships", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="memberships", on_delete=fields.CASCADE, db_index=True
    )
    group_id: int
    user_id: int
    role = fields.CharEnumField(GroupRole, max_length=10, default=GroupRole.MEMBER)
    joined_at = fields.DatetimeField(auto_now_add=True)
    # Joining a group on another instance waits for its Accept; local joins are accepted.
    accepted = fields.BooleanField(default=True)
    # The Follow activity that made this membership, so that its Undo can end it.
    follow_ap_id = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "memberships"
        unique_together = (("group", "user"),)
