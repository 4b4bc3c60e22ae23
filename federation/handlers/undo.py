"""`Undo` of a Follow (a remote person leaves a group or unfollows a person), of a Like, or of
a Flag (the person withdraws their report; or a moderator of one of our groups who lives
elsewhere restores the item our group's forwarded Flag was about).

Only the one who followed or liked may undo it: the Undo's actor must be the inner activity's
actor. The inner activity comes embedded (Lemmy, Mastodon) or as an id alone; either way it is
found by its id first, else by who and what. Undoing what is already gone changes nothing.
"""

from __future__ import annotations

from federation import moderator_publish, vocab
from federation.handlers import Context, Rejected, _social, handles, like, rsvp
from moderation import flags, items, review
from server.models import Group, Membership, PersonFollow, Post, Reply, User
from server.services.errors import Conflict


@handles("Undo")
async def undo(context: Context, activity: vocab.Activity) -> None:
    inner = activity.object
    if isinstance(inner, vocab.Activity) and inner.type == "Flag" and inner.actor != activity.actor:
        await _restore_by_moderator(context, activity, inner)
        return
    if isinstance(inner, vocab.Activity):
        if inner.actor != activity.actor:
            raise Rejected(f"{activity.actor} cannot undo what {inner.actor} did")
        kind = inner.type
    elif isinstance(inner, str):
        kind = None
    else:
        raise Rejected(f"Undo of a {inner.type} is not understood")
    actor = await _social.remote_actor(context, activity.actor)
    if not isinstance(actor, User):
        raise Rejected(f"Undo by the group {activity.actor} is not handled here")
    if kind in ("Follow", None) and await _unfollow(context, actor, inner):
        return
    if kind in ("Like", None) and await _unlike(context, actor, inner):
        return
    if kind in ("Join", "Accept", "TentativeAccept", None) and await rsvp.undo_answer(actor, inner):
        return  # an answer to a meeting taken back (some servers undo instead of Leave)
    if kind in ("Flag", None) and await flags.withdraw_received(actor, vocab.object_id(inner)):
        return
    if kind in ("Dislike", "Follow", "Like", "Join", "Flag", None):
        return  # nothing of it was stored: there is nothing to undo
    raise Rejected(f"Undo of {kind} is not handled here")


async def _restore_by_moderator(
    context: Context, activity: vocab.Activity, flag: vocab.Activity
) -> None:
    """A remote moderator's `Undo` of the `Flag` our group forwarded to them: the report does
    not stand, so the item is restored as a local moderator restores (not `Undo(Delete)`, which
    would mean undoing a removal; a restored item was only hidden or reported)."""
    group = await _social.local_actor(context, flag.actor)
    if not isinstance(group, Group):
        raise Rejected(f"{activity.actor} cannot undo what {flag.actor} did")
    moderator = await _social.remote_person(context, activity.actor)
    item = await _social.content(context, flag.object_id)
    if item is None:
        return  # deleted since: there is nothing to restore
    if not await items.is_moderator(moderator, group) or await _group_id(item) != group.id:
        await moderator_publish.decision_refused(
            context.settings, group, moderator, activity, moderator_publish.NOT_A_MODERATOR
        )
        raise Rejected(f"{activity.actor} does not moderate {flag.actor}")
    kind = "post" if isinstance(item, Post) else "reply"
    try:
        await review.restore(moderator, kind, item.id, flags.plain(activity.summary or ""))
    except Conflict:
        return  # decided already (the same Undo again, or a local moderator was first)


async def _group_id(item: Post | Reply) -> int:
    if isinstance(item, Post):
        return item.group_id
    return (await Post.get(id=item.post_id)).group_id


async def _unfollow(context: Context, person: User, inner: vocab.Thing) -> bool:
    follow_id = vocab.object_id(inner)
    if await Membership.filter(follow_ap_id=follow_id, user=person).delete():
        return True
    if await PersonFollow.filter(ap_id=follow_id, follower=person).delete():
        return True
    if not isinstance(inner, vocab.Activity):
        return False
    # The Follow's id was not stored (older memberships): undo by who follows what.
    target = await _social.local_actor(context, inner.object_id)
    if isinstance(target, Group):
        return bool(await Membership.filter(group=target, user=person).delete())
    if isinstance(target, User):
        return bool(await PersonFollow.filter(followee=target, follower=person).delete())
    return False


async def _unlike(context: Context, person: User, inner: vocab.Thing) -> bool:
    item = None
    if isinstance(inner, vocab.Activity):
        item = await _social.content(context, inner.object_id)
    found = await like.find_like(person, vocab.object_id(inner), item)
    if found is None:
        return False
    await like.remove_like(found)
    return True
