"""Files shared on posts and meetings: checked, cleaned and kept once by content.

Intake runs in two steps so that a refused file never touches the database: `prepare` checks
and cleans every file and writes the bytes to the store (a rename makes each write complete or
absent); `create` then records the rows inside the caller's transaction, beside the post or
meeting they belong to.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import unicodedata
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

from server.config import Settings
from server.files import images, licences, sniff
from server.files.storage import BlobStore, StorageFull, local_store
from server.models import Attachment, Event, FileKind, Group, Post, StoredBlob, User
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Invalid, ServiceError

MAX_TITLE = 200
MAX_DESCRIPTION = 2_000
MAX_FILES = 10

log = logging.getLogger("polder.files")


class NoRoom(ServiceError):
    status = 507
    code = "insufficient_storage"


class FileTooLarge(Invalid):
    """A file over the limit, refused while it arrives, before it is received whole."""

    status = 413
    code = "too_large"

    def __init__(self, field: str, max_mb: int) -> None:
        super().__init__({field: (N_("This file is larger than %(max)s MB."), {"max": max_mb})})
        self.message = N_("A file is larger than %(max)s MB. Go back and choose a smaller file.")
        self.params = {"max": max_mb}


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes
    title: str = ""
    description: str = ""
    licence: str = licences.DEFAULT


@dataclass(frozen=True)
class Prepared:
    upload: Upload
    kind: FileKind
    media_type: str
    filename: str
    title: str
    description: str
    data: bytes
    sha256: str
    width: int | None
    height: int | None
    thumbnail: bytes | None
    thumbnail_sha256: str | None
    preview: dict[str, Any] | None


def store_for(settings: Settings) -> BlobStore:
    """The data folder by default; an S3-compatible object store when `storage = "s3"`."""
    if settings.storage == "s3":
        # Imported here: aiobotocore is the optional extra `polder[s3]`.
        from server.files import s3

        return s3.shared_store(settings)
    return local_store(settings.data_dir)


async def prepare(uploads: list[Upload], settings: Settings) -> list[Prepared]:
    """Checks and cleans every file, then writes their bytes; raises Invalid naming the field
    (`files-N-...`) of each problem, before anything is written."""
    errors = FieldErrors()
    if len(uploads) > MAX_FILES:
        errors.add("files", N_("Share at most %(max)s files at a time."), max=MAX_FILES)
        errors.raise_if_any()
    prepared = [await _prepare_one(n, u, settings, errors) for n, u in enumerate(uploads)]
    errors.raise_if_any()
    store = store_for(settings)
    try:
        for item in prepared:
            assert item is not None
            await store.put(item.sha256, item.data)
            if item.thumbnail is not None and item.thumbnail_sha256 is not None:
                await store.put(item.thumbnail_sha256, item.thumbnail)
    except StorageFull:
        raise NoRoom(
            N_("There is no room left to keep files. Please tell the administrator.")
        ) from None
    return [item for item in prepared if item is not None]


@contextlib.asynccontextmanager
async def intake(uploads: list[Upload], settings: Settings) -> AsyncIterator[list[Prepared]]:
    """`prepare`, for a block that records the files: when the block fails (the post was
    refused, the database said no), bytes that no stored file points to leave the store again."""
    prepared = await prepare(uploads, settings)
    try:
        yield prepared
    except BaseException:
        await _discard(prepared, settings)
        raise


async def _discard(prepared: list[Prepared], settings: Settings) -> None:
    keys = {item.sha256 for item in prepared}
    keys |= {item.thumbnail_sha256 for item in prepared if item.thumbnail_sha256}
    # Bytes an earlier share already holds stay: the same content is kept once for all.
    kept = set(await StoredBlob.filter(sha256__in=keys).values_list("sha256", flat=True))
    store = store_for(settings)
    for key in keys - kept:
        await store.delete(key)


async def _prepare_one(
    n: int, upload: Upload, settings: Settings, errors: FieldErrors
) -> Prepared | None:
    field = f"files-{n}"
    title = errors.text(
        f"{field}-title", upload.title or _stem(upload.filename), max_length=MAX_TITLE
    )
    description = errors.text(
        f"{field}-description", upload.description, max_length=MAX_DESCRIPTION, required=False
    )
    if upload.licence not in licences.LICENCES:
        errors.add(f"{field}-licence", N_("Choose one of the licences in the list."))
    limit = settings.max_upload_mb * 1024 * 1024
    if len(upload.data) > limit:
        errors.add(field, N_("This file is larger than %(max)s MB."), max=settings.max_upload_mb)
        return None
    if not upload.data:
        errors.add(field, N_("This file is empty."))
        return None
    try:
        found = sniff.sniff(upload.data)
        return await asyncio.to_thread(_process, upload, found, title, description)
    except (sniff.Unrecognised, images.BadImage) as exc:
        errors.add(field, exc.message, **getattr(exc, "params", {}))
        return None


def _process(upload: Upload, found: sniff.Sniffed, title: str, description: str) -> Prepared:
    data, width, height, thumbnail = upload.data, None, None, None
    if found.kind is FileKind.IMAGE:
        cleaned = images.clean(upload.data, found.media_type)
        data, width, height, thumbnail = (
            cleaned.data, cleaned.width, cleaned.height, cleaned.thumbnail
        )  # fmt: skip
    return Prepared(
        upload=upload,
        kind=found.kind,
        media_type=found.media_type,
        filename=clean_filename(upload.filename, found.extension),
        title=title,
        description=description,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        width=width,
        height=height,
        thumbnail=thumbnail,
        thumbnail_sha256=hashlib.sha256(thumbnail).hexdigest() if thumbnail else None,
        preview=_preview(found.kind, data),
    )


def _preview(kind: FileKind, data: bytes) -> dict[str, Any] | None:
    try:
        from server.files.previews import make_preview  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    result: dict[str, Any] | None = make_preview(kind, data)
    return result


async def create(
    prepared: list[Prepared],
    *,
    uploader: User,
    group: Group,
    post: Post | None = None,
    event: Event | None = None,
    first_position: int = 0,
) -> list[Attachment]:
    """Records prepared files; call inside the transaction that saves their post or meeting."""
    created = []
    for position, item in enumerate(prepared, start=first_position):
        blob = await _blob(item.sha256, len(item.data), item.media_type)
        thumbnail = None
        if item.thumbnail is not None and item.thumbnail_sha256 is not None:
            thumbnail = await _blob(item.thumbnail_sha256, len(item.thumbnail), "image/webp")
        created.append(
            await Attachment.create(
                group=group,
                post=post,
                event=event,
                uploader=uploader,
                blob=blob,
                thumbnail=thumbnail,
                kind=item.kind,
                media_type=item.media_type,
                filename=item.filename,
                title=item.title,
                description=item.description,
                licence=item.upload.licence,
                size=len(item.data),
                width=item.width,
                height=item.height,
                preview=item.preview,
                position=position,
                created_at=now(),
            )
        )
    return created


async def _blob(sha256: str, size: int, media_type: str) -> StoredBlob:
    # Two people sharing the same bytes at once: the second insert is ignored, both rows
    # point to the one blob.
    await StoredBlob.bulk_create(
        [StoredBlob(sha256=sha256, size=size, media_type=media_type, storage_key=sha256,
                    created_at=now())],
        ignore_conflicts=True,
    )  # fmt: skip
    return await StoredBlob.get(sha256=sha256)


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def clean_filename(name: str, extension: str) -> str:
    """A download name that is safe in a header and a file system, ending in the real type."""
    base = unicodedata.normalize("NFKD", name.replace("\\", "/").rsplit("/", 1)[-1])
    stem = _UNSAFE.sub("", _stem(base).encode("ascii", "ignore").decode()).strip(" .-")[:80]
    return f"{stem or 'file'}.{extension}"


def _stem(filename: str) -> str:
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


async def of_post(post: Post) -> list[Attachment]:
    return await Attachment.filter(post=post, deleted_at=None).order_by("position", "id")


async def of_event(event: Event) -> list[Attachment]:
    return await Attachment.filter(event=event, deleted_at=None).order_by("position", "id")


async def of_posts(post_ids: list[int]) -> dict[int, list[Attachment]]:
    """The files of many posts in one query (a page of a feed), by post id."""
    return _by(await _live(post_id__in=post_ids), "post_id") if post_ids else {}


async def of_events(event_ids: list[int]) -> dict[int, list[Attachment]]:
    return _by(await _live(event_id__in=event_ids), "event_id") if event_ids else {}


async def _live(**where: Any) -> list[Attachment]:
    return await Attachment.filter(deleted_at=None, **where).order_by("position", "id")


def _by(rows: list[Attachment], key: str) -> dict[int, list[Attachment]]:
    found: dict[int, list[Attachment]] = {}
    for row in rows:
        found.setdefault(getattr(row, key), []).append(row)
    return found


async def withdraw_of_post(post_id: int) -> None:
    """A deleted or removed post's files go with its words: the rows stay as tombstones
    without title or bytes; call inside the deletion's transaction, then `prune` after it."""
    await _withdraw(post_id=post_id)


async def _withdraw(**where: Any) -> None:
    await Attachment.filter(deleted_at__isnull=True, **where).update(
        deleted_at=now(), blob_id=None, thumbnail_id=None, title="", description="",
        filename="", preview=None,
    )  # fmt: skip


async def change(
    added: Sequence[Prepared],
    removed: Sequence[int],
    *,
    editor: User,
    group: Group,
    post: Post | None = None,
    event: Event | None = None,
) -> bool:
    """Adds and takes away files of a post or meeting being changed, inside its transaction;
    `prune` after the commit when this returns True (files were taken away)."""
    if post is not None:
        where = {"post_id": post.id}
    else:
        assert event is not None, "files belong to a post or a meeting"
        where = {"event_id": event.id}
    live = await Attachment.filter(deleted_at__isnull=True, **where).values("id", "position")
    live_ids = {row["id"] for row in live}
    gone = set(removed)
    if not gone <= live_ids:
        message = N_("This file is not one of the files here (any more).")
        raise Invalid({"remove_files": (message, {})})
    if len(live_ids - gone) + len(added) > MAX_FILES:
        message = N_("A post or meeting holds at most %(max)s files.")
        raise Invalid({"files": (message, {"max": MAX_FILES})})
    if gone:
        await _withdraw(id__in=list(gone), **where)
    after = max((row["position"] for row in live), default=-1) + 1
    await create(list(added), uploader=editor, group=group, post=post, event=event,
                 first_position=after)  # fmt: skip
    return bool(gone)


async def prune(settings: Settings) -> int:
    """Removes the bytes no attachment points to any more; run after the rows went (their
    transaction committed), so that a rolled-back deletion never loses a file."""
    used = set(await Attachment.filter(blob_id__isnull=False).values_list("blob_id", flat=True))
    used |= set(
        await Attachment.filter(thumbnail_id__isnull=False).values_list("thumbnail_id", flat=True)
    )
    orphans = await StoredBlob.exclude(id__in=used).all() if used else await StoredBlob.all()
    store = store_for(settings)
    for blob in orphans:
        await blob.delete()
        await store.delete(blob.storage_key)
    return len(orphans)
