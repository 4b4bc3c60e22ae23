"""Lightweight remote instances on loopback for the federation benchmarks.

One aiohttp process listens on many ports; each port is one remote host (`127.0.0.1:<port>`).
It serves the bench's remote actors (`/users/{name}`, with their public keys, so that Polder
fetches and caches keys for real) and takes POSTs to `/inbox` and `/users/{name}/inbox`,
counting bodies per host, activity types, distinct signatures and requests in flight. A sample
of the POSTs (the first few per host) has its signature checked against the sender's key,
after the answer, so that checking costs the sender no time.

    python bench/receivers.py --hosts 50 --spec actors.json --ready ports.json

`GET /_stats` on any port gives the counters as JSON; `POST /_reset` clears them. With
`--delay MS` every inbox answers MS milliseconds after the body arrived, as a slow or distant
instance does: requests in flight per host then show how many the sender keeps open at once.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `federation` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import ClientSession, web
from cryptography.hazmat.primitives.asymmetric import rsa

from bench.server import ROOT, stop
from federation.signatures import IncomingRequest, check_request, load_public_key
from federation.signatures import verify_signature as rsa_verify

ACTIVITY_JSON = "application/activity+json"
CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"]
SAMPLE_PER_HOST = 3  # POSTs per host whose signature is checked
READY_TIMEOUT = 30.0


@dataclass
class HostStats:
    count: int = 0
    first: float = 0.0
    last: float = 0.0
    in_flight: int = 0
    max_in_flight: int = 0
    sampled: int = 0


@dataclass
class State:
    actors: dict[str, str]  # name → public key PEM
    delay: float = 0.0  # seconds before an inbox answers
    hosts: dict[int, HostStats] = field(default_factory=dict)
    types: Counter[str] = field(default_factory=Counter)
    signatures: set[str] = field(default_factory=set)
    unsigned: int = 0
    actor_fetches: int = 0
    verified: int = 0
    verify_failed: list[str] = field(default_factory=list)
    keys: dict[str, rsa.RSAPublicKey] = field(default_factory=dict)
    background: set[asyncio.Task[None]] = field(default_factory=set)

    def reset(self) -> None:
        self.hosts = {port: HostStats() for port in self.hosts}
        self.types.clear()
        self.signatures.clear()
        self.unsigned = self.actor_fetches = self.verified = 0
        self.verify_failed.clear()


STATE: web.AppKey[State] = web.AppKey("state", State)
SESSION: web.AppKey[ClientSession] = web.AppKey("session", ClientSession)


def _port(request: web.Request) -> int:
    sockname = request.transport.get_extra_info("sockname") if request.transport else None
    return int(sockname[1]) if sockname else 0


def actor_document(host: str, name: str, pem: str) -> dict[str, Any]:
    actor = f"http://{host}/users/{name}"
    return {
        "@context": CONTEXT,
        "id": actor,
        "type": "Person",
        "preferredUsername": name,
        "name": f"Bench {name}",
        "inbox": f"{actor}/inbox",
        "outbox": f"{actor}/outbox",
        "followers": f"{actor}/followers",
        "endpoints": {"sharedInbox": f"http://{host}/inbox"},
        "publicKey": {"id": f"{actor}#main-key", "owner": actor, "publicKeyPem": pem},
    }


async def actor(request: web.Request) -> web.Response:
    state = request.app[STATE]
    name = request.match_info["name"]
    pem = state.actors.get(name)
    if pem is None:
        return web.json_response({"error": "not_found"}, status=404)
    state.actor_fetches += 1
    document = actor_document(request.host, name, pem)
    return web.json_response(document, content_type=ACTIVITY_JSON)


async def inbox(request: web.Request) -> web.Response:
    state = request.app[STATE]
    host = state.hosts.setdefault(_port(request), HostStats())
    host.in_flight += 1
    host.max_in_flight = max(host.max_in_flight, host.in_flight)
    try:
        body = await request.read()
        if state.delay:
            await asyncio.sleep(state.delay)  # a slow instance, not a wait for anything
    finally:
        host.in_flight -= 1
    now = time.time()
    host.count += 1
    host.first = host.first or now
    host.last = now
    signature = request.headers.get("Signature")
    if signature is None:
        state.unsigned += 1
    else:
        state.signatures.add(signature)
    with contextlib.suppress(ValueError, AttributeError):
        state.types[str(json.loads(body).get("type"))] += 1
    if signature is not None and host.sampled < SAMPLE_PER_HOST:
        host.sampled += 1
        incoming = IncomingRequest(
            method="POST", path=request.raw_path, headers=dict(request.headers), body=body
        )
        task = asyncio.create_task(_check(request.app, incoming))
        state.background.add(task)
        task.add_done_callback(state.background.discard)
    return web.Response(status=202)


async def _check(app: web.Application, incoming: IncomingRequest) -> None:
    state = app[STATE]
    try:
        params = check_request(incoming, now=datetime.now(UTC))
        key = state.keys.get(params.key_id)
        if key is None:
            headers = {"Accept": ACTIVITY_JSON}
            async with app[SESSION].get(params.key_id, headers=headers) as response:
                document = await response.json(content_type=None)
            key = load_public_key(document["publicKey"]["publicKeyPem"])
            state.keys[params.key_id] = key
        rsa_verify(incoming, params, key)
        state.verified += 1
    except Exception as exc:
        state.verify_failed.append(f"{type(exc).__name__}: {exc}"[:200])


async def stats(request: web.Request) -> web.Response:
    state = request.app[STATE]
    hosts = {str(port): vars(h) for port, h in state.hosts.items()}
    return web.json_response(
        {
            "hosts": hosts,
            "types": dict(state.types),
            "posts": sum(h.count for h in state.hosts.values()),
            "signatures": len(state.signatures),
            "unsigned": state.unsigned,
            "actor_fetches": state.actor_fetches,
            "verified": state.verified,
            "verify_failed": state.verify_failed[:5],
            "verify_failures": len(state.verify_failed),
        }
    )


async def reset(request: web.Request) -> web.Response:
    request.app[STATE].reset()
    return web.json_response({"ok": True})


async def _session(app: web.Application) -> Any:
    app[SESSION] = ClientSession()
    yield
    await app[SESSION].close()


def make_app(actors: dict[str, str], delay: float = 0.0) -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app[STATE] = State(actors=actors, delay=delay)
    app.cleanup_ctx.append(_session)
    app.add_routes(
        [
            web.get("/users/{name}", actor),
            web.post("/users/{name}/inbox", inbox),
            web.post("/inbox", inbox),
            web.get("/_stats", stats),
            web.post("/_reset", reset),
        ]
    )
    return app


async def serve(hosts: int, actors: dict[str, str], ready: Path, delay: float = 0.0) -> None:
    app = make_app(actors, delay)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    ports: list[int] = []
    for _ in range(hosts):
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        server: Any = site._server  # asyncio's or uvloop's Server: both have `sockets`
        ports.append(int(server.sockets[0].getsockname()[1]))
    app[STATE].hosts = {port: HostStats() for port in ports}
    ready.write_text(json.dumps(ports))  # noqa: ASYNC240 — once, at start
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    await stopping.wait()
    await runner.cleanup()


# The bench's side ----------------------------------------------------------------------------


@dataclass
class Receivers:
    process: subprocess.Popen[bytes]
    ports: list[int]

    def host(self, index: int) -> str:
        return f"127.0.0.1:{self.ports[index % len(self.ports)]}"

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"http://{self.host(0)}/_stats", timeout=10) as response:
            data: dict[str, Any] = json.loads(response.read())
        return data

    def reset(self) -> None:
        request = urllib.request.Request(f"http://{self.host(0)}/_reset", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass


@contextlib.contextmanager
def running(
    hosts: int, actors: dict[str, str] | None = None, *, delay_ms: int = 0
) -> Iterator[Receivers]:
    """Start the receivers in their own process group; always stop them afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="polder-receivers-"))
    spec, ready = folder / "actors.json", folder / "ports.json"
    spec.write_text(json.dumps(actors or {}))
    command = [sys.executable, str(Path(__file__).resolve()), "--hosts", str(hosts),
               "--spec", str(spec), "--ready", str(ready), "--delay", str(delay_ms)]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=dict(os.environ), start_new_session=True)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while not ready.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the receivers did not start")
            time.sleep(0.05)
        time.sleep(0.05)  # the file is written in one call; let it land
        yield Receivers(process, json.loads(ready.read_text()))
    finally:
        stop(process)
        for path in (spec, ready):
            path.unlink(missing_ok=True)
        folder.rmdir()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--hosts", type=int, default=1)
    p.add_argument("--spec", type=Path, required=True, help="JSON: actor name → public PEM")
    p.add_argument("--ready", type=Path, required=True, help="where to write the ports")
    p.add_argument("--delay", type=int, default=0, help="ms before each inbox answers")
    args = p.parse_args()
    actors: dict[str, str] = json.loads(args.spec.read_text())
    with contextlib.suppress(ImportError):
        import uvloop

        uvloop.install()
    asyncio.run(serve(args.hosts, actors, args.ready, args.delay / 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
