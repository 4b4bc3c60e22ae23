"""What operators look at: is the database there, how full and how late are the queues, which
remote instances are failing. Read-only; used by `/healthz`, `/metrics` and the admin's
federation page."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise import Tortoise
from tortoise.functions import Count
from tortoise.models import Model

from server.metrics import InstanceFigures, QueueFigures
from server.models import Delivery, InboxMessage, JobState, RemoteInstance

DATABASE_TIMEOUT = 3.0  # seconds; a health check that hangs tells a load balancer nothing
WAITING = (JobState.QUEUED, JobState.RETRY, JobState.IN_FLIGHT)
MAX_INSTANCE_SERIES = 200  # failing hosts shown in /metrics, worst first
_QUEUES: dict[str, type[Model]] = {"delivery": Delivery, "inbox": InboxMessage}


def _now() -> datetime:
    return datetime.now(UTC)


async def database_answers() -> bool:
    """True when the database answers a trivial query within `DATABASE_TIMEOUT`."""
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT):
            await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception:  # any failure means "not healthy"; the kind does not matter here
        return False
    return True


async def _queue(name: str, model: type[Model], now: datetime) -> QueueFigures:
    rows = await model.annotate(n=Count("id")).group_by("state").values_list("state", "n")
    # Every state, zeros included: an alert on "dead > 0" needs the series to exist.
    counts = {state.value: 0 for state in JobState}
    counts.update({str(JobState(state).value): int(n) for state, n in rows})
    oldest = (
        await model.filter(state__in=[JobState.QUEUED, JobState.RETRY], next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .first()
        .values_list("next_attempt_at", flat=True)
    )
    late = max((now - oldest).total_seconds(), 0.0) if isinstance(oldest, datetime) else 0.0
    return QueueFigures(name, counts, late)


async def queues(now: datetime | None = None) -> list[QueueFigures]:
    moment = now or _now()
    return [await _queue(name, model, moment) for name, model in _QUEUES.items()]


def waiting(figures: QueueFigures) -> int:
    return sum(figures.counts.get(state.value, 0) for state in WAITING)


async def failing_instances(limit: int = MAX_INSTANCE_SERIES) -> list[InstanceFigures]:
    rows = (
        await RemoteInstance.filter(failures__gt=0)
        .order_by("-failures", "host")
        .limit(limit)
        .values_list("host", "failures", "unreachable_since")
    )
    return [InstanceFigures(str(h), int(f), u is not None) for h, f, u in rows]


@dataclass(frozen=True)
class Health:
    database: bool
    queues: list[QueueFigures]

    def document(self) -> dict[str, object]:
        """No host names, no errors, no settings: this is public."""
        return {
            "status": "ok" if self.database else "unavailable",
            "database": "ok" if self.database else "unreachable",
            "queues": {
                q.name: {"waiting": waiting(q), "oldest_due_seconds": round(q.oldest_due_seconds)}
                for q in self.queues
            },
        }


async def health() -> Health:
    if not await database_answers():
        return Health(database=False, queues=[])
    try:
        async with asyncio.timeout(DATABASE_TIMEOUT):
            figures = await queues()
    except Exception:  # the database went away between the two queries
        return Health(database=False, queues=[])
    return Health(database=True, queues=figures)


# The admin's federation page ---------------------------------------------------------------

RECENT_DEAD = 20
MAX_INSTANCES_SHOWN = 200


@dataclass(frozen=True)
class QueuedDelivery:
    host: str
    inbox_url: str
    activity_type: str
    attempts: int
    created_at: datetime
    next_attempt_at: datetime
    last_error: str


@dataclass(frozen=True)
class InstanceState:
    host: str
    software: str
    last_success_at: datetime | None
    failures: int
    unreachable_since: datetime | None
    blocked: bool


@dataclass(frozen=True)
class FederationOverview:
    deliveries: QueueFigures
    inbox: QueueFigures
    oldest_waiting: QueuedDelivery | None
    recent_dead: list[QueuedDelivery]
    instances: list[InstanceState]
    instance_count: int


def _shown(delivery: Delivery) -> QueuedDelivery:
    return QueuedDelivery(
        host=delivery.host, inbox_url=delivery.inbox_url,
        activity_type=delivery.activity.type, attempts=delivery.attempts,
        created_at=delivery.created_at, next_attempt_at=delivery.next_attempt_at,
        last_error=delivery.last_error,
    )  # fmt: skip


async def federation_overview(now: datetime | None = None) -> FederationOverview:
    """The delivery queue and the servers we talk to, worst first. A dead delivery's
    `next_attempt_at` is when it was given up (the queue writes the moment it decided)."""
    deliveries, inbox = await queues(now)
    oldest = (
        await Delivery.filter(state__in=list(WAITING))
        .order_by("created_at", "id")
        .select_related("activity")
        .first()
    )
    dead = (
        await Delivery.filter(state=JobState.DEAD)
        .order_by("-next_attempt_at", "-id")
        .limit(RECENT_DEAD)
        .select_related("activity")
    )
    rows = (
        await RemoteInstance.all()
        .order_by("-blocked", "-failures", "host")
        .limit(MAX_INSTANCES_SHOWN)
    )
    instances = [
        InstanceState(
            r.host, r.software, r.last_success_at, r.failures, r.unreachable_since, r.blocked
        )
        for r in rows
    ]
    return FederationOverview(
        deliveries=deliveries,
        inbox=inbox,
        oldest_waiting=_shown(oldest) if oldest is not None else None,
        recent_dead=[_shown(d) for d in dead],
        instances=instances,
        instance_count=await RemoteInstance.all().count(),
    )
