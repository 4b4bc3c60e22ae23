"""A claiming process for the concurrency test: connects to the database named on the command
line, says "ready", waits for "go" on stdin, then claims mails (a few at a time) and marks each
done until none is due; prints the ids it got as JSON."""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from datetime import timedelta

from federation.queue import Outcome, claim, finish, utcnow
from server import db
from server.config import load_settings
from server.models import JobState, OutgoingMail
from server.services.mail_queue import MailMachine


async def _claim_all(machine: MailMachine) -> list[int]:
    taken: list[int] = []
    while True:
        now = utcnow()
        jobs: list[OutgoingMail] = await claim(machine, now=now, lease=timedelta(hours=1), limit=3)
        if not jobs:
            return taken
        for job in jobs:
            # A write outside the claim, as the worker's finish is: more contention.
            await finish(machine, job, Outcome(JobState.DONE), now, now)
            taken.append(job.id)


async def main(database_url: str) -> None:
    with tempfile.TemporaryDirectory() as data:
        settings = load_settings({"data_dir": data, "database_url": database_url}, environ={})
        await db.connect(settings)
        try:
            print("ready", flush=True)
            sys.stdin.readline()
            taken = await _claim_all(MailMachine(settings))
        finally:
            await db.disconnect()
    print(json.dumps(taken), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
