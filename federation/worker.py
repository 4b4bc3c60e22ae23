"""The worker loop: claim due jobs, run each in its own task, repeat; sleep when idle.

One loop serves one job table (`JobMachine`). It keeps at most `max_in_flight` jobs running (the
machine's group limit, e.g. per host, is applied when claiming), wakes when this process queues
work (the machine's doorbell) or a job finishes, and otherwise polls every `poll_interval`
seconds for work queued by other processes or coming due. `stop()` ends it gracefully: no new
claims, running jobs get `grace` seconds; a job cut off after that keeps its lease and is picked
up again once the lease passes.

`polder serve` runs a delivery worker, an inbox worker (`federation.inbox_processing`) and the
notification mail worker (`server.services.mail_queue`, with the hourly look for weekly digests)
and the data export worker (`server.services.data_exports`, one zip at a time, with the hourly
removal of expired ones) inside the web process (`BackgroundWorker`); `polder worker` runs them
on their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Generic

from federation.delivery import DeliveryMachine, HttpSender
from federation.inbox_processing import InboxMachine
from federation.queue import Clock, J, JobMachine, Outcome, claim, process, utcnow
from server import metrics
from server.config import Settings
from server.models import DataExport, Delivery, InboxMessage, OutgoingMail
from server.services import data_exports, notifications
from server.services.data_exports import ExportMachine
from server.services.mail_queue import MailMachine

log = logging.getLogger(__name__)
DIGEST_CHECK_SECONDS = 3600
EXPIRED_EXPORTS_CHECK_SECONDS = 3600


@dataclass(frozen=True)
class Limits:
    max_in_flight: int = 32
    per_group: int = 4  # e.g. per host: several requests, never a flood
    batch: int = 32  # most rows taken per claim
    lease: timedelta = timedelta(minutes=2)  # longer than any send can take
    poll_interval: float = 5.0
    grace: float = 15.0


class Worker(Generic[J]):
    def __init__(
        self,
        machine: JobMachine[J],
        *,
        clock: Clock = utcnow,
        limits: Limits | None = None,
        on_finished: Callable[[J, Outcome], None] | None = None,
        give_way: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        self.machine = machine
        self.give_way = give_way
        self.clock = clock
        self.limits = limits or Limits()
        self.on_finished = on_finished
        self._tasks: set[asyncio.Task[None]] = set()
        self._refill_at = max(1, min(self.limits.batch, self.limits.max_in_flight) // 4)
        self._wake = asyncio.Event()
        self._stopping = False

    @property
    def running(self) -> int:
        return len(self._tasks)

    def wake(self) -> None:
        """Look for due work now (after moving an injected clock, for instance)."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        self.machine.doorbell.subscribe(self._wake)
        try:
            while not self._stopping:
                self._wake.clear()
                try:
                    await self._fill()
                except Exception:
                    # The database may be away for a moment; try again after the interval.
                    log.exception("claiming %s failed", self.machine.model.__name__)
                if not self._stopping:
                    await self._idle()
        finally:
            self.machine.doorbell.unsubscribe(self._wake)
            await self._drain()

    async def _fill(self) -> None:
        while not self._stopping:
            free = self.limits.max_in_flight - len(self._tasks)
            if free < 1 or (self._tasks and free < self._refill_at):
                # A claim is a transaction of several round trips: while jobs are running,
                # wait until a few slots are free and take them together.
                return
            limit = min(free, self.limits.batch)
            if self.give_way is not None and not await self.give_way():
                # Requests keep coming: one job at a time until they pause.
                if self._tasks or self._stopping:
                    return
                limit = 1
            jobs = await claim(
                self.machine,
                now=self.clock(),
                lease=self.limits.lease,
                limit=limit,
                per_group=self.limits.per_group,
            )
            if not jobs:
                return
            for job in jobs:
                task = asyncio.create_task(self._run_job(job))
                self._tasks.add(task)
                task.add_done_callback(self._finished)

    async def _idle(self) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.limits.poll_interval):
                await self._wake.wait()

    async def _run_job(self, job: J) -> None:
        try:
            outcome = await process(self.machine, job, self.clock)
        except Exception:
            # Storing the result failed; the lease brings the job back later.
            log.exception("%s %s: could not store its result", type(job).__name__, job.pk)
            return
        if self.on_finished is not None:
            self.on_finished(job, outcome)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._wake.set()

    async def _drain(self) -> None:
        if not self._tasks:
            return
        _, pending = await asyncio.wait(set(self._tasks), timeout=self.limits.grace)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)


def _count_delivery(job: Delivery, outcome: Outcome) -> None:
    metrics.count_delivery(outcome.state.value)


class BackgroundWorker:
    """A delivery worker and an inbox worker (applying received activities), running as tasks
    next to the web app (or on their own)."""

    def __init__(
        self,
        settings: Settings,
        *,
        limits: Limits | None = None,
        give_way: Callable[[], Awaitable[bool]] | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self.give_way = give_way
        self.clock = clock
        self._sender: HttpSender | None = None
        self._worker: Worker[Delivery] | None = None
        self._task: asyncio.Task[None] | None = None
        self._inbox: Worker[InboxMessage] | None = None
        self._inbox_task: asyncio.Task[None] | None = None
        self._mail: Worker[OutgoingMail] | None = None
        self._mail_task: asyncio.Task[None] | None = None
        self._exports: Worker[DataExport] | None = None
        self._exports_task: asyncio.Task[None] | None = None
        self._periodic: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._sender = await HttpSender.for_settings(self.settings).__aenter__()
        self._worker = Worker(
            DeliveryMachine(self.settings, self._sender),
            limits=self.limits,
            on_finished=_count_delivery,
            give_way=self.give_way,
            clock=self.clock,
        )
        self._task = asyncio.create_task(self._worker.run(), name="polder-deliveries")
        self._inbox = Worker(
            InboxMachine(self.settings),
            limits=self.limits,
            give_way=self.give_way,
            clock=self.clock,
        )
        self._inbox_task = asyncio.create_task(self._inbox.run(), name="polder-inbox")
        self._mail = Worker(
            MailMachine(self.settings), limits=self.limits, give_way=self.give_way, clock=self.clock
        )
        self._mail_task = asyncio.create_task(self._mail.run(), name="polder-mail")
        # A zip can take minutes and much memory: one at a time, with a lease to match.
        export_limits = replace(
            self.limits or Limits(), max_in_flight=1, batch=1, lease=timedelta(minutes=30)
        )
        self._exports = Worker(
            ExportMachine(self.settings),
            limits=export_limits,
            give_way=self.give_way,
            clock=self.clock,
        )
        self._exports_task = asyncio.create_task(self._exports.run(), name="polder-exports")
        # Weekly digests fall due one person at a time, exports expire after days: looking
        # each hour is often enough for both.
        self._periodic = [
            asyncio.create_task(
                _every(DIGEST_CHECK_SECONDS, lambda: notifications.send_due_digests(self.settings)),
                name="polder-digests",
            ),
            asyncio.create_task(
                _every(
                    EXPIRED_EXPORTS_CHECK_SECONDS,
                    lambda: data_exports.remove_expired(self.settings),
                ),
                name="polder-expired-exports",
            ),
        ]

    async def stop(self) -> None:
        for task in self._periodic:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._periodic = []
        if self._exports is not None:
            self._exports.stop()
        if self._exports_task is not None:
            await self._exports_task
        self._exports = self._exports_task = None
        if self._mail is not None:
            self._mail.stop()
        if self._mail_task is not None:
            await self._mail_task
        self._mail = self._mail_task = None
        if self._inbox is not None:
            self._inbox.stop()
        if self._worker is not None:
            self._worker.stop()
        if self._inbox_task is not None:
            await self._inbox_task
        if self._task is not None:
            await self._task
        self._inbox = self._inbox_task = None
        if self._sender is not None:
            await self._sender.__aexit__(None, None, None)
        self._sender = self._worker = self._task = None


async def _every(seconds: float, job: Callable[[], Awaitable[object]]) -> None:
    """Run `job` now and then every `seconds` until cancelled; a failure waits for the next."""
    while True:
        try:
            await job()
        except Exception:
            log.exception("a periodic task failed; trying again in %s seconds", seconds)
        await asyncio.sleep(seconds)


async def run_deliveries(
    settings: Settings, stop: asyncio.Event, *, limits: Limits | None = None, clock: Clock = utcnow
) -> None:
    """Deliver until `stop` is set (`polder worker`)."""
    background = BackgroundWorker(settings, limits=limits, clock=clock)
    await background.start()
    try:
        await stop.wait()
    finally:
        await background.stop()
