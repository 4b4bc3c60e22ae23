"""All tables, in one schema with one migration history."""

from server.models.events import Event, Rsvp, RsvpStatus
from server.models.exports import DataExport
from server.models.federation import (
    Activity,
    Delivery,
    InboxMessage,
    JobState,
    Like,
    PersonFollow,
    RemoteInstance,
)
from server.models.files import Attachment, FileKind, StoredBlob
from server.models.groups import Group, GroupRole, Membership, Topic
from server.models.instance import InstanceSettings, Rule
from server.models.mail import OutgoingMail
from server.models.moderation import (
    AppendOnly,
    Flag,
    FlagState,
    ForwardedReport,
    GroupPolicy,
    GroupRemoval,
    LogAction,
    ModLogEntry,
    NoteKind,
    ReportNote,
)
from server.models.people import ApiToken, Role, User
from server.models.posts import Post, Reply
from server.models.ratelimit import RateLimitHit

__all__ = [
    "Activity",
    "ApiToken",
    "AppendOnly",
    "Attachment",
    "DataExport",
    "Delivery",
    "Event",
    "FileKind",
    "Flag",
    "FlagState",
    "ForwardedReport",
    "Group",
    "GroupPolicy",
    "GroupRemoval",
    "GroupRole",
    "InboxMessage",
    "InstanceSettings",
    "JobState",
    "Like",
    "LogAction",
    "Membership",
    "ModLogEntry",
    "NoteKind",
    "OutgoingMail",
    "PersonFollow",
    "Post",
    "RateLimitHit",
    "RemoteInstance",
    "Reply",
    "ReportNote",
    "Role",
    "Rsvp",
    "RsvpStatus",
    "Rule",
    "StoredBlob",
    "Topic",
    "User",
]
