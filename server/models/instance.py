from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.groups import Group


class InstanceSettings(Model):
    """The one row that describes this instance; created by the first-run set-up."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    region = fields.CharField(max_length=100, default="")
    description = fields.TextField(default="")
    # "members": any member may start a group; "admins": only admins.
    group_creation = fields.CharField(max_length=10, default="admins")
    open_registration = fields.BooleanField(default=True)
    # The admin's own privacy and accessibility statements: {kind: {language: Markdown}};
    # what is missing shows Polder's default text (`server.services.statements`).
    statements: fields.JSONField[dict[str, dict[str, str]]] = fields.JSONField(default=dict)
    # The instance's own Application actor signs fetches made on nobody's behalf.
    public_key_pem = fields.TextField(null=True)
    private_key_pem = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "instance_settings"


class Rule(Model):
    """A numbered rule of conduct: instance-wide when `group` is empty, else the group's own."""

    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyNullableRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="rules", null=True, on_delete=fields.CASCADE
    )
    group_id: int | None
    position = fields.IntField()
    title = fields.CharField(max_length=200)
    body = fields.TextField(default="")

    class Meta:
        table = "rules"
        unique_together = (("group", "position"),)
        ordering = ["position"]
