from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.groups import Group
    from server.models.people import User


class RsvpStatus(StrEnum):
    GOING = "going"
    MAYBE = "maybe"
    NOT_GOING = "not_going"


class Event(Model):
    """A meeting in a group. Times are stored in UTC; pages show them in Dutch time.

    Cancelling keeps the row (and its words), so that people who planned to come can read
    that it will not happen."""

    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="events", on_delete=fields.CASCADE
    )
    organiser: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="events", on_delete=fields.CASCADE, db_index=True
    )
    group_id: int
    organiser_id: int
    title = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    # Rendered and sanitised once on write, as posts are.
    description_html = fields.TextField(default="")
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    address = fields.CharField(max_length=300, default="")
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    online_url = fields.CharField(max_length=500, null=True)
    capacity = fields.IntField(null=True)
    # Confirmed "going" answers, kept in the same statement that admits someone: a conditional
    # UPDATE on this column is what keeps concurrent answers from exceeding the capacity.
    going_count = fields.IntField(default=0)
    created_at = fields.DatetimeField()
    edited_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    # Set for events of other instances; local events' ids are their page addresses.
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    url = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "events"
        # Upcoming and past events of a group, by start time.
        indexes = (Index(fields=("group_id", "starts_at", "id")),)


class Rsvp(Model):
    """One person's answer to one event. `waitlisted_at` orders the waiting list."""

    id = fields.IntField(primary_key=True)
    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField(
        "models.Event", related_name="rsvps", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="rsvps", on_delete=fields.CASCADE, db_index=True
    )
    event_id: int
    user_id: int
    status = fields.CharEnumField(RsvpStatus, max_length=10)
    waitlisted_at = fields.DatetimeField(null=True)
    # An answer sent to the organiser's instance waits for its Accept or Reject.
    pending = fields.BooleanField(default=False)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    # The activity that carried this answer (a remote person's Join or Accept, or the Join we
    # sent for a local person to another instance), so that answers and Leaves find it.
    ap_id = fields.CharField(max_length=500, null=True, db_index=True)

    class Meta:
        table = "rsvps"
        unique_together = (("event", "user"),)
