"""A remote instance that is away for four days of simulated time, with real HTTP on loopback.

While nothing listens on its port (connection refused), our instance keeps posting to it (an
activity every three hours for a day and a half, one more on day two). Every attempt keeps to
the documented backoff (1 min, 5 min, 30 min, 2 h, 12 h, then daily; up to 10 % jitter) and
none happens before its retry-at; after a day of failures the host is marked unreachable and
every retry then waits at least six hours. When the instance comes back, each activity arrives
exactly once at the first retry-at after that, and the host is reachable again.

The clock is the queue's injected one (`run_due` is the worker's claim-and-process step); the
simulation jumps from one due moment to the next instead of sleeping."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation import outbox
from federation.delivery import DeliveryMachine, HostPolicy, HttpSender
from federation.queue import DEFAULT_BACKOFF, WAITING, run_due
from server.config import Settings
from server.models import Delivery, JobState, RemoteInstance
from tests.app.test_delivery_worker import Clock
from tests.servers import free_port

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SECOND, HOUR, DAY = timedelta(seconds=1), timedelta(hours=1), timedelta(days=1)
TRAFFIC = [START + 3 * HOUR * n for n in range(13)]  # what our members keep writing
LATE = START + 2 * DAY  # queued once the host is marked unreachable
BACK = START + 4 * DAY
SLOW = HostPolicy().slow_interval


@dataclass
class Remote:
    """The other instance: its port, and once it is back, the activity ids it received."""

    port: int
    received: list[str] = field(default_factory=list)
    server: TestServer | None = None

    @property
    def inbox(self) -> str:
        return f"http://127.0.0.1:{self.port}/inbox"

    async def inbox_handler(self, request: web.Request) -> web.Response:
        self.received.append(str((await request.json()).get("id")))
        return web.Response(status=202)

    async def come_back(self) -> None:
        app = web.Application()
        app.router.add_post("/inbox", self.inbox_handler)
        self.server = TestServer(app, host="127.0.0.1", port=self.port)
        await self.server.start_server()


@pytest.fixture
async def remote() -> AsyncIterator[Remote]:
    # A free port that nobody listens on: connections are refused until `come_back`.
    found = Remote(free_port())
    try:
        yield found
    finally:
        if found.server is not None:
            await found.server.close()


@dataclass
class Outage:
    """What the simulation saw: per delivery its attempt times, and the host's marks."""

    attempts: dict[int, list[datetime]] = field(default_factory=dict)
    unreachable_at: datetime | None = None
    failures_when_marked: int = 0


async def _queue(settings: Settings, remote: Remote, when: datetime) -> None:
    ap_id = f"http://testserver/activities/outage-{int(when.timestamp())}"
    activity = {"id": ap_id, "type": "Create", "actor": "http://testserver/actor"}
    await outbox.enqueue(settings, activity, signer="instance", inboxes=[remote.inbox], now=when)


async def _next_due() -> datetime | None:
    waiting = Delivery.filter(state__in=list(WAITING)).order_by("next_attempt_at")
    first = await waiting.first()
    return first.next_attempt_at if first else None


def _backoff_bounds(attempts: int, at: datetime, unreachable: bool) -> tuple[datetime, datetime]:
    """Earliest and latest retry-at the documentation allows after `attempts` failures."""
    delay = DEFAULT_BACKOFF.delays[attempts - 1]
    low, high = at + delay, at + delay * (1 + DEFAULT_BACKOFF.jitter)
    if unreachable:
        low, high = max(low, at + SLOW), max(high, at + SLOW)
    return low, high


async def _check_failed(delivery: Delivery, at: datetime, seen: Outage) -> None:
    host = await RemoteInstance.get(host=delivery.host)
    if host.unreachable_since is not None and seen.unreachable_at is None:
        seen.unreachable_at, seen.failures_when_marked = host.unreachable_since, host.failures
    stored = await Delivery.get(pk=delivery.pk)
    assert stored.state is JobState.RETRY, (stored.pk, stored.state, stored.last_error)
    assert "refused" in stored.last_error.lower() or "connect" in stored.last_error.lower()
    low, high = _backoff_bounds(stored.attempts, at, host.unreachable_since is not None)
    assert low <= stored.next_attempt_at <= high, (stored.attempts, at, stored.next_attempt_at)


async def _step(machine: DeliveryMachine, clock: Clock, at: datetime, seen: Outage) -> None:
    # One second before the earliest retry-at nothing may be sent.
    clock.now = at - SECOND
    assert await run_due(machine, clock) == [], f"an attempt before its time ({clock.now})"
    clock.now = at
    for delivery, outcome in await run_due(machine, clock):
        seen.attempts.setdefault(delivery.pk, []).append(at)
        if outcome.state is JobState.RETRY:
            await _check_failed(delivery, at, seen)
        else:
            assert outcome.state is JobState.DONE and at >= BACK, (outcome, at)


async def _simulate(settings: Settings, remote: Remote, machine: DeliveryMachine) -> Outage:
    clock, seen = Clock(START), Outage()
    queued = sorted([*TRAFFIC, LATE])
    while True:
        due = await _next_due()
        moments = [m for m in (due, queued[0] if queued else None) if m is not None]
        if remote.server is None:
            moments.append(BACK)
        if not moments:
            return seen
        at = min(moments)
        if queued and queued[0] == at:
            await _queue(settings, remote, queued.pop(0))
        if at == BACK and remote.server is None:
            await remote.come_back()
        await _step(machine, clock, at, seen)


async def test_an_instance_away_for_days_gets_everything_once_when_back(
    settings: Settings, instance: None, remote: Remote
) -> None:
    async with HttpSender.for_settings(settings) as sender:
        machine = DeliveryMachine(settings, sender)
        seen = await _simulate(settings, remote, machine)
        # Long after: nothing is left to send.
        clock = Clock(BACK + 30 * DAY)
        assert await run_due(machine, clock) == []

    # Marked unreachable after failures spanning a day, as HostPolicy documents.
    assert seen.unreachable_at is not None
    assert seen.unreachable_at >= START + HostPolicy().over
    assert seen.failures_when_marked == HostPolicy().failures
    # The first activity went through the whole documented schedule, with jitter.
    first = min(seen.attempts)
    times = seen.attempts[first]
    assert times[0] == START and len(times) == 10, times
    for n, (before, after) in enumerate(itertools.pairwise(times), start=1):
        assert DEFAULT_BACKOFF.delays[n - 1] <= after - before, (n, before, after)
    # Once unreachable, no delivery to the host is tried again within six hours.
    marked = seen.unreachable_at
    for attempts in seen.attempts.values():
        later = [t for t in attempts if t >= marked]
        assert all(b - a >= SLOW for a, b in itertools.pairwise(later)), later
    # The one queued once the host was unreachable waited six hours, not one minute.
    late = next(times for times in seen.attempts.values() if times[0] == LATE)
    assert late[1] - late[0] >= SLOW
    # Back: everything delivered exactly once, at the first attempt after it came back.
    ids = [f"http://testserver/activities/outage-{int(m.timestamp())}" for m in [*TRAFFIC, LATE]]
    assert Counter(remote.received) == Counter(ids)
    assert all(times[-1] >= BACK and times[-2] < BACK for times in seen.attempts.values())
    assert await Delivery.filter(state=JobState.DONE).count() == len(ids)
    host = await RemoteInstance.get(host=f"127.0.0.1:{remote.port}")
    assert (host.unreachable_since, host.failures) == (None, 0)
    assert host.last_success_at is not None and host.last_success_at >= BACK
