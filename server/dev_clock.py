"""A clock another process can move: the time written in a file (development and tests).

`polder worker` uses it when `POLDER_DEV_CLOCK` names a file (only with `POLDER_DEV`), so that
a test can take a real worker process through days of retries in seconds. Writers replace the
file whole (write elsewhere, then rename), so a reader never sees half a time.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

# The worker looks for due work this often when time can jump, instead of every 5 seconds.
POLL_SECONDS = 0.1


class FileClock:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self) -> datetime:
        moment = datetime.fromisoformat(self.path.read_text().strip())
        if moment.tzinfo is None:
            raise ValueError(f"{self.path}: the time needs its offset, e.g. +00:00")
        return moment


def write(path: Path, moment: datetime) -> None:
    """Set the time a `FileClock` on `path` reads."""
    partial = path.with_name(path.name + ".new")
    partial.write_text(moment.isoformat())
    partial.replace(path)
