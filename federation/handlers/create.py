"""`Create` and `Update` of a `Page`, `Article` or `Note`: a post or reply in a group.

Where it goes: a reply (`inReplyTo`) joins the thread of the post or reply it answers, if we
hold that; anything else goes to the group named in `audience`, `to` or `cc`.

Who may: the object must live on its author's host and be attributed to the activity's actor.
In a LOCAL group a post needs an accepted membership (a follow of the group), as posting here
does; a reply is taken from anyone, because Mastodon users answer threads without following
the group (and Lemmy takes both from anyone). The group then announces the activity to its
followers. In a REMOTE group the activity must come inside that group's own `Announce`, so that
what we show is what the group accepted. An `Update` must come from the same author.

The same activity twice stores one row and queues one Announce (its id derives from the
activity's).
"""

from __future__ import annotations

import logging

from federation import publish, remote_actors, vocab
from federation.handlers import Context, Rejected, _events, _files, _social, handles
from moderation import instances
from server.models import Group, Membership, Post, Reply, User
from server.services import federated
from server.services.errors import Forbidden, Invalid

log = logging.getLogger(__name__)


@handles("Create", "Update")
async def create_or_update(context: Context, activity: vocab.Activity) -> None:
    obj = activity.object
    if activity.type == "Update" and isinstance(obj, vocab.Actor):
        await _actor_updated(context, activity, obj)
        return
    if isinstance(obj, vocab.Event):
        await _events.receive(context, activity, obj)
        return
    if not isinstance(obj, vocab.Content) or obj.type not in vocab.CONTENT_TYPES:
        kind = getattr(obj, "type", "a bare id")
        raise Rejected(f"{activity.type} of {kind} is not handled here")
    await receive(context, activity, obj)


async def receive(
    context: Context, activity: vocab.Activity, obj: vocab.Content, *, boosted: bool = False
) -> None:
    """Store (or update) `obj` where it belongs. `boosted`: fetched from its origin after a
    person's boost, so no group vouched for it (only threads and groups we know take it)."""
    _verify(context, activity, obj)
    author = await _social.remote_person(context, activity.actor)
    group, post, parent = await _place(context, activity, obj)
    if group.domain and not boosted:
        announcer = context.message.payload.get("actor")
        if announcer != group.ap_id:
            raise Rejected(f"content of {group.ap_id} is taken only from its Announce")
    content = _content(obj)
    new: Post | Reply | None
    try:
        if post is None:
            new = await _post(activity, group, author, content)
        else:
            new = await _reply(activity, post, parent, author, content)
    except (Forbidden, Invalid) as exc:
        raise Rejected(f"{obj.id}: {exc}") from exc
    if group.domain:
        return
    held = new is not None and await instances.hold_if_limited(author, new)
    if not boosted:
        model: type[Post] | type[Reply] = Post if post is None else Reply
        await _pass_on(context, activity, group, model, content.ap_id, new, held=held)


async def _pass_on(
    context: Context,
    activity: vocab.Activity,
    group: Group,
    model: type[Post] | type[Reply],
    ap_id: str,
    new: Post | Reply | None,
    *,
    held: bool,
) -> None:
    """The local group announces what a member sent it (FEP-1b12), unless it waits for a
    moderator: then the Announce is kept for the approval (`review.restore`) to send.

    Announced even when nothing changed: a retry after the post was stored but its Announce
    was not queued must still queue it. The Announce id derives from the activity id, and
    enqueueing the same id again adds nothing, so a true repeat costs nothing."""
    payload = _social.received(context, activity)
    if held:
        await publish.hold_announce(context.settings, group, payload, ap_id)
        return
    if new is None and await _held_back(model, ap_id):
        return
    # The same Create again after a moderator approved it: its held Announce is the one sent.
    if (
        activity.type == "Create"
        and new is None
        and await publish.release_held(context.settings, group, ap_id)
    ):
        return
    announce_id = _social.derived_id(context, "announce", activity.id)
    await publish.announce_received(context.settings, group, payload, announce_id=announce_id)


async def _held_back(model: type[Post] | type[Reply], ap_id: str) -> bool:
    """A hidden item waits for a moderator: its edits are not passed on to other instances."""
    return await model.filter(ap_id=ap_id, hidden_at__isnull=False).exists()


def _verify(context: Context, activity: vocab.Activity, obj: vocab.Content) -> None:
    if context.urls.is_local(obj.id):
        raise Rejected(f"{obj.id} is ours; others cannot create or change it")
    if not vocab.same_host(obj.id, activity.actor):
        raise Rejected(f"{obj.id} does not live on the host of its actor {activity.actor}")
    if obj.author != activity.actor:
        raise Rejected(f"{obj.id} is attributed to {obj.author}, not to {activity.actor}")


async def _place(
    context: Context, activity: vocab.Activity, obj: vocab.Content
) -> tuple[Group, Post | None, Reply | None]:
    """(group, post answered or None for a new post, reply answered or None)."""
    if obj.in_reply_to:
        answered = await _social.content(context, obj.in_reply_to)
        if answered is None:
            raise Rejected(f"{obj.id} answers {obj.in_reply_to}, which is not held here")
        if isinstance(answered, Reply):
            post = await Post.get(id=answered.post_id)
            return await Group.get(id=post.group_id), post, answered
        return await Group.get(id=answered.group_id), answered, None
    for url in _addressees(activity, obj):
        group = await _group(context, url)
        if group is not None:
            return group, None, None
    raise Rejected(f"{obj.id} is not addressed to a group here")


def _addressees(activity: vocab.Activity, obj: vocab.Content) -> list[str]:
    found = [obj.audience, activity.audience, *obj.to, *obj.cc, *activity.to, *activity.cc]
    return list(dict.fromkeys(url for url in found if url and url != vocab.PUBLIC))


async def _group(context: Context, url: str) -> Group | None:
    local = await _social.local_actor(context, url)
    if isinstance(local, Group):
        return local
    if context.urls.is_local(url):
        return None
    return await Group.get_or_none(ap_id=url)


def _content(obj: vocab.Content) -> federated.RemoteContent:
    source = obj.source.content if obj.source and obj.source.media_type == "text/markdown" else None
    return federated.RemoteContent(
        ap_id=obj.id,
        html=obj.content or "",
        source=source,
        title=obj.name if obj.type != "Note" else None,
        published=obj.published,
        updated=obj.updated,
        links=tuple(a.url for a in obj.attachments if a.type == "Link"),
        files=tuple(_files.remote_file(a) for a in obj.attachments if a.type in _files.FILE_TYPES),
    )


async def _post(
    activity: vocab.Activity,
    group: Group,
    author: User,
    content: federated.RemoteContent,
) -> Post | None:
    """Store or update the post; the post when its row was stored just now."""
    stored = await Post.get_or_none(ap_id=content.ap_id)
    if stored is not None:
        if activity.type == "Update":
            _same_author(stored.author_id, author)
            await federated.update_post(stored, content)
        return None
    if not group.domain:
        member = await Membership.get_or_none(group_id=group.id, user_id=author.id)
        if member is None or not member.accepted:
            raise Rejected(f"{author.ap_id} is not a member of {group.slug}; follow it first")
    stored, new = await federated.store_post(group, author, content, looked_up=True)
    return stored if new else None


async def _reply(
    activity: vocab.Activity,
    post: Post,
    parent: Reply | None,
    author: User,
    content: federated.RemoteContent,
) -> Reply | None:
    """Store or update the reply; the reply when its row was stored just now."""
    stored = await Reply.get_or_none(ap_id=content.ap_id)
    if stored is not None:
        if activity.type == "Update":
            _same_author(stored.author_id, author)
            await federated.update_reply(stored, content)
        return None
    if post.deleted_at is not None:
        raise Rejected(f"{content.ap_id} answers a deleted post")
    stored, new = await federated.store_reply(post, parent, author, content, looked_up=True)
    return stored if new else None


def _same_author(stored_author_id: int, author: User) -> None:
    if stored_author_id != author.id:
        raise Rejected(f"{author.ap_id} did not write what they try to change")


async def _actor_updated(context: Context, activity: vocab.Activity, actor: vocab.Actor) -> None:
    """A person or group changed their profile (Mastodon, Lemmy send the whole actor): read it
    again from its own server rather than trusting the copy."""
    if actor.id != activity.actor:
        raise Rejected(f"{activity.actor} cannot update another actor ({actor.id})")
    if context.urls.is_local(actor.id):
        raise Rejected(f"{actor.id} is on this server")
    await remote_actors.get_actor(context.settings, actor.id, refresh=True)
