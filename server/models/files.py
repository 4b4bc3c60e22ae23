from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

if TYPE_CHECKING:
    from server.models.events import Event
    from server.models.groups import Group
    from server.models.people import User
    from server.models.posts import Post


class FileKind(StrEnum):
    """What a file is, decided from its bytes (never from its name)."""

    PDF = "pdf"
    CSV = "csv"
    GEOJSON = "geojson"
    IMAGE = "image"
    # A file attached on another instance: we know only what it said it is.
    OTHER = "other"


class StoredBlob(Model):
    """One file's bytes, kept once by content: the same bytes shared twice are stored once.

    `storage_key` names the bytes in the configured store (local data folder or S3)."""

    id = fields.IntField(primary_key=True)
    sha256 = fields.CharField(max_length=64, unique=True)
    size = fields.BigIntField()
    media_type = fields.CharField(max_length=100)
    storage_key = fields.CharField(max_length=200)
    created_at = fields.DatetimeField()

    class Meta:
        table = "stored_blobs"


class Attachment(Model):
    """A document, data file or image shared in a group, on a post or a meeting.

    Local attachments point to a blob; attachments of remote posts keep only the address
    their instance gave (`remote_url`) and are never fetched without limits."""

    id = fields.IntField(primary_key=True)
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="attachments", on_delete=fields.CASCADE
    )
    post: fields.ForeignKeyNullableRelation[Post] = fields.ForeignKeyField(
        "models.Post", related_name="attachments", null=True, on_delete=fields.CASCADE
    )
    event: fields.ForeignKeyNullableRelation[Event] = fields.ForeignKeyField(
        "models.Event", related_name="attachments", null=True, on_delete=fields.CASCADE
    )
    uploader: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="attachments", on_delete=fields.CASCADE, db_index=True
    )
    blob: fields.ForeignKeyNullableRelation[StoredBlob] = fields.ForeignKeyField(
        "models.StoredBlob", related_name="attachments", null=True, on_delete=fields.RESTRICT
    )
    thumbnail: fields.ForeignKeyNullableRelation[StoredBlob] = fields.ForeignKeyField(
        "models.StoredBlob", related_name="thumbnail_of", null=True, on_delete=fields.RESTRICT
    )
    group_id: int
    post_id: int | None
    event_id: int | None
    uploader_id: int
    blob_id: int | None
    thumbnail_id: int | None
    kind = fields.CharEnumField(FileKind, max_length=10)
    media_type = fields.CharField(max_length=100)
    # The name it was shared under, cleaned; used for the download's file name only.
    filename = fields.CharField(max_length=200)
    title = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    # A key of server.files.licences.LICENCES for local files; free text from other instances.
    licence = fields.CharField(max_length=100, default="")
    size = fields.BigIntField(default=0)
    width = fields.IntField(null=True)
    height = fields.IntField(null=True)
    # Worked out once when the file is shared (table rows, map SVG, PDF facts), so that
    # showing a file never parses it again.
    preview: fields.JSONField[dict[str, Any] | None] = fields.JSONField(null=True)
    position = fields.IntField(default=0)
    remote_url = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField()
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "attachments"
        # The group library, newest first.
        indexes = (Index(fields=("group_id", "created_at", "id")),)
