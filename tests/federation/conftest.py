"""Several real Polder instances on loopback ports, each with its own data folder and SQLite
database, talking real signed HTTP (POLDER_DEV=1 allows http and loopback addresses)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering

T = TypeVar("T")
DEADLINE = 20.0


@dataclass
class Instance:
    name: str
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes] | None = None
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.domain}"

    def env(self) -> dict[str, str]:
        # Accounts made by a test are minutes old; their reports must count all the same.
        return clean_env(domain=self.domain, dev="1", flag_min_account_age_days="0")

    def cli(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [sys.executable, "-m", "server.cli", "--data", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def start(self) -> None:
        log = (self.data_dir / "server.log").open("ab")
        self.process = start_serve(self.data_dir, self.port, self.env(), log)
        wait_until_answering(self.process, self.base_url + "/static/css/polder.css", self.log)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)
        self.process = None

    def log(self) -> str:
        path = self.data_dir / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def add_person(self, username: str, organisation: str = "LTO Noord") -> str:
        """Creates a confirmed person and returns an API token for them."""
        self.cli(
            "user", "create", "--username", username, "--name", f"{username.title()} Jansen",
            "--organisation", organisation, "--email", f"{username}@{self.name}.test",
            "--role", "farmer",
            stdin="a long enough password\n",
        )  # fmt: skip
        token = self.cli("token", "create", "--user", username)
        self.tokens[username] = token
        return token

    def add_vallei(self, owner: str | None = "bert") -> None:
        """Creates the area group `gelderse-vallei`, owned by `owner` (who must exist)."""
        self.cli(
            "group", "create", "--slug", "gelderse-vallei", "--title", "Stikstof Gelderse Vallei",
            "--area", "Gelderse Vallei", "--topic", "stikstof",
            *(["--owner", owner] if owner else []),
        )  # fmt: skip

    def api(self, username: str | None = None) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {self.tokens[username]}"} if username else {}
        return httpx.AsyncClient(base_url=self.base_url + "/api/v1", headers=headers, timeout=10)


async def wait_for(
    check: Callable[[], Awaitable[T | None]], what: str, deadline: float = DEADLINE
) -> T:
    """Polls `check` until it returns something truthy; fails with `what` after the deadline."""
    end = time.monotonic() + deadline
    while True:
        value = await check()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        # Between polls of another process's state; the condition is what we wait on.
        await asyncio.sleep(0.05)


@pytest.fixture
def instances(tmp_path: Path) -> Iterator[dict[str, Instance]]:
    """Three instances A, B and C, started with an admin each."""
    started: dict[str, Instance] = {}
    try:
        for name in ("a", "b", "c"):
            data = tmp_path / name
            data.mkdir()
            instance = Instance(name, free_port(), data)
            instance.add_person("beheer")
            instance.cli("user", "promote", "beheer")
            instance.start()
            started[name] = instance
        yield started
    finally:
        for instance in started.values():
            instance.stop()


def json_of(response: httpx.Response) -> Any:
    assert response.status_code < 400, f"{response.status_code}: {response.text}"
    return response.json()
