"""Durable job queues in the database: claim due rows with a lease, run one state handler, store
the next state.

Deliveries (`federation.delivery`) use this, and inbox messages can use the same machinery: any
model with `state` (`JobState`), `attempts`, `next_attempt_at`, `lease_until` and `last_error`.

    queued ──claim──▶ in_flight ──handle_in_flight──▶ done
    retry  ──claim──▶ in_flight                      ▶ retry (backoff) | dead

A machine declares its graph and implements `handle_<state>` for every state a worker runs; the
declaration is checked when the class is defined (as Takahe's stator does), not when the first
job happens to reach a missing handler.

Claiming is safe with several workers: on PostgreSQL due rows are selected `FOR UPDATE SKIP
LOCKED`, on SQLite the claim's transaction takes the write lock up front (`BEGIN IMMEDIATE`,
so it waits its turn instead of failing with "database is locked"), and on every database
each row is taken with a conditional UPDATE that names the state and attempt count it was
seen with, so two claimers can never both win. `attempts` goes up on every claim and doubles
as a fencing token: a worker whose lease expired (and whose job another worker has since
reclaimed) cannot overwrite the newer result. A worker that crashes loses nothing: its rows
stay `in_flight` until their lease passes, then they are due again.
"""

from __future__ import annotations

import asyncio
import logging
import random
import zlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Generic, TypeVar, cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.models import Model

from server import db, rows
from server.models import JobState

log = logging.getLogger(__name__)

J = TypeVar("J", bound=Model)
Clock = Callable[[], datetime]

# The states a worker picks up when due; they are left by claiming, not by a handler.
WAITING = frozenset({JobState.QUEUED, JobState.RETRY})
TERMINAL = frozenset({JobState.DONE, JobState.DEAD})
JOB_GRAPH: Mapping[JobState, frozenset[JobState]] = {
    JobState.QUEUED: frozenset({JobState.IN_FLIGHT}),
    JobState.RETRY: frozenset({JobState.IN_FLIGHT}),
    JobState.IN_FLIGHT: frozenset({JobState.DONE, JobState.RETRY, JobState.DEAD}),
    JobState.DONE: frozenset(),
    JobState.DEAD: frozenset(),
}


def utcnow() -> datetime:
    return datetime.now(UTC)


# Backoff ------------------------------------------------------------------------------------


def _jitter_source() -> float:
    return random.random()  # noqa: S311 — spreading retries, not a secret


@dataclass(frozen=True)
class Backoff:
    """Waits after the 1st, 2nd, ... failed attempt; after the last one the job is dead.

    Each wait is stretched by up to `jitter` (a fraction) so that jobs which failed together
    (a host that was down) do not all come back in the same second.
    """

    delays: tuple[timedelta, ...]
    jitter: float = 0.1
    random: Callable[[], float] = _jitter_source

    @property
    def max_attempts(self) -> int:
        return len(self.delays) + 1

    def next_attempt(self, attempts: int, now: datetime) -> datetime | None:
        """When to try again after `attempts` failed attempts, or None: give up."""
        if attempts < 1 or attempts > len(self.delays):
            return None
        delay = self.delays[attempts - 1]
        return now + delay * (1 + self.jitter * self.random())


_MIN, _HOUR, _DAY = timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)
# 1 min, 5 min, 30 min, 2 h, 12 h, then daily: the 12th attempt comes about 6.6 days after the
# first (up to 7.3 with jitter), and a job that fails that one too is dead.
DEFAULT_BACKOFF = Backoff(delays=(_MIN, 5 * _MIN, 30 * _MIN, 2 * _HOUR, 12 * _HOUR, *[_DAY] * 6))


# Machines -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a handler decided: the next state, why (for `last_error`), and for a retry the
    earliest moment it may happen (the backoff decides when, but never earlier than this)."""

    state: JobState
    error: str = ""
    not_before: datetime | None = None


class Doorbell:
    """Wakes this process's workers right after something was queued (others poll)."""

    def __init__(self) -> None:
        self._events: set[asyncio.Event] = set()

    def subscribe(self, event: asyncio.Event) -> None:
        self._events.add(event)

    def unsubscribe(self, event: asyncio.Event) -> None:
        self._events.discard(event)

    def ring(self) -> None:
        for event in self._events:
            event.set()


class JobMachine(Generic[J]):
    """Subclass per job table: set `model`, optionally `group_field` (a column whose values each
    get at most `per_group` jobs in flight, e.g. a delivery's host), and write the handlers."""

    model: ClassVar[type[Model]]
    group_field: ClassVar[str | None] = None
    graph: ClassVar[Mapping[JobState, frozenset[JobState]]] = JOB_GRAPH
    initial: ClassVar[JobState] = JobState.QUEUED
    doorbell: ClassVar[Doorbell]
    backoff: Backoff = DEFAULT_BACKOFF

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_machine(cls)

    def handler(self, state: JobState) -> Callable[[J, datetime], Awaitable[Outcome]]:
        handle: Callable[[J, datetime], Awaitable[Outcome]] = getattr(self, f"handle_{state.value}")
        return handle

    async def load(self, jobs: list[J]) -> None:
        """Fetch what the handlers need for a claimed batch (related rows), in few queries."""

    def finish_fields(self, outcome: Outcome, now: datetime) -> dict[str, Any]:
        """Extra columns to write with the next state (e.g. a delivery's `done_at`)."""
        return {}


def check_machine(cls: type[JobMachine[Any]]) -> None:
    """Refuse a machine whose graph cannot work: raised when the class is defined."""
    name = cls.__name__
    graph = cls.graph
    if cls.initial not in graph or cls.initial not in WAITING:
        raise TypeError(f"{name}: initial state {cls.initial} must be a waiting state")
    for state, targets in graph.items():
        unknown = targets - graph.keys()
        if unknown:
            raise TypeError(f"{name}: {state} leads to undeclared {sorted(unknown)}")
        handler = getattr(cls, f"handle_{state.value}", None)
        runs = bool(targets) and state not in WAITING
        if runs and not asyncio.iscoroutinefunction(handler):
            raise TypeError(f"{name}: state {state} needs an async handle_{state.value}")
        if not runs and handler is not None:
            raise TypeError(f"{name}: {state} is not worked on, yet has handle_{state.value}")
    if JobState.RETRY in graph and not isinstance(getattr(cls, "backoff", None), Backoff):
        raise TypeError(f"{name}: a graph with retry needs a Backoff")


# Claiming -----------------------------------------------------------------------------------


def _due(now: datetime) -> Q:
    waiting = Q(state__in=list(WAITING), next_attempt_at__lte=now)
    abandoned = Q(state=JobState.IN_FLIGHT, lease_until__lte=now)
    return waiting | abandoned


async def claim(
    machine: JobMachine[J],
    *,
    now: datetime,
    lease: timedelta,
    limit: int,
    per_group: int | None = None,
) -> list[J]:
    """Take up to `limit` due jobs (oldest first) for `lease`; returns them `in_flight`."""
    if limit < 1:
        return []
    model = machine.model
    group = machine.group_field if per_group else None
    async with db.write_transaction() as conn:
        postgres = conn.capabilities.dialect == "postgres"
        free: dict[str, int] | None = None
        query = model.filter(_due(now))
        if group is not None and per_group is not None:
            if postgres:
                # Counting what is in flight and claiming must not interleave between
                # processes, or two of them could each fill the same host's last slot.
                lock = zlib.crc32(model._meta.db_table.encode())
                await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [lock])
            busy = await _in_flight_per_group(model, group, now, conn)
            full = [value for value, count in busy.items() if count >= per_group]
            if full:
                query = query.exclude(**{f"{group}__in": full})
            free = {value: per_group - count for value, count in busy.items()}
        query = query.order_by("next_attempt_at", "id").limit(limit).using_db(conn)
        if postgres:
            query = query.select_for_update(skip_locked=True)
        candidates = cast(list[J], await query)
        chosen = _within_limits(candidates, group, free, per_group)
        claimed = await _take(model, chosen, now + lease, conn)
    await machine.load(claimed)
    return claimed


async def _in_flight_per_group(
    model: type[Model], group: str, now: datetime, conn: BaseDBAsyncClient
) -> dict[str, int]:
    rows = (
        await model.filter(state=JobState.IN_FLIGHT, lease_until__gt=now)
        .annotate(count=Count("id"))
        .group_by(group)
        .using_db(conn)
        .values_list(group, "count")
    )
    return {str(value): int(count) for value, count in rows}


def _within_limits(
    candidates: Sequence[J], group: str | None, free: dict[str, int] | None, per_group: int | None
) -> list[J]:
    if group is None or free is None or per_group is None:
        return list(candidates)
    chosen = []
    for job in candidates:
        value = str(getattr(job, group))
        left = free.get(value, per_group)
        if left > 0:
            free[value] = left - 1
            chosen.append(job)
    return chosen


class ClaimConflict(Exception):
    """A chosen row changed between the claim's read and its write: the claim is rolled back."""


async def _take(
    model: type[Model], chosen: list[J], lease_until: datetime, conn: BaseDBAsyncClient
) -> list[J]:
    """Mark the chosen rows in flight in one UPDATE, each only as it was read (its attempt
    count changes with every claim).

    The claim's transaction keeps other claimers off these rows (SQLite's write lock,
    PostgreSQL's `FOR UPDATE SKIP LOCKED`), so all of them are taken. Should one have changed
    anyway, `ClaimConflict` rolls the whole claim back: a row is never taken twice, and the
    next claim reads them again. Plain SQL: a claim is made for every few jobs, and the ORM's
    rendering of one condition per row cost more than the claim's own round trips.
    """
    if not chosen:
        return []
    meta = model._meta
    fields = meta.fields_map
    marks = iter(rows.placeholders(conn.capabilities.dialect, 2 + 2 * len(chosen)))
    sets = f'"state" = {next(marks)}, "lease_until" = {next(marks)}, "attempts" = "attempts" + 1'
    as_read = " OR ".join(f'("id" = {next(marks)} AND "attempts" = {next(marks)})' for _ in chosen)
    params = [
        fields["state"].to_db_value(JobState.IN_FLIGHT, model),
        fields["lease_until"].to_db_value(lease_until, model),
    ]
    for job in chosen:
        params += [job.pk, job.attempts]  # type: ignore[attr-defined]
    sql = f'UPDATE "{meta.db_table}" SET {sets} WHERE {as_read}'  # noqa: S608
    taken, _ = await conn.execute_query(sql, params)
    if taken != len(chosen):
        raise ClaimConflict(f"{model.__name__}: {len(chosen) - taken} rows changed meanwhile")
    for job in chosen:
        job.state, job.lease_until = JobState.IN_FLIGHT, lease_until
        job.attempts += 1  # type: ignore[attr-defined]
    return chosen


# Running ------------------------------------------------------------------------------------


def settle(
    machine: JobMachine[J], job: J, outcome: Outcome, now: datetime
) -> tuple[Outcome, datetime]:
    """Check the outcome against the graph and decide when a retry happens (or give up)."""
    state: JobState = job.state  # type: ignore[attr-defined]
    if outcome.state not in machine.graph[state]:
        raise RuntimeError(f"{type(machine).__name__}: {state} cannot lead to {outcome.state}")
    if outcome.state is not JobState.RETRY:
        return outcome, now
    attempts: int = job.attempts  # type: ignore[attr-defined]
    when = machine.backoff.next_attempt(attempts, now)
    if when is None:
        reason = f"gave up after {attempts} attempts: {outcome.error}"
        return Outcome(JobState.DEAD, reason), now
    if outcome.not_before is not None:
        when = max(when, outcome.not_before)
    return outcome, when


async def process(machine: JobMachine[J], job: J, clock: Clock) -> Outcome:
    """Run the handler of a claimed job's state and store what comes next.

    A handler that raises is a bug, not a verdict on the job: it is retried on the backoff.
    """
    state: JobState = job.state  # type: ignore[attr-defined]
    try:
        outcome = await machine.handler(state)(job, clock())
    except Exception as exc:
        log.exception("%s %s failed in handle_%s", type(job).__name__, job.pk, state.value)
        outcome = Outcome(JobState.RETRY, f"internal error: {exc!r}")
    now = clock()
    outcome, next_attempt_at = settle(machine, job, outcome, now)
    stored = await finish(machine, job, outcome, next_attempt_at, now)
    if not stored:
        log.warning("%s %s: lease lost, result dropped", type(job).__name__, job.pk)
    return outcome


async def finish(
    machine: JobMachine[J], job: J, outcome: Outcome, next_attempt_at: datetime, now: datetime
) -> bool:
    """Store the next state, but only while the job is still ours (same attempt, in flight)."""
    attempts: int = job.attempts  # type: ignore[attr-defined]
    values = {
        "state": outcome.state,
        "next_attempt_at": next_attempt_at,
        "lease_until": None,
        "last_error": outcome.error[:2000],
        **machine.finish_fields(outcome, now),
    }
    # Every job ends here, so it is one statement rendered once (`server.rows`).
    where = {"id": job.pk, "state": JobState.IN_FLIGHT, "attempts": attempts}
    changed = await rows.update_where(type(job), values, where)
    if changed:
        job.state = outcome.state
    return bool(changed)


async def run_due(
    machine: JobMachine[J],
    clock: Clock,
    *,
    lease: timedelta = timedelta(minutes=2),
    limit: int = 100,
    per_group: int | None = None,
) -> list[tuple[J, Outcome]]:
    """Claim what is due now and run it all to its next state (one step; tests and tools)."""
    jobs = await claim(machine, now=clock(), lease=lease, limit=limit, per_group=per_group)
    outcomes = await asyncio.gather(*(process(machine, job, clock) for job in jobs))
    return list(zip(jobs, outcomes, strict=True))
