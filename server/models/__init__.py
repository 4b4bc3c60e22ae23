"""All tables, in one schema with one migration history."""

from server.models.events import Event, Rsvp, RsvpStatus
from server.models.federation import (
    Activity,
    Delivery,
    InboxMessage,
    JobState,
    Like,
    PersonFollow,
    RemoteInstance,
)
from server.models.groups import Group, GroupRole, Membership, Topic
from server.models.instance import InstanceSettings, Rule
from server.models.mail import OutgoingMail
from server.models.people import ApiToken, Role, User
from server.models.posts import Post, Reply
from server.models.ratelimit import RateLimitHit

__all__ = [
    "Activity",
    "ApiToken",
    "Delivery",
    "Event",
    "Group",
    "GroupRole",
    "InboxMessage",
    "InstanceSettings",
    "JobState",
    "Like",
    "Membership",
    "OutgoingMail",
    "PersonFollow",
    "Post",
    "RateLimitHit",
    "RemoteInstance",
    "Reply",
    "Role",
    "Rsvp",
    "RsvpStatus",
    "Rule",
    "Topic",
    "User",
]
