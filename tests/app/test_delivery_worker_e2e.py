"""The real worker loop against a real receiver on a loopback port: signed, retried, delivered
once. The clock is injected and moved forward; nothing sleeps."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation import outbox
from federation.delivery import DeliveryMachine, HttpSender
from federation.errors import SignatureError
from federation.queue import Backoff, Outcome, claim
from federation.signatures import (
    IncomingRequest,
    generate_key_pair,
    load_public_key,
    verify_request,
)
from federation.urls import Urls
from federation.worker import Limits, Worker
from server.config import Settings
from server.models import Delivery, JobState, User
from tests.app.test_delivery_worker import LEASE, MIN, Clock
from tests.conftest import make_user


@dataclass
class Receiver:
    """An inbox that checks every signature and digest, answering from a script."""

    public_key_pem: str
    clock: Clock
    answers: list[int]
    requests: list[dict[str, Any]] = field(default_factory=list)
    accepted: list[bytes] = field(default_factory=list)
    arrived: asyncio.Queue[int] = field(default_factory=asyncio.Queue)

    async def inbox(self, request: web.Request) -> web.Response:
        body = await request.read()
        incoming = IncomingRequest(
            method=request.method, path=request.raw_path, headers=request.headers, body=body
        )
        try:
            key_id = verify_request(
                incoming, load_public_key(self.public_key_pem), now=self.clock()
            )
        except SignatureError as exc:
            self.requests.append({"verified": False, "error": str(exc)})
            return web.Response(status=401)
        status = self.answers.pop(0)
        self.requests.append(
            {"verified": True, "key_id": key_id, "type": request.content_type, "status": status}
        )
        if status == 202:
            self.accepted.append(body)
        self.arrived.put_nowait(status)
        return web.Response(status=status)


@pytest.fixture
async def signer(settings: Settings) -> User:
    user = await make_user(settings, "anna")
    user.private_key_pem, user.public_key_pem = generate_key_pair()
    await user.save()
    return user


async def keys_on_rows(settings: Settings, kind: str, id: int | None) -> tuple[str, str]:
    assert kind == "user"
    user = await User.get(pk=id)
    assert user.private_key_pem
    return Urls(settings.base_url).key_id(Urls(settings.base_url).person(user.username)), (
        user.private_key_pem
    )


@pytest.fixture
async def receiver(signer: User) -> AsyncIterator[tuple[Receiver, str]]:
    assert signer.public_key_pem
    inbox = Receiver(signer.public_key_pem, Clock(), answers=[503, 503, 202])
    app = web.Application()
    app.router.add_post("/inbox", inbox.inbox)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield inbox, f"http://127.0.0.1:{server.port}/inbox"
    finally:
        await server.close()


async def test_a_delivery_is_retried_until_accepted_and_arrives_exactly_once(
    settings: Settings, signer: User, receiver: tuple[Receiver, str]
) -> None:
    inbox, url = receiver
    clock = inbox.clock  # the receiver checks Date against the same moved clock
    finished: asyncio.Queue[Outcome] = asyncio.Queue()
    activity = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "http://testserver/activities/e2e",
        "type": "Create",
        "actor": "http://testserver/u/anna",
        "object": {"type": "Note", "content": "Graag tot donderdag in het dorpshuis."},
    }
    backoff = Backoff(delays=(MIN, 5 * MIN, 30 * MIN), jitter=0)
    async with HttpSender.for_settings(settings) as sender:
        machine = DeliveryMachine(settings, sender, keys=keys_on_rows, backoff=backoff)
        worker = Worker(
            machine,
            clock=clock,
            limits=Limits(poll_interval=60, lease=LEASE),
            on_finished=lambda job, outcome: finished.put_nowait(outcome),
        )
        running = asyncio.create_task(worker.run())
        # Queued while the worker idles: the doorbell wakes it, no polling interval passes.
        await outbox.enqueue(
            settings, activity, signer=f"user:{signer.pk}", inboxes=[url], now=clock()
        )
        states = [(await asyncio.wait_for(finished.get(), 10)).state]
        for wait in (MIN, 5 * MIN):
            clock.advance(wait)
            worker.wake()
            states.append((await asyncio.wait_for(finished.get(), 10)).state)
        worker.stop()
        await asyncio.wait_for(running, 10)

    assert states == [JobState.RETRY, JobState.RETRY, JobState.DONE]
    delivery = await Delivery.get(inbox_url=url)
    assert (delivery.state, delivery.attempts, delivery.done_at) == (JobState.DONE, 3, clock())
    assert [r["status"] for r in inbox.requests] == [503, 503, 202]
    assert all(r["verified"] for r in inbox.requests)
    assert {r["key_id"] for r in inbox.requests} == {"http://testserver/u/anna#main-key"}
    assert {r["type"] for r in inbox.requests} == {"application/activity+json"}
    assert len(inbox.accepted) == 1 and json.loads(inbox.accepted[0]) == activity
    clock.advance(timedelta(days=30))
    assert await claim(machine, now=clock(), lease=LEASE, limit=10) == []


async def test_a_tampered_key_is_refused_by_the_receiver_and_retried(
    settings: Settings, signer: User, receiver: tuple[Receiver, str]
) -> None:
    inbox, url = receiver
    other_private, _ = generate_key_pair()

    async def wrong_key(settings: Settings, kind: str, id: int | None) -> tuple[str, str]:
        return "http://testserver/u/anna#main-key", other_private

    finished: asyncio.Queue[Outcome] = asyncio.Queue()
    async with HttpSender.for_settings(settings) as sender:
        worker = Worker(
            DeliveryMachine(settings, sender, keys=wrong_key),
            clock=inbox.clock,
            limits=Limits(poll_interval=60),
            on_finished=lambda job, outcome: finished.put_nowait(outcome),
        )
        running = asyncio.create_task(worker.run())
        activity = {"id": "http://testserver/activities/x", "type": "Like", "actor": "x:y"}
        await outbox.enqueue(
            settings, activity, signer=f"user:{signer.pk}", inboxes=[url], now=inbox.clock()
        )
        outcome = await asyncio.wait_for(finished.get(), 10)
        worker.stop()
        await asyncio.wait_for(running, 10)

    assert (outcome.state, outcome.error) == (JobState.RETRY, "HTTP 401")
    assert inbox.requests == [{"verified": False, "error": inbox.requests[0]["error"]}]
    assert "does not verify" in inbox.requests[0]["error"]
    assert inbox.accepted == []
