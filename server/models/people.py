from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class Role(StrEnum):
    """How a person takes part in the area process (shown on their profile)."""

    FARMER = "farmer"
    FARMERS_ORGANISATION = "farmers_organisation"
    NGO = "ngo"
    GOVERNMENT = "government"
    KNOWLEDGE_INSTITUTION = "knowledge_institution"
    BUSINESS = "business"
    RESIDENT = "resident"
    OTHER = "other"


class User(Model):
    """A person. Local people have a plain username and a password; people from other
    instances are stored as `name@host` with their actor's addresses and public key."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=255, unique=True)
    name = fields.CharField(max_length=100)
    # Empty means "private person": shown as such, never hidden.
    organisation = fields.CharField(max_length=120, default="")
    role = fields.CharEnumField(Role, max_length=32, default=Role.OTHER)
    email = fields.CharField(max_length=254, unique=True, null=True)
    password_hash = fields.CharField(max_length=255, default="")
    email_confirmed_at = fields.DatetimeField(null=True)
    is_admin = fields.BooleanField(default=False)
    language = fields.CharField(max_length=5, null=True)
    bio = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    # Federation: empty domain and ap_id mean a local person.
    domain = fields.CharField(max_length=255, default="", db_index=True)
    ap_id = fields.CharField(max_length=500, unique=True, null=True)
    inbox_url = fields.CharField(max_length=500, null=True)
    shared_inbox_url = fields.CharField(max_length=500, null=True)
    public_key_pem = fields.TextField(null=True)
    private_key_pem = fields.TextField(null=True)
    fetched_at = fields.DatetimeField(null=True)
    # A deleted local account: only the username (reserved) and the key pair stay.
    deleted_at = fields.DatetimeField(null=True)
    # E-mail for people who do not check the website: each kind is chosen, never assumed.
    notify_replies = fields.BooleanField(default=False)
    notify_meetings = fields.BooleanField(default=False)
    notify_moderation = fields.BooleanField(default=False)
    weekly_digest = fields.BooleanField(default=False)
    digest_sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"

    def __str__(self) -> str:
        return self.username


class ApiToken(Model):
    """A personal API token; only its SHA-256 is stored."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="api_tokens", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=100, default="")
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_tokens"
