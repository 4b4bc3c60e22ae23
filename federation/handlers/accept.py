"""`Accept` / `Reject` of a Follow we sent: joining a remote group, or following a remote person.

The answer must come from the one who was followed. The pending membership is found by the
Follow's id (kept in `follow_ap_id`), else by group and person, as Mbin and older Lemmy may
answer with a Follow object of their own making. An Accept makes the membership count; a Reject
removes it. Answers to Follows we do not know are ignored. Answers about meetings (a
person's Accept of an event, an organiser's answer to a Join) go to `handlers/rsvp.py` first.
A group's Reject of a moderator's `Delete` or `Undo` refuses a decision made here for a group
elsewhere (`moderation.forwarding.reopen`).
"""

from __future__ import annotations

import logging

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles, rsvp
from moderation import forwarding
from server.models import Activity, Group, Membership, PersonFollow, User

log = logging.getLogger(__name__)


@handles("Accept", "Reject")
async def answer(context: Context, activity: vocab.Activity) -> None:
    if await rsvp.accept_or_reject(context, activity):
        return  # an answer about a meeting (handlers/rsvp.py)
    inner = activity.object
    refused = isinstance(inner, vocab.Activity) and inner.type in ("Delete", "Undo")
    if activity.type == "Reject" and isinstance(inner, vocab.Activity) and refused:
        await _decision_refused(context, activity, inner)
        return
    if isinstance(inner, vocab.Activity) and inner.type != "Follow":
        raise Rejected(f"{activity.type} of a {inner.type} is not handled here")
    if not isinstance(inner, (vocab.Activity, str)):
        raise Rejected(f"{activity.type} of a {inner.type} is not handled here")
    actor = await _social.remote_actor(context, activity.actor)
    accepted = activity.type == "Accept"
    if isinstance(actor, Group):
        found = await _membership(context, actor, inner)
        if found is not None:
            await _settle(Membership, found.id, accepted)
            return
    else:
        follow = await _person_follow(context, actor, inner)
        if follow is not None:
            await _settle(PersonFollow, follow.id, accepted)
            return
    log.info("%s %s answers no Follow of ours; ignored", activity.type, activity.id)


async def _decision_refused(
    context: Context, activity: vocab.Activity, decision: vocab.Activity
) -> None:
    """A group of another instance refused what one of our people decided as its moderator.
    Our own copy of the decision says what it was about; the embedded one is not trusted."""
    group = await _social.remote_actor(context, activity.actor)
    sent = await Activity.get_or_none(ap_id=decision.id, local=True, type=decision.type)
    if not isinstance(group, Group) or sent is None:
        log.info("Reject %s answers no decision of ours; ignored", activity.id)
        return
    moderator = await _social.local_actor(context, sent.actor_ap_id)
    if not isinstance(moderator, User):
        return
    about = sent.payload.get("object")
    reason = activity.summary or ""
    if sent.type == "Undo" and isinstance(about, dict):
        flag_id = str(about.get("id", ""))
        await forwarding.reopen(moderator, group, reason, flag_id=flag_id, item=None)
    elif sent.type == "Delete" and isinstance(about, str):
        item = await _social.content(context, about)
        await forwarding.reopen(moderator, group, reason, item=item)


async def _membership(context: Context, group: Group, inner: vocab.Thing) -> Membership | None:
    found = await Membership.get_or_none(group=group, follow_ap_id=vocab.object_id(inner))
    if found is None and isinstance(inner, vocab.Activity):
        person = await _social.local_actor(context, inner.actor)
        if isinstance(person, User):
            found = await Membership.get_or_none(group=group, user=person)
    return found


async def _person_follow(context: Context, person: User, inner: vocab.Thing) -> PersonFollow | None:
    found = await PersonFollow.get_or_none(followee=person, ap_id=vocab.object_id(inner))
    if found is None and isinstance(inner, vocab.Activity):
        follower = await _social.local_actor(context, inner.actor)
        if isinstance(follower, User):
            found = await PersonFollow.get_or_none(followee=person, follower=follower)
    return found


async def _settle(
    model: type[Membership] | type[PersonFollow], row_id: int, accepted: bool
) -> None:
    if accepted:
        await model.filter(id=row_id).update(accepted=True)
    else:
        await model.filter(id=row_id).delete()
