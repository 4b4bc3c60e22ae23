"""The database restarted under load: a real `polder serve` on a PostgreSQL cluster of the test's
own, a steady stream of page views, API reads and posts, and the cluster restarted in the
middle. While it is away every answer is a clean 503 (a readable page, or the API's error
shape), none hangs; once it is back the same requests succeed without restarting Polder."""

from __future__ import annotations

import asyncio
import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.deploy.processes import Polder, database_url, fetch, fresh_database
from tests.federation.conftest import wait_for
from tests.servers import free_port, wait_until_answering

DEADLINE = 60.0
REQUEST_TIMEOUT = 10.0  # a request that takes longer counts as a hang
PACE = 0.05  # seconds between rounds: a steady stream, not a flood on a shared machine
PATHS = ["/g/vallei", "/api/v1/groups/vallei", "/api/v1/groups/vallei/posts", "/api/v1/me"]
POST = "/api/v1/groups/vallei/posts"


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    # /usr/local/bin may hold links to a few of them; the folder they point into has all.
    candidates = [str(Path(found).resolve().parent)] if found else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    pytest.skip("needs the PostgreSQL server binaries (initdb, pg_ctl)")


@dataclass
class Cluster:
    """A PostgreSQL cluster in a temporary folder, run as the `postgres` user under root
    (initdb refuses root)."""

    bin_dir: Path
    folder: Path
    port: int

    @property
    def options(self) -> str:
        return f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/polder"

    def pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), *args)

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stdout + result.stderr

    def init(self) -> None:
        self._run("initdb", "-D", str(self.folder / "data"), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")  # fmt: skip
        self.pg_ctl("-o", self.options, "-w", "start")


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    database_url()  # skips on SQLite runs, as the other process tests do
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="polder-pg-"))
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root, and there is no postgres user to run the cluster")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    started = Cluster(bin_dir, folder, free_port())
    try:
        started.init()
        yield started
    finally:
        with contextlib.suppress(AssertionError, subprocess.TimeoutExpired):
            started.pg_ctl("-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Load:
    """The stream of requests and every answer, labelled with the phase it was sent in."""

    client: httpx.AsyncClient
    token: str
    phase: str = "before"
    answers: list[tuple[str, str, httpx.Response]] = field(default_factory=list)
    hangs: list[tuple[str, str]] = field(default_factory=list)

    def ok(self, phase: str) -> set[str]:
        return {path for p, path, r in self.answers if p == phase and r.status_code < 300}

    def unavailable(self, phase: str) -> list[httpx.Response]:
        return [r for p, _, r in self.answers if p == phase and r.status_code == 503]

    async def _one(self, method: str, path: str) -> None:
        phase, headers = self.phase, {"authorization": f"Bearer {self.token}"}
        body = {"title": "Drukte", "body": "Verzonden terwijl de database herstart."}
        try:
            response = await self.client.request(
                method, path, headers=headers, json=body if method == "POST" else None
            )
        except httpx.TimeoutException:
            self.hangs.append((phase, path))
            return
        self.answers.append((phase, f"{method} {path}", response))

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await asyncio.gather(
                *(self._one("GET", path) for path in PATHS), self._one("POST", POST)
            )
            await asyncio.sleep(PACE)  # pacing the stream, not waiting for anything


def _check_clean(response: httpx.Response) -> None:
    """Every answer is a success or a clean 503; never a 500, never a traceback."""
    described = f"{response.request.method} {response.request.url.path} → {response.status_code}"
    assert response.status_code in (200, 201, 503), described + response.text[:300]
    if response.status_code != 503:
        return
    assert response.headers.get("retry-after"), described
    if response.request.url.path.startswith("/api/"):
        assert response.json().keys() == {"error", "message"}, described
        assert response.json()["error"] == "database_unavailable", described
    else:
        assert response.headers["content-type"].startswith("text/html"), described
        assert "<h1>" in response.text and "Traceback" not in response.text, described


def _prepare(polder: Polder) -> str:
    polder.run("migrate")
    polder.run("user", "create", "--username", "beheer", "--name", "Beheer", "--email",
               "beheer@example.nl", "--admin", stdin="a long enough password\n")  # fmt: skip
    polder.run("group", "create", "--slug", "vallei", "--title", "Vallei", "--area", "Vallei",
               "--topic", "stikstof", "--owner", "beheer")  # fmt: skip
    return polder.run("token", "create", "--user", "beheer").strip()


@pytest.fixture
async def serving(cluster: Cluster, tmp_path: Path) -> AsyncIterator[tuple[Polder, str]]:
    await fresh_database(cluster.url)
    polder = Polder(tmp_path / "data", free_port(), cluster.url)
    polder.data_dir.mkdir()
    try:
        token = _prepare(polder)
        process = polder.start("serve", "--port", str(polder.port), log="serve.log")
        url = f"{polder.base_url}/healthz"
        await asyncio.to_thread(wait_until_answering, process, url, lambda: polder.log("serve.log"))
        yield polder, token
    finally:
        polder.stop_all()


async def _until(check: Callable[[], bool], what: str) -> None:
    async def checked() -> bool:
        return check()

    await wait_for(checked, what, DEADLINE)


async def _restart_under_load(cluster: Cluster, load: Load) -> None:
    kinds = {*(f"GET {path}" for path in PATHS), f"POST {POST}"}
    await _until(lambda: load.ok("before") == kinds, "every request answering")
    # A restart as an operator runs it, in the middle of the stream.
    load.phase = "restarting"
    await asyncio.to_thread(cluster.pg_ctl, "-m", "fast", "-w", "restart")
    # Then away for longer: whatever is sent after the stop returned finds no database.
    load.phase = "stopping"
    await asyncio.to_thread(cluster.pg_ctl, "-m", "fast", "-w", "stop")
    load.phase = "down"
    await _until(lambda: len(load.unavailable("down")) >= 3 * len(kinds), "answers while down")
    load.phase = "starting"
    await asyncio.to_thread(cluster.pg_ctl, "-o", cluster.options, "-w", "start")
    load.phase = "after"
    await _until(lambda: load.ok("after") == kinds, "every request answering again")


async def test_requests_fail_cleanly_while_the_database_restarts_and_then_recover(
    cluster: Cluster, serving: tuple[Polder, str]
) -> None:
    polder, token = serving
    [process] = polder.processes
    async with httpx.AsyncClient(base_url=polder.base_url, timeout=REQUEST_TIMEOUT) as client:
        load, stop = Load(client, token), asyncio.Event()
        running = asyncio.create_task(load.run(stop))
        try:
            await _restart_under_load(cluster, load)
        finally:
            stop.set()
            await running

    for _, _, response in load.answers:
        _check_clean(response)
    assert load.hangs == []
    # While it was down nothing succeeded, and everything said so cleanly.
    assert {p for p, _, r in load.answers if r.status_code < 300} <= {
        "before",
        "restarting",
        "stopping",
        "starting",
        "after",
    }
    assert load.ok("down") == set()
    # The same process answered throughout: the connection pool recovered on its own.
    assert process.poll() is None
    log = polder.log("serve.log")
    assert "unhandled error" not in log and "Exception in ASGI application" not in log
    assert "database unavailable on GET /g/vallei" in log
    # A post refused with a 503 was not stored, except perhaps one whose commit the restart cut
    # off before its answer; none sent while the database was down.
    posts = [(phase, r.status_code) for phase, kind, r in load.answers if kind.startswith("POST")]
    created = sum(1 for _, status in posts if status == 201)
    cut_off = sum(1 for phase, status in posts if status == 503 and phase != "down")
    [row] = await fetch(cluster.url, 'SELECT count(*) AS n FROM "posts"')
    assert created <= row["n"] <= created + cut_off
