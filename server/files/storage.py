"""Where file bytes live: by their SHA-256, so the same bytes are kept once.

The local store writes to a temporary file in the target folder and renames it into place:
a failed write (a full disk, a crash) never leaves a half file under a real name.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Protocol


class StorageFull(Exception):
    """The store has no room left for the file."""


class StoreUnavailable(Exception):
    """The store cannot be used now: not reachable in time, or it refused us (credentials,
    a missing bucket). The message says which, for the operator's log."""


class BlobMissing(FileNotFoundError):
    """The store has no bytes under this key; a FileNotFoundError, as the local store raises."""


class BlobStore(Protocol):
    async def put(self, sha256: str, data: bytes) -> str: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...


class LocalStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        if not key.isalnum():
            raise ValueError(f"not a storage key: {key!r}")
        return self.root / key[:2] / key[2:4] / key

    async def put(self, sha256: str, data: bytes) -> str:
        await asyncio.to_thread(self._write, sha256, data)
        return sha256

    def _write(self, sha256: str, data: bytes) -> None:
        target = self.path(sha256)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
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

    async def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            await asyncio.to_thread(self.path(key).unlink)


def local_store(data_dir: Path) -> LocalStore:
    return LocalStore(data_dir / "files")
