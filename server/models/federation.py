"""Federation state: remote instances, stored activities, the delivery queue, the inbox queue,
likes and follows between people."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.people import User
    from server.models.posts import Post, Reply


class JobState(StrEnum):
    """Deliveries and inbox messages move queued → in_flight → done | retry → ... | dead."""

    QUEUED = "queued"
    IN_FLIGHT = "in_flight"
    DONE = "done"
    RETRY = "retry"
    DEAD = "dead"


class RemoteInstance(Model):
    id = fields.IntField(primary_key=True)
    host = fields.CharField(max_length=255, unique=True)
    software = fields.CharField(max_length=100, default="")
    first_seen_at = fields.DatetimeField(auto_now_add=True)
    last_success_at = fields.DatetimeField(null=True)
    last_failure_at = fields.DatetimeField(null=True)
    # Consecutive failures; an instance that keeps failing is tried on a slower schedule.
    failures = fields.IntField(default=0)
    unreachable_since = fields.DatetimeField(null=True)
    blocked = fields.BooleanField(default=False)
    # Limited (Mastodon's "silence"): its people's new posts and replies in our groups wait,
    # hidden, for a moderator (moderation.instances); everything else goes on as usual.
    limited = fields.BooleanField(default=False)

    class Meta:
        table = "remote_instances"


class Activity(Model):
    """An activity this instance sent or received, stored once (deliveries point at it)."""

    id = fields.BigIntField(primary_key=True)
    ap_id = fields.CharField(max_length=500, unique=True)
    type = fields.CharField(max_length=30)
    actor_ap_id = fields.CharField(max_length=500)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField()
    local = fields.BooleanField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "activities"


class Delivery(Model):
    """One activity to one inbox: signed and sent on its own, retried with backoff."""

    id = fields.BigIntField(primary_key=True)
    activity: fields.ForeignKeyRelation[Activity] = fields.ForeignKeyField(
        "models.Activity", related_name="deliveries", on_delete=fields.CASCADE
    )
    activity_id: int
    # Who signs: "user:<id>", "group:<id>" or "instance".
    signer = fields.CharField(max_length=50)
    inbox_url = fields.CharField(max_length=500)
    host = fields.CharField(max_length=255)
    state = fields.CharEnumField(JobState, max_length=10, default=JobState.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "deliveries"
        unique_together = (("activity", "inbox_url"),)
        indexes = (Index(fields=("state", "next_attempt_at")), Index(fields=("host", "state")))


class InboxMessage(Model):
    """A received activity whose signature checked out, waiting to be applied."""

    id = fields.BigIntField(primary_key=True)
    ap_id = fields.CharField(max_length=500, unique=True)
    payload: fields.JSONField[dict[str, Any]] = fields.JSONField()
    signer_key_id = fields.CharField(max_length=500)
    state = fields.CharEnumField(JobState, max_length=10, default=JobState.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "inbox_messages"
        indexes = (Index(fields=("state", "next_attempt_at")),)


class Like(Model):
    """Stored and counted, never used for ranking."""

    id = fields.IntField(primary_key=True)
    actor: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="likes", on_delete=fields.CASCADE
    )
    post: fields.ForeignKeyNullableRelation[Post] = fields.ForeignKeyField(
        "models.Post", related_name="likes", null=True, on_delete=fields.CASCADE
    )
    reply: fields.ForeignKeyNullableRelation[Reply] = fields.ForeignKeyField(
        "models.Reply", related_name="likes", null=True, on_delete=fields.CASCADE
    )
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "likes"
        unique_together = (("actor", "post"), ("actor", "reply"))


class PersonFollow(Model):
    """Someone (often on Mastodon) follows a person here, or a person here follows someone."""

    id = fields.IntField(primary_key=True)
    follower: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="following", on_delete=fields.CASCADE
    )
    followee: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="followers", on_delete=fields.CASCADE
    )
    accepted = fields.BooleanField(default=False)
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "person_follows"
        unique_together = (("follower", "followee"),)
