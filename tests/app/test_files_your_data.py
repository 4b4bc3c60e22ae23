"""Shared files belong to "download my data" and go with the account."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest

from federation import publish
from server.config import Settings
from server.files import storage
from server.models import Attachment, Post, StoredBlob
from server.services import account_deletion, attachments, groups, posts
from tests.conftest import PASSWORD, login, make_group, make_user
from tests.unit.test_files_intake import png

CSV = b"perceel;stikstof\nA1;3,14\n"


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _share(
    settings: Settings, post: Post, author_name: str, *uploads: attachments.Upload
) -> None:
    prepared = await attachments.prepare(list(uploads), settings)
    author = await post.author
    async with publish.transaction():
        await attachments.create(prepared, uploader=author, group=await post.group, post=post)
    assert author.username == author_name


async def test_export_holds_the_files_and_deletion_removes_only_what_was_theirs(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await make_user(settings, "anna")
    bert = await make_user(settings, "bert")
    group = await make_group(anna)
    await groups.join(bert, group)
    hers = await posts.create_post(anna, group, "Metingen", "Zie bijlage.")
    his = await posts.create_post(bert, group, "Ook metingen", "Dezelfde cijfers.")
    only_hers = png(12, 12, "red")
    await _share(settings, hers, "anna", attachments.Upload("meting.csv", CSV, licence="cc0-1.0"),
                 attachments.Upload("kaart.png", only_hers))  # fmt: skip
    await _share(settings, his, "bert", attachments.Upload("kopie.csv", CSV))

    await login(client, "anna")
    archive = zipfile.ZipFile(io.BytesIO((await client.get("/settings/data/export")).content))
    listed = json.loads(archive.read("files.json"))
    assert [f["name"] for f in listed] == ["meting", "kaart"]
    assert listed[0]["licence"] == "cc0-1.0" and listed[0]["type"] == "Document"
    assert archive.read(listed[0]["file"]) == CSV
    assert archive.read(listed[1]["file"])[:8] == b"\x89PNG\r\n\x1a\n"
    assert not any("kopie" in name for name in archive.namelist())

    image = await Attachment.get(filename="kaart.png")
    image_blob = await StoredBlob.get(id=image.blob_id)
    store = storage.local_store(settings.data_dir)
    assert store.path(image_blob.storage_key).exists()
    await account_deletion.delete_account(settings, anna, PASSWORD)

    assert not await Attachment.exists(uploader_id=anna.id)
    # Her own image is gone from the disk; the bytes Bert shared too stay for him.
    assert not store.path(image_blob.storage_key).exists()
    assert not await StoredBlob.exists(id=image_blob.id)
    kept = await Attachment.get(uploader_id=bert.id)
    kept_blob = await StoredBlob.get(id=kept.blob_id)
    assert store.path(kept_blob.storage_key).read_bytes() == CSV
