"""Rate-limit hits name clients by their IP address, so none is kept longer than the longest
window needs (privacy by design); counting within a window stays exact."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.models import RateLimitHit
from server.services import ratelimit
from server.services.clock import now


async def test_hits_older_than_the_longest_window_go_whatever_their_key() -> None:
    old = now() - ratelimit.LONGEST_WINDOW - timedelta(minutes=1)
    recent = now() - timedelta(hours=2)
    await RateLimitHit.create(key="login:client:203.0.113.7", at=old)
    await RateLimitHit.create(key="reset-mail:198.51.100.2", at=recent)
    await ratelimit.hit("login:client:192.0.2.1", timedelta(minutes=15))
    keys = set(await RateLimitHit.all().values_list("key", flat=True))
    assert keys == {"reset-mail:198.51.100.2", "login:client:192.0.2.1"}


async def test_counting_inside_the_window_is_unchanged() -> None:
    window = timedelta(minutes=15)
    for _ in range(3):
        assert await ratelimit.attempt("login:client:192.0.2.1", 3, window) is not None
    assert await ratelimit.attempt("login:client:192.0.2.1", 3, window) is None


async def test_a_window_longer_than_what_is_kept_is_refused() -> None:
    with pytest.raises(ValueError):
        await ratelimit.hit("x", ratelimit.LONGEST_WINDOW + timedelta(seconds=1))
    assert not await RateLimitHit.exists()
