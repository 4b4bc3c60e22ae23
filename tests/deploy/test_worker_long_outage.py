"""A remote instance away for four days, against a real `polder worker` process whose clock
the test moves (`POLDER_DEV_CLOCK`). Our members keep writing to it every three hours for a
day. Every retry keeps to the documented backoff and none comes early; after a day of failures
the host is marked unreachable and retried at most every six hours; when it is back, every
activity arrives exactly once and the host counts as reachable again.

(tests/app/test_delivery_long_outage.py walks the same schedule in-process with more traffic;
this one proves it for the worker as deployed: its own process, its own clock reading.)

No attempt may come early: before each retry-at the clock is set one second short of it,
and a delivery to another, working host due at that moment is queued. Once that one has
arrived the worker has certainly claimed at that time, so the deliveries to the host away,
still not tried, were not due for it."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation.delivery import HostPolicy
from federation.queue import DEFAULT_BACKOFF
from server import dev_clock
from tests.deploy.processes import Polder, Receiver, fetch, queue_deliveries
from tests.federation.conftest import wait_for
from tests.servers import free_port

DEADLINE = 60.0
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
HOUR, DAY, SECOND = timedelta(hours=1), timedelta(days=1), timedelta(seconds=1)
TRAFFIC = [START + 3 * HOUR * n for n in range(10)]  # queued to the host while it is away
BACK = START + 4 * DAY
Rows = dict[str, dict[str, Any]]  # the host's deliveries by activity id


class Away:
    """The other instance: nothing listens on its port (connections refused) until it is back."""

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[str] = []
        self.server: TestServer | None = None

    @property
    def inbox(self) -> str:
        return f"http://127.0.0.1:{self.port}/inbox"

    async def receive(self, request: web.Request) -> web.Response:
        self.received.append(str((await request.json()).get("id")))
        return web.Response(status=202)

    async def come_back(self) -> None:
        app = web.Application()
        app.router.add_post("/inbox", self.receive)
        self.server = TestServer(app, host="127.0.0.1", port=self.port)
        await self.server.start_server()


@pytest.fixture
async def away() -> AsyncIterator[Away]:
    remote = Away()
    try:
        yield remote
    finally:
        if remote.server is not None:
            await remote.server.close()


async def _deliveries(polder: Polder, host: str) -> Rows:
    rows = await fetch(
        polder.database_url,
        "SELECT d.state, d.attempts, d.next_attempt_at, d.last_error, a.ap_id "
        'FROM "deliveries" d JOIN "activities" a ON a.id = d.activity_id WHERE d.host = $1',
        host,
    )
    return {row["ap_id"]: dict(row) for row in rows}


async def _host(polder: Polder, host: str) -> dict[str, Any]:
    rows = await fetch(
        polder.database_url,
        'SELECT failures, unreachable_since, last_success_at FROM "remote_instances" '
        "WHERE host = $1",
        host,
    )
    return dict(rows[0])


async def _nothing_early(polder: Polder, receiver: Receiver, clock: Path, due: datetime) -> None:
    """Move the clock to just before `due` and see the worker claim at that time."""
    dev_clock.write(clock, due - SECOND)
    name = f"canary-{int(due.timestamp())}"
    [canary] = await queue_deliveries(
        polder.database_url, [f"{receiver.base}/inbox/{name}"], at=due - SECOND, name=name
    )

    async def arrived() -> bool:
        return (f"/inbox/{name}", canary) in receiver.counts()

    await wait_for(arrived, f"the delivery due at {due - SECOND}", DEADLINE)


def _bounds(attempts: int, at: datetime, unreachable: bool) -> tuple[datetime, datetime]:
    """Earliest and latest retry-at the documentation allows after `attempts` failures."""
    delay = DEFAULT_BACKOFF.delays[attempts - 1]
    low, high = at + delay, at + delay * (1 + DEFAULT_BACKOFF.jitter)
    if unreachable:
        slow = HostPolicy().slow_interval
        low, high = max(low, at + slow), max(high, at + slow)
    return low, high


def _next_moment(rows: Rows, queued: list[datetime]) -> datetime | None:
    due = [row["next_attempt_at"] for row in rows.values() if row["state"] == "retry"]
    moments = [m for m in [*due, *queued[:1]] if isinstance(m, datetime)]
    return min(moments) if moments else None


class Outage:
    """What the test saw: per activity the times it was tried, and when the host was marked."""

    def __init__(self) -> None:
        self.tried: dict[str, list[datetime]] = {}
        self.marked: datetime | None = None


async def _settled(polder: Polder, host: str, at: datetime, before: Rows) -> Rows:
    """Once every delivery due at `at` was tried: the rows then."""

    async def check() -> Rows | None:
        rows = await _deliveries(polder, host)
        for ap_id, row in rows.items():
            was = before.get(ap_id)
            due = was is None or (was["state"] == "retry" and was["next_attempt_at"] <= at)
            if row["state"] in ("queued", "in_flight") or (due and row == was):
                return None
        return rows

    return await wait_for(check, f"every delivery due at {at} tried", DEADLINE)


async def _record(
    polder: Polder, host: str, at: datetime, before: Rows, after: Rows, seen: Outage
) -> None:
    state = await _host(polder, host)
    if state["unreachable_since"] is not None and seen.marked is None:
        seen.marked = at
        assert state["failures"] == HostPolicy().failures
    for ap_id, row in after.items():
        if before.get(ap_id) == row:
            continue  # not due, not tried
        seen.tried.setdefault(ap_id, []).append(at)
        if row["state"] == "done":
            assert at >= BACK, (ap_id, at)
            continue
        assert row["state"] == "retry", row
        assert "refused" in str(row["last_error"]).lower() or "connect" in str(row["last_error"])
        low, high = _bounds(row["attempts"], at, seen.marked is not None)
        assert low <= row["next_attempt_at"] <= high, (ap_id, row, at)


async def test_a_real_worker_keeps_the_backoff_over_days_and_delivers_once_when_back(
    polder: Polder, receiver: Receiver, away: Away, tmp_path: Path
) -> None:
    polder.prepare()
    clock = tmp_path / "clock"
    dev_clock.write(clock, START)
    worker = polder.start("worker", log="worker.log", env={"POLDER_DEV_CLOCK": str(clock)})
    host, queued, seen, ids = f"127.0.0.1:{away.port}", list(TRAFFIC), Outage(), []
    rows: Rows = {}
    while (at := _next_moment(rows, queued)) is not None:
        assert worker.poll() is None, polder.log("worker.log")
        if at >= BACK and away.server is None:
            await away.come_back()
        if at > START:
            await _nothing_early(polder, receiver, clock, at)
            assert await _deliveries(polder, host) == rows, "a delivery was tried before its time"
        if queued and queued[0] == at:
            name = f"traffic-{len(ids)}"
            ids += await queue_deliveries(
                polder.database_url, [away.inbox], at=queued.pop(0), name=name
            )
        dev_clock.write(clock, at)
        after = await _settled(polder, host, at, rows)
        await _record(polder, host, at, rows, after, seen)
        rows = after

    # Marked unreachable after failures spanning a day, as HostPolicy documents.
    assert seen.marked is not None and seen.marked - START >= HostPolicy().over
    # The first activity went through the whole documented schedule.
    first = seen.tried[ids[0]]
    assert first[0] == START and len(first) == 10, first
    for n, (before, after) in enumerate(itertools.pairwise(first), start=1):
        assert DEFAULT_BACKOFF.delays[n - 1] <= after - before, (n, before, after)
    # Once unreachable, no delivery to the host is tried again within six hours.
    for times in seen.tried.values():
        later = [t for t in times if t >= seen.marked]
        assert all(b - a >= HostPolicy().slow_interval for a, b in itertools.pairwise(later))
    # Back: everything delivered exactly once, at the first attempt after it came back.
    assert sorted(away.received) == sorted(ids)
    assert all(times[-1] >= BACK > times[-2] for times in seen.tried.values())
    state = await _host(polder, host)
    assert (state["unreachable_since"], state["failures"]) == (None, 0)
