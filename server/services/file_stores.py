"""Moving shared files from one store to another (the data folder to an object store).

The database names every file's bytes by their SHA-256 in any store, so a move copies bytes and
changes no row. Copying is idempotent: the target skips what it holds already, so an
interrupted run is simply run again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from server.files.storage import BlobStore
from server.models import StoredBlob


@dataclass
class CopyReport:
    copied: int = 0
    # Keys the source lacks or holds damaged bytes for: listed, never copied.
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)


async def copy_all(source: BlobStore, target: BlobStore) -> CopyReport:
    """Copies the bytes of every stored file, oldest first, one file in memory at a time."""
    report = CopyReport()
    keys = await StoredBlob.all().order_by("id").values_list("sha256", "storage_key")
    for sha256, key in keys:
        try:
            data = await source.get(key)
        except FileNotFoundError:
            report.missing.append(key)
            continue
        # The key is the content's hash: bytes that no longer match it are not passed on.
        if hashlib.sha256(data).hexdigest() != sha256:
            report.damaged.append(key)
            continue
        await target.put(sha256, data)
        report.copied += 1
    return report
