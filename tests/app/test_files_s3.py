"""Files in an S3-compatible object store, against a real S3 API (moto) on a loopback port:
stored once by content, read back, deleted; missing objects and an unreachable store give clear
errors in seconds; a file shared through the web form lands in the bucket, not the data folder."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import socket
import sqlite3
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from server.files import s3, storage
from server.files.s3 import S3Config, S3Store
from server.files.storage import BlobMissing, StoreUnavailable
from server.models import Attachment, Post, StoredBlob, User
from server.services import attachments
from tests.app.test_files_web import _member, _share
from tests.servers import POLDER, S3Server, clean_env, free_port

_names = itertools.count()


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    server = S3Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def bucket(s3_server: S3Server) -> str:
    """A fresh bucket per test, so that one test's objects cannot blur another's."""
    name = f"polder-{next(_names)}-{time.monotonic_ns()}"
    s3_server.client().create_bucket(Bucket=name)
    return name


def _config(server: S3Server, bucket: str, **changes: Any) -> S3Config:
    config = S3Config(
        bucket=bucket,
        access_key=server.ACCESS_KEY,
        secret_key=server.SECRET_KEY,
        endpoint=server.endpoint,
        prefix="polder/",
    )
    return dataclasses.replace(config, **changes)


@pytest.fixture
async def store(s3_server: S3Server, bucket: str) -> AsyncIterator[S3Store]:
    store = S3Store(_config(s3_server, bucket))
    yield store
    await store.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def test_put_get_delete_by_content(store: S3Store, s3_server: S3Server, bucket: str) -> None:
    data = b"perceel;stikstof\nA1;3,14\n"
    key = await store.put(_sha(data), data)
    assert key == _sha(data)  # the database keeps the bare hash, whichever store
    names = [o["Key"] for o in s3_server.client().list_objects_v2(Bucket=bucket)["Contents"]]
    assert names == [f"polder/{key[:2]}/{key}"]
    assert await store.get(key) == data

    await store.delete(key)
    assert s3_server.client().list_objects_v2(Bucket=bucket).get("KeyCount") == 0
    await store.delete(key)  # deleting what is gone is fine, as on the local store


async def test_the_same_bytes_are_uploaded_once(
    store: S3Store, s3_server: S3Server, bucket: str
) -> None:
    # With versioning on, every upload would leave a version: one version means one upload.
    s3_server.client().put_bucket_versioning(
        Bucket=bucket, VersioningConfiguration={"Status": "Enabled"}
    )
    data = b"dezelfde bytes"
    await store.put(_sha(data), data)
    await store.put(_sha(data), data)
    versions = s3_server.client().list_object_versions(Bucket=bucket)["Versions"]
    assert len(versions) == 1


async def test_a_file_on_disk_goes_up_and_comes_back_in_chunks(
    store: S3Store, tmp_path: Path
) -> None:
    data = os.urandom(storage.CHUNK * 2 + 1000)
    source = tmp_path / "export.zip"
    source.write_bytes(data)
    key = await store.put_file(_sha(data), source)
    assert key == _sha(data) and await store.get(key) == data
    pieces = [piece async for piece in store.chunks(key)]
    assert b"".join(pieces) == data
    assert len(pieces) >= 3 and max(len(piece) for piece in pieces) <= storage.CHUNK


async def test_a_missing_object_is_a_file_not_found(store: S3Store) -> None:
    with pytest.raises(BlobMissing) as missing:
        await store.get(_sha(b"never stored"))
    assert isinstance(missing.value, FileNotFoundError)
    with pytest.raises(BlobMissing):
        await storage.open_chunks(store, _sha(b"never stored"))


async def test_keys_are_checked_before_they_name_an_object(store: S3Store) -> None:
    with pytest.raises(ValueError):
        await store.get("../../other-bucket/x")


async def test_a_missing_bucket_is_named(s3_server: S3Server) -> None:
    store = S3Store(_config(s3_server, "bestaat-niet"))
    try:
        with pytest.raises(StoreUnavailable, match="bucket does not exist"):
            await store.put(_sha(b"x"), b"x")
    finally:
        await store.close()


async def test_an_unreachable_store_fails_at_once(s3_server: S3Server, bucket: str) -> None:
    # Nothing listens on this port: the connection is refused.
    store = S3Store(_config(s3_server, bucket, endpoint=f"http://127.0.0.1:{free_port()}"))
    try:
        with pytest.raises(StoreUnavailable, match="did not answer"):
            await store.get(_sha(b"x"))
    finally:
        await store.close()


async def test_a_silent_store_fails_within_the_timeout(s3_server: S3Server, bucket: str) -> None:
    # A socket that takes connections (the kernel's backlog does) but never answers.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        endpoint = f"http://127.0.0.1:{silent.getsockname()[1]}"
        config = _config(s3_server, bucket, endpoint=endpoint, read_timeout=0.5, attempts=1)
        store = S3Store(config)
        started = time.monotonic()
        try:
            with pytest.raises(StoreUnavailable, match="did not answer"):
                await store.get(_sha(b"x"))
        finally:
            await store.close()
        assert time.monotonic() - started < 5


# --- The application with storage = "s3" ---------------------------------------------------


@pytest.fixture
async def s3_settings(
    settings: Settings, s3_server: S3Server, bucket: str, tmp_path: Path
) -> AsyncIterator[Settings]:
    own = dataclasses.replace(
        settings,
        data_dir=tmp_path,  # an empty data folder of its own: nothing may land in it
        storage="s3",
        s3_endpoint=s3_server.endpoint,
        s3_bucket=bucket,
        s3_access_key=s3_server.ACCESS_KEY,
        s3_secret_key=s3_server.SECRET_KEY,
        s3_prefix="files/",
    )
    yield own
    await s3.close_shared()


@pytest.fixture
async def s3_client(s3_settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(s3_settings, manage_database=False))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def test_a_shared_file_is_kept_in_the_bucket_and_downloads(
    s3_client: httpx.AsyncClient, s3_settings: Settings, s3_server: S3Server, bucket: str
) -> None:
    assert isinstance(attachments.store_for(s3_settings), S3Store)
    await _member(s3_client, s3_settings)
    table = b"perceel;fosfaat\nC3;1,25\n"
    response = await _share(s3_client, {"files-0": ("fosfaat.csv", table, "text/csv")})
    assert response.status_code == 303, response.text
    attachment = await Attachment.get(post=await Post.get(title="Metingen"))

    download = await s3_client.get(f"/files/{attachment.id}/fosfaat.csv")
    assert download.status_code == 200 and download.content == table

    blob = await StoredBlob.get(id=attachment.blob_id)
    name = f"files/{blob.storage_key[:2]}/{blob.storage_key}"
    kept = s3_server.client().get_object(Bucket=bucket, Key=name)["Body"].read()
    assert kept == table
    assert not (s3_settings.data_dir / "files").exists()


# --- Moving from the data folder: `polder files copy-to-s3` -------------------------------


def run(data: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*POLDER, "--data", str(data), *args],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        timeout=60,
        check=False,
    )


def _seed_local_file(data: Path, content: bytes) -> str:
    """A shared file as the local store keeps it: its row and its bytes in files/."""
    sha = _sha(content)
    path = data / "files" / sha[:2] / sha[2:4] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with sqlite3.connect(data / "polder.sqlite3") as conn:
        conn.execute(
            "INSERT INTO stored_blobs (sha256, size, media_type, storage_key, created_at)"
            " VALUES (?, ?, 'text/csv', ?, '2026-01-01 00:00:00+00:00')",
            (sha, len(content), sha),
        )
    return sha


def test_copy_to_s3_copies_every_file_once_and_names_what_is_missing(
    tmp_path: Path, s3_server: S3Server, bucket: str
) -> None:
    assert run(tmp_path, "migrate", env={}).returncode == 0
    kept = _seed_local_file(tmp_path, b"a;b\n1;2\n")
    lost = _seed_local_file(tmp_path, b"c;d\n3;4\n")
    env = {
        "s3_endpoint": s3_server.endpoint,
        "s3_bucket": bucket,
        "s3_access_key": s3_server.ACCESS_KEY,
        "s3_secret_key": s3_server.SECRET_KEY,
    }
    first = run(tmp_path, "files", "copy-to-s3", env=env)
    assert first.returncode == 0, first.stderr
    assert f"2 files are in {s3_server.endpoint} (bucket {bucket})" in first.stdout
    again = run(tmp_path, "files", "copy-to-s3", env=env)  # idempotent: nothing doubles
    assert again.returncode == 0, again.stderr
    names = [o["Key"] for o in s3_server.client().list_objects_v2(Bucket=bucket)["Contents"]]
    assert sorted(names) == sorted(f"{k[:2]}/{k}" for k in (kept, lost))

    (tmp_path / "files" / lost[:2] / lost[2:4] / lost).unlink()
    short = run(tmp_path, "files", "copy-to-s3", env=env)
    assert short.returncode == 1 and f"1 missing in {tmp_path / 'files'}: {lost}" in short.stdout


def test_copy_to_s3_without_a_bucket_says_what_to_set(tmp_path: Path) -> None:
    result = run(tmp_path, "files", "copy-to-s3", env={"s3_access_key": "x"})
    assert result.returncode == 2
    assert "need POLDER_S3_BUCKET, POLDER_S3_SECRET_KEY" in result.stderr


async def test_an_unreachable_store_refuses_the_post_with_a_503_page(
    s3_settings: Settings, admin: User
) -> None:
    away = dataclasses.replace(s3_settings, s3_endpoint=f"http://127.0.0.1:{free_port()}")
    transport = httpx.ASGITransport(app=create_app(away, manage_database=False))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        await _member(client, away)
        response = await _share(client, {"files-0": ("a.csv", b"a;b\n1;2\n", "text/csv")})
    assert response.status_code == 503
    assert "De bestanden zijn nu niet bereikbaar" in response.text  # Dutch, the default
    assert await Post.all().count() == 0 and await StoredBlob.all().count() == 0
