"""Several processes claiming from one queue at once: none gets a job another got, none fails
with "database is locked" (SQLite: the claim takes the write lock up front; PostgreSQL: `FOR
UPDATE SKIP LOCKED`)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from tortoise import Tortoise

from federation.queue import utcnow
from server import db
from server.config import Settings
from server.models import JobState, OutgoingMail

CLAIMERS = 4
JOBS = 240


def _start(database_url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.app.claimer", database_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _results(processes: list[subprocess.Popen[str]]) -> list[list[int]]:
    taken: list[list[int]] = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "database is locked" not in err, err
        taken.append(json.loads(out.splitlines()[-1]))
    return taken


async def test_concurrent_claimers_share_the_queue_without_overlap(
    settings: Settings, database: Any
) -> None:
    now = utcnow()
    mails = [
        OutgoingMail(
            to_address=f"m{i}@example.org", subject="s", text_body="t", next_attempt_at=now
        )
        for i in range(JOBS)
    ]
    await OutgoingMail.bulk_create(mails)
    ids = set(await OutgoingMail.all().values_list("id", flat=True))
    processes = [_start(settings.database_url) for _ in range(CLAIMERS)]
    for process in processes:  # all connected before any starts: they claim at the same time
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    taken = _results(processes)
    everything = [job for got in taken for job in got]
    assert sorted(everything) == sorted(ids)  # each job exactly once
    assert sum(1 for got in taken if got) >= 2, [len(got) for got in taken]  # they did compete
    rows = await OutgoingMail.all().values_list("state", "attempts")
    assert set(rows) == {(JobState.DONE, 1)}


async def test_sqlite_waits_for_the_write_lock(database: Any) -> None:
    """The busy timeout decides how long BEGIN IMMEDIATE may wait; sqlite3's 5 s is too short
    when a web request, the worker and a command all write at once."""
    if db.dialect() != "sqlite":
        pytest.skip("SQLite only")
    rows = await Tortoise.get_connection("default").execute_query_dict("PRAGMA busy_timeout")
    assert list(rows[0].values()) == [db.SQLITE_BUSY_TIMEOUT_MS]
