"""Real Mastodon, Lemmy and Mbin activities (../shared/fixtures) through the inbox handlers.

Their hosts cannot be reached, so each sender is prepared as a stored remote actor, and the URLs
that name things on "our" server in the payload (the followed community, the liked post) are
replaced by this instance's addresses; everything else is applied exactly as those servers sent
it. Each test asserts the rows that result.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
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
    Post,
    Reply,
    User,
)
from server.services import posts
from tests.interop.test_fixtures_parse import FIXTURES

HERE = "http://testserver"


def fixture(relative: str, replace: dict[str, str] | None = None) -> dict[str, Any]:
    path = FIXTURES / relative
    if not path.is_file():
        pytest.skip(f"fixture {relative} not found under {FIXTURES}")
    text = path.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        assert f'"{old}"' in text, f"{old} not in {relative}"
        text = text.replace(f'"{old}"', f'"{new}"')
    document: dict[str, Any] = json.loads(text)
    return document


async def sender(ap_id: str, *, group: bool = False) -> User | Group:
    host = vocab.host_of(ap_id)
    name = ap_id.rstrip("/").rsplit("/", 1)[-1]
    common = {"domain": host, "ap_id": ap_id, "inbox_url": f"{ap_id}/inbox",
              "fetched_at": datetime.now(UTC)}  # fmt: skip
    if group:
        return await Group.create(slug=f"{name}@{host}", title=name, area="", **common)
    return await User.create(username=f"{name}@{host}", name=name, **common)


async def apply(settings: Settings, payload: dict[str, Any]) -> None:
    await store(payload["id"], payload, f"{payload['actor']}#main-key", datetime.now(UTC))
    message = await InboxMessage.get(ap_id=payload["id"])
    await handlers.apply(
        handlers.Context(settings, Urls(settings.base_url), message), vocab.parse_activity(payload)
    )


async def apply_twice(settings: Settings, payload: dict[str, Any]) -> None:
    await apply(settings, payload)
    await apply(settings, payload)


# Follow and Undo ---------------------------------------------------------------------------


async def test_mastodon_follow_and_undo(settings: Settings, group: Group) -> None:
    ours = {"https://ds9.lemmy.ml/c/testcom": f"{HERE}/g/{group.slug}"}
    follow = fixture("fediverse/mastodon/activities/follow.json", ours)
    person = await sender(follow["actor"])
    await apply_twice(settings, follow)
    membership = await Membership.get(group=group, user=person)
    assert membership.accepted and membership.follow_ap_id == follow["id"]
    accept = await Activity.get(type="Accept")
    assert accept.payload["object"]["id"] == follow["id"]
    assert "@context" not in accept.payload["object"]
    assert await Delivery.filter(activity=accept, inbox_url=person.inbox_url).count() == 1
    await apply_twice(settings, fixture("fediverse/mastodon/activities/undo_follow.json", ours))
    assert not await Membership.exists(group=group, user=person)


async def test_lemmy_follow_and_undo_with_another_follow_id(
    settings: Settings, group: Group
) -> None:
    ours = {"http://enterprise.lemmy.ml/c/main": f"{HERE}/g/{group.slug}"}
    follow = fixture("fediverse/lemmy/activities/following/follow.json", ours)
    person = await sender(follow["actor"])
    await apply_twice(settings, follow)
    assert await Membership.exists(group=group, user=person, accepted=True)
    undo = fixture("fediverse/lemmy/activities/following/undo_follow.json", ours)
    assert undo["object"]["id"] != follow["id"]  # found by group and person instead
    await apply_twice(settings, undo)
    assert not await Membership.exists(group=group, user=person)


# Accept ------------------------------------------------------------------------------------


async def test_lemmy_accept_of_our_join(settings: Settings, anna: User) -> None:
    ours = {"http://ds9.lemmy.ml/u/lemmy_alpha": f"{HERE}/u/anna"}
    accept = fixture("fediverse/lemmy/activities/following/accept.json", ours)
    community = await sender(accept["actor"], group=True)
    await Membership.create(
        group=community, user=anna, accepted=False, follow_ap_id=accept["object"]["id"]
    )
    await apply_twice(settings, accept)
    assert (await Membership.get(group=community, user=anna)).accepted


async def test_mbin_accept_matched_by_magazine_and_person(settings: Settings, anna: User) -> None:
    ours = {"https://some-other.instance/u/someUser": f"{HERE}/u/anna"}
    accept = fixture("fediverse/mbin/activities/accept.json", ours)
    magazine = await sender(accept["actor"], group=True)
    await Membership.create(
        group=magazine, user=anna, accepted=False, follow_ap_id=f"{HERE}/activities/ours"
    )
    await apply(settings, accept)
    assert (await Membership.get(group=magazine, user=anna)).accepted


# Like --------------------------------------------------------------------------------------


async def test_mastodon_like_and_undo_of_a_post(
    settings: Settings, anna: User, group: Group
) -> None:
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    ours = {"https://ds9.lemmy.ml/post/147": f"{HERE}/p/{post.id}"}
    like = fixture("fediverse/mastodon/activities/like_page.json", ours)
    person = await sender(like["actor"])
    await apply_twice(settings, like)
    assert (await Post.get(id=post.id)).like_count == 1
    assert await Like.filter(actor=person, post=post, ap_id=like["id"]).count() == 1
    await apply_twice(settings, fixture("fediverse/mastodon/activities/undo_like_page.json", ours))
    assert (await Post.get(id=post.id)).like_count == 0
    assert not await Like.exists()


async def test_lemmy_like_and_undo_of_a_comment(
    settings: Settings, anna: User, group: Group
) -> None:
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    reply = await posts.create_reply(anna, post, "Ik doe mee.")
    ours = {"http://ds9.lemmy.ml/comment/1": f"{HERE}/c/{reply.id}"}
    like = fixture("fediverse/lemmy/activities/voting/like_note.json", ours)
    await sender(like["actor"])
    await apply_twice(settings, like)
    assert (await Reply.get(id=reply.id)).like_count == 1
    await apply(settings, fixture("fediverse/lemmy/activities/voting/undo_like_note.json", ours))
    assert (await Reply.get(id=reply.id)).like_count == 0


async def test_lemmy_dislike_is_refused(settings: Settings, anna: User, group: Group) -> None:
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    dislike = fixture(
        "fediverse/lemmy/activities/voting/dislike_page.json",
        {"http://ds9.lemmy.ml/post/1": f"{HERE}/p/{post.id}"},
    )
    await sender(dislike["actor"])
    with pytest.raises(handlers.Rejected, match="not counted"):
        await apply(settings, dislike)
    assert (await Post.get(id=post.id)).like_count == 0


# Delete ------------------------------------------------------------------------------------


async def remote_post(group: Group, author: User, ap_id: str) -> Post:
    return await Post.create(
        group=group, author=author, title="Beekherstel", body="Tekst", body_html="<p>Tekst</p>",
        created_at=datetime.now(UTC), ap_id=ap_id,
    )  # fmt: skip


async def test_mastodon_delete_of_a_toot_reply(
    settings: Settings, anna: User, group: Group
) -> None:
    delete = fixture("fediverse/mastodon/activities/delete.json")
    felix = await sender(delete["actor"])
    assert isinstance(felix, User)
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    reply = await Reply.create(
        post=post, author=felix, body="Goed plan", body_html="<p>Goed</p>",
        created_at=datetime.now(UTC), ap_id=delete["object"]["id"],
    )  # fmt: skip
    await apply_twice(settings, delete)
    stored = await Reply.get(id=reply.id)
    assert stored.deleted_at is not None and stored.body == ""


async def test_lemmy_delete_of_a_page_is_tombstoned_and_announced(
    settings: Settings, group: Group
) -> None:
    delete = fixture("fediverse/lemmy/activities/deletion/delete_page.json")
    alpha = await sender(delete["actor"])
    assert isinstance(alpha, User)
    post = await remote_post(group, alpha, delete["object"])
    await apply_twice(settings, delete)
    assert (await Post.get(id=post.id)).deleted_at is not None
    assert await Activity.filter(type="Announce").count() == 1


async def test_lemmy_moderator_removes_a_comment(settings: Settings, group: Group) -> None:
    remove = fixture("fediverse/lemmy/activities/deletion/remove_note.json")
    beta = await sender(remove["actor"])
    alpha = await sender("http://ds9.lemmy.ml/u/lemmy_alpha")
    assert isinstance(alpha, User) and isinstance(beta, User)
    post = await remote_post(group, alpha, "http://ds9.lemmy.ml/post/1")
    reply = await Reply.create(post=post, author=alpha, body="Slecht", body_html="<p>S</p>",
                               created_at=datetime.now(UTC), ap_id=remove["object"])  # fmt: skip
    with pytest.raises(handlers.Rejected):
        await apply(settings, remove)
    await InboxMessage.filter(ap_id=remove["id"]).delete()
    await Membership.create(group=group, user=beta, role=GroupRole.MODERATOR)
    await apply(settings, remove)
    assert (await Reply.get(id=reply.id)).deleted_at is not None


async def test_lemmy_delete_user(settings: Settings, group: Group) -> None:
    delete = fixture("fediverse/lemmy/activities/deletion/delete_user.json")
    alpha = await sender(delete["actor"])
    assert isinstance(alpha, User)
    await Membership.create(group=group, user=alpha)
    post = await remote_post(group, alpha, "http://ds9.lemmy.ml/post/1")
    await apply_twice(settings, delete)
    assert not await Membership.exists(user=alpha)
    assert (await Post.get(id=post.id)).deleted_at is not None


# Flag --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "about"),
    [
        ("fediverse/mastodon/activities/flag.json", "https://example.com/posts/380590"),
        ("fediverse/mbin/activities/flag.json", "https://lemmy-test/post/4"),
        (
            "fediverse/lemmy/activities/community/report_page.json",
            "http://enterprise.lemmy.ml/post/7",
        ),
    ],
)
async def test_flags_are_accepted_and_kept(
    settings: Settings, anna: User, group: Group, relative: str, about: str
) -> None:
    post = await posts.create_post(anna, group, "Sloten schonen", "Wie doet mee?")
    flag = fixture(relative, {about: f"{HERE}/p/{post.id}"})
    await sender(flag["actor"])
    await apply(settings, flag)
    assert (await InboxMessage.get(ap_id=flag["id"])).payload == flag
    assert (await Post.get(id=post.id)).deleted_at is None
