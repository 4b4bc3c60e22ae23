"""Download my data stays small in memory whatever the files: the zip is written to a file beside
its final name and renamed, shared files are copied in chunks, and the zip is sent from disk
(small accounts) or streamed from the file store (prepared ones)."""

from __future__ import annotations

import gc
import hashlib
import io
import os
import time
import tracemalloc
import zipfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from federation import publish
from federation.queue import run_due
from server.config import Settings
from server.models import DataExport, JobState, User
from server.services import (
    attachments,
    data_export,
    data_exports,
    export_files,
    file_access,
    posts,
)
from server.services.clock import now
from tests.conftest import client_for, login, make_group, make_user

# Larger than the chunks the zip is copied in many times over, and than the memory allowed.
BIG = 6 * 1024 * 1024
MEMORY_ALLOWED = 3 * 1024 * 1024


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


def _table(size: int) -> bytes:
    """A CSV of measurements that does not compress to nothing, so the zip is large too."""
    rows, total = [b"perceel;stikstof"], 17
    while total < size:
        rows.append(os.urandom(24).hex().encode() + b";" + str(len(rows)).encode())
        total += len(rows[-1]) + 1
    return b"\n".join(rows) + b"\n"


async def _anna_with(settings: Settings, data: bytes) -> User:
    anna = await make_user(settings, "anna")
    post = await posts.create_post(anna, await make_group(anna), "Metingen", "Zie bijlage.")
    prepared = await attachments.prepare([attachments.Upload("metingen.csv", data)], settings)
    async with publish.transaction():
        await attachments.create(prepared, uploader=anna, group=await post.group, post=post)
    return anna


async def _peak(work: Callable[[], Awaitable[Any]]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        await work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _shared_file(archive: zipfile.ZipFile) -> bytes:
    [name] = [n for n in archive.namelist() if n.startswith("files/")]
    return archive.read(name)


async def test_a_large_file_goes_into_the_zip_in_chunks(settings: Settings, tmp_path: Path) -> None:
    data = _table(BIG)
    anna = await _anna_with(settings, data)
    target = tmp_path / "anna.zip"

    peak = await _peak(lambda: data_export.write_archive(settings, anna, target))

    assert peak < MEMORY_ALLOWED, f"{peak} bytes at most while zipping a {len(data)} byte file"
    with zipfile.ZipFile(target) as archive:
        assert hashlib.sha256(_shared_file(archive)).digest() == hashlib.sha256(data).digest()
        assert "posts.json" in archive.namelist()
    assert target.stat().st_size > BIG // 2


async def test_the_worker_builds_and_stores_it_in_chunks(settings: Settings, admin: User) -> None:
    data = _table(BIG)
    anna = await _anna_with(settings, data)
    job = await data_exports.request_export(anna)

    async def build() -> None:
        done = await run_due(data_exports.ExportMachine(settings), now)
        assert [outcome.state for _, outcome in done] == [JobState.DONE]

    peak = await _peak(build)

    assert peak < MEMORY_ALLOWED, f"{peak} bytes at most while preparing a {len(data)} byte file"
    stored = await DataExport.get(id=job.id)
    assert stored.storage_key is not None and stored.size is not None
    kept = await attachments.store_for(settings).get(stored.storage_key)
    assert len(kept) == stored.size and hashlib.sha256(kept).hexdigest() == stored.storage_key
    assert _shared_file(zipfile.ZipFile(io.BytesIO(kept))) == data
    # Nothing is left on the way: the zip went to the store.
    assert list(export_files.folder(settings).iterdir()) == []

    async with client_for(settings, export_at_once_items=0) as client:
        await login(client, "anna")
        response = await client.get(f"/settings/data/export/{job.id}")
    assert response.status_code == 200 and response.content == kept
    assert response.headers["content-length"] == str(stored.size)


async def test_the_immediate_download_is_sent_from_disk_and_removed(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _anna_with(settings, b"perceel;stikstof\nA1;3,14\n")
    await login(client, "anna")
    response = await client.get("/settings/data/export")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="polder-anna.zip"'
    assert response.headers["cache-control"] == "no-store"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert _shared_file(archive) == b"perceel;stikstof\nA1;3,14\n"
    assert list(export_files.folder(settings).iterdir()) == []


async def test_a_failed_build_leaves_no_half_zip(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = await _anna_with(settings, _table(1024 * 1024))

    async def broken(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_export, "_copy_file", broken)
    target = tmp_path / "out" / "anna.zip"
    with pytest.raises(OSError, match="No space"):
        await data_export.write_archive(settings, anna, target)
    assert list(target.parent.iterdir()) == []


async def test_zips_left_by_a_crash_are_removed_after_a_while(settings: Settings) -> None:
    folder = export_files.folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    old, recent = folder / ".export-old.zip", folder / "7-recent.zip"
    old.write_bytes(b"PK")
    recent.write_bytes(b"PK")
    hours_ago = time.time() - export_files.STALE_AFTER.total_seconds() - 60
    os.utime(old, (hours_ago, hours_ago))
    await data_exports.remove_expired(settings)
    assert sorted(folder.iterdir()) == [recent]


async def test_a_file_whose_bytes_are_gone_is_left_out_and_logged(
    settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    anna = await _anna_with(settings, b"perceel;stikstof\nA1;3,14\n")
    [(_, key)] = await file_access.files_of(anna)
    await attachments.store_for(settings).delete(key)
    target = tmp_path / "anna.zip"
    await data_export.write_archive(settings, anna, target)
    with zipfile.ZipFile(target) as archive:
        assert not [name for name in archive.namelist() if name.startswith("files/")]
        assert "files.json" in archive.namelist()
    assert key in caplog.text
