"""What SQLite's `synchronous` setting costs a write: N replies through the real service, each
its own transaction (reply + the post's reply count), on a fresh database per setting.

    python bench/writes.py [--writes 500]

Tortoise already opens SQLite in WAL mode; its `synchronous` stays at SQLite's FULL, which
syncs the log on every commit. NORMAL syncs at checkpoints only: a power cut may lose the last
commits but never corrupts the database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fill
from server import db
from server.config import load_settings
from server.models import Post, User
from server.services import posts


async def _per_write_ms(folder: Path, options: str, writes: int) -> float:
    url = f"sqlite://{folder / 'polder.sqlite3'}" + (f"?{options}" if options else "")
    settings = load_settings({"data_dir": str(folder), "database_url": url})
    await db.connect(settings)
    try:
        await db.migrate(settings)
        await fill.fill(settings, posts=10, members=5, replies=0)
        user, post = await User.get(id=2), await Post.get(id=1)
        began = time.perf_counter()
        for n in range(writes):
            await posts.create_reply(user, post, f"Reactie {n}")
        return (time.perf_counter() - began) / writes * 1000
    finally:
        await db.disconnect()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=500)
    args = parser.parse_args()
    print("| synchronous | ms per reply (write + count, one transaction) |")
    print("|---|--:|")
    for label, options in (("FULL (now)", ""), ("NORMAL", "synchronous=NORMAL")):
        with tempfile.TemporaryDirectory(prefix="polder-writes-") as folder:
            ms = asyncio.run(_per_write_ms(Path(folder), options, args.writes))
        print(f"| {label} | {ms:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
