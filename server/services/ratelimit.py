"""Rate limits kept in the database, so that they hold across web processes."""

from __future__ import annotations

from datetime import timedelta

from server.models import RateLimitHit
from server.services.clock import now


async def too_many(key: str, limit: int, window: timedelta) -> bool:
    since = now() - window
    return await RateLimitHit.filter(key=key, at__gte=since).count() >= limit


async def hit(key: str, window: timedelta) -> None:
    moment = now()
    await RateLimitHit.create(key=key, at=moment)
    # Keep the table small: old hits of this key say nothing any more.
    await RateLimitHit.filter(key=key, at__lt=moment - window).delete()


async def clear(key: str) -> None:
    await RateLimitHit.filter(key=key).delete()
