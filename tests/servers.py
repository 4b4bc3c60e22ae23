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


class S3Server:
    """moto's S3 API on a loopback port (its own thread, real HTTP), for the object store tests.

    moto accepts any access key, so wrong credentials cannot be shown with it; an unreachable
    or silent endpoint can."""

    ACCESS_KEY = "polder-test"
    SECRET_KEY = "polder-test-secret"  # moto checks no credentials

    def __init__(self) -> None:
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)

    def start(self) -> str:
        self._server.start()  # returns once the socket listens
        host, port = self._server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        return self.endpoint

    def stop(self) -> None:
        self._server.stop()

    def client(self) -> Any:
        """A plain boto3 client to look into the buckets behind Polder's back."""
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.ACCESS_KEY,
            aws_secret_access_key=self.SECRET_KEY,
        )
