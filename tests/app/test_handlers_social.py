"""The follow, undo, accept, like, delete and flag handlers: each applied (twice: the second time
changes nothing) to remote actors prepared as rows, as the inbox worker would apply them."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count
from typing import Any

import pytest

from federation import handlers, vocab
from federation.inbox import store
from federation.urls import Urls
from server.config import Settings
from server.models import (
    Activity,
    Delivery,
    Group,
    GroupRole,
    InboxMessage,
    Like,
    Membership,
    PersonFollow,
    Post,
    Reply,
    User,
)
from server.services import posts

REMOTE = "https://lemmy.example"
_numbers = count(1)


async def remote_user(name: str = "jan", host: str = "lemmy.example") -> User:
    ap_id = f"https://{host}/u/{name}"
    return await User.create(
        username=f"{name}@{host}", name=f"{name.capitalize()} de Vries", domain=host,
        ap_id=ap_id, inbox_url=f"{ap_id}/inbox", shared_inbox_url=f"https://{host}/inbox",
        fetched_at=datetime.now(UTC),
    )  # fmt: skip


async def remote_group(slug: str = "water", host: str = "lemmy.example") -> Group:
    ap_id = f"https://{host}/c/{slug}"
    return await Group.create(
        slug=f"{slug}@{host}", title="Water", area="Rijn", domain=host, ap_id=ap_id,
        inbox_url=f"{ap_id}/inbox", followers_url=f"{ap_id}/followers",
        fetched_at=datetime.now(UTC),
    )  # fmt: skip


async def apply(settings: Settings, payload: dict[str, Any]) -> None:
    """Store as the inbox does, then apply as the worker does."""
    await store(payload["id"], payload, f"{payload['actor']}#main-key", datetime.now(UTC))
    message = await InboxMessage.get(ap_id=payload["id"])
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))


async def apply_twice(settings: Settings, payload: dict[str, Any]) -> None:
    await apply(settings, payload)
    await apply(settings, payload)


def activity(kind: str, actor: User | Group, obj: Any, **extra: Any) -> dict[str, Any]:
    host = actor.domain
    number = next(_numbers)
    return {"id": f"https://{host}/activities/{kind.lower()}/{number}", "type": kind,
            "actor": actor.ap_id, "object": obj, **extra}  # fmt: skip


# Follow ------------------------------------------------------------------------------------


async def test_follow_of_group_makes_member_and_queues_one_accept(
    settings: Settings, group: Group
) -> None:
    jan = await remote_user()
    follow = activity("Follow", jan, f"http://testserver/g/{group.slug}")
    await apply_twice(settings, follow)
    membership = await Membership.get(group=group, user=jan)
    assert membership.accepted and membership.follow_ap_id == follow["id"]
    assert membership.role == GroupRole.MEMBER
    accept = await Activity.get(type="Accept")
    assert accept.actor_ap_id == f"http://testserver/g/{group.slug}"
    assert accept.payload["object"] == follow
    delivery = await Delivery.get(activity=accept)
    assert (delivery.inbox_url, delivery.signer) == (jan.inbox_url, f"group:{group.id}")
    assert await Delivery.all().count() == 1


async def test_follow_of_person_is_accepted_by_that_person(settings: Settings, anna: User) -> None:
    jan = await remote_user()
    follow = activity("Follow", jan, "http://testserver/u/anna")
    await apply_twice(settings, follow)
    found = await PersonFollow.get(follower=jan, followee=anna)
    assert found.accepted and found.ap_id == follow["id"]
    delivery = await Delivery.get().select_related("activity")
    assert delivery.signer == f"user:{anna.id}"
    assert delivery.activity.payload["actor"] == "http://testserver/u/anna"


async def test_follow_of_unknown_target_or_by_group_is_rejected(
    settings: Settings, group: Group
) -> None:
    jan, water = await remote_user(), await remote_group()
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Follow", jan, "http://testserver/g/nope"))
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Follow", water, f"http://testserver/g/{group.slug}"))
    assert not await Membership.filter(user__domain="lemmy.example").exists()
    assert not await Delivery.exists()


# Undo --------------------------------------------------------------------------------------


async def test_undo_follow_ends_membership(settings: Settings, group: Group) -> None:
    jan = await remote_user()
    follow = activity("Follow", jan, f"http://testserver/g/{group.slug}")
    await apply(settings, follow)
    await apply_twice(settings, activity("Undo", jan, follow))
    assert not await Membership.exists(group=group, user=jan)


async def test_undo_by_id_alone_ends_person_follow(settings: Settings, anna: User) -> None:
    jan = await remote_user()
    follow = activity("Follow", jan, "http://testserver/u/anna")
    await apply(settings, follow)
    await apply_twice(settings, activity("Undo", jan, follow["id"]))
    assert not await PersonFollow.exists(followee=anna)


async def test_undo_of_someone_elses_follow_is_rejected(settings: Settings, group: Group) -> None:
    jan, piet = await remote_user("jan"), await remote_user("piet")
    follow = activity("Follow", jan, f"http://testserver/g/{group.slug}")
    await apply(settings, follow)
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Undo", piet, follow))
    # Piet's Undo naming jan's Follow by id matches nothing of piet's.
    await apply(settings, activity("Undo", piet, follow["id"]))
    assert await Membership.exists(group=group, user=jan)


# Accept / Reject ---------------------------------------------------------------------------


async def pending_join(anna: User, water: Group, follow_id: str) -> Membership:
    return await Membership.create(group=water, user=anna, accepted=False, follow_ap_id=follow_id)


async def test_accept_of_our_follow_makes_membership_count(settings: Settings, anna: User) -> None:
    water = await remote_group()
    follow = {"id": "http://testserver/activities/f1", "type": "Follow",
              "actor": "http://testserver/u/anna", "object": water.ap_id}  # fmt: skip
    await pending_join(anna, water, follow["id"])
    await apply_twice(settings, activity("Accept", water, follow))
    assert (await Membership.get(group=water, user=anna)).accepted


async def test_accept_with_other_follow_id_is_matched_by_group_and_person(
    settings: Settings, anna: User
) -> None:
    water = await remote_group()
    await pending_join(anna, water, "http://testserver/activities/f1")
    follow = {"id": f"{REMOTE}/f/made-up", "type": "Follow",
              "actor": "http://testserver/u/anna", "object": water.ap_id}  # fmt: skip
    await apply(settings, activity("Accept", water, follow))
    assert (await Membership.get(group=water, user=anna)).accepted


async def test_accept_from_another_group_changes_nothing(settings: Settings, anna: User) -> None:
    water, other = await remote_group("water"), await remote_group("other")
    await pending_join(anna, water, "http://testserver/activities/f1")
    await apply(settings, activity("Accept", other, "http://testserver/activities/f1"))
    assert not (await Membership.get(group=water, user=anna)).accepted


async def test_reject_removes_the_pending_membership(settings: Settings, anna: User) -> None:
    water = await remote_group()
    await pending_join(anna, water, "http://testserver/activities/f1")
    await apply_twice(settings, activity("Reject", water, "http://testserver/activities/f1"))
    assert not await Membership.exists(group=water, user=anna)


# Like --------------------------------------------------------------------------------------


async def test_like_of_post_and_reply_counts_once_and_undo_uncounts(
    settings: Settings, anna: User, group: Group
) -> None:
    jan = await remote_user()
    post = await posts.create_post(anna, group, "Sloten", "Wie doet mee?")
    reply = await posts.create_reply(anna, post, "Ik!")
    like_post = activity("Like", jan, f"http://testserver/p/{post.id}")
    like_reply = activity("Like", jan, f"http://testserver/c/{reply.id}")
    await apply_twice(settings, like_post)
    await apply_twice(settings, like_reply)
    assert (await Post.get(id=post.id)).like_count == 1
    assert (await Reply.get(id=reply.id)).like_count == 1
    assert await Like.filter(actor=jan).count() == 2
    # The same person liking again with a new id still counts once.
    await apply(settings, activity("Like", jan, f"http://testserver/p/{post.id}"))
    assert (await Post.get(id=post.id)).like_count == 1
    await apply_twice(settings, activity("Undo", jan, like_post))
    await apply_twice(settings, activity("Undo", jan, like_reply["id"]))
    assert (await Post.get(id=post.id)).like_count == 0
    assert (await Reply.get(id=reply.id)).like_count == 0
    assert not await Like.exists()


async def test_like_of_remote_post_known_here(settings: Settings, group: Group) -> None:
    jan, piet = await remote_user("jan"), await remote_user("piet")
    post = await remote_post(group, piet)
    await apply_twice(settings, activity("Like", jan, post.ap_id))
    assert (await Post.get(id=post.id)).like_count == 1


async def test_dislike_and_unknown_or_deleted_items_are_rejected(
    settings: Settings, anna: User, group: Group
) -> None:
    jan = await remote_user()
    post = await posts.create_post(anna, group, "Sloten", "Wie doet mee?")
    with pytest.raises(handlers.Rejected, match="not counted"):
        await apply(settings, activity("Dislike", jan, f"http://testserver/p/{post.id}"))
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Like", jan, "http://testserver/p/999999"))
    await posts.delete_post(anna, post)
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Like", jan, f"http://testserver/p/{post.id}"))
    assert not await Like.exists()


# Delete ------------------------------------------------------------------------------------


async def remote_post(group: Group, author: User) -> Post:
    return await Post.create(
        group=group, author=author, title="Beekherstel", body="Tekst", body_html="<p>Tekst</p>",
        created_at=datetime.now(UTC), ap_id=f"https://{author.domain}/post/{next(_numbers)}",
    )  # fmt: skip


async def test_author_deletes_post_in_local_group_and_group_announces_it(
    settings: Settings, anna: User, group: Group
) -> None:
    jan, piet = await remote_user("jan"), await remote_user("piet", "mastodon.example")
    await Membership.create(group=group, user=piet, accepted=True)
    post = await remote_post(group, jan)
    delete = activity("Delete", jan, post.ap_id)
    await apply_twice(settings, delete)
    stored = await Post.get(id=post.id)
    assert stored.deleted_at is not None and stored.body == "" and stored.title == ""
    announce = await Activity.get(type="Announce")
    assert announce.payload["object"]["id"] == delete["id"]
    assert await Delivery.filter(activity=announce).values_list("inbox_url", flat=True) == [
        "https://mastodon.example/inbox"
    ]


async def test_delete_by_someone_else_is_rejected_but_group_moderator_may(
    settings: Settings, group: Group
) -> None:
    jan, piet = await remote_user("jan"), await remote_user("piet")
    post = await remote_post(group, jan)
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Delete", piet, post.ap_id))
    assert (await Post.get(id=post.id)).deleted_at is None
    await Membership.create(group=group, user=piet, accepted=True, role=GroupRole.MODERATOR)
    await apply(settings, activity("Delete", piet, post.ap_id))
    assert (await Post.get(id=post.id)).deleted_at is not None


async def test_delete_of_local_post_by_remote_actor_is_rejected(
    settings: Settings, anna: User, group: Group
) -> None:
    jan = await remote_user()
    post = await posts.create_post(anna, group, "Sloten", "Wie doet mee?")
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Delete", jan, {"id": f"http://testserver/p/{post.id}",
                                                       "type": "Tombstone"}))  # fmt: skip
    assert (await Post.get(id=post.id)).body == "Wie doet mee?"


async def test_delete_of_unknown_object_or_actor_does_nothing(settings: Settings) -> None:
    jan = await remote_user()
    await apply(settings, activity("Delete", jan, f"{REMOTE}/post/404"))
    gone = {"id": "https://gone.example/u/x#delete", "type": "Delete",
            "actor": "https://gone.example/u/x", "object": "https://gone.example/u/x"}  # fmt: skip
    await apply(settings, gone)
    assert await User.filter(domain__not="").count() == 1


async def test_deleted_account_leaves_groups_and_tombstones_its_writing(
    settings: Settings, anna: User, group: Group
) -> None:
    jan, piet = await remote_user(), await remote_user("piet", "mastodon.example")
    await Membership.create(group=group, user=jan, accepted=True)
    await Membership.create(group=group, user=piet, accepted=True)
    await PersonFollow.create(follower=jan, followee=anna, accepted=True)
    post = await remote_post(group, jan)
    reply = await Reply.create(
        post=post, author=jan, body="Ja", body_html="<p>Ja</p>",
        created_at=datetime.now(UTC), ap_id=f"{REMOTE}/comment/1",
    )  # fmt: skip
    delete = activity("Delete", jan, jan.ap_id)
    await apply_twice(settings, delete)
    assert not await Membership.exists(user=jan)
    assert not await PersonFollow.exists(follower=jan)
    assert (await Post.get(id=post.id)).deleted_at is not None
    assert (await Reply.get(id=reply.id)).deleted_at is not None
    # Kept, as the tombstones still point at their author, but without personal data.
    gone = await User.get(id=jan.id)
    assert (gone.name, gone.organisation, gone.bio) == ("", "", "") and gone.deleted_at
    # The group passes it on to its other members' servers, once.
    [announce] = await Activity.filter(type="Announce")
    assert announce.payload["object"]["id"] == delete["id"]
    inboxes = await Delivery.filter(activity=announce).values_list("inbox_url", flat=True)
    assert inboxes == ["https://mastodon.example/inbox"]


# Flag --------------------------------------------------------------------------------------


async def test_flag_of_our_post_becomes_one_report_that_does_not_hide(
    settings: Settings, anna: User, group: Group
) -> None:
    from server.models import Flag

    jan = await remote_user()
    post = await posts.create_post(anna, group, "Sloten", "Wie doet mee?")
    flag = activity("Flag", jan, ["http://testserver/u/anna", f"http://testserver/p/{post.id}"],
                    content="spam")  # fmt: skip
    await apply_twice(settings, flag)
    assert await InboxMessage.filter(ap_id=flag["id"]).count() == 1
    [report] = await Flag.filter(item_key=f"post:{post.id}")
    assert report.flagger_id == jan.id and report.note == "spam"
    assert (await Post.get(id=post.id)).hidden_at is None  # jan is no member
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Flag", jan, f"{REMOTE}/post/1"))
