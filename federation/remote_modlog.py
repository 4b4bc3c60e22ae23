"""Reading the moderation log of a group on another Polder instance (`federation.modlog`).

A signed GET as the instance actor through the guarded client (timeouts, size limit, SSRF
guard), cached briefly in the process: a log page read by many people, or a person's reports
page opened again, costs the other instance one request per half minute. A person waits on
these reads, so they give up after a few seconds, and a failure is remembered for a minute,
so that an instance that is away does not slow down every view.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import urlencode

from federation import modlog, remote_actors
from federation.errors import FederationError, FetchError
from federation.modlog import RemoteEntry
from server.config import Settings
from server.models import Group

log = logging.getLogger(__name__)

CACHE_SECONDS = 30.0
FAILURE_SECONDS = 60.0
TIMEOUT_SECONDS = 5.0
MAX_CACHED = 500


class LogUnavailable(FetchError):
    """The group has no log to read, or reading it failed (just now or a moment ago)."""


@dataclass(frozen=True)
class _Cached:
    expires: float
    entries: list[RemoteEntry] | None  # None: the last try failed


_cache: OrderedDict[str, _Cached] = OrderedDict()


def log_url(group: Group, item: str | None = None) -> str:
    if not group.moderation_log_url:
        raise LogUnavailable(f"{group.slug} advertises no moderation log")
    url = group.moderation_log_url
    if item is None:
        return url
    return url + ("&" if "?" in url else "?") + urlencode({"item": item})


async def entries(settings: Settings, group: Group, item: str | None = None) -> list[RemoteEntry]:
    """The newest entries of the group's log (only `item`'s with `item`, an ActivityPub id).
    Raises LogUnavailable when they cannot be read."""
    url = log_url(group, item)
    cached = _cache.get(url)
    if cached is not None and cached.expires > time.monotonic():
        if cached.entries is None:
            raise LogUnavailable(f"{url} failed a moment ago")
        return cached.entries
    try:
        async with await remote_actors.instance_client(settings, seconds=TIMEOUT_SECONDS) as client:
            document = await client.get_activity(url)
        found = modlog.parse_collection(document, group.ap_id or "")
    except FederationError as exc:
        log.warning("could not read the moderation log %s: %s", url, exc)
        _remember(url, None, FAILURE_SECONDS)
        raise LogUnavailable(str(exc)) from exc
    _remember(url, found, CACHE_SECONDS)
    return found


def _remember(url: str, found: list[RemoteEntry] | None, seconds: float) -> None:
    _cache[url] = _Cached(time.monotonic() + seconds, found)
    _cache.move_to_end(url)
    while len(_cache) > MAX_CACHED:
        _cache.popitem(last=False)
