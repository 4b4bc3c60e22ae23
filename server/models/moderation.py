"""Moderation by trust: flags, a group's policy settings, removals from a group, notes on
reports and the append-only public log.

An item is a post or a reply, named by `item_key` ("post:12", "reply:5"): one column that a
unique index can cover together with the flagger, where two nullable foreign keys could not.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.groups import Group
    from server.models.instance import Rule
    from server.models.people import User
    from server.models.posts import Post, Reply


class FlagState(StrEnum):
    OPEN = "open"  # waiting for a moderator; counts toward the threshold
    WITHDRAWN = "withdrawn"  # taken back by the flagger
    DISMISSED = "dismissed"  # a moderator restored the item; never counts again
    UPHELD = "upheld"  # a moderator removed the item


class LogAction(StrEnum):
    HIDE = "hide"
    UPHOLD = "uphold"
    RESTORE = "restore"
    REMOVE_MEMBER = "remove_member"
    LIFT_REMOVAL = "lift_removal"
    RULE_CHANGE = "rule_change"
    POLICY_CHANGE = "policy_change"
    INSTANCE_BLOCK = "instance_block"
    INSTANCE_UNBLOCK = "instance_unblock"
    ACCOUNT_REMOVAL = "account_removal"
    ROLE_CHANGE = "role_change"
    INSTANCE_LIMIT = "instance_limit"
    INSTANCE_UNLIMIT = "instance_unlimit"


_ACTIONS = list(LogAction)
_FIRST_ACTIONS = "\n".join(
    f"{a.name}: {a.value}" for a in _ACTIONS[: _ACTIONS.index(LogAction.ACCOUNT_REMOVAL) + 1]
)


class NoteKind(StrEnum):
    MODERATOR = "moderator"  # moderators to each other
    APPEAL = "appeal"  # the author to the moderators


class Flag(Model):
    """One person's report that an item breaks a rule. One per person per item."""

    id = fields.IntField(primary_key=True)
    item_key = fields.CharField(max_length=30)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="flags", on_delete=fields.CASCADE
    )
    # The post, or the post a flagged reply is in (so that a thread's flags are one query).
    post: fields.ForeignKeyRelation[Post] = fields.ForeignKeyField(
        "models.Post", related_name="flags", on_delete=fields.CASCADE
    )
    reply: fields.ForeignKeyNullableRelation[Reply] = fields.ForeignKeyField(
        "models.Reply", related_name="flags", null=True, on_delete=fields.CASCADE
    )
    flagger: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="flags", on_delete=fields.CASCADE
    )
    # Rules are replaced as a whole when an owner edits them; the flag keeps what it cited.
    rule: fields.ForeignKeyNullableRelation[Rule] = fields.ForeignKeyField(
        "models.Rule", related_name="flags", null=True, on_delete=fields.SET_NULL
    )
    rule_title = fields.CharField(max_length=200)
    rule_position = fields.IntField()
    rule_scope = fields.CharField(max_length=10)  # "group" or "instance"
    note = fields.TextField(default="")
    state = fields.CharEnumField(FlagState, max_length=10, default=FlagState.OPEN)
    created_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)
    # The `Flag` activity this came in as, or went out as (remote groups).
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    group_id: int
    post_id: int
    reply_id: int | None
    flagger_id: int
    rule_id: int | None

    class Meta:
        table = "flags"
        unique_together = (("item_key", "flagger"),)
        indexes = (Index(fields=("group_id", "state")),)


class GroupPolicy(Model):
    """A group's own thresholds; the instance's settings bound them (see moderation.flags)."""

    id = fields.IntField(primary_key=True)
    group: fields.OneToOneRelation[Group] = fields.OneToOneField(
        "models.Group", related_name="policy", on_delete=fields.CASCADE
    )
    min_flags = fields.IntField()
    share_percent = fields.IntField()
    min_account_age_days = fields.IntField()
    min_organisations = fields.IntField(default=1)
    group_id: int

    class Meta:
        table = "group_policies"


class GroupRemoval(Model):
    """A member removed from a group, until a moment or (until None) for good."""

    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="removals", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="removals", on_delete=fields.CASCADE
    )
    moderator: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="removals_made", null=True, on_delete=fields.SET_NULL
    )
    until = fields.DatetimeField(null=True)
    reason = fields.TextField(default="")
    created_at = fields.DatetimeField()
    lifted_at = fields.DatetimeField(null=True)
    group_id: int
    user_id: int

    class Meta:
        table = "group_removals"
        indexes = (Index(fields=("group_id", "user_id")),)


class ReportNote(Model):
    """A moderator's note on a report, or the author's appeal to the moderators."""

    id = fields.IntField(primary_key=True)
    item_key = fields.CharField(max_length=30, db_index=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="report_notes", on_delete=fields.CASCADE
    )
    author: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="report_notes", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(NoteKind, max_length=10)
    body = fields.TextField()
    created_at = fields.DatetimeField()
    author_id: int

    class Meta:
        table = "report_notes"


class ForwardedReport(Model):
    """A report about an item in a group of another instance, forwarded by that group to one
    of its moderators who lives here, for them to decide from here. It names the rule and the
    note, never the reporter (local moderators do not see who reported either)."""

    id = fields.IntField(primary_key=True)
    moderator: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="forwarded_reports", on_delete=fields.CASCADE
    )
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="forwarded_reports", on_delete=fields.CASCADE
    )
    post: fields.ForeignKeyRelation[Post] = fields.ForeignKeyField(
        "models.Post", related_name="forwarded_reports", on_delete=fields.CASCADE
    )
    reply: fields.ForeignKeyNullableRelation[Reply] = fields.ForeignKeyField(
        "models.Reply", related_name="forwarded_reports", null=True, on_delete=fields.CASCADE
    )
    item_key = fields.CharField(max_length=30)
    # The group's `Flag`; a restore is sent back as the moderator's `Undo` of it.
    ap_id = fields.CharField(max_length=500, unique=True)
    rule_title = fields.CharField(max_length=200, default="")
    note = fields.TextField(default="")
    state = fields.CharEnumField(FlagState, max_length=10, default=FlagState.OPEN)
    created_at = fields.DatetimeField()
    decided_at = fields.DatetimeField(null=True)
    # Why the group's instance refused this person's decision (its `Reject`); the report is
    # open again, and its page says so.
    refusal = fields.TextField(default="")
    moderator_id: int
    group_id: int
    post_id: int
    reply_id: int | None

    class Meta:
        table = "forwarded_reports"
        indexes = (Index(fields=("moderator_id", "state")),)


class AppendOnly(Exception):
    """The moderation log is never changed or deleted."""


class ModLogEntry(Model):
    """One public entry of the moderation log. Names are copied in, so that an entry reads the
    same after a group, rule or person changes; the removed content itself is never copied."""

    id = fields.IntField(primary_key=True)
    created_at = fields.DatetimeField()
    # The column comment stays as first written: SQLite cannot change a column's comment, and
    # Tortoise would otherwise list every later type in it (LogAction is the reference).
    action = fields.CharEnumField(LogAction, max_length=20, description=_FIRST_ACTIONS)
    # A plain number, not a foreign key: deleting a group must not have to change its entries
    # (the table refuses every UPDATE), and the copied slug and title still say which it was.
    group_id = fields.IntField(null=True)
    group_slug = fields.CharField(max_length=255, default="")
    group_title = fields.CharField(max_length=120, default="")
    item_key = fields.CharField(max_length=30, default="")
    rule_title = fields.CharField(max_length=200, default="")
    rule_position = fields.IntField(null=True)
    # Empty for automatic hides: nobody decided, the members' flags did.
    moderator_username = fields.CharField(max_length=255, default="")
    moderator_name = fields.CharField(max_length=100, default="")
    target_username = fields.CharField(max_length=255, default="")
    target_name = fields.CharField(max_length=100, default="")
    reason = fields.TextField(default="")
    # Numbers of an automatic hide ("4 of 3 needed, from 2 organisations"), as JSON.
    detail: dict[str, Any] = fields.JSONField(default=dict)
    until = fields.DatetimeField(null=True)

    class Meta:
        table = "moderation_log"
        indexes = (Index(fields=("group_id", "id")),)

    async def save(self, *args: Any, **kwargs: Any) -> None:
        if self._saved_in_db:
            raise AppendOnly("moderation log entries cannot be changed")
        await super().save(*args, **kwargs)

    async def delete(self, *args: Any, **kwargs: Any) -> None:
        raise AppendOnly("moderation log entries cannot be deleted")
