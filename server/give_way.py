"""Background work in the web process gives way to the requests it is answering.

`polder serve` with one process runs the delivery and inbox workers on the web app's own event
loop. Without this, a flood of received activities (each one cheap to accept, expensive to
apply) lets the worker's backlog take most turns of the loop, and every request waits behind
it. Here the worker asks before each claim: it starts work at once when no request has been
in flight for a moment, and otherwise waits for such a moment, but never longer than
`longest_wait`, so that applying and delivering go on, more slowly, under a steady load.
Received activities are stored before the 202, so the backlog waits safely in the database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

QUIET_SECONDS = 0.005
LONGEST_WAIT_SECONDS = 0.1


class RequestsInFlight:
    def __init__(
        self,
        *,
        quiet: float = QUIET_SECONDS,
        longest_wait: float = LONGEST_WAIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.quiet = quiet
        self.longest_wait = longest_wait
        self.clock = clock
        self.count = 0
        self._last_left = float("-inf")
        self._idle = asyncio.Event()
        self._idle.set()

    def enter(self) -> None:
        self.count += 1
        self._idle.clear()

    def leave(self) -> None:
        self.count -= 1
        if self.count == 0:
            self._last_left = self.clock()
            self._idle.set()

    def quiet_for(self) -> float:
        """Seconds since the last request ended (0 while one is in flight)."""
        return 0.0 if self.count else self.clock() - self._last_left

    async def give_way(self) -> bool:
        """True once no request has been in flight for `quiet` seconds; False when that did
        not happen within `longest_wait` (the caller then takes a small share of work)."""
        deadline = self.clock() + self.longest_wait
        while True:
            remaining = deadline - self.clock()
            if self.count == 0:
                still_to_wait = self.quiet - self.quiet_for()
                if still_to_wait <= 0:
                    return True
                if remaining <= 0:
                    return False
                await asyncio.sleep(min(still_to_wait, remaining))
                continue
            if remaining <= 0:
                return False
            try:
                async with asyncio.timeout(remaining):
                    await self._idle.wait()
            except TimeoutError:
                return False


class CountRequestsMiddleware:
    """Counts the HTTP requests being answered (their whole response, streaming included)."""

    def __init__(self, app: ASGIApp, *, requests: RequestsInFlight) -> None:
        self.app = app
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests.enter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.requests.leave()
