"""CPU time per accepted activity (the 202 path) and per applied `Create`, in one process.

    .venv/bin/python -m bench.cpu_per_activity [--activities 500]

The set-up of `bench.round_trips` (a scratch data folder, the app through `httpx.ASGITransport`,
the worker's `run_due(InboxMachine)`), timed with `time.process_time`: both threads of the
process (aiosqlite's included) and the httpx client's share, which is the same for any version
of the server. CPU time says more than requests per second on a machine shared with others.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time

import httpx

from bench import round_trips
from federation.inbox_processing import InboxMachine
from federation.queue import run_due, utcnow
from server import db
from server.app import create_app
from server.config import load_settings


async def measure(activities: int) -> dict[str, float]:
    data = tempfile.mkdtemp(prefix="polder-cpu-")
    settings = load_settings({"data_dir": data, "domain": "testserver", "dev": True}, environ={})
    await db.connect(settings)
    await db.migrate(settings)
    actor, key = await round_trips._prepare(settings, 5)
    requests = round_trips._signed_creates(actor, key, activities + 1)
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        body, headers = requests[0]  # fills the key cache: not counted
        assert (await client.post("/inbox", content=body, headers=headers)).status_code == 202
        started = time.process_time()
        for body, headers in requests[1:]:
            response = await client.post("/inbox", content=body, headers=headers)
            assert response.status_code == 202, response.text
        received = time.process_time()
    applied = 0
    while batch := await run_due(InboxMachine(settings), utcnow, limit=50):
        applied += len(batch)
    done = time.process_time()
    await db.disconnect()
    return {
        "accept_ms_cpu": round((received - started) / activities * 1000, 3),
        "apply_ms_cpu": round((done - received) / max(applied, 1) * 1000, 3),
        "applied": applied,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=500)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(measure(args.activities)), indent=2))


if __name__ == "__main__":
    main()
