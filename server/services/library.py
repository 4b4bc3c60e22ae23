"""A group's library: every document and data file shared in it, newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.expressions import Q

from server.models import Attachment, FileKind, Group

LIBRARY_FIELDS = (
    "id", "title", "description", "filename", "kind", "media_type", "size", "licence",
    "created_at", "post_id", "event_id", "remote_url", "blob_id",
    "uploader__username", "uploader__name", "uploader__organisation",
)  # fmt: skip


async def page(
    group: Group,
    kind: FileKind | None = None,
    after: tuple[datetime, int] | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], tuple[datetime, int] | None]:
    """A group's shared files, newest first; files of deleted, hidden or removed posts are left
    out. Returns the rows and the next page's key."""
    query = Attachment.filter(group=group, deleted_at__isnull=True).filter(
        Q(post_id__isnull=True)
        | Q(
            post__deleted_at__isnull=True,
            post__hidden_at__isnull=True,
            post__removed_at__isnull=True,
        )
    )
    if kind is not None:
        query = query.filter(kind=kind)
    if after is not None:
        moment, last_id = after
        query = query.filter(Q(created_at__lt=moment) | Q(created_at=moment, id__lt=last_id))
    rows = await query.order_by("-created_at", "-id").limit(limit + 1).values(*LIBRARY_FIELDS)
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, ((rows[-1]["created_at"], rows[-1]["id"]) if more and rows else None)
