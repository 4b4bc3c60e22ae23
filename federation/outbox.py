"""From a local action to the delivery queue: store the activity once, one delivery per inbox.

`enqueue` is the only way activities leave this instance: the worker (`federation.worker`) sends
what it stores. Everything is written in one transaction, so an activity is either queued for
all its inboxes or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from federation import delivery
from federation.queue import utcnow
from federation.signatures import host_header
from server import db, rows
from server.config import Settings
from server.models import (
    Activity,
    Delivery,
    Group,
    JobState,
    Membership,
    PersonFollow,
    RemoteInstance,
    User,
)
from server.rows import placeholders

log = logging.getLogger(__name__)


@asynccontextmanager
async def transaction() -> AsyncIterator[None]:
    """A local change and the activities it queues, committed together (a transactional
    outbox): a crash between the two can neither lose the federation of a change that stands
    nor send one that was rolled back. Workers are woken after the commit, when the new
    deliveries are visible to them."""
    async with db.transaction():
        yield
    delivery.DOORBELL.ring()


async def enqueue(
    settings: Settings,
    activity: dict[str, Any],
    *,
    signer: str,
    inboxes: Iterable[str],
    now: datetime | None = None,
) -> int:
    """Queue `activity` (JSON with `id`, `type`, `actor`) for every distinct remote inbox; the
    stored activity's id.

    Inboxes on this instance (delivered locally, not over HTTP), on blocked instances, or that
    are not http(s) URLs are left out. Calling again with the same activity id stores nothing
    twice: it only adds deliveries for inboxes that were not queued yet.

    Plain SQL (`server.rows`): every post and every announced activity passes here, and
    building the rows through the ORM cost more than writing them.
    """
    ap_id, kind, actor = _describe(activity)
    delivery.parse_signer(signer)  # a bad signer is a bug here, not a dead delivery later
    targets = await _targets(settings, inboxes)
    moment = now or utcnow()
    # It reads, then writes: on SQLite a deferred transaction would fail at once with
    # "database is locked" when another process (a web process storing inbox messages) wrote
    # in between; `write_transaction` takes the lock up front and waits for it instead.
    async with db.write_transaction():
        values = {
            "ap_id": ap_id, "type": kind, "actor_ap_id": actor, "payload": activity,
            "local": True, "created_at": moment,
        }  # fmt: skip
        stored = await rows.insert_new(Activity, values, unique="ap_id")
        queued: set[str] = set()
        if stored is None:  # queued before: only the inboxes it has no delivery for yet
            stored = (await Activity.get(ap_id=ap_id)).id
            queued = set(
                await Delivery.filter(activity_id=stored).values_list("inbox_url", flat=True)  # type: ignore[arg-type]
            )
        new = [
            _delivery_row(stored, signer, url, host, moment)
            for url, host in targets.items()
            if url not in queued
        ]
        await rows.insert_many(Delivery, new)
    if new:
        delivery.DOORBELL.ring()
    return stored


def _delivery_row(
    activity_id: int, signer: str, url: str, host: str, moment: datetime
) -> dict[str, Any]:
    return {
        "activity_id": activity_id, "signer": signer, "inbox_url": url, "host": host,
        "state": JobState.QUEUED, "attempts": 0, "next_attempt_at": moment, "lease_until": None,
        "last_error": "", "created_at": moment, "done_at": None,
    }  # fmt: skip


def _describe(activity: dict[str, Any]) -> tuple[str, str, str]:
    ap_id, kind, actor = activity.get("id"), activity.get("type"), activity.get("actor")
    if isinstance(actor, dict):
        actor = actor.get("id")
    if not isinstance(ap_id, str) or not ap_id.startswith(("https://", "http://")):
        raise ValueError("an activity needs an http(s) `id`")
    if not isinstance(kind, str) or not kind:
        raise ValueError(f"activity {ap_id} has no `type`")
    if not isinstance(actor, str) or not actor:
        raise ValueError(f"activity {ap_id} has no `actor`")
    return ap_id, kind, actor


async def _targets(settings: Settings, inboxes: Iterable[str]) -> dict[str, str]:
    """Distinct remote inbox URL → host, in the order given, without our own or blocked hosts."""
    own = settings.domain.lower()
    targets: dict[str, str] = {}
    for url in inboxes:
        host = _host(url)
        if host is None:
            log.warning("not delivering to %r: not an http(s) URL", url)
        elif host != own:
            targets.setdefault(url, host)
    if targets:
        hosts = set(targets.values())
        blocked = set(
            await RemoteInstance.filter(host__in=hosts, blocked=True).values_list("host", flat=True)
        )
        targets = {url: host for url, host in targets.items() if host not in blocked}
    return targets


def _host(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — raises on a bad port
    except (ValueError, TypeError, AttributeError):
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return host_header(url)


async def group_follower_inboxes(group: Group) -> list[str]:
    """Where the group's remote members receive: each one's shared inbox when it has one (one
    delivery per instance, not per person), else their own inbox; distinct, stable order.

    Plain SQL: every post and every announced activity asks this, and building the join
    through the ORM cost more than running it."""
    conn = Membership._meta.db
    group_mark, accepted_mark = placeholders(conn.capabilities.dialect, 2)
    accepted = Membership._meta.fields_map["accepted"].to_db_value(True, Membership)
    # Only placeholders are put in; both values are bound.
    sql = (
        'SELECT u."shared_inbox_url" AS shared, u."inbox_url" AS own FROM "memberships" m '  # noqa: S608
        'JOIN "users" u ON u."id" = m."user_id" '
        f'WHERE m."group_id" = {group_mark} AND m."accepted" = {accepted_mark} '
        'AND u."domain" <> \'\' ORDER BY m."id"'
    )
    found = await conn.execute_query_dict(sql, [group.id, accepted])
    return distinct_inboxes([(row["shared"], row["own"]) for row in found])


async def person_follower_inboxes(person: User) -> list[str]:
    """Where a local person's remote followers (on Mastodon, say) receive, as for a group."""
    rows = (
        await PersonFollow.filter(followee=person, accepted=True)
        .exclude(follower__domain="")
        .order_by("id")
        .values_list("follower__shared_inbox_url", "follower__inbox_url")
    )
    return distinct_inboxes(rows)


def distinct_inboxes(rows: list[Any]) -> list[str]:
    inboxes: dict[str, None] = {}
    for shared, own in rows:
        target = shared or own
        if target:
            inboxes.setdefault(str(target), None)
    return list(inboxes)
