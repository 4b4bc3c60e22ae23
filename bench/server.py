"""Run uvicorn in its own process group, wait until it answers, read its memory, stop it.

The server runs with production settings: no reload, no access log, uvloop and httptools
(uvicorn picks them when installed), the app built by a factory in each worker process.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    processes: list[subprocess.Popen[bytes]]
    port: int
    workers: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pids(self) -> list[int]:
        """The uvicorn processes and, under `--workers`, their children."""
        return [pid for p in self.processes for pid in (p.pid, *_children(p.pid))]

    def rss_mb(self) -> list[float]:
        return [_rss_kb(pid) / 1024 for pid in self.pids()]

    def serving(self) -> int:
        """How many processes serve requests (a `--workers` parent only watches its children)."""
        if self.workers == 1:
            return 1
        return len(_children(self.processes[0].pid))


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            # The command name is in parentheses and may hold spaces; the ppid follows it.
            stat = (entry / "stat").read_text()
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return sorted(found)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # any HTTP answer means the server is up
    except OSError:
        return False


def _wait_ready(server: Server, probe: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        for process in server.processes:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped at start (exit {process.returncode})")
        if server.serving() >= server.workers and _answers(server.base + probe):
            # Each process answers only after its lifespan (database connection) is done;
            # a few more answers make it likely that every one has taken one.
            for _ in range(4 * server.workers):
                _answers(server.base + probe)
            return
        time.sleep(0.05)
    raise RuntimeError(f"the server did not answer within {READY_TIMEOUT:.0f} s")


def _spawn(factory: str, env: dict[str, str], workers: int, port: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "uvicorn", factory, "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
        "--no-access-log", "--log-level", "warning", "--no-server-header",
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, start_new_session=True)


@contextlib.contextmanager
def running(factory: str, env: dict[str, str], workers: int, probe: str) -> Iterator[Server]:
    """Start uvicorn with `factory`; always stop its whole process group afterwards."""
    port = free_port()
    process = _spawn(factory, env, workers, port)
    try:
        server = Server(processes=[process], port=port, workers=workers)
        _wait_ready(server, probe)
        yield server
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # The process leads its own group (start_new_session), so this reaches its workers too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
