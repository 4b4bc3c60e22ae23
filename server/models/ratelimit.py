from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class RateLimitHit(Model):
    """One counted attempt (e.g. a login) for a key; kept in the database so that limits hold
    across web processes."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=200, db_index=True)
    at = fields.DatetimeField()

    class Meta:
        table = "rate_limit_hits"
