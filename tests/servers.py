"""Real `polder serve` processes for tests: a free loopback port, a clean environment, start,
wait until it answers, stop."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx

POLDER = [sys.executable, "-m", "server.cli"]
START_DEADLINE = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def clean_env(**settings: str) -> dict[str, str]:
    """This process's environment without any POLDER_ setting, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLDER_")}
    env.update({f"POLDER_{name.upper()}": value for name, value in settings.items()})
    return env


def start_serve(
    data_dir: Path,
    port: int,
    env: dict[str, str],
    stdout: IO[Any] | int,
    *,
    text: bool = False,
    options: tuple[str, ...] = (),
) -> subprocess.Popen[Any]:
    return subprocess.Popen(
        [*POLDER, "--data", str(data_dir), "serve", "--port", str(port), *options],
        env=env,
        stdout=stdout,
        stderr=subprocess.STDOUT,
        text=text,
    )


def wait_until_answering(
    process: subprocess.Popen[Any], url: str, describe: Callable[[], str] = lambda: ""
) -> httpx.Response:
    """Polls `url` until the server answers; fails at once if the process died."""
    deadline = time.monotonic() + START_DEADLINE
    while True:
        assert process.poll() is None, f"the server stopped:\n{describe()}"
        try:
            return httpx.get(url, timeout=1)
        except httpx.TransportError:
            assert time.monotonic() < deadline, f"no answer within 30 s:\n{describe()}"
            # Polling a socket that is not open yet; the answer is the condition.
            time.sleep(0.05)


def stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)
