"""Where file bytes live: by their SHA-256, so the same bytes are kept once.

The local store writes to a temporary file in the target folder and renames it into place:
a failed write (a full disk, a crash) never leaves a half file under a real name.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import BinaryIO, Protocol


class StorageFull(Exception):
    """The store has no room left for the file."""


class StoreUnavailable(Exception):
    """The store cannot be used now: not reachable in time, or it refused us (credentials,
    a missing bucket). The message says which, for the operator's log."""


class BlobMissing(FileNotFoundError):
    """The store has no bytes under this key; a FileNotFoundError, as the local store raises."""


# Files larger than this are read and written in pieces of this size (download my data), so
# that memory stays small whatever their size.
CHUNK = 256 * 1024


class BlobStore(Protocol):
    async def put(self, sha256: str, data: bytes) -> str: ...

    async def put_file(self, sha256: str, source: Path) -> str:
        """Stores the bytes of a file on disk, read in chunks."""
        ...

    async def get(self, key: str) -> bytes: ...

    def chunks(self, key: str) -> AsyncIterator[bytes]:
        """The bytes in pieces of at most `CHUNK`; FileNotFoundError when there are none."""
        ...

    async def delete(self, key: str) -> None: ...


async def open_chunks(store: BlobStore, key: str) -> AsyncIterator[bytes]:
    """`store.chunks(key)` with its first piece read already: a missing file raises
    FileNotFoundError here, before an answer or a zip entry has begun."""
    pieces = store.chunks(key)
    try:
        first = await anext(pieces)
    except StopAsyncIteration:
        first = b""

    async def rest() -> AsyncIterator[bytes]:
        yield first
        async for piece in pieces:
            yield piece

    return rest()


class LocalStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        if not key.isalnum():
            raise ValueError(f"not a storage key: {key!r}")
        return self.root / key[:2] / key[2:4] / key

    async def put(self, sha256: str, data: bytes) -> str:
        await asyncio.to_thread(self._write, sha256, lambda fh: fh.write(data))
        return sha256

    async def put_file(self, sha256: str, source: Path) -> str:
        def copy(fh: BinaryIO) -> None:
            with source.open("rb") as origin:
                shutil.copyfileobj(origin, fh, CHUNK)

        await asyncio.to_thread(self._write, sha256, copy)
        return sha256

    def _write(self, sha256: str, fill: Callable[[BinaryIO], object]) -> None:
        target = self.path(sha256)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fill(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFull(str(exc)) from exc
            raise

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self.path(key).read_bytes)

    async def chunks(self, key: str) -> AsyncIterator[bytes]:
        fh = await asyncio.to_thread(self.path(key).open, "rb")
        try:
            while piece := await asyncio.to_thread(fh.read, CHUNK):
                yield piece
        finally:
            fh.close()

    async def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            await asyncio.to_thread(self.path(key).unlink)


def local_store(data_dir: Path) -> LocalStore:
    return LocalStore(data_dir / "files")
