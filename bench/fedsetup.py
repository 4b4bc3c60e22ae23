"""What the federation benchmarks share: a fresh Polder data folder with an area group, the real
`polder serve` in its own process group, and figures read from SQLite and /proc.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.server import ROOT, Server, _wait_ready, free_port, stop
from federation import local_keys
from server import db
from server.config import Settings, load_settings
from server.models import Group, GroupRole, InstanceSettings, Membership, Topic, User
from server.services import tokens

SLUG = "bench-vallei"
FAKE_HASH = "$argon2id$v=19$m=65536,t=3,p=4$bench$bench-members-cannot-log-in-with-this"
PROBE = "/.well-known/nodeinfo"
# uvicorn re-raises the SIGTERM it caught after its shutdown; a handler of ours that is in
# place before it starts is what it restores, so the stop ends in SystemExit and the profile
# is written instead of the process dying.
_PROFILED = (
    "import cProfile, signal, sys; signal.signal(signal.SIGTERM, lambda *a: sys.exit(0)); "
    "from server.cli import main; sys.argv[0] = 'polder'; "
    "cProfile.run('main(sys.argv[1:])', {out!r})"
)


@dataclass(frozen=True)
class Instance:
    settings: Settings
    port: int

    @property
    def env(self) -> dict[str, str]:
        return {
            "POLDER_DATA_DIR": str(self.settings.data_dir),
            "POLDER_DOMAIN": self.settings.domain,
            "POLDER_DEV": "1",
        }

    @property
    def sqlite_path(self) -> str:
        return self.settings.database_url.removeprefix("sqlite://").split("?", 1)[0]


def new_instance(data: Path, port: int | None = None) -> Instance:
    port = port or free_port()
    settings = load_settings(
        {"data_dir": str(data), "domain": f"127.0.0.1:{port}", "dev": True}, environ={}
    )
    return Instance(settings, port)


@dataclass(frozen=True)
class Seeded:
    group_url: str
    token: str


async def seed(instance: Instance) -> Seeded:
    """Migrate and create the owner, the group (with its key pair made now, as the first serve
    of the group would make it) and an API token. Call with the database connected."""
    await db.migrate(instance.settings)
    await InstanceSettings.create(id=1, name="Bench", region="Gelderse Vallei")
    owner = await User.create(
        username="beheer", name="Beheer Bench", email="beheer@bench.invalid",
        password_hash=FAKE_HASH, email_confirmed_at=datetime.now(UTC), is_admin=True,
    )  # fmt: skip
    group = await Group.create(
        slug=SLUG, title="Bench Vallei", area="Gelderse Vallei", topic=Topic.NITROGEN
    )
    await Membership.create(group=group, user=owner, role=GroupRole.OWNER)
    await local_keys.ensure_keys(group)
    await local_keys.ensure_keys(await local_keys.instance_row())
    token = await tokens.create_token(owner, "bench")
    return Seeded(group_url=f"{instance.settings.base_url}/g/{SLUG}", token=token)


@contextlib.contextmanager
def serving(
    instance: Instance,
    workers: int,
    profile: Path | None = None,
    *,
    worker_process: bool = False,
) -> Iterator[Server]:
    """`polder serve` (dev mode, SQLite, in-process delivery worker); always stopped after.
    `profile`: run it under cProfile (main thread only) and write the stats there at the stop.
    `worker_process`: the web process runs no worker; a `polder worker` beside it does (as in
    production), and its CPU and memory count with the server's."""
    command = [
        sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1",
        "--port", str(instance.port), "--workers", str(workers), "--log-level", "warning",
    ]  # fmt: skip
    if profile is not None:
        command[1:3] = ["-c", _PROFILED.format(out=str(profile))]
    env = {**os.environ, **instance.env}
    web_env = {**env, "POLDER_RUN_WORKER": "false"} if worker_process else env
    processes = [subprocess.Popen(command, cwd=ROOT, env=web_env, start_new_session=True)]
    try:
        if worker_process:
            worker = [sys.executable, "-m", "server.cli", "worker"]
            processes.append(subprocess.Popen(worker, cwd=ROOT, env=env, start_new_session=True))
        server = Server(processes=processes, port=instance.port, workers=workers)
        _wait_ready(server, PROBE)
        yield server
    finally:
        for process in processes:
            stop(process)


def cpu_seconds(server: Server) -> float:
    """User + system CPU time of every server process so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in server.pids():
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def counts(instance: Instance, table: str) -> dict[str, int]:
    """Rows per job state (`inbox_messages`, `deliveries`), read without the ORM."""
    with contextlib.closing(sqlite3.connect(instance.sqlite_path, timeout=30)) as conn:
        rows = conn.execute(f"SELECT state, count(*) FROM {table} GROUP BY state").fetchall()
    return {str(state): int(n) for state, n in rows}


def wait_drained(instance: Instance, table: str, timeout: float) -> tuple[float, dict[str, int]]:
    """Seconds until no row of `table` waits (queued, in flight or retry), and the final counts."""
    began = time.perf_counter()
    while True:
        found = counts(instance, table)
        waiting = sum(n for state, n in found.items() if state in ("queued", "in_flight", "retry"))
        if not waiting or time.perf_counter() - began > timeout:
            return time.perf_counter() - began, found
        time.sleep(0.05)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"
