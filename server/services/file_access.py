"""Reading shared files: who may download one (its post or meeting must be readable by them)
and a person's own files for "download my data"."""

from __future__ import annotations

import logging
from typing import Literal

from moderation import items
from server.config import Settings
from server.models import Attachment, Group, StoredBlob, User
from server.services.attachments import store_for
from server.services.errors import N_, NotFound

log = logging.getLogger("polder.files")

Access = Literal["public", "private"]


async def download(
    attachment_id: int, settings: Settings, *, viewer: User | None = None, thumbnail: bool = False
) -> tuple[Attachment, bytes, bool]:
    """A file's bytes while its post or meeting can be read by `viewer`, and whether anyone
    may read it (False: only some people, such as for a hidden post's author)."""
    if not 0 < attachment_id < 2**31:
        raise NotFound(N_("This file does not exist (any more)."))
    attachment = await Attachment.get_or_none(id=attachment_id, deleted_at=None).prefetch_related(
        "post", "event"
    )
    blob_id = attachment and (attachment.thumbnail_id if thumbnail else attachment.blob_id)
    access = await _readable(attachment, viewer) if attachment is not None else None
    if attachment is None or blob_id is None or access is None:
        raise NotFound(N_("This file does not exist (any more)."))
    blob = await StoredBlob.get(id=blob_id)
    try:
        data = await store_for(settings).get(blob.storage_key)
    except FileNotFoundError:
        # The row outlived its bytes (a restore without the files folder, a bucket emptied by
        # hand): the operator must hear of it, the reader gets what the file's state is.
        log.error("file %s: no bytes under %s in the store", attachment_id, blob.storage_key)
        raise NotFound(N_("This file does not exist (any more).")) from None
    return attachment, data, access == "public"


async def _readable(attachment: Attachment, viewer: User | None) -> Access | None:
    """Who may read it: "public" anyone, "private" this viewer only, None not this viewer.

    A cancelled meeting stays readable, as its page does. A hidden post's files follow its
    page: its author and who reviews it see them; removed and deleted posts' files are gone."""
    post, event = attachment.post, attachment.event
    if post is None:
        return "public" if event is not None else None
    if post.deleted_at is not None or post.removed_at is not None:
        return None
    if post.hidden_at is None:
        return "public"
    group = await Group.get(id=post.group_id)
    return "private" if await items.may_see_hidden(viewer, group, post.author_id) else None


async def files_of(user: User) -> list[tuple[Attachment, str]]:
    """Everything a person shared here, with the storage key of its bytes (for "download my
    data", which copies them into the zip in chunks)."""
    rows = await Attachment.filter(uploader=user, blob_id__isnull=False).order_by("id")
    keys = dict(
        await StoredBlob.filter(id__in=[row.blob_id for row in rows]).values_list(
            "id", "storage_key"
        )
    )
    return [(row, str(keys[row.blob_id])) for row in rows if row.blob_id in keys]
