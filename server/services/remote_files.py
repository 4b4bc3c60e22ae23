"""Files attached to a post or meeting elsewhere: recorded by their address, never fetched.

The post page and the library list them with the host they live on. Nothing is downloaded:
this server cannot check bytes it did not receive itself, and the reader's browser asks the
other server only when the reader follows the link (no image is loaded from elsewhere when a
page opens).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from server.files import licences
from server.models import Attachment, Event, FileKind, Post
from server.services.clock import now

MAX_FILES = 10
MAX_URL = 500
_KINDS = {
    "application/pdf": FileKind.PDF,
    "text/csv": FileKind.CSV,
    "application/geo+json": FileKind.GEOJSON,
}
_LICENCE_KEYS = {url: key for key, (_label, url) in licences.LICENCES.items() if url}


@dataclass(frozen=True)
class RemoteFile:
    """An `Image` or `Document` attachment as the other server described it."""

    url: str
    media_type: str | None = None
    name: str | None = None
    summary: str | None = None
    license: str | None = None
    width: int | None = None
    height: int | None = None


def kind_of(media_type: str | None) -> FileKind:
    if media_type and media_type.startswith("image/"):
        return FileKind.IMAGE
    return _KINDS.get(media_type or "", FileKind.OTHER)


def _usable(files: Sequence[RemoteFile]) -> list[RemoteFile]:
    found = {f.url: f for f in files if len(f.url) <= MAX_URL and f.url.startswith("http")}
    return list(found.values())[:MAX_FILES]


def _filename(url: str) -> str:
    last = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return " ".join(last.split())[:200] or "file"


def _fields(file: RemoteFile, position: int) -> dict[str, Any]:
    # Mastodon's `name` is an image's alt text, Lemmy's and ours the title: it serves as both.
    filename = _filename(file.url)
    return {
        "kind": kind_of(file.media_type),
        "media_type": (file.media_type or "application/octet-stream")[:100],
        "filename": filename,
        "title": " ".join((file.name or filename).split())[:200],
        "description": (file.summary or "")[:2_000],
        "licence": _LICENCE_KEYS.get(file.license or "", (file.license or "")[:100]),
        "width": file.width,
        "height": file.height,
        "position": position,
    }


def _owner(item: Post | Event) -> dict[str, Any]:
    if isinstance(item, Post):
        return {"group_id": item.group_id, "post": item, "uploader_id": item.author_id}
    return {"group_id": item.group_id, "event": item, "uploader_id": item.organiser_id}


async def record(item: Post | Event, files: Sequence[RemoteFile]) -> list[Attachment]:
    """Records the files of a remote post or meeting; call inside the transaction that
    stores it."""
    owner = _owner(item)
    return [await _create(owner, file, n) for n, file in enumerate(_usable(files))]


async def _create(owner: dict[str, Any], file: RemoteFile, position: int) -> Attachment:
    return await Attachment.create(
        remote_url=file.url, created_at=now(), **owner, **_fields(file, position)
    )


async def replace(item: Post | Event, files: Sequence[RemoteFile]) -> None:
    """After an edit the item has exactly the files its author's server now names."""
    owner = _owner(item)
    wanted = _usable(files)
    held = Attachment.filter(deleted_at=None, remote_url__isnull=False)
    held = held.filter(post=item) if isinstance(item, Post) else held.filter(event=item)
    kept = {row.remote_url: row for row in await held}
    urls = {file.url for file in wanted}
    gone = [row.id for url, row in kept.items() if url not in urls]
    if gone:
        await Attachment.filter(id__in=gone).update(deleted_at=now())
    for position, file in enumerate(wanted):
        row = kept.get(file.url)
        if row is None:
            await _create(owner, file, position)
        else:
            await row.update_from_dict(_fields(file, position)).save()
