"""What the follow, undo, accept, like, delete and flag handlers share: finding the rows that
an activity's URLs name, and answering a Follow."""

from __future__ import annotations

from typing import Any

from federation import outbox, remote_actors, vocab
from federation.handlers import Context, Rejected
from server.models import Group, Post, Reply, User

Content = Post | Reply


def local_path(context: Context, url: str) -> tuple[str, str] | None:
    """("u", name), ("g", slug), ("p", id), ("c", id), ("e", id) or ("actor", "") for a URL
    of ours."""
    if not context.urls.is_local(url):
        return None
    segments = url.removeprefix(context.urls.base).split("#", 1)[0].strip("/").split("/")
    if segments == ["actor"]:
        return "actor", ""
    if len(segments) == 2 and segments[0] in ("u", "g", "p", "c", "e") and segments[1]:
        return segments[0], segments[1]
    return None


async def local_actor(context: Context, url: str) -> User | Group | None:
    path = local_path(context, url)
    if path is None:
        return None
    kind, name = path
    if kind == "u":
        return await User.get_or_none(username=name.lower(), domain="")
    if kind == "g":
        return await Group.get_or_none(slug=name.lower(), domain="")
    return None


async def remote_actor(context: Context, url: str) -> User | Group:
    """The stored (or now fetched) actor of another server that sent an activity."""
    if context.urls.is_local(url):
        raise Rejected(f"{url} is on this server; its activities do not come through the inbox")
    return await remote_actors.get_actor(context.settings, url)


async def remote_person(context: Context, url: str) -> User:
    actor = await remote_actor(context, url)
    if not isinstance(actor, User):
        raise Rejected(f"{url} is a group, not a person")
    return actor


async def content(context: Context, url: str) -> Content | None:
    """The post or reply at `url`: ours by its address, another server's by its id."""
    path = local_path(context, url)
    if path is not None:
        kind, number = path
        if kind not in ("p", "c") or not number.isdigit():
            return None
        model: type[Post] | type[Reply] = Post if kind == "p" else Reply
        return await model.get_or_none(id=int(number), ap_id=None)
    post = await Post.get_or_none(ap_id=url)
    return post if post is not None else await Reply.get_or_none(ap_id=url)


def received(context: Context, activity: vocab.Activity) -> dict[str, Any]:
    """The activity as its sender wrote it (without `@context`), to embed in an answer."""
    payload = context.message.payload
    if payload.get("id") == activity.id:
        return {key: value for key, value in payload.items() if key != "@context"}
    return {"id": activity.id, "type": activity.type, "actor": activity.actor,
            "object": activity.object_id}  # fmt: skip


def derived_id(context: Context, kind: str, source_id: str) -> str:
    """A stable id for our answer to `source_id`: applying the same activity twice queues
    the answer once (the outbox skips an activity id it already has)."""
    return context.urls.derived_activity(kind, source_id)


async def send_accept(
    context: Context, activity: vocab.Activity, *, actor: str, signer: str, follower: User
) -> None:
    """`Accept` of a Follow, the Follow embedded (as Lemmy sends it), to the follower."""
    accept = {
        "@context": vocab.CONTEXT,
        "type": "Accept",
        "id": derived_id(context, "accept", activity.id),
        "actor": actor,
        "to": [follower.ap_id],
        "object": received(context, activity),
    }
    inbox = follower.inbox_url or follower.shared_inbox_url
    if inbox:
        await outbox.enqueue(context.settings, accept, signer=signer, inboxes=[inbox])
