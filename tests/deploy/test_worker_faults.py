"""Delivery workers as real processes on one PostgreSQL queue: two at once deliver every job
exactly once; one killed with SIGKILL in the middle of a batch loses nothing, and after a restart
the receiver has every activity (repeats only of what was in flight, which receivers drop by
activity id)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from tests.deploy.processes import Polder, Receiver, fetch, queue_deliveries
from tests.federation.conftest import wait_for

DEADLINE = 60.0


async def _states(polder: Polder) -> dict[str, int]:
    rows = await fetch(
        polder.database_url, 'SELECT state, count(*) AS n FROM "deliveries" GROUP BY state'
    )
    return {row["state"]: row["n"] for row in rows}


def _socket_ports(pid: int) -> set[int]:
    """Local TCP ports of the sockets a process holds (from /proc), to see who connected."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


async def test_two_workers_deliver_every_job_exactly_once(
    polder: Polder, receiver: Receiver
) -> None:
    polder.prepare()
    receiver.delay = 0.01
    inboxes = [f"{receiver.base}/inbox/{n}" for n in range(150)]
    ids = await queue_deliveries(polder.database_url, inboxes)
    # Each takes at most 4 at once of the host's 8: neither can keep the other out.
    options = ("worker", "--per-host", "8", "--max-in-flight", "4")
    workers = [polder.start(*options, log=f"worker-{n}.log") for n in (1, 2)]
    ports: dict[int, set[int]] = {worker.pid: set() for worker in workers}

    async def all_done() -> bool:
        for worker in workers:  # who holds which connection, seen while they work
            ports[worker.pid] |= _socket_ports(worker.pid)
        return (await _states(polder)).get("done", 0) == len(inboxes)

    await wait_for(all_done, "every delivery done", DEADLINE)
    counts = receiver.counts()
    assert set(counts) == {(f"/inbox/{n}", ids[n]) for n in range(150)}
    assert max(counts.values()) == 1, [k for k, v in counts.items() if v > 1]
    assert await _states(polder) == {"done": 150}
    # Both processes took part: each holds connections the receiver saw requests on.
    seen = set(receiver.peer_ports)
    for worker in workers:
        assert worker.poll() is None, polder.log("worker-1.log") + polder.log("worker-2.log")
        assert ports[worker.pid] & seen, "a worker delivered nothing"


async def test_a_worker_killed_mid_batch_loses_nothing(polder: Polder, receiver: Receiver) -> None:
    polder.prepare()
    receiver.answer_only = 15  # the rest wait unanswered: a batch in flight at the kill
    inboxes = [f"{receiver.base}/inbox/{n}" for n in range(60)]
    ids = await queue_deliveries(polder.database_url, inboxes)
    worker = polder.start("worker", "--per-host", "8", log="worker.log")

    async def some_held() -> bool:
        return receiver.arrived > 15 and len(receiver.received) == 15

    await wait_for(some_held, "the first deliveries and a held one", DEADLINE)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    receiver.release()
    in_flight = (await _states(polder)).get("in_flight", 0)
    assert in_flight > 0, "the kill should have cut a batch off"
    # The killed worker's leases would pass after two minutes; move them to now instead of
    # waiting (the simulated clock of this test).
    await fetch(
        polder.database_url,
        "UPDATE \"deliveries\" SET lease_until = now() - interval '1 second' "
        "WHERE state = 'in_flight' RETURNING id",
    )
    polder.start("worker", "--per-host", "8", log="worker-again.log")

    async def all_done() -> bool:
        return (await _states(polder)).get("done", 0) == len(inboxes)

    await wait_for(all_done, "every delivery done after the restart", DEADLINE)
    counts = receiver.counts()
    # Every activity arrived; a repeat is possible only for what was in flight at the kill.
    assert {activity for _, activity in counts} == set(ids)
    assert sum(counts.values()) - len(ids) <= in_flight
    assert await _states(polder) == {"done": 60}
