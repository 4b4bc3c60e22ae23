"""Zips of "download my data" on their way out: written to `exports/` in the data folder, then
handed to the browser (small accounts) or to the file store (prepared ones), then removed.

On disk rather than in memory, so that a person with many large files costs a web process or
the worker no more memory than one with none. A crash can leave a zip behind; the worker's
hourly clean-up (`remove_stale`) removes what is older than `STALE_AFTER`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import secrets
import time
from datetime import timedelta
from pathlib import Path

from server.config import Settings
from server.files.storage import CHUNK
from server.models import User
from server.services import data_export

STALE_AFTER = timedelta(hours=6)


def folder(settings: Settings) -> Path:
    return settings.data_dir / "exports"


async def build(settings: Settings, user: User) -> tuple[Path, int]:
    """A new zip of everything about `user` under a name of its own, and its size."""
    target = folder(settings) / f"{user.id}-{secrets.token_hex(8)}.zip"
    return target, await data_export.write_archive(settings, user, target)


async def sha256_of(path: Path) -> str:
    def digest() -> str:
        sha = hashlib.sha256()
        with path.open("rb") as fh:
            while piece := fh.read(CHUNK):
                sha.update(piece)
        return sha.hexdigest()

    return await asyncio.to_thread(digest)


async def discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        await asyncio.to_thread(path.unlink)


async def remove_stale(settings: Settings) -> int:
    """Removes zips (and half-written ones) left behind by a crash; the number removed."""

    def remove() -> int:
        if not folder(settings).is_dir():
            return 0
        cutoff = time.time() - STALE_AFTER.total_seconds()
        removed = 0
        for path in folder(settings).iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed

    return await asyncio.to_thread(remove)
