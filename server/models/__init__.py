"""All tables, in one schema with one migration history."""

from server.models.groups import Group, GroupRole, Membership, Topic
from server.models.instance import InstanceSettings, Rule
from server.models.people import ApiToken, Role, User
from server.models.posts import Post, Reply
from server.models.ratelimit import RateLimitHit

__all__ = [
    "ApiToken",
    "Group",
    "GroupRole",
    "InstanceSettings",
    "Membership",
    "Post",
    "RateLimitHit",
    "Reply",
    "Role",
    "Rule",
    "Topic",
    "User",
]
