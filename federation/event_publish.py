"""Meetings and answers leave this instance (after the service has committed the change).

- A local event in a local group: the group `Announce`s the organiser's `Create` / `Update`
  of the `Event` to its remote followers (FEP-1b12), as it does for posts. In a group of
  another instance the `Create` / `Update` goes to that group, which announces it; the event
  and its seats stay here.
- A local person answers an event of another instance: going is Mobilizon's `Join`, maybe a
  `TentativeAccept`, not going a `Reject` of the event, withdrawing a `Leave`; each goes to the
  organiser's inbox, whose instance decides and answers with `Accept` or `Reject`.
- Someone from another instance gets a seat from the waiting list of one of our events: the
  organiser `Accept`s the `Join` that put them on it.

Without configured settings (a bare command line) nothing is sent, as in `federation.publish`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from federation import documents, event_documents, outbox, publish
from federation.urls import Urls
from server.config import Settings
from server.models import Event, Group, InboxMessage, Rsvp, RsvpStatus, User
from server.services import attachments

if TYPE_CHECKING:
    from server.services.rsvp import Change

_KINDS = {RsvpStatus.GOING: "Join", RsvpStatus.MAYBE: "TentativeAccept",
          RsvpStatus.NOT_GOING: "Reject"}  # fmt: skip


async def event_changed(event: Event, kind: str) -> None:
    """A local organiser's event: announced by its local group, or sent to its remote group,
    which announces it to its followers (as posts travel). Its seats stay here."""
    settings = publish.configured()
    if settings is None or event.ap_id is not None:
        return
    group = await Group.get(id=event.group_id)
    organiser = await User.get(id=event.organiser_id)
    if organiser.domain:
        return
    urls = Urls(settings.base_url)
    files = await attachments.of_event(event)
    document = event_documents.event_document(urls, event, group, organiser, files)
    build = documents.create_activity if kind == "Create" else documents.update_activity
    inner = build(urls, document)
    inner["@context"] = event_documents.EVENT_CONTEXT
    if group.domain:
        if group.inbox_url:
            signer = f"user:{organiser.id}"
            await outbox.enqueue(settings, inner, signer=signer, inboxes=[group.inbox_url])
        return
    inboxes = await outbox.group_follower_inboxes(group)
    if inboxes:
        announce = documents.announce_activity(urls, group, inner)
        await outbox.enqueue(settings, announce, signer=f"group:{group.id}", inboxes=inboxes)


def _inbox(actor: User | Group) -> str | None:
    return actor.shared_inbox_url or actor.inbox_url


async def _send_participation(event: Event, person: User, kind: str, rsvp: Rsvp | None) -> None:
    settings = publish.configured()
    if settings is None or event.ap_id is None:
        return
    organiser = await User.get(id=event.organiser_id)
    inbox = _inbox(organiser)
    if inbox is None or organiser.ap_id is None:
        return
    urls = Urls(settings.base_url)
    activity_id = urls.new_activity()
    if rsvp is not None:
        # The organiser's Accept or Reject names this id; that is how it finds the answer.
        await Rsvp.filter(id=rsvp.id).update(ap_id=activity_id)
    activity = event_documents.rsvp_activity(
        urls, kind, person, event.ap_id, activity_id=activity_id, to=organiser.ap_id
    )
    await outbox.enqueue(settings, activity, signer=f"user:{person.id}", inboxes=[inbox])


async def answered(event: Event, change: Change) -> None:
    rsvp = change.rsvp
    if event.ap_id is not None and rsvp is not None:
        person = await User.get(id=rsvp.user_id)
        await _send_participation(event, person, _KINDS[RsvpStatus(rsvp.status)], rsvp)
    await promoted(event, change.promoted)


async def withdrawn(event: Event, person: User, change: Change) -> None:
    if event.ap_id is not None:
        await _send_participation(event, person, "Leave", None)
    await promoted(event, change.promoted)


async def promoted(event: Event, rsvp: Rsvp | None) -> None:
    """A person of another instance moved from the waiting list to a seat: Accept their Join
    now (it was answered with a Reject when the event was full)."""
    settings = publish.configured()
    if settings is None or rsvp is None or rsvp.ap_id is None or event.ap_id is not None:
        return
    person = await User.get(id=rsvp.user_id)
    if not person.domain or person.ap_id is None:
        return
    message = await InboxMessage.get_or_none(ap_id=rsvp.ap_id)
    inner: dict[str, Any] = (
        message.payload
        if message is not None
        else {"id": rsvp.ap_id, "type": "Join", "actor": person.ap_id}
    )
    await send_answer(settings, event, person, inner, accepted=True, suffix="promoted")


async def send_answer(
    settings: Settings,
    event: Event,
    person: User,
    inner: dict[str, Any],
    *,
    accepted: bool,
    suffix: str = "",
) -> None:
    """The organiser's `Accept` / `Reject` of `inner` (a participation) to its sender."""
    inbox = _inbox(person)
    if inbox is None or person.ap_id is None:
        return
    urls = Urls(settings.base_url)
    organiser = await User.get(id=event.organiser_id)
    kind = "Accept" if accepted else "Reject"
    activity = event_documents.answer_activity(
        kind,
        actor=documents.person_id(urls, organiser),
        inner=inner,
        activity_id=urls.derived_activity(f"{kind.lower()}{suffix}", str(inner.get("id"))),
        to=person.ap_id,
    )
    await outbox.enqueue(settings, activity, signer=f"user:{organiser.id}", inboxes=[inbox])
