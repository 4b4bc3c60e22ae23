"""`polder serve --workers N` keeps its delivery worker alive: killed with SIGKILL, the worker
is started again, and what is queued afterwards is still delivered. The worker runs at a lower
CPU priority than the web processes."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.deploy.processes import Polder, Receiver, queue_deliveries
from tests.federation.conftest import wait_for
from tests.servers import POLDER

DEADLINE = 60.0


def _worker_children(pid: int) -> list[int]:
    """The `polder worker` processes among the direct children of `pid` (from /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
                state = Path(f"/proc/{child}/stat").read_text().split()[2]
            except (FileNotFoundError, ProcessLookupError):
                continue  # it ended while we looked (reading a reaped process's stat: ESRCH)
            if b"worker" in command[-2:] and state != "Z":
                found.append(int(child))
    return found


def _niceness(pid: int) -> int:
    # /proc/<pid>/stat: field 19 is the nice value; the command name before it may hold spaces.
    return int(Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[16])


def _exists(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def _start_serve(polder: Polder) -> subprocess.Popen[bytes]:
    env = {**polder.env(), "POLDER_RUN_WORKER": "true"}
    log = (polder.data_dir / "serve.log").open("ab")
    process = subprocess.Popen(
        [*POLDER, "--data", str(polder.data_dir), "serve", "--port", str(polder.port),
         "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    polder.processes.append(process)
    return process


async def test_a_killed_delivery_worker_is_started_again(
    polder: Polder, receiver: Receiver
) -> None:
    polder.run("migrate")
    polder.run(
        "user", "create", "--username", "beheer", "--name", "Beheer", "--email",
        "beheer@example.nl", stdin="a long enough password\n",
    )  # fmt: skip
    serve = _start_serve(polder)

    async def one_worker() -> int | None:
        assert serve.poll() is None, polder.log("serve.log")
        workers = _worker_children(serve.pid)
        return workers[0] if len(workers) == 1 else None

    first = await wait_for(one_worker, "the delivery worker started", DEADLINE)
    os.kill(first, signal.SIGKILL)

    async def replaced() -> int | None:
        worker = await one_worker()
        return worker if worker not in (None, first) else None

    second = await wait_for(replaced, "a new delivery worker", DEADLINE)
    ids = await queue_deliveries(polder.database_url, [f"{receiver.base}/inbox/after-kill"])

    async def delivered() -> bool:
        return ("/inbox/after-kill", ids[0]) in receiver.counts()

    await wait_for(delivered, "the delivery queued after the kill", DEADLINE)
    # The worker gives the web processes the CPU first (POLDER_WORKER_NICE, 10 by default).
    assert _niceness(second) == _niceness(serve.pid) + 10
    assert f"exited with -{signal.SIGKILL.value}" in polder.log("serve.log")
    serve.terminate()
    assert serve.wait(timeout=30) == 0, polder.log("serve.log")
    # Stopping serve stopped the new worker too.
    assert not _exists(second)
