"""Background work gives way to web requests: the count of requests in flight, and the wait
for a quiet moment that never lasts longer than its bound."""

from __future__ import annotations

import asyncio

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from server.give_way import CountRequestsMiddleware, RequestsInFlight


async def test_with_no_request_in_flight_work_goes_ahead_at_once() -> None:
    assert await RequestsInFlight(quiet=0).give_way() is True


async def test_a_request_that_stays_in_flight_bounds_the_wait() -> None:
    requests = RequestsInFlight(quiet=0, longest_wait=0.01)
    requests.enter()
    assert await requests.give_way() is False
    assert requests.count == 1


async def test_the_wait_ends_when_the_last_request_leaves() -> None:
    requests = RequestsInFlight(quiet=0, longest_wait=60)
    requests.enter()
    requests.enter()
    waiting = asyncio.create_task(requests.give_way())
    requests.leave()
    await asyncio.sleep(0)  # one request is still in flight: the wait goes on
    assert not waiting.done()
    requests.leave()
    assert await asyncio.wait_for(waiting, 10) is True


async def test_quiet_is_counted_from_the_end_of_the_last_request() -> None:
    now = [100.0]
    requests = RequestsInFlight(quiet=1.0, longest_wait=0.01, clock=lambda: now[0])
    requests.enter()
    assert requests.quiet_for() == 0.0
    now[0] += 5
    requests.leave()
    now[0] += 0.5
    assert requests.quiet_for() == 0.5
    now[0] += 0.6
    assert await requests.give_way() is True


async def test_not_quiet_long_enough_within_the_bound_is_busy() -> None:
    requests = RequestsInFlight(quiet=60, longest_wait=0.01)
    requests.enter()
    requests.leave()
    assert await requests.give_way() is False


async def test_the_middleware_counts_each_request_until_its_answer_is_sent() -> None:
    requests = RequestsInFlight()
    seen: list[int] = []

    async def page(request: Request) -> PlainTextResponse:
        seen.append(requests.count)
        return PlainTextResponse("ok")

    async def broken(request: Request) -> PlainTextResponse:
        raise RuntimeError("a bug")

    app = CountRequestsMiddleware(
        Starlette(routes=[Route("/", page), Route("/broken", broken)]), requests=requests
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        assert (await client.get("/")).status_code == 200
        assert (await client.get("/broken")).status_code == 500
    assert seen == [1]
    assert requests.count == 0  # a failing request is not counted forever
