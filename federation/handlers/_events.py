"""`Create` / `Update` of an `Event` (called by the create handler): a meeting in a group.

Where it goes: the group named in `audience`, `to`, `cc` or `attributedTo` (Mobilizon
attributes a group's event to the group and sends it from the organiser).

Who may: the event must live on its sender's host. In a REMOTE group it is taken inside the
group's own `Announce` (FEP-1b12, as Polder sends it) or straight from the group's own host
(as Mobilizon sends it: the organiser's Create, signed on the group's instance). In a LOCAL
group the organiser must be an accepted member, and the group then announces it. An `Update`
must come from the organiser who made it. The same activity twice stores one row.

A group we do not hold yet: Mobilizon's group events name the group (`attributedTo`, `to`) on
the event's own host, and the group may be known here under another address of that host, or
not at all. Such a group is fetched with the signed, guarded instance fetch and stored; groups
on other hosts are never fetched for an event (their host did not send it). A remote group's
event is kept only when someone here follows the group: otherwise it is refused (`Rejected`,
logged by the worker), as unsolicited posts are — the inbox has already answered 202, because
it accepts every signed activity and decides when applying (docs/architecture.md, "Federation").
"""

from __future__ import annotations

import logging

from federation import publish, remote_actors, vocab
from federation.errors import HTTPStatusError
from federation.handlers import Context, Rejected, _files, _social
from server.models import Event, Group, Membership, User
from server.services import federated, remote_events
from server.services.errors import Forbidden, Invalid

log = logging.getLogger(__name__)


async def receive(context: Context, activity: vocab.Activity, obj: vocab.Event) -> None:
    _verify(context, activity, obj)
    organiser = await _social.remote_person(context, activity.actor)
    group = await _group(context, activity, obj)
    if group.domain:
        announcer = context.message.payload.get("actor")
        if announcer != group.ap_id and not vocab.same_host(obj.id, str(group.ap_id)):
            raise Rejected(f"events of {group.ap_id} come from its Announce or its own host")
        if not await federated.follows_group(group):
            raise Rejected(f"nobody here follows {group.ap_id}; its event {obj.id} is not kept")
    else:
        member = await Membership.get_or_none(group_id=group.id, user_id=organiser.id)
        if member is None or not member.accepted:
            raise Rejected(f"{organiser.ap_id} is not a member of {group.slug}; follow it first")
    try:
        await _store(activity, group, organiser, _remote(obj))
    except (Forbidden, Invalid) as exc:
        raise Rejected(f"{obj.id}: {exc}") from exc
    if not group.domain:
        announce_id = _social.derived_id(context, "announce", activity.id)
        await publish.announce_received(
            context.settings, group, _social.received(context, activity), announce_id=announce_id
        )


def _verify(context: Context, activity: vocab.Activity, obj: vocab.Event) -> None:
    if context.urls.is_local(obj.id):
        raise Rejected(f"{obj.id} is ours; others cannot create or change it")
    if not vocab.same_host(obj.id, activity.actor):
        raise Rejected(f"{obj.id} does not live on the host of its actor {activity.actor}")


async def _group(context: Context, activity: vocab.Activity, obj: vocab.Event) -> Group:
    found = [obj.audience, activity.audience, *obj.to, *obj.cc, *activity.to, *activity.cc,
             *obj.attributed_to]  # fmt: skip
    named = list(dict.fromkeys(u for u in found if u and u != vocab.PUBLIC))
    for url in named:
        local = await _social.local_actor(context, url)
        if isinstance(local, Group):
            return local
        if not context.urls.is_local(url):
            remote = await Group.get_or_none(ap_id=url)
            if remote is not None:
                return remote
    # Only `attributedTo`, `audience` and `to` name the group itself (`cc` holds followers
    # collections and mentions), and only the event's own host may introduce its groups.
    own = [obj.audience, activity.audience, *obj.attributed_to, *obj.to, *activity.to]
    for url in dict.fromkeys(u for u in own if u and u in named):
        if vocab.same_host(url, obj.id) and not context.urls.is_local(url):
            group = await _fetched_group(context, url)
            if group is not None:
                return group
    raise Rejected(f"{obj.id} names no group held here ({', '.join(named) or 'none'})")


async def _fetched_group(context: Context, url: str) -> Group | None:
    """The group at `url`, fetched (signed, guarded) and stored; None when `url` is not a
    group (a person, a collection, nothing). A failing server makes the message retry."""
    try:
        actor = await remote_actors.get_actor(context.settings, url)
    except remote_actors.UnknownActor:
        return None
    except HTTPStatusError as exc:
        if 400 <= exc.status < 500:
            return None
        raise
    if isinstance(actor, Group):
        log.info("learnt of the group %s from its event", actor.ap_id)
        return actor
    return None


def _address(place: vocab.Place | None) -> str:
    if place is None:
        return ""
    parts = [place.name, place.address]
    return ", ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def _online(obj: vocab.Event) -> str | None:
    # Mobilizon writes the online address as a Link named "Website"; so does Polder.
    links = [a for a in obj.attachments if a.type == "Link" and a.name == "Website"]
    return links[0].url if links else None


def _remote(obj: vocab.Event) -> remote_events.RemoteEvent:
    source = obj.source.content if obj.source and obj.source.media_type == "text/markdown" else None
    place = obj.location
    return remote_events.RemoteEvent(
        ap_id=obj.id, title=obj.name or "", html=obj.content or "", source=source,
        starts_at=obj.start_time, ends_at=obj.end_time, address=_address(place),
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        online_url=_online(obj), capacity=obj.capacity, url=obj.url, cancelled=obj.cancelled,
        published=obj.published, updated=obj.updated,
        files=tuple(_files.remote_file(a) for a in obj.attachments if a.type in _files.FILE_TYPES),
    )  # fmt: skip


async def _store(
    activity: vocab.Activity, group: Group, organiser: User, item: remote_events.RemoteEvent
) -> Event:
    stored = await Event.get_or_none(ap_id=item.ap_id)
    if stored is None:
        event, _new = await remote_events.store_event(group, organiser, item)
        return event
    if activity.type == "Update":
        if stored.organiser_id != organiser.id:
            raise Rejected(f"{organiser.ap_id} did not organise {item.ap_id}")
        return await remote_events.update_event(stored, item)
    return stored


async def deleted(context: Context, activity: vocab.Activity) -> bool:
    """A `Delete` of a meeting of another instance (Mobilizon deletes; Polder cancels): it is
    kept as cancelled, so that people who planned to come read that it will not happen."""
    event = await Event.get_or_none(ap_id=activity.object_id)
    if event is None:
        return False
    if not vocab.same_host(activity.object_id, activity.actor):
        raise Rejected(f"{activity.actor} may not delete {activity.object_id}")
    await remote_events.cancel_event(event)
    return True
