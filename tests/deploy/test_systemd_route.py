"""The documented plain-server route, for real: `polder migrate`, `polder serve` (web only) and a
separate `polder worker`, all on PostgreSQL through POLDER_DATABASE_URL, as the systemd units
run them. A Follow from another server is received by the web, applied and answered with an
Accept by the worker alone."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx

from tests.deploy.processes import Polder, Receiver
from tests.federation.conftest import wait_for
from tests.servers import wait_until_answering


async def _health(client: httpx.AsyncClient) -> dict[str, object] | None:
    response = await client.get("/healthz")
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


async def test_migrate_serve_and_a_separate_worker(polder: Polder, receiver: Receiver) -> None:
    assert "database is up to date" in polder.run("migrate")
    polder.run(
        "user", "create", "--username", "anna", "--name", "Anna de Boer", "--email",
        "anna@example.nl", "--organisation", "LTO Noord", stdin="a long enough password\n",
    )  # fmt: skip
    web = polder.start("serve", "--port", str(polder.port), "--workers", "2", log="web.log")
    wait_until_answering(web, polder.base_url + "/healthz", lambda: polder.log("web.log"))

    follow = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{receiver.base}/activities/follow-1", "type": "Follow",
        "actor": receiver.actor_id, "object": f"{polder.base_url}/u/anna",
    }  # fmt: skip
    body, headers = receiver.signed_post(f"{polder.base_url}/inbox", follow)
    async with httpx.AsyncClient(base_url=polder.base_url, timeout=10) as client:
        answer = await client.post("/inbox", content=body, headers=headers)
        assert answer.status_code == 202, answer.text
        health = await _health(client)
        assert health is not None and health["status"] == "ok"
        # The web processes apply nothing themselves: the Follow waits for a worker.
        queues: Any = health["queues"]
        assert queues["inbox"]["waiting"] == 1 and queues["delivery"]["waiting"] == 0

        polder.start("worker", log="worker.log")

        async def accepted() -> bool:
            return any(d.get("type") == "Accept" for d in receiver.documents)

        await wait_for(accepted, "the worker's Accept at the other server")
        accept = next(d for d in receiver.documents if d["type"] == "Accept")
        assert accept["object"]["id"] == follow["id"]
        assert receiver.received == [("/users/bert/inbox", accept["id"])]

        async def drained() -> bool:
            health = await _health(client)
            queues: Any = health["queues"] if health else {}
            return all(q["waiting"] == 0 for q in queues.values())

        await wait_for(drained, "empty queues in /healthz")
        await _huge_bodies_are_413(client)


async def _huge_bodies_are_413(client: httpx.AsyncClient) -> None:
    """Through uvicorn for real, declared or chunked. (That the app stops reading at the limit is
    tests/app/test_inbox.py's; a client such as httpx writes its whole body before it reads the
    answer, so what it sent says nothing about what the server kept.)"""

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(256):  # 16 MB, chunked: no Content-Length
            yield b" " * 65536

    response = await client.post(
        "/inbox", content=chunks(), headers={"Content-Type": "application/activity+json"}
    )
    assert response.status_code == 413, response.text
    assert response.json()["error"] == "too_large"
    # A declared 64 MB of which nothing is sent: the answer comes without waiting for it.
    port = int(str(client.base_url).rsplit(":", 1)[1].rstrip("/"))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = (
        "POST /inbox HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/activity+json\r\n"
        f"Content-Length: {64 << 20}\r\n\r\n"
    )
    writer.write(head.encode())
    await writer.drain()
    async with asyncio.timeout(10):
        status = await reader.readline()
    writer.close()
    assert status.startswith(b"HTTP/1.1 413"), status
