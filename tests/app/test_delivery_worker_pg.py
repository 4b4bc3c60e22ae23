"""Several `polder worker` processes on PostgreSQL never take the same delivery: two real
processes, each with its own connection, claim from the same table at the same moment."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from federation import outbox
from server import db
from server.config import Settings
from server.models import Delivery, JobState

ROOT = Path(__file__).resolve().parents[2]
ROWS = 120

# Connects, says "ready", waits for "go", then claims small batches until nothing is left.
CLAIMER = """
import asyncio, json, sys, tempfile
from datetime import UTC, datetime, timedelta
from tortoise import Tortoise
from server import db
from server.config import load_settings
from federation.delivery import DeliveryMachine
from federation.queue import claim

async def main(url, per_group):
    await Tortoise.init(config=db.tortoise_config(url))
    options = {"data_dir": tempfile.mkdtemp(), "domain": "testserver", "dev": True}
    machine = DeliveryMachine(load_settings(options, environ={}), sender=None)  # only claims
    print("ready", flush=True)
    sys.stdin.readline()
    taken = []
    now = datetime.now(UTC) + timedelta(days=1)
    while jobs := await claim(machine, now=now, lease=timedelta(minutes=5), limit=2,
                              per_group=per_group):
        taken += [job.pk for job in jobs]
    print(json.dumps(taken), flush=True)
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1], int(sys.argv[2]) or None))
"""


@pytest.mark.parametrize("per_group", [0, 1000], ids=["skip-locked", "with-host-limit"])
async def test_two_worker_processes_never_claim_the_same_delivery(
    settings: Settings, per_group: int
) -> None:
    if db.dialect() != "postgres":
        pytest.skip("several worker processes are a PostgreSQL set-up (POLDER_TEST_DATABASE_URL)")
    activity = {"id": "http://testserver/activities/1", "type": "Create", "actor": "http://x/a"}
    inboxes = [f"https://h{n % 30}.example/inbox/{n}" for n in range(ROWS)]
    await outbox.enqueue(settings, activity, signer="instance", inboxes=inboxes)

    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            CLAIMER,
            settings.database_url,
            str(per_group),
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None
        assert await asyncio.wait_for(process.stdout.readline(), 30) == b"ready\n"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    results = []
    for process in processes:
        out, _ = await asyncio.wait_for(process.communicate(), 60)
        assert process.returncode == 0
        results.append(json.loads(out))

    every = results[0] + results[1]
    assert len(every) == len(set(every)) == ROWS
    assert await Delivery.filter(state=JobState.IN_FLIGHT, attempts=1).count() == ROWS
