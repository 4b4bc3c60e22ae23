"""Local changes become activities in the outbox: who signs, what is embedded, which inboxes."""

from __future__ import annotations

from typing import Any

import pytest

from federation import publish, vocab
from server.config import Settings
from server.models import Activity, Delivery, Group, Membership, Post, Reply, User
from server.services import groups, posts
from server.services.errors import Forbidden
from tests.conftest import make_remote_group, make_remote_user, make_user

BASE = "http://testserver"


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    # What `create_app` does; the services below are called without an app.
    publish.configure(settings)


@pytest.fixture
async def remote_members(group: Group) -> list[User]:
    """Two people on a.example (which has a shared inbox) and one on b.example (which has
    not), all accepted, and one on c.example whose join is still pending."""
    members = [
        await make_remote_user("a.example", "piet", shared_inbox=True),
        await make_remote_user("a.example", "joke", shared_inbox=True),
        await make_remote_user("b.example", "kees"),
    ]
    for member in members:
        await Membership.create(group=group, user=member)
    pending = await make_remote_user("c.example", "wim")
    await Membership.create(group=group, user=pending, accepted=False)
    return members


FOLLOWER_INBOXES = {"https://a.example/inbox", "https://b.example/u/kees/inbox"}


async def deliveries(kind: str) -> list[tuple[Activity, Delivery]]:
    rows = await Delivery.filter(activity__type=kind).select_related("activity").order_by("id")
    return [(row.activity, row) for row in rows]


async def only_activity(kind: str) -> tuple[dict[str, Any], set[str], set[str]]:
    """The one activity of `kind`: its JSON, its inboxes and its signers."""
    activities = await Activity.filter(type=kind)
    assert len(activities) == 1, [a.payload for a in activities]
    rows = await Delivery.filter(activity=activities[0])
    return activities[0].payload, {d.inbox_url for d in rows}, {d.signer for d in rows}


async def test_a_post_in_a_local_group_is_announced_once_per_instance(
    anna: User, group: Group, remote_members: list[User]
) -> None:
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet **mee**?")

    announce, inboxes, signers = await only_activity("Announce")
    assert inboxes == FOLLOWER_INBOXES
    assert signers == {f"group:{group.id}"}
    assert announce["actor"] == f"{BASE}/g/gelderse-vallei"
    assert announce["cc"] == [f"{BASE}/g/gelderse-vallei/followers"]
    create = announce["object"]
    assert create["type"] == "Create" and create["actor"] == f"{BASE}/u/anna"
    page = create["object"]
    assert page["type"] == "Page" and page["id"] == f"{BASE}/p/{post.id}"
    assert page["name"] == "Sloten schonen"
    assert page["audience"] == f"{BASE}/g/gelderse-vallei"
    assert "<strong>mee</strong>" in page["content"]
    # The Create travels inside the Announce only: it is not queued on its own.
    assert await Activity.all().count() == 1


async def test_nothing_is_queued_when_the_group_has_no_remote_members(
    anna: User, group: Group, settings: Settings
) -> None:
    local = await make_user(settings, "bert")
    await groups.join(local, group)
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    reply = await posts.create_reply(local, post, "Ik!")
    await posts.edit_post(anna, post, "Sloten schonen in mei", "Wie doet mee?")
    await posts.delete_reply(local, reply)

    assert await Activity.all().count() == 0
    assert await Delivery.all().count() == 0


async def test_a_reply_to_a_remote_author_also_reaches_their_inbox(
    anna: User, group: Group, remote_members: list[User]
) -> None:
    kees = remote_members[2]
    theirs = await Post.create(
        group=group, author=kees, title="Droogte", body="Hoe gaat het?", body_html="<p>Hoe?</p>",
        created_at=group.created_at, ap_id="https://b.example/post/1",
    )  # fmt: skip
    reply = await posts.create_reply(anna, theirs, "Goed, dank je.")

    announce, inboxes, signers = await only_activity("Announce")
    assert (inboxes, signers) == (FOLLOWER_INBOXES, {f"group:{group.id}"})
    note = announce["object"]["object"]
    assert note["type"] == "Note" and note["id"] == f"{BASE}/c/{reply.id}"
    assert note["inReplyTo"] == "https://b.example/post/1"
    assert note["cc"] == ["https://b.example/u/kees"]
    # Mastodon reads the author's Create, not the group's Announce of it.
    create, inboxes, signers = await only_activity("Create")
    assert (inboxes, signers) == ({"https://b.example/u/kees/inbox"}, {f"user:{anna.id}"})
    assert create["object"] == note


async def test_edits_and_deletes_are_announced(
    anna: User, group: Group, remote_members: list[User], settings: Settings
) -> None:
    bert = await make_user(settings, "bert")
    await groups.join(bert, group)
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    reply = await posts.create_reply(bert, post, "Ik!")
    await posts.edit_post(anna, post, "Sloten schonen in mei", "Wie doet er mee?")
    await posts.edit_reply(bert, reply, "Ik doe mee.")
    await posts.delete_reply(bert, reply)
    await posts.delete_post(anna, post)

    announced = [a.payload["object"] for a, _ in await deliveries("Announce")][::2]
    assert [(inner["type"], inner["actor"]) for inner in announced] == [
        ("Create", f"{BASE}/u/anna"),
        ("Create", f"{BASE}/u/bert"),
        ("Update", f"{BASE}/u/anna"),
        ("Update", f"{BASE}/u/bert"),
        ("Delete", f"{BASE}/u/bert"),
        ("Delete", f"{BASE}/u/anna"),
    ]
    update_page, update_note = announced[2]["object"], announced[3]["object"]
    assert update_page["name"] == "Sloten schonen in mei" and update_page["updated"]
    assert "Ik doe mee." in update_note["content"]
    assert announced[4]["object"] == f"{BASE}/c/{reply.id}"
    assert announced[5]["object"] == f"{BASE}/p/{post.id}"
    assert announced[5]["audience"] == f"{BASE}/g/gelderse-vallei"
    assert {d.inbox_url for _, d in await deliveries("Announce")} == FOLLOWER_INBOXES
    assert await Activity.filter(type="Announce").count() == 6


async def test_a_post_in_a_remote_group_goes_to_that_group(anna: User) -> None:
    remote = await make_remote_group("lemmy.example")
    await Membership.create(group=remote, user=anna)
    post = await posts.create_post(anna, remote, "Waterpeil", "Te laag.")

    create, inboxes, signers = await only_activity("Create")
    assert (inboxes, signers) == ({"https://lemmy.example/c/main/inbox"}, {f"user:{anna.id}"})
    assert create["actor"] == f"{BASE}/u/anna"
    assert create["audience"] == "https://lemmy.example/c/main"
    assert create["object"]["id"] == f"{BASE}/p/{post.id}"
    assert create["object"]["to"] == ["https://lemmy.example/c/main", vocab.PUBLIC]
    assert await Activity.filter(type="Announce").count() == 0


async def test_joining_a_remote_group_asks_with_a_follow_and_waits(anna: User) -> None:
    remote = await make_remote_group("lemmy.example")

    member = await groups.join(anna, remote)

    assert not member.accepted and member.follow_ap_id
    follow, inboxes, signers = await only_activity("Follow")
    assert (inboxes, signers) == ({"https://lemmy.example/c/main/inbox"}, {f"user:{anna.id}"})
    assert follow["id"] == member.follow_ap_id
    assert (follow["actor"], follow["object"]) == (f"{BASE}/u/anna", "https://lemmy.example/c/main")
    # Joining again does not ask twice.
    assert (await groups.join(anna, remote)).id == member.id
    assert await Activity.filter(type="Follow").count() == 1

    # Until the group accepts, posting there is refused and nothing is stored or sent.
    with pytest.raises(Forbidden):
        await posts.create_post(anna, remote, "Waterpeil", "Te laag.")
    assert await Post.all().count() == 0
    assert await Activity.filter(type="Create").count() == 0

    await groups.leave(anna, remote)
    assert await Membership.filter(user=anna).count() == 0
    undo, inboxes, _ = await only_activity("Undo")
    assert inboxes == {"https://lemmy.example/c/main/inbox"}
    assert undo["object"]["id"] == member.follow_ap_id and undo["object"]["type"] == "Follow"


async def test_unconfirmed_people_cannot_ask_to_join(settings: Settings) -> None:
    newcomer = await make_user(settings, "nieuw", confirmed=False)
    remote = await make_remote_group("lemmy.example")
    with pytest.raises(Forbidden):
        await groups.join(newcomer, remote)
    assert await Membership.all().count() == 0
    assert await Activity.all().count() == 0


async def test_remote_content_is_not_published_again(
    anna: User, group: Group, remote_members: list[User]
) -> None:
    kees = remote_members[2]
    theirs = await Post.create(
        group=group, author=kees, title="Droogte", body="x", body_html="<p>x</p>",
        created_at=group.created_at, ap_id="https://b.example/post/1",
    )  # fmt: skip
    reply = await Reply.create(
        post=theirs, author=kees, body="y", body_html="<p>y</p>", created_at=group.created_at,
        ap_id="https://b.example/comment/1",
    )  # fmt: skip
    settings = publish.configured()
    assert settings is not None
    await publish.post_edited(settings, theirs)
    await publish.reply_deleted(settings, reply)
    assert await Activity.all().count() == 0
