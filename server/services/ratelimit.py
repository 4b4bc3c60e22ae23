"""Rate limits kept in the database, so that they hold across web processes.

An attempt is recorded first and counted afterwards, together with itself. Counting first and
recording after an `await` lets parallel requests all see the same low count and all get
through; recording first means the k-th recorded attempt always sees at least k hits.
"""

from __future__ import annotations

from datetime import timedelta

from server.models import RateLimitHit
from server.services.clock import now


async def attempt(key: str, limit: int, window: timedelta) -> int | None:
    """Records one attempt and returns its id, or None when it is one too many.

    A refused attempt is not kept: the key frees up one window after the limit was reached,
    however often someone keeps trying, and the table does not grow with the hammering.
    """
    hit_id = await hit(key, window)
    if await exceeded(key, limit, window):
        await forget(hit_id)
        return None
    return hit_id


async def hit(key: str, window: timedelta) -> int:
    moment = now()
    record = await RateLimitHit.create(key=key, at=moment)
    # Keep the table small: old hits of this key say nothing any more.
    await RateLimitHit.filter(key=key, at__lt=moment - window).delete()
    return int(record.id)


async def exceeded(key: str, limit: int, window: timedelta) -> bool:
    """More than `limit` hits within the window, counting the ones just recorded."""
    return await RateLimitHit.filter(key=key, at__gte=now() - window).count() > limit


async def too_many(key: str, limit: int, window: timedelta) -> bool:
    """A look without recording anything. Not a limit on its own: see the module's note."""
    return await RateLimitHit.filter(key=key, at__gte=now() - window).count() >= limit


async def forget(hit_id: int) -> None:
    """Takes back one attempt, e.g. a login that turned out to be right."""
    await RateLimitHit.filter(id=hit_id).delete()


async def clear(key: str) -> None:
    await RateLimitHit.filter(key=key).delete()
