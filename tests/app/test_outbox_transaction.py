"""A local change and the activities it queues commit together (transactional outbox): when
queueing fails, the change is rolled back too, so nothing stands that other servers never hear
of, and nothing is sent for a change that did not happen."""

from __future__ import annotations

from typing import Any

import pytest

from federation import outbox, publish
from server.config import Settings
from server.models import Activity, Delivery, Membership, PersonFollow, Post, Reply
from server.services import federated, posts
from tests.conftest import make_group, make_remote_user, make_user


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


@pytest.fixture
def broken_outbox(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fail(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(outbox, "enqueue", fail)


async def test_a_post_whose_activities_cannot_be_queued_is_not_stored(
    settings: Settings, broken_outbox: None
) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    await Membership.create(group=group, user=await make_remote_user("a.example", "piet"))
    with pytest.raises(RuntimeError):
        await posts.create_post(anna, group, "Meetavond", "Dinsdag.")
    assert not await Post.exists()


async def test_reply_edit_and_delete_roll_back_with_their_activities(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    await Membership.create(group=group, user=await make_remote_user("a.example", "piet"))
    post = await posts.create_post(anna, group, "Meetavond", "Dinsdag.")
    assert await Delivery.exists()

    async def fail(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(outbox, "enqueue", fail)
    with pytest.raises(RuntimeError):
        await posts.create_reply(anna, post, "Ik kom ook.")
    with pytest.raises(RuntimeError):
        await posts.edit_post(anna, post, "Meetavond", "Woensdag.")
    with pytest.raises(RuntimeError):
        await posts.delete_post(anna, post)
    stored = await Post.get(id=post.id)
    assert (stored.body, stored.reply_count, stored.deleted_at) == ("Dinsdag.", 0, None)
    assert not await Reply.exists()


async def test_a_follow_that_cannot_be_sent_is_not_kept(
    settings: Settings, broken_outbox: None
) -> None:
    anna = await make_user(settings, "anna")
    piet = await make_remote_user("a.example", "piet")
    with pytest.raises(RuntimeError):
        await federated.follow_person(settings, anna, piet)
    assert not await PersonFollow.exists()
    assert not await Activity.exists()
