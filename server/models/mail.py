from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from server.models.federation import JobState


class OutgoingMail(Model):
    """A notification mail waiting to be sent: queued in the same transaction as what it tells
    about, sent by the worker, retried when the mail server is away."""

    id = fields.BigIntField(primary_key=True)
    to_address = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=200)
    text_body = fields.TextField()
    html_body = fields.TextField(default="")
    headers: fields.JSONField[dict[str, Any]] = fields.JSONField(default=dict)
    state = fields.CharEnumField(JobState, max_length=10, default=JobState.QUEUED)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    done_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outgoing_mail"
        indexes = (Index(fields=("state", "next_attempt_at")),)
