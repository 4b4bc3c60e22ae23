"""`Announce`: a remote group passes on what its members did (FEP-1b12), or a person boosts.

The inbox checked that the announcing group signed the Announce, not that its members wrote
what it carries. So an embedded activity or object is trusted only when it lives on the group's
own host; otherwise it is fetched again from its origin by its id, and refused when the origin
does not have it (or has something else). A `Delete` is confirmed when its object is gone at
the origin. The trusted inner activity is then applied as if it had arrived on its own.

An Announce of a bare object by a person (a Mastodon boost) stores the object when it belongs
to a thread or group we hold; otherwise it has no effect.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from federation import handlers, remote_actors, vocab
from federation.errors import HTTPStatusError
from federation.handlers import Context, Rejected, _events, _social, handles
from federation.handlers.create import receive
from server.models import Group, User
from server.services import federated

log = logging.getLogger(__name__)


@handles("Announce")
async def announce(context: Context, activity: vocab.Activity) -> None:
    announcer = await _social.remote_actor(context, activity.actor)
    if isinstance(announcer, User):
        await _boost(context, activity)
        return
    if not await federated.follows_group(announcer):
        log.info("ignoring an Announce of %s: nobody here follows it", activity.actor)
        return
    inner = activity.object
    if isinstance(inner, vocab.Activity):
        trusted = await _trusted(context, announcer, inner)
    else:
        document = await _fetch(context, vocab.object_id(inner))
        thing = _parsed(document, vocab.object_id(inner))
        if isinstance(thing, vocab.Event):
            # Mobilizon attributes a group's event to the group and names its organiser in
            # the event's own `actor`; `_events` checks that both live on the event's host.
            await _events.receive(context, _event_create(thing, document), thing)
            return
        if isinstance(thing, vocab.Content):
            await receive(context, _as_create(thing), thing)
            return
        if not isinstance(thing, vocab.Activity) or not vocab.same_host(thing.id, thing.actor):
            raise Rejected(f"{vocab.object_id(inner)} is not an activity of its own host")
        trusted = thing
    if trusted.type == "Announce":
        raise Rejected("an Announce of an Announce is not followed")
    await handlers.apply(context, trusted)


def _from_group(group: Group, url: str) -> bool:
    return bool(group.ap_id) and vocab.same_host(url, str(group.ap_id))


async def _trusted(context: Context, group: Group, inner: vocab.Activity) -> vocab.Activity:
    """`inner` as far as its origin confirms it."""
    embedded = inner.object
    if (
        _from_group(group, inner.id)
        and _from_group(group, inner.actor)
        and (isinstance(embedded, str) or _from_group(group, vocab.object_id(embedded)))
    ):
        return inner
    if inner.type in ("Create", "Update") and isinstance(embedded, vocab.Content):
        fetched = await _fetch_thing(context, embedded.id)
        if not isinstance(fetched, vocab.Content) or fetched.id != embedded.id:
            raise Rejected(f"{embedded.id} is something else at its origin")
        if fetched.author != inner.actor:
            raise Rejected(f"{embedded.id} is not by {inner.actor} at its origin")
        return dataclasses.replace(inner, object=fetched, objects=(fetched,))
    if inner.type == "Delete":
        if not await _gone(context, inner.object_id):
            raise Rejected(f"{inner.object_id} is not deleted at its origin")
        return inner
    fetched_activity = await _fetch_thing(context, inner.id)
    if (
        not isinstance(fetched_activity, vocab.Activity)
        or (fetched_activity.id, fetched_activity.type, fetched_activity.actor)
        != (inner.id, inner.type, inner.actor)
        or not vocab.same_host(fetched_activity.id, fetched_activity.actor)
    ):
        raise Rejected(f"{inner.id} is something else at its origin")
    return fetched_activity


async def _fetch(context: Context, url: str) -> dict[str, Any]:
    if context.urls.is_local(url):
        raise Rejected(f"{url} is ours; it is not fetched")
    async with await remote_actors.instance_client(context.settings) as client:
        try:
            return await client.get_activity(url)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500:
                raise Rejected(f"{url} cannot be fetched from its origin: {exc}") from exc
            raise


async def _fetch_thing(context: Context, url: str) -> vocab.Thing:
    return _parsed(await _fetch(context, url), url)


def _parsed(document: dict[str, Any], url: str) -> vocab.Thing:
    thing = vocab.parse(document)
    if thing.id != url:
        raise Rejected(f"{url} answered as {thing.id}")
    return thing


def _event_create(event: vocab.Event, document: dict[str, Any]) -> vocab.Activity:
    organiser = document.get("actor")
    actor = organiser if isinstance(organiser, str) else event.author
    return vocab.Activity(type="Create", id=event.id, actor=actor, object=event, objects=(event,))


async def _gone(context: Context, url: str) -> bool:
    """Whether the origin says `url` is deleted (404, 410, or a Tombstone)."""
    if context.urls.is_local(url):
        return False
    try:
        thing = await _fetch_thing(context, url)
    except Rejected as exc:
        cause = exc.__cause__
        return isinstance(cause, HTTPStatusError) and cause.status in (404, 410)
    return isinstance(thing, vocab.Tombstone)


def _as_create(obj: vocab.Content) -> vocab.Activity:
    return vocab.Activity(type="Create", id=obj.id, actor=obj.author, object=obj, objects=(obj,))


async def _boost(context: Context, activity: vocab.Activity) -> None:
    """A person boosted something: keep it if it belongs where we hold the discussion."""
    if isinstance(activity.object, vocab.Activity):
        return
    thing = await _fetch_thing(context, activity.object_id)
    if not isinstance(thing, vocab.Content) or thing.type not in vocab.CONTENT_TYPES:
        return
    try:
        await receive(context, _as_create(thing), thing, boosted=True)
    except Rejected as exc:
        log.info("boost of %s has no effect here: %s", thing.id, exc)
