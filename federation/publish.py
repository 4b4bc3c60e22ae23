"""Local changes become activities in the outbox, addressed as Lemmy addresses them (FEP-1b12).

- A post, reply, edit or delete in a LOCAL group: the group `Announce`s the author's activity
  to its remote followers (one delivery per shared inbox), signed by the group. The author's
  `Create` itself is not sent on its own: its audience is the group, which is on this instance,
  and the Announce carries it whole (as Lemmy does for its own communities). A reply is also
  sent, as the author's own activity, to the inbox of the remote person it answers, because
  Mastodon reads a `Create(Note)` but not an Announce of one.
- The same in a REMOTE group: the author's activity goes to the group's inbox, and the group
  announces it to its followers (this instance among them).
- Joining or leaving a remote group, following a remote person or no longer: `Follow` /
  `Undo(Follow)` to the group's or person's inbox.

Services call these inside `outbox.transaction()` (re-exported here as `transaction`), in
the same transaction as the change itself: the change and what it queues commit together. A
local group without remote members queues nothing.

Services reach this module without settings (their signatures predate federation), so the
application registers its settings once with `configure`; everything else takes them explicitly.
This module imports no service that imports it.
"""

from __future__ import annotations

from typing import Any

from federation import documents, outbox, vocab
from federation.outbox import transaction as transaction
from federation.urls import Urls
from server.config import Settings
from server.models import Activity, Group, Membership, PersonFollow, Post, Reply, User
from server.services import attachments

_configured: Settings | None = None


def configure(settings: Settings | None) -> None:
    """Called by `server.app.create_app`: the settings local changes are published with."""
    global _configured
    _configured = settings


def configured() -> Settings | None:
    return _configured


# Addresses ----------------------------------------------------------------------------------


def _inbox_of(actor: User | Group) -> str | None:
    """A remote actor's inbox for public activities: the shared one when it has one."""
    return actor.shared_inbox_url or actor.inbox_url


async def _audience_inboxes(group: Group) -> list[str]:
    """Where an activity in `group` goes: a remote group's own inbox, or the remote
    followers of a local group."""
    if group.domain:
        return [group.inbox_url] if group.inbox_url else []
    return await outbox.group_follower_inboxes(group)


async def _send(
    settings: Settings,
    group: Group,
    author: User,
    activity: dict[str, Any],
    *,
    also_to: User | None = None,
) -> None:
    """Deliver the author's `activity` in `group`: through the group's Announce when the
    group is local, straight to the group when it is remote; and, as the author's own
    activity, to `also_to` when that is a remote person and to the author's remote followers."""
    urls = Urls(settings.base_url)
    inboxes = await _audience_inboxes(group)
    if group.domain:
        targets = list(inboxes)
    else:
        if inboxes:
            announce = documents.announce_activity(urls, group, activity)
            await outbox.enqueue(settings, announce, signer=f"group:{group.id}", inboxes=inboxes)
        targets = []
    if also_to is not None and also_to.domain:
        inbox = _inbox_of(also_to)
        if inbox:
            targets.append(inbox)
    # People who follow the author elsewhere (on Mastodon, say) get the author's own activity,
    # as they would from anyone they follow; the group's Announce does not reach them.
    targets.extend(await outbox.person_follower_inboxes(author))
    targets = list(dict.fromkeys(targets))
    if targets:
        await outbox.enqueue(settings, activity, signer=f"user:{author.id}", inboxes=targets)


# Posts and replies --------------------------------------------------------------------------


async def _post_parts(post: Post) -> tuple[Group, User]:
    return await Group.get(id=post.group_id), await User.get(id=post.author_id)


async def _reply_parts(reply: Reply) -> tuple[Post, Group, User, Reply | None, User]:
    post = await Post.get(id=reply.post_id)
    group = await Group.get(id=post.group_id)
    author = await User.get(id=reply.author_id)
    parent = await Reply.get_or_none(id=reply.parent_id) if reply.parent_id else None
    answered = await User.get(id=parent.author_id if parent else post.author_id)
    return post, group, author, parent, answered


def _is_local(item: Post | Reply, author: User) -> bool:
    # Content that came from another instance is announced by its handler, never re-created.
    return item.ap_id is None and not author.domain


async def post_created(settings: Settings, post: Post) -> None:
    await _post_activity(settings, post, "Create")


async def post_edited(settings: Settings, post: Post) -> None:
    await _post_activity(settings, post, "Update")


async def _post_activity(settings: Settings, post: Post, kind: str) -> None:
    group, author = await _post_parts(post)
    # A hidden post waits for a moderator: its edits are not passed on meanwhile.
    if not _is_local(post, author) or (kind == "Update" and post.hidden_at is not None):
        return
    urls = Urls(settings.base_url)
    page = documents.page_document(urls, post, group, author, await attachments.of_post(post))
    build = documents.create_activity if kind == "Create" else documents.update_activity
    await _send(settings, group, author, build(urls, page))


async def reply_created(settings: Settings, reply: Reply) -> None:
    await _reply_activity(settings, reply, "Create")


async def reply_edited(settings: Settings, reply: Reply) -> None:
    await _reply_activity(settings, reply, "Update")


async def _reply_activity(settings: Settings, reply: Reply, kind: str) -> None:
    post, group, author, parent, answered = await _reply_parts(reply)
    if not _is_local(reply, author) or (kind == "Update" and reply.hidden_at is not None):
        return
    urls = Urls(settings.base_url)
    note = documents.note_document(
        urls, reply, post, group, author, answered=answered, parent=parent
    )
    build = documents.create_activity if kind == "Create" else documents.update_activity
    await _send(settings, group, author, build(urls, note), also_to=answered)


async def post_deleted(settings: Settings, post: Post) -> None:
    group, author = await _post_parts(post)
    if not _is_local(post, author):
        return
    urls = Urls(settings.base_url)
    activity = documents.delete_activity(
        urls,
        documents.person_id(urls, author),
        documents.post_id(urls, post),
        audience=documents.group_id(urls, group),
    )
    await _send(settings, group, author, activity)


async def reply_deleted(settings: Settings, reply: Reply) -> None:
    _post, group, author, _parent, answered = await _reply_parts(reply)
    if not _is_local(reply, author):
        return
    urls = Urls(settings.base_url)
    activity = documents.delete_activity(
        urls,
        documents.person_id(urls, author),
        documents.reply_id(urls, reply),
        audience=documents.group_id(urls, group),
        cc=(documents.person_id(urls, answered),),
    )
    await _send(settings, group, author, activity, also_to=answered)


# Remote members' activities in local groups ---------------------------------------------------


async def announce_received(
    settings: Settings, group: Group, activity: dict[str, Any], *, announce_id: str | None = None
) -> None:
    """The group announces an activity a remote member sent it (stored, checked) to all its
    remote followers, the sender's instance too: receivers deduplicate by id."""
    if group.domain:
        return
    inboxes = await outbox.group_follower_inboxes(group)
    if not inboxes:
        return
    urls = Urls(settings.base_url)
    announce = documents.announce_activity(urls, group, activity, activity_id=announce_id)
    await outbox.enqueue(settings, announce, signer=f"group:{group.id}", inboxes=inboxes)


def held_announce_id(urls: Urls, object_ap_id: str) -> str:
    """The id of the Announce kept for a held item: it follows from the item alone, so that a
    moderator's approval finds it."""
    return urls.derived_activity("held", object_ap_id)


async def hold_announce(
    settings: Settings, group: Group, activity: dict[str, Any], object_ap_id: str
) -> None:
    """The Announce of an item that waits for a moderator, stored and sent to nobody yet."""
    urls = Urls(settings.base_url)
    announce_id = held_announce_id(urls, object_ap_id)
    announce = documents.announce_activity(urls, group, activity, activity_id=announce_id)
    await outbox.enqueue(settings, announce, signer=f"group:{group.id}", inboxes=())


async def release_held(settings: Settings, group: Group, object_ap_id: str) -> bool:
    """A moderator approved a held item: its Announce goes to the group's followers now.
    Once: a second release adds no delivery (the outbox queues an id per inbox once)."""
    if group.domain:
        return False
    held = await Activity.get_or_none(ap_id=held_announce_id(Urls(settings.base_url), object_ap_id))
    if held is None:
        return False
    inboxes = await outbox.group_follower_inboxes(group)
    await outbox.enqueue(settings, held.payload, signer=f"group:{group.id}", inboxes=inboxes)
    return True


# Following groups and people of other instances --------------------------------------------


def _target_id(urls: Urls, target: User | Group) -> str:
    return (
        documents.group_id(urls, target)
        if isinstance(target, Group)
        else documents.person_id(urls, target)
    )


def follow_activity(urls: Urls, user: User, target: User | Group, follow_id: str) -> dict[str, Any]:
    """A person's `Follow` of a group or person, shaped like Lemmy's (`to` the target too)."""
    target_id = _target_id(urls, target)
    return {
        "@context": vocab.CONTEXT,
        "type": "Follow",
        "id": follow_id,
        "actor": documents.person_id(urls, user),
        "object": target_id,
        "to": [target_id],
    }


async def followed(settings: Settings, user: User, target: User | Group, follow_id: str) -> None:
    """Joining a remote group, or following a remote person: `Follow` to its inbox."""
    if not target.domain or not target.inbox_url:
        return
    await outbox.enqueue(
        settings,
        follow_activity(Urls(settings.base_url), user, target, follow_id),
        signer=f"user:{user.id}",
        inboxes=[target.inbox_url],
    )


async def unfollowed(settings: Settings, user: User, target: User | Group, follow_id: str) -> None:
    """Leaving a remote group, or no longer following a remote person: `Undo` of the Follow."""
    if not target.domain or not target.inbox_url:
        return
    urls = Urls(settings.base_url)
    follow = follow_activity(urls, user, target, follow_id)
    undo = {
        "@context": vocab.CONTEXT,
        "type": "Undo",
        "id": urls.new_activity(),
        "actor": follow["actor"],
        "object": {key: value for key, value in follow.items() if key != "@context"},
        "to": follow["to"],
    }
    await outbox.enqueue(settings, undo, signer=f"user:{user.id}", inboxes=[target.inbox_url])


# Deleting an account -------------------------------------------------------------------------


async def inboxes_knowing(user: User) -> list[str]:
    """Every remote inbox that knows a local person: their followers, the people they follow,
    the remote groups they joined and the remote members of the local groups they are in."""
    found: list[str] = list(await outbox.person_follower_inboxes(user))
    memberships = await Membership.filter(user_id=user.id, accepted=True).select_related("group")
    for membership in memberships:
        group = membership.group
        if group.domain:
            inbox = _inbox_of(group)
            found.extend([inbox] if inbox else [])
        else:
            found.extend(await outbox.group_follower_inboxes(group))
    followed = await PersonFollow.filter(follower_id=user.id).select_related("followee")
    for follow in followed:
        inbox = _inbox_of(follow.followee) if follow.followee.domain else None
        found.extend([inbox] if inbox else [])
    return list(dict.fromkeys(found))


async def account_deleted(settings: Settings, user: User, inboxes: list[str]) -> None:
    """`Delete` of the actor itself, as Mastodon and Lemmy send it when an account goes;
    `removeData` asks Lemmy to remove what the person wrote too."""
    urls = Urls(settings.base_url)
    person = documents.person_id(urls, user)
    activity = {
        "@context": vocab.CONTEXT,
        "type": "Delete",
        "id": urls.new_activity(),
        "actor": person,
        "object": person,
        "to": [vocab.PUBLIC],
        "removeData": True,
    }
    if inboxes:
        await outbox.enqueue(settings, activity, signer=f"user:{user.id}", inboxes=inboxes)


# Moderation (moderation.flags, moderation.review) ------------------------------------------


def item_url(urls: Urls, item: Post | Reply) -> str:
    """The ActivityPub id of a post or reply: its origin's id, or our page address."""
    if item.ap_id:
        return item.ap_id
    return (
        documents.post_id(urls, item) if isinstance(item, Post) else documents.reply_id(urls, item)
    )


async def flag_sent(
    settings: Settings, user: User, group: Group, item: Post | Reply, flag_id: str, *,
    rule_title: str, note: str,
) -> None:  # fmt: skip
    """A local member's report about an item in a group of another instance: a `Flag` to the
    group's inbox, shaped as Lemmy sends it (one object, `to` the group, the reason in
    `summary`), so that the group's moderators get it wherever they live."""
    if not group.domain or not group.inbox_url or not group.ap_id:
        return
    urls = Urls(settings.base_url)
    activity = {
        "@context": vocab.CONTEXT,
        "type": "Flag",
        "id": flag_id,
        "actor": documents.person_id(urls, user),
        "object": item_url(urls, item),
        "to": [group.ap_id],
        "summary": rule_title,
        "content": note,
    }
    await outbox.enqueue(settings, activity, signer=f"user:{user.id}", inboxes=[group.inbox_url])


async def flag_withdrawn(
    settings: Settings, user: User, group: Group, item: Post | Reply, flag_id: str
) -> None:
    """The member took their report back: `Undo` of the `Flag`, to the group's inbox."""
    if not group.domain or not group.inbox_url or not group.ap_id:
        return
    urls = Urls(settings.base_url)
    actor = documents.person_id(urls, user)
    undo = {
        "@context": vocab.CONTEXT,
        "type": "Undo",
        "id": urls.new_activity(),
        "actor": actor,
        "object": {"id": flag_id, "type": "Flag", "actor": actor, "object": item_url(urls, item)},
        "to": [group.ap_id],
    }
    await outbox.enqueue(settings, undo, signer=f"user:{user.id}", inboxes=[group.inbox_url])


async def item_removed(settings: Settings, group: Group, item: Post | Reply) -> None:
    """An upheld report in a LOCAL group: the group deletes the item and announces that to its
    followers (as Lemmy's communities remove content), so every copy goes."""
    if group.domain:
        return
    inboxes = await outbox.group_follower_inboxes(group)
    if not inboxes:
        return
    urls = Urls(settings.base_url)
    actor = documents.group_id(urls, group)
    delete = documents.delete_activity(urls, actor, item_url(urls, item), audience=actor)
    announce = documents.announce_activity(urls, group, delete)
    await outbox.enqueue(settings, announce, signer=f"group:{group.id}", inboxes=inboxes)
