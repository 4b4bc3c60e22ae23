"""`Follow` of a local group (a remote person joins it) or of a local person.

Joining is open, as in Lemmy's public communities: the membership is stored accepted and the
group answers with an `Accept`; a person of a limited instance waits for a moderator instead.
Following a local person is accepted the same way, answered by that person. Applying the same
Follow again changes nothing and queues no second Accept.
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles
from moderation import instances, members
from server.models import Group, Membership, PersonFollow, User


@handles("Follow")
async def follow(context: Context, activity: vocab.Activity) -> None:
    target = await _social.local_actor(context, activity.object_id)
    if target is None:
        raise Rejected(f"{activity.object_id} is not a group or person on this server")
    follower = await _social.remote_person(context, activity.actor)
    urls = context.urls
    if isinstance(target, Group):
        if await members.active(follower.id, target.id) is not None:
            # Removed by a moderator: no Accept, so their instance keeps the join pending.
            raise Rejected(f"{follower.ap_id} is removed from {target.slug} by a moderator")
        if await _waits(target, follower):
            # A limited instance: the join waits for a moderator (moderation.instances).
            await _join(target, follower, activity.id, accepted=False)
            return
        await _join(target, follower, activity.id)
        actor, signer = urls.group(target.slug), f"group:{target.id}"
    else:
        await _follow_person(target, follower, activity.id)
        actor, signer = urls.person(target.username), f"user:{target.id}"
    await _social.send_accept(context, activity, actor=actor, signer=signer, follower=follower)


async def _waits(group: Group, person: User) -> bool:
    """A person of a limited instance who is not a member yet waits for a moderator."""
    if await Membership.exists(group=group, user=person, accepted=True):
        return False
    return await instances.is_limited(person.domain)


async def _join(group: Group, person: User, follow_id: str, *, accepted: bool = True) -> None:
    membership = await Membership.get_or_none(group=group, user=person)
    if membership is None:
        try:
            await Membership.create(
                group=group, user=person, accepted=accepted, follow_ap_id=follow_id
            )
            return
        except IntegrityError:
            membership = await Membership.get(group=group, user=person)
    # A new Follow from a member replaces the old one, so that its Undo ends the membership.
    await Membership.filter(id=membership.id).update(accepted=accepted, follow_ap_id=follow_id)


async def _follow_person(person: User, follower: User, follow_id: str) -> None:
    existing = await PersonFollow.get_or_none(follower=follower, followee=person)
    if existing is None:
        try:
            await PersonFollow.create(
                follower=follower, followee=person, accepted=True, ap_id=follow_id
            )
            return
        except IntegrityError:
            existing = await PersonFollow.get(follower=follower, followee=person)
    await PersonFollow.filter(id=existing.id).update(accepted=True, ap_id=follow_id)
