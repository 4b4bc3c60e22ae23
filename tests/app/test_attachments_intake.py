"""File intake against the real database: refused files leave nothing behind, the same bytes
are kept once, and a full disk refuses the upload cleanly."""

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest

from server.config import Settings
from server.files import storage
from server.models import Attachment, FileKind, Post, StoredBlob
from server.services import attachments
from server.services import posts as post_service
from server.services.errors import Invalid
from tests.conftest import make_group, make_user
from tests.unit.test_files_intake import jpeg_with_gps, png

CSV = b"perceel;stikstof (mol/ha)\nA1;3,14\nB2;2,50\n"


@pytest.fixture
def own(settings: Settings, tmp_path: Path) -> Settings:
    """Each test its own files folder, so that what one test stores cannot blur another's."""
    return dataclasses.replace(settings, data_dir=tmp_path)


def stored_files(settings: Settings) -> list[Path]:
    root = settings.data_dir / "files"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


async def _post(settings: Settings) -> Post:
    anna = await make_user(settings)
    group = await make_group(anna)
    return await post_service.create_post(anna, group, "Metingen", "De cijfers van dit jaar.")


async def _attach(
    settings: Settings, post: Post, uploads: list[attachments.Upload]
) -> list[Attachment]:
    prepared = await attachments.prepare(uploads, settings)
    group = await post.group
    author = await post.author
    return await attachments.create(prepared, uploader=author, group=group, post=post)


async def test_files_are_recorded_with_kind_licence_and_clean_name(own: Settings) -> None:
    settings = own
    post = await _post(settings)
    made = await _attach(
        settings,
        post,
        [
            attachments.Upload("../../etc/Metingen 2026 ü.csv", CSV, licence="cc0-1.0"),
            attachments.Upload("foto.pdf", jpeg_with_gps(), title="Sloot bij de boerderij"),
        ],
    )
    table, photo = made
    assert (table.kind, table.media_type, table.filename) == (
        FileKind.CSV,
        "text/csv",
        "Metingen 2026 u.csv",
    )
    assert table.title == "Metingen 2026 ü" and table.licence == "cc0-1.0"
    # The name said PDF; the bytes say JPEG, and that is what counts.
    assert (photo.kind, photo.media_type, photo.filename) == (
        FileKind.IMAGE,
        "image/jpeg",
        "foto.jpg",
    )
    assert (photo.width, photo.height) == (40, 30) and photo.thumbnail_id is not None
    blob = await StoredBlob.get(id=photo.blob_id)
    kept = storage.local_store(settings.data_dir).path(blob.storage_key).read_bytes()
    assert b"Telefoonmaker" not in kept and len(kept) == blob.size == photo.size


async def test_same_bytes_are_kept_once(own: Settings) -> None:
    settings = own
    post = await _post(settings)
    await _attach(settings, post, [attachments.Upload("a.csv", CSV)])
    await _attach(settings, post, [attachments.Upload("b.csv", CSV)])
    assert await Attachment.filter(post=post).count() == 2
    assert await StoredBlob.all().count() == 1
    assert len(stored_files(settings)) == 1


@pytest.mark.parametrize(
    ("upload", "field", "message"),
    [
        (
            attachments.Upload("rapport.pdf", b"Dit is geen PDF maar tekst."),
            "files-1",
            "cannot be shared",
        ),
        (attachments.Upload("data.csv", b""), "files-1", "empty"),
        (attachments.Upload("x.csv", CSV, licence="mine-all-mine"), "files-1-licence", "licences"),
        (attachments.Upload("x.csv", CSV, title="t" * 201), "files-1-title", "characters"),
    ],
)
async def test_bad_files_are_refused_and_nothing_is_written(
    own: Settings, upload: attachments.Upload, field: str, message: str
) -> None:
    settings = own
    post = await _post(settings)
    before = stored_files(settings)
    with pytest.raises(Invalid) as refused:
        await _attach(settings, post, [attachments.Upload("goed.png", png()), upload])
    assert field in refused.value.fields
    assert message in refused.value.fields[field][0]
    assert await Attachment.all().count() == 0 and await StoredBlob.all().count() == 0
    assert stored_files(settings) == before


async def test_file_over_the_limit_is_refused(own: Settings) -> None:
    settings = own
    small = dataclasses.replace(settings, max_upload_mb=1)
    post = await _post(settings)
    big = CSV + b"C3;1,0\n" * (1024 * 1024 // 7 + 1)
    with pytest.raises(Invalid) as refused:
        await _attach(small, post, [attachments.Upload("groot.csv", big)])
    assert "larger than" in refused.value.fields["files-0"][0]
    assert refused.value.fields["files-0"][1] == {"max": 1}
    assert stored_files(settings) == []


async def test_full_disk_refuses_the_upload_and_leaves_no_half_file(
    own: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = own
    post = await _post(settings)
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The operating system's answer when the disk is full, at the moment the bytes are forced out.
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(attachments.NoRoom) as refused:
        await _attach(settings, post, [attachments.Upload("kaart.png", png(30, 30))])
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert refused.value.status == 507
    assert stored_files(settings) == []
    assert await Attachment.all().count() == 0 and await StoredBlob.all().count() == 0
