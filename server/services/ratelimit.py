"""Rate limits kept in the database, so that they hold across web processes.

An attempt is recorded first and counted afterwards, together with itself. Counting first and
recording after an `await` lets parallel requests all see the same low count and all get
through; recording first means the k-th recorded attempt always sees at least k hits.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.expressions import Q

from server.models import RateLimitHit
from server.services.clock import now

LONGEST_WINDOW = timedelta(days=1)


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
    if window > LONGEST_WINDOW:
        raise ValueError(f"rate-limit windows are at most {LONGEST_WINDOW}")
    moment = now()
    record = await RateLimitHit.create(key=key, at=moment)
    # Old hits of this key say nothing any more; and no hit of any key outlives the longest
    # window, because keys name clients by their IP address (privacy: kept only as long as
    # the limit needs it).
    stale = Q(key=key, at__lt=moment - window) | Q(at__lt=moment - LONGEST_WINDOW)
    await RateLimitHit.filter(stale).delete()
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
