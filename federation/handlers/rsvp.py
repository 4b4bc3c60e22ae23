"""Answers to meetings between instances (Mobilizon's participation and the plain
ActivityStreams responses to an event).

- `Join` of one of our events: going (Mobilizon). `Accept` / `TentativeAccept` / `Reject` of
  one of our events: going / maybe / not going. `Leave`: the answer is withdrawn.
  Each answer is stored for the sender (events are public: no membership needed) and answered
  as Mobilizon expects: `Accept` of the participation, or `Reject` when the meeting is full
  (the person is then on the waiting list, and gets an `Accept` when a seat frees up) or
  cancelled or over.
- `Accept` / `Reject` of an answer a local person sent to another instance: that instance
  decided; the answer here stops being pending (a Reject of going: waiting list there).

The `Accept` and `Reject` handler (`accept.py`) asks `accept_or_reject` first, so that
Follow answers keep working as before.
"""

from __future__ import annotations

import logging

from federation import event_publish, vocab
from federation.handlers import Context, Rejected, _social, handles
from server.models import Event, Rsvp, RsvpStatus, User
from server.services import rsvp
from server.services.errors import Forbidden

log = logging.getLogger(__name__)
_STATUS = {"Join": RsvpStatus.GOING, "Accept": RsvpStatus.GOING,
           "TentativeAccept": RsvpStatus.MAYBE, "Reject": RsvpStatus.NOT_GOING}  # fmt: skip


async def local_event(context: Context, url: str) -> Event | None:
    path = _social.local_path(context, url)
    if path is None or path[0] != "e" or not path[1].isdigit() or len(path[1]) > 10:
        return None
    return await Event.get_or_none(id=int(path[1]), ap_id=None)


@handles("Join", "Leave", "TentativeAccept")
async def participation(context: Context, activity: vocab.Activity) -> None:
    event = await local_event(context, activity.object_id)
    if event is None:
        raise Rejected(f"{activity.object_id} is not a meeting on this server")
    person = await _social.remote_person(context, activity.actor)
    if activity.type == "Leave":
        change = await rsvp.remote_withdraw(person, event)
        await event_publish.promoted(event, change.promoted)
        return
    await _answer(context, activity, event, person)


async def accept_or_reject(context: Context, activity: vocab.Activity) -> bool:
    """Handles an Accept / Reject that is about meetings; False when it is not."""
    answered = await Rsvp.get_or_none(ap_id=activity.object_id, user__domain="").select_related(
        "event"
    )
    if answered is not None:
        await _settle(activity, answered)
        return True
    inner = activity.object
    if isinstance(inner, vocab.Activity | vocab.Actor | vocab.Tombstone):
        return False
    event = await local_event(context, activity.object_id)
    if event is None:
        return False
    person = await _social.remote_person(context, activity.actor)
    await _answer(context, activity, event, person)
    return True


async def undo_answer(person: User, inner: vocab.Thing) -> bool:
    """An `Undo` of a participation: withdrawn, as with `Leave`. False when no answer of
    this person was made by that activity."""
    answered = await Rsvp.get_or_none(ap_id=vocab.object_id(inner), user_id=person.id)
    if answered is None:
        return False
    event = await Event.get(id=answered.event_id)
    change = await rsvp.remote_withdraw(person, event)
    await event_publish.promoted(event, change.promoted)
    return True


async def _answer(context: Context, activity: vocab.Activity, event: Event, person: User) -> None:
    payload = _social.received(context, activity)
    try:
        change = await rsvp.remote_answer(person, event, _STATUS[activity.type], activity.id)
    except Forbidden as exc:
        # Cancelled or over: tell the sender, so that their instance does not show it pending.
        log.info("answer %s refused: %s", activity.id, exc)
        await event_publish.send_answer(context.settings, event, person, payload, accepted=False)
        return
    waiting = change.rsvp is not None and change.rsvp.waitlisted_at is not None
    await event_publish.send_answer(context.settings, event, person, payload, accepted=not waiting)
    await event_publish.promoted(event, change.promoted)


async def _settle(activity: vocab.Activity, answered: Rsvp) -> None:
    event = answered.event
    # Only the organiser's instance decides about its meeting.
    if event.ap_id is None or not vocab.same_host(activity.actor, event.ap_id):
        raise Rejected(f"{activity.actor} does not decide about {event.ap_id}")
    await rsvp.settle(answered.id, accepted=activity.type == "Accept")
