"""`Delete` of a post or reply (it becomes a tombstone) or of an actor (the person left).

A post or reply may be deleted by its author, by the group it is in (Lemmy's moderators act
through their community) or by a moderator of that group; a moderator of a local group who
lives elsewhere removes as a local moderator upholds (`moderation.review`), and anyone else's
Delete is refused. When a person deletes their account,
their memberships and follows end and what they wrote stays as tombstones, so that threads keep
their shape. Deleting what we never had, or what is already gone, is not an error: there is
nothing to do. A remote member's deletion in a local group is announced by the group to its
followers (FEP-1b12), like everything the group's members do.
"""

from __future__ import annotations

import logging

from tortoise.expressions import Q

from federation import documents, moderator_publish, outbox, vocab
from federation.handlers import Context, Rejected, _events, _social, handles
from moderation import review
from server import db
from server.models import (
    Flag,
    FlagState,
    Group,
    GroupRole,
    Membership,
    PersonFollow,
    Post,
    Reply,
    User,
)
from server.services.clock import now

log = logging.getLogger(__name__)


@handles("Delete")
async def delete(context: Context, activity: vocab.Activity) -> None:
    target = activity.object_id
    if target == activity.actor:
        await _delete_actor(context, activity)
        return
    item = await _social.content(context, target)
    if item is None and await _events.deleted(context, activity):
        return
    if item is None:
        log.info("Delete %s: %s is not known here; nothing to do", activity.id, target)
        return
    group = await _group_of(item)
    actor = await _social.remote_actor(context, activity.actor)
    if not await _may_delete(actor, item, group):
        if isinstance(actor, User) and not group.domain:
            # Perhaps a moderator's decision from their instance: tell them it did not count.
            await moderator_publish.decision_refused(
                context.settings, group, actor, activity, moderator_publish.NOT_A_MODERATOR
            )
        raise Rejected(f"{activity.actor} may not delete {target}")
    if isinstance(actor, User) and actor.id != item.author_id and not group.domain:
        # A moderator of this group who lives elsewhere upholds a report from their instance:
        # decided as a local moderator's (one log entry in their name; the group announces its
        # own Delete to every follower), not passed on as their own Delete.
        kind = "post" if isinstance(item, Post) else "reply"
        await review.uphold_from_elsewhere(actor, kind, item.id, activity.summary or "")
        return
    if item.deleted_at is None:
        await _tombstone(item)
        if isinstance(actor, Group):
            await _reports_upheld(item)
    if not group.domain:
        await _announce(context, activity, group)


async def _group_of(item: _social.Content) -> Group:
    if isinstance(item, Post):
        return await Group.get(id=item.group_id)
    post = await Post.get(id=item.post_id)
    return await Group.get(id=post.group_id)


async def _may_delete(actor: User | Group, item: _social.Content, group: Group) -> bool:
    if isinstance(actor, Group):
        return actor.id == group.id
    if item.author_id == actor.id:
        return True
    return await Membership.exists(
        group=group, user=actor, accepted=True, role__in=(GroupRole.MODERATOR, GroupRole.OWNER)
    )


async def _tombstone(item: _social.Content) -> None:
    moment = now()
    if isinstance(item, Post):
        await Post.filter(id=item.id, deleted_at__isnull=True).update(
            title="", body="", body_html="", deleted_at=moment
        )
    else:
        await Reply.filter(id=item.id, deleted_at__isnull=True).update(
            body="", body_html="", deleted_at=moment
        )


async def _reports_upheld(item: _social.Content) -> None:
    """The group removed it: reports made here about it were upheld there (the people who
    flagged from this instance see that on their own page)."""
    key = f"{'post' if isinstance(item, Post) else 'reply'}:{item.id}"
    await Flag.filter(item_key=key, state=FlagState.OPEN).update(
        state=FlagState.UPHELD, decided_at=now()
    )


async def _delete_actor(context: Context, activity: vocab.Activity) -> None:
    ap_id = activity.actor
    if context.urls.is_local(ap_id):
        raise Rejected(f"{ap_id} is on this server")
    # Never fetched: the actor's server answers 410 for a deleted account.
    person = await User.get_or_none(ap_id=ap_id)
    if person is None:
        log.info("Delete of %s: not known here; nothing to do", ap_id)
        return
    moment = now()
    # Her groups here pass the Delete on to their followers (FEP-1b12), as they pass on all
    # that their members do: her instance cannot know every server that holds her posts.
    groups = await Group.filter(
        domain="", memberships__user_id=person.id, memberships__accepted=True
    ).distinct()
    async with db.transaction() as conn:
        await Membership.filter(user=person).using_db(conn).delete()
        await PersonFollow.filter(Q(follower=person) | Q(followee=person)).using_db(conn).delete()
        await (
            Post.filter(author=person, deleted_at__isnull=True)
            .using_db(conn)
            .update(title="", body="", body_html="", deleted_at=moment)
        )
        await (
            Reply.filter(author=person, deleted_at__isnull=True)
            .using_db(conn)
            .update(body="", body_html="", deleted_at=moment)
        )
        # What must stay (the row that tombstones and log entries point to) keeps no
        # personal data, as for an account deleted here.
        await (
            User.filter(id=person.id)
            .using_db(conn)
            .update(
                inbox_url=None,
                shared_inbox_url=None,
                bio="",
                name="",
                organisation="",
                deleted_at=moment,
            )
        )
        for group in groups:
            await _announce(context, activity, group, source=f"{activity.id} {group.id}")


async def _announce(
    context: Context, activity: vocab.Activity, group: Group, *, source: str = ""
) -> None:
    inner = _social.received(context, activity)
    announce_id = _social.derived_id(context, "announce", source or activity.id)
    announce = documents.announce_activity(context.urls, group, inner, activity_id=announce_id)
    inboxes = await outbox.group_follower_inboxes(group)
    await outbox.enqueue(context.settings, announce, signer=f"group:{group.id}", inboxes=inboxes)
