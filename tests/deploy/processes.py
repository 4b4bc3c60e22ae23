"""Real `polder` processes on PostgreSQL for the deployment and fault tests: a database of their
own, a remote server on loopback that counts what it receives, and helpers to queue work."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation.signatures import generate_key_pair, load_private_key, sign_request
from tests.servers import POLDER, clean_env

ACTIVITY_JSON = "application/activity+json"
SUFFIX = "_processes"  # beside the test database: these processes need committed data


def database_url() -> str:
    """A PostgreSQL database next to POLDER_TEST_DATABASE_URL's (skips on SQLite runs)."""
    base = os.environ.get("POLDER_TEST_DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs PostgreSQL: set POLDER_TEST_DATABASE_URL")
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=parts.path + SUFFIX))


async def fresh_database(url: str) -> None:
    """Create the database if needed and empty its schema."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = await asyncpg.connect(urlunsplit(parts._replace(path="/postgres")))
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


@dataclass
class Polder:
    """One instance's data folder and settings; its processes are started separately."""

    data_dir: Path
    port: int
    database_url: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        return clean_env(
            database_url=self.database_url, domain=f"127.0.0.1:{self.port}", dev="1",
            run_worker="false",
        )  # fmt: skip

    def run(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [*POLDER, "--data", str(self.data_dir), *args], input=stdin, capture_output=True,
            text=True, env=self.env(), timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    def prepare(self) -> None:
        """Migrated, with the instance row whose actor signs the deliveries."""
        self.run("migrate")
        self.run(
            "user", "create", "--username", "beheer", "--name", "Beheer", "--email",
            "beheer@example.nl", stdin="a long enough password\n",
        )  # fmt: skip

    def start(
        self, *args: str, log: str, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        out = (self.data_dir / log).open("ab")
        process = subprocess.Popen(
            [*POLDER, "--data", str(self.data_dir), *args], env={**self.env(), **(env or {})},
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        path = self.data_dir / name
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass
class Receiver:
    """Another server: serves one actor, counts every activity id posted to any inbox path."""

    base: str = ""
    private_pem: str = ""
    public_pem: str = ""
    received: list[tuple[str, str]] = field(default_factory=list)  # (inbox path, activity id)
    documents: list[dict[str, Any]] = field(default_factory=list)
    delay: float = 0.0  # seconds before answering a POST, to keep deliveries in flight
    peer_ports: list[int] = field(default_factory=list)  # the sender's side of each POST
    # With a number set, POSTs after that many wait unanswered until release(): deliveries that
    # are certainly in flight, whatever the machine's speed.
    answer_only: int | None = None
    arrived: int = 0
    gate: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def actor_id(self) -> str:
        return f"{self.base}/users/bert"

    def counts(self) -> Counter[tuple[str, str]]:
        return Counter(self.received)

    async def actor(self, request: web.Request) -> web.Response:
        document = {
            "@context": ["https://www.w3.org/ns/activitystreams"],
            "type": "Person", "id": self.actor_id, "preferredUsername": "bert",
            "name": "Bert de Vries", "inbox": f"{self.actor_id}/inbox",
            "publicKey": {
                "id": f"{self.actor_id}#main-key", "owner": self.actor_id,
                "publicKeyPem": self.public_pem,
            },
        }  # fmt: skip
        return web.json_response(document, content_type=ACTIVITY_JSON)

    async def inbox(self, request: web.Request) -> web.Response:
        document = json.loads(await request.read())
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer:
            self.peer_ports.append(int(peer[1]))
        self.arrived += 1
        if self.answer_only is not None and self.arrived > self.answer_only:
            await self.gate.wait()
        if self.delay:
            # Simulates a slow server so that deliveries stay in flight; not synchronisation.
            await asyncio.sleep(self.delay)
        self.received.append((request.path, str(document.get("id"))))
        self.documents.append(document)
        return web.Response(status=202)

    def release(self) -> None:
        self.gate.set()

    def signed_post(self, url: str, activity: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        body = json.dumps(activity).encode()
        headers = sign_request(
            method="POST", url=url, key_id=f"{self.actor_id}#main-key",
            private_key=load_private_key(self.private_pem), now=datetime.now(UTC), body=body,
        )  # fmt: skip
        return body, {**headers, "Content-Type": ACTIVITY_JSON}


async def start_receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    receiver.private_pem, receiver.public_pem = generate_key_pair()
    app = web.Application()
    app.router.add_get("/users/bert", receiver.actor)
    app.router.add_post("/{path:.*inbox.*}", receiver.inbox)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    receiver.base = f"http://127.0.0.1:{server.port}"
    try:
        yield receiver
    finally:
        await server.close()


async def queue_deliveries(
    url: str, inboxes: list[str], signer: str = "instance", *, at: datetime | None = None,
    name: str = "fault",
) -> list[str]:  # fmt: skip
    """One activity per inbox, queued as `federation.outbox` queues them (rows in the
    database, as another process would have left them), due `at`; returns the activity ids."""
    now = at or datetime.now(UTC)
    conn = await asyncpg.connect(url)
    ids = []
    try:
        async with conn.transaction():
            for number, inbox in enumerate(inboxes):
                ap_id = f"http://polder.test/activities/{name}-{number}"
                payload = {"id": ap_id, "type": "Create", "actor": "http://polder.test/actor"}
                activity = await conn.fetchval(
                    'INSERT INTO "activities" (ap_id, type, actor_ap_id, payload, local, '
                    "created_at) VALUES ($1, 'Create', $2, $3, true, $4) RETURNING id",
                    ap_id, payload["actor"], json.dumps(payload), now,
                )  # fmt: skip
                await conn.execute(
                    'INSERT INTO "deliveries" (activity_id, signer, inbox_url, host, state, '
                    "attempts, next_attempt_at, last_error, created_at) "
                    "VALUES ($1, $2, $3, $4, 'queued', 0, $5, '', $5)",
                    activity, signer, inbox, urlsplit(inbox).netloc, now,
                )  # fmt: skip
                ids.append(ap_id)
    finally:
        await conn.close()
    return ids


async def fetch(url: str, query: str, *args: Any) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(query, *args))
    finally:
        await conn.close()
