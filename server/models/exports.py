from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from server.models.federation import JobState
from server.models.people import User


class DataExport(Model):
    """A "download my data" zip built by the worker: a job row (the queue's columns) that,
    once done, names the zip's bytes in the file store and when they are removed again."""

    id = fields.BigIntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="data_exports", on_delete=fields.CASCADE
    )
    user_id: int
    state = fields.CharEnumField(JobState, max_length=10, default=JobState.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    done_at = fields.DatetimeField(null=True)
    # Set when the zip is in the store: its key there (the SHA-256 of the bytes) and size.
    storage_key = fields.CharField(max_length=200, null=True)
    size = fields.BigIntField(default=0)
    expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "data_exports"
        indexes = (Index(fields=("state", "next_attempt_at")),)
