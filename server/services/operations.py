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
