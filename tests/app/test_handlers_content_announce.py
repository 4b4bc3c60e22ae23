"""The Announce handler: a remote group's announces are unwrapped, and what they embed from
another host is fetched again from its origin (a real HTTP server on a loopback port)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from federation import handlers, publish, vocab
from federation.queue import utcnow
from federation.urls import Urls
from server.config import Settings
from server.models import Activity, Group, InboxMessage, Membership, Post, Reply, User
from tests.conftest import make_group, make_remote_group, make_remote_user, make_user

GROUP_HOST = "127.0.0.1:1"  # never contacted: the group's row is fresh
AS_JSON = "application/activity+json"


class Origin:
    """Another instance on a loopback port, serving the documents it is given."""

    def __init__(self) -> None:
        self.documents: dict[str, dict[str, Any]] = {}
        self.gone: set[str] = set()
        self.requests: list[str] = []
        self.base = ""

    async def serve(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        if request.path in self.gone:
            return web.Response(status=410)
        document = self.documents.get(request.path)
        if document is None:
            return web.Response(status=404)
        return web.Response(body=json.dumps(document), content_type=AS_JSON)

    @property
    def host(self) -> str:
        return self.base.removeprefix("http://")


@pytest.fixture
async def origin() -> AsyncIterator[Origin]:
    server = Origin()
    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", server.serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    server.base = f"http://{host}:{port}"
    yield server
    await runner.cleanup()


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


@pytest.fixture
async def remote_group(settings: Settings) -> Group:
    """A group elsewhere that a person here has joined."""
    group = await make_remote_group(GROUP_HOST, scheme="http")
    anna = await make_user(settings, "anna")
    await Membership.create(group=group, user=anna)
    return group


@pytest.fixture
async def bob(origin: Origin) -> User:
    return await make_remote_user(origin.host, "bob", scheme="http")


async def apply(settings: Settings, payload: dict[str, Any]) -> None:
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id=payload["actor"] + "#main-key",
        next_attempt_at=utcnow(),
    )  # fmt: skip
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))


def page(object_id: str, author: str, group: Group, content: str) -> dict[str, Any]:
    return {
        "type": "Page", "id": object_id, "attributedTo": author, "name": "Peilbesluit",
        "content": content, "to": [group.ap_id, vocab.PUBLIC], "audience": group.ap_id,
        "published": "2025-03-01T12:00:00Z",
    }  # fmt: skip


def announce(group: Group, inner: dict[str, Any], number: int = 1) -> dict[str, Any]:
    return {
        "@context": vocab.CONTEXT, "type": "Announce", "actor": group.ap_id,
        "id": f"http://{GROUP_HOST}/activities/announce/{number}",
        "to": [vocab.PUBLIC], "cc": [group.followers_url], "object": inner,
    }  # fmt: skip


def create(activity_id: str, obj: dict[str, Any], kind: str = "Create") -> dict[str, Any]:
    return {"type": kind, "id": activity_id, "actor": obj["attributedTo"], "object": obj,
            "to": obj["to"], "audience": obj.get("audience")}  # fmt: skip


async def test_an_embedded_post_from_a_third_host_is_taken_as_its_origin_has_it(
    settings: Settings, remote_group: Group, bob: User, origin: Origin
) -> None:
    object_id = f"{origin.base}/post/1"
    origin.documents["/post/1"] = page(object_id, str(bob.ap_id), remote_group, "<p>Echt</p>")
    forged = page(object_id, str(bob.ap_id), remote_group, "<p>Vervalst</p>")

    await apply(settings, announce(remote_group, create(f"{origin.base}/act/1", forged)))

    post = await Post.get(ap_id=object_id)
    assert (post.group_id, post.author_id, post.body_html) == (
        remote_group.id,
        bob.id,
        "<p>Echt</p>",
    )
    assert origin.requests == ["/post/1"]
    # A remote group announces its own posts; we do not announce them again.
    assert await Activity.all().count() == 0


@pytest.mark.parametrize("answer", ["missing", "other author", "other id"])
async def test_an_embedded_post_the_origin_does_not_confirm_is_refused(
    settings: Settings, remote_group: Group, bob: User, origin: Origin, answer: str
) -> None:
    object_id = f"{origin.base}/post/2"
    claimed = page(object_id, str(bob.ap_id), remote_group, "<p>Vervalst</p>")
    if answer == "other author":
        origin.documents["/post/2"] = {**claimed, "attributedTo": f"{origin.base}/u/eve"}
    elif answer == "other id":
        origin.documents["/post/2"] = {**claimed, "id": f"{origin.base}/post/3"}

    with pytest.raises(handlers.Rejected):
        await apply(settings, announce(remote_group, create(f"{origin.base}/act/2", claimed)))
    assert await Post.all().count() == 0
    assert origin.requests == ["/post/2"]


async def test_what_the_group_host_itself_sends_is_not_fetched(
    settings: Settings, remote_group: Group
) -> None:
    carol = await make_remote_user(GROUP_HOST, "carol", scheme="http")
    obj = page(f"http://{GROUP_HOST}/post/9", str(carol.ap_id), remote_group, "<p>Hier</p>")
    payload = announce(remote_group, create(f"http://{GROUP_HOST}/act/9", obj))

    await apply(settings, payload)
    await apply(settings, payload)

    post = await Post.get(ap_id=obj["id"])
    assert (post.group_id, post.author_id, post.title) == (remote_group.id, carol.id, "Peilbesluit")
    assert await Post.all().count() == 1


async def test_an_announce_of_a_group_nobody_here_follows_has_no_effect(
    settings: Settings, remote_group: Group
) -> None:
    await Membership.all().delete()
    carol = await make_remote_user(GROUP_HOST, "carol", scheme="http")
    obj = page(f"http://{GROUP_HOST}/post/9", str(carol.ap_id), remote_group, "<p>Hier</p>")
    await apply(settings, announce(remote_group, create(f"http://{GROUP_HOST}/act/9", obj)))
    assert await Post.all().count() == 0


async def test_content_of_a_remote_group_is_taken_only_from_its_announce(
    settings: Settings, remote_group: Group
) -> None:
    carol = await make_remote_user(GROUP_HOST, "carol", scheme="http")
    obj = page(f"http://{GROUP_HOST}/post/9", str(carol.ap_id), remote_group, "<p>Hier</p>")
    with pytest.raises(handlers.Rejected, match="only from its Announce"):
        await apply(
            settings, {**create(f"http://{GROUP_HOST}/act/9", obj), "@context": vocab.CONTEXT}
        )
    assert await Post.all().count() == 0


async def test_a_delete_from_a_third_host_needs_the_origin_to_agree(
    settings: Settings, remote_group: Group, bob: User, origin: Origin
) -> None:
    object_id = f"{origin.base}/post/1"
    origin.documents["/post/1"] = page(object_id, str(bob.ap_id), remote_group, "<p>Echt</p>")
    delete = {"type": "Delete", "id": f"{origin.base}/act/del", "actor": bob.ap_id,
              "object": object_id, "to": [vocab.PUBLIC]}  # fmt: skip
    with pytest.raises(handlers.Rejected, match="not deleted at its origin"):
        await apply(settings, announce(remote_group, delete))


async def test_an_announced_activity_named_by_id_is_fetched_from_its_origin(
    settings: Settings, remote_group: Group, bob: User, origin: Origin
) -> None:
    object_id = f"{origin.base}/post/1"
    obj = page(object_id, str(bob.ap_id), remote_group, "<p>Echt</p>")
    origin.documents["/act/1"] = create(f"{origin.base}/act/1", obj)
    await apply(settings, announce(remote_group, f"{origin.base}/act/1"))
    assert (await Post.get(ap_id=object_id)).body_html == "<p>Echt</p>"


async def test_a_boost_of_a_reply_in_a_thread_we_hold_is_stored(
    settings: Settings, origin: Origin, bob: User
) -> None:
    group = await make_group(await make_user(settings, "anna"))
    post = await Post.create(
        group=group, author=bob, title="Droogte", body="?", body_html="<p>?</p>",
        created_at=group.created_at, ap_id=f"{origin.base}/post/1",
    )  # fmt: skip
    note_id = f"{origin.base}/note/5"
    origin.documents["/note/5"] = {
        "type": "Note", "id": note_id, "attributedTo": bob.ap_id, "content": "<p>Ja</p>",
        "inReplyTo": post.ap_id, "to": [vocab.PUBLIC],
    }  # fmt: skip
    origin.documents["/note/6"] = {**origin.documents["/note/5"], "id": f"{origin.base}/note/6",
                                   "inReplyTo": f"{origin.base}/elsewhere"}  # fmt: skip
    boost = {"@context": vocab.CONTEXT, "type": "Announce", "id": f"{origin.base}/boost/1",
             "actor": bob.ap_id, "object": note_id, "to": [vocab.PUBLIC]}  # fmt: skip

    await apply(settings, boost)
    await apply(
        settings, {**boost, "id": f"{origin.base}/boost/2", "object": f"{origin.base}/note/6"}
    )

    reply = await Reply.get(ap_id=note_id)
    assert (reply.post_id, reply.author_id, reply.body_html) == (post.id, bob.id, "<p>Ja</p>")
    assert await Reply.all().count() == 1
    assert await Activity.all().count() == 0
