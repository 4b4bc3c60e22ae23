"""What the ActivityPub GET routes answer: load a LOCAL row, make sure it has keys, build its
document with `federation.documents`.

Rows of other instances (`domain` set, or an `ap_id` on posts and replies) are never served as
ours: they are `NotFound`, so nobody can make us vouch for someone else's words. A deleted post
or reply raises `Gone` carrying its `Tombstone` (answered with 410, as Mastodon does).
"""

from __future__ import annotations

from typing import Any

from federation import documents, event_documents, vocab
from federation.local_keys import ensure_keys, instance_row
from federation.urls import Urls
from federation.vocab.fields import id_list
from server.config import Settings
from server.models import (
    Activity,
    Event,
    Group,
    GroupRole,
    Membership,
    PersonFollow,
    Post,
    Reply,
    User,
)
from server.services import attachments
from server.services.errors import N_, NotFound

OUTBOX_SIZE = 20
Document = dict[str, Any]


class Gone(Exception):
    """The object was deleted; `document` is its Tombstone."""

    def __init__(self, document: Document) -> None:
        super().__init__(document["id"])
        self.document = document


async def _local_user(username: str) -> User:
    user = await User.get_or_none(username=username.lower(), domain="")
    if user is None:
        raise NotFound(N_("This person does not exist."))
    return user


async def _local_group(slug: str) -> Group:
    group = await Group.get_or_none(slug=slug.lower(), domain="")
    if group is None:
        raise NotFound(N_("This group does not exist."))
    return group


# Actors -------------------------------------------------------------------------------------


async def person(settings: Settings, username: str) -> Document:
    user = await _local_user(username)
    if user.deleted_at is not None:
        urls = Urls(settings.base_url)
        raise Gone(
            documents.tombstone_document(urls.person(user.username), "Person", user.deleted_at)
        )
    await ensure_keys(user)
    return documents.person_document(
        Urls(settings.base_url), user, language=settings.default_language
    )


async def group(settings: Settings, slug: str) -> Document:
    found = await _local_group(slug)
    await ensure_keys(found)
    return documents.group_document(
        Urls(settings.base_url), found, language=settings.default_language
    )


async def instance_actor(settings: Settings) -> Document:
    instance = await instance_row()
    await ensure_keys(instance)
    return documents.instance_document(Urls(settings.base_url), instance)


# Objects ------------------------------------------------------------------------------------


async def post(settings: Settings, post_id: int) -> Document:
    found = await Post.get_or_none(id=post_id, ap_id=None).select_related("group", "author")
    if found is None or found.author.domain:
        raise NotFound(N_("This post does not exist."))
    urls = Urls(settings.base_url)
    if found.deleted_at is not None:
        raise Gone(documents.tombstone_document(urls.post(found.id), "Page", found.deleted_at))
    files = await attachments.of_post(found)
    return documents.page_document(urls, found, found.group, found.author, files)


async def reply(settings: Settings, reply_id: int) -> Document:
    found = await Reply.get_or_none(id=reply_id, ap_id=None).select_related(
        "author", "post", "post__group", "post__author"
    )
    if found is None or found.author.domain:
        raise NotFound(N_("This reply does not exist."))
    urls = Urls(settings.base_url)
    if found.deleted_at is not None:
        raise Gone(documents.tombstone_document(urls.reply(found.id), "Note", found.deleted_at))
    parent = None
    if found.parent_id is not None:
        parent = await Reply.get_or_none(id=found.parent_id).select_related("author")
    answered = parent.author if parent is not None else found.post.author
    return documents.note_document(
        urls, found, found.post, found.post.group, found.author, answered=answered, parent=parent
    )


# Activities ---------------------------------------------------------------------------------


async def activity(settings: Settings, rest: str) -> Document:
    """A public activity this instance sent, at its id (`/activities/…`). Activities meant for
    a few (a Follow, an Accept, a report) are not shown to anyone who asks, and one whose post
    or reply was deleted since is gone with it: its words must not outlive the delete."""
    urls = Urls(settings.base_url)
    ap_id = f"{urls.base}/activities/{rest}"
    found = await Activity.get_or_none(ap_id=ap_id, local=True)
    if found is None or not _is_public(found.payload):
        raise NotFound(N_("This activity does not exist."))
    for object_id in _carried_ids(found.payload):
        if await _deleted_here(urls, object_id):
            raise Gone(documents.tombstone_document(ap_id, found.type, found.created_at))
    document = dict(found.payload)
    document.setdefault("@context", vocab.CONTEXT)
    return document


def _is_public(payload: Document) -> bool:
    return vocab.PUBLIC in id_list(payload.get("to")) + id_list(payload.get("cc"))


def _carried_ids(payload: Document, depth: int = 0) -> list[str]:
    """The ids of the objects an activity carries whole (an Announce carries a Create)."""
    inner = payload.get("object")
    if not isinstance(inner, dict) or depth > 2:
        return []
    own = [inner["id"]] if isinstance(inner.get("id"), str) else []
    return own + _carried_ids(inner, depth + 1)


async def _deleted_here(urls: Urls, object_id: str) -> bool:
    """Whether the post or reply an activity carries is gone here: deleted, removed or hidden
    by moderation (ours, or a remote member's copy that a group of ours announced)."""
    item: Post | Reply | None
    if urls.is_local(object_id):
        kind, _, number = object_id.removeprefix(urls.base + "/").partition("/")
        if kind not in ("p", "c") or not number.isdigit():
            return False
        model: type[Post] | type[Reply] = Post if kind == "p" else Reply
        item = await model.get_or_none(id=int(number), ap_id=None)
        if item is None:
            return True
    else:
        item = await Post.get_or_none(ap_id=object_id) or await Reply.get_or_none(ap_id=object_id)
        if item is None:
            return False  # not content (an actor, an event): nothing to hide
    return any(
        getattr(item, name, None) is not None for name in ("deleted_at", "removed_at", "hidden_at")
    )


async def event(settings: Settings, event_id: int) -> Document:
    """A local meeting as Mobilizon's `Event`; a cancelled one stays, marked CANCELLED (as
    Mobilizon keeps it), because people who planned to come must be able to read that."""
    found = await Event.get_or_none(id=event_id, ap_id=None).select_related("group", "organiser")
    # A local organiser's event in a group of another instance is ours too.
    if found is None or found.organiser.domain:
        raise NotFound(N_("This meeting does not exist."))
    files = await attachments.of_event(found)
    return event_documents.event_document(
        Urls(settings.base_url), found, found.group, found.organiser, files
    )


# Collections --------------------------------------------------------------------------------


async def person_followers(settings: Settings, username: str) -> Document:
    user = await _local_user(username)
    total = await PersonFollow.filter(followee_id=user.id, accepted=True).count()
    urls = Urls(settings.base_url)
    return documents.ordered_collection(urls.followers(urls.person(user.username)), total=total)


async def person_outbox(settings: Settings, username: str) -> Document:
    # A person's posts reach others through their groups' announces, so this stays empty
    # (as Lemmy's person outbox is).
    user = await _local_user(username)
    urls = Urls(settings.base_url)
    return documents.ordered_collection(urls.outbox(urls.person(user.username)), [])


async def instance_outbox(settings: Settings) -> Document:
    urls = Urls(settings.base_url)
    return documents.ordered_collection(urls.outbox(urls.instance_actor()), [])


async def group_followers(settings: Settings, slug: str) -> Document:
    # Members are the group's followers (a remote member joined with a Follow).
    found = await _local_group(slug)
    total = await Membership.filter(group_id=found.id, accepted=True).count()
    urls = Urls(settings.base_url)
    return documents.ordered_collection(urls.followers(urls.group(found.slug)), total=total)


async def group_moderators(settings: Settings, slug: str) -> Document:
    found = await _local_group(slug)
    memberships = (
        await Membership.filter(
            group_id=found.id, accepted=True, role__in=(GroupRole.OWNER, GroupRole.MODERATOR)
        )
        .order_by("joined_at", "id")
        .select_related("user")
    )
    urls = Urls(settings.base_url)
    moderators = [documents.person_id(urls, m.user) for m in memberships]
    return documents.ordered_collection(urls.group_moderators(found.slug), moderators)


async def group_featured(settings: Settings, slug: str) -> Document:
    found = await _local_group(slug)
    return documents.ordered_collection(Urls(settings.base_url).group_featured(found.slug), [])


async def group_outbox(settings: Settings, slug: str) -> Document:
    """The latest local posts as the group's `Announce` of their `Create`, as Lemmy's outbox
    (which Lemmy reads to fill a community it sees for the first time).

    Posts of remote members are left out: their `Create` is their own server's to state. The
    ids are derived from the post, so that reading the outbox twice gives the same activities.
    """
    found = await _local_group(slug)
    posts = (
        await Post.filter(group_id=found.id, ap_id=None, deleted_at__isnull=True, author__domain="")
        .order_by("-created_at", "-id")
        .limit(OUTBOX_SIZE)
        .select_related("author")
    )
    urls = Urls(settings.base_url)
    files = await attachments.of_posts([item.id for item in posts])
    items = []
    for item in posts:
        page = documents.page_document(urls, item, found, item.author, files.get(item.id, []))
        create = documents.create_activity(urls, page, activity_id=f"{page['id']}#create")
        items.append(
            documents.announce_activity(urls, found, create, activity_id=f"{page['id']}#announce")
        )
    return documents.ordered_collection(urls.outbox(urls.group(found.slug)), items)
