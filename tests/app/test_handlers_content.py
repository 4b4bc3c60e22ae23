"""The Create and Update handlers: remote posts and replies stored in our groups, announced."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from federation import handlers, publish, vocab
from federation.queue import utcnow
from federation.urls import Urls
from server.config import Settings
from server.models import Activity, Delivery, Group, InboxMessage, Membership, Post, Reply, User
from tests.conftest import make_group, make_remote_user, make_user

FOLLOWERS = {"https://social.example/inbox", "http://ds9.lemmy.ml/u/lemmy_alpha/inbox"}
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "fediverse"
GROUP = "http://testserver/g/gelderse-vallei"
LEMMY_GROUP = ("http://enterprise.lemmy.ml/c/main", "https://enterprise.lemmy.ml/c/main")


def fixture(path: str) -> dict[str, Any]:
    file = FIXTURES / path
    if not file.exists():
        pytest.skip(f"the shared fixtures are absent ({file})")
    document: dict[str, Any] = json.loads(file.read_text())
    return document


def into_our_group(document: dict[str, Any]) -> dict[str, Any]:
    """The Lemmy payload, addressed to our group instead of enterprise.lemmy.ml's."""
    text = json.dumps(document)
    for old in LEMMY_GROUP:
        text = text.replace(old, GROUP)
    result: dict[str, Any] = json.loads(text)
    return result


async def apply(settings: Settings, payload: dict[str, Any]) -> None:
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id=payload["actor"] + "#main-key",
        next_attempt_at=utcnow(),
    )  # fmt: skip
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


@pytest.fixture
async def group(settings: Settings) -> Group:
    return await make_group(await make_user(settings, "anna"))


@pytest.fixture
async def alpha(group: Group) -> User:
    """The Lemmy fixtures' author, an accepted member; and a follower on another instance."""
    user = await make_remote_user("ds9.lemmy.ml", "lemmy_alpha", scheme="http")
    await Membership.create(group=group, user=user)
    follower = await make_remote_user("social.example", "joke", shared_inbox=True)
    await Membership.create(group=group, user=follower)
    return user


async def announced() -> list[tuple[dict[str, Any], set[str], set[str]]]:
    result = []
    for activity in await Activity.filter(type="Announce").order_by("id"):
        rows = await Delivery.filter(activity=activity)
        result.append((activity.payload, {d.inbox_url for d in rows}, {d.signer for d in rows}))
    return result


async def test_a_lemmy_post_by_a_member_is_stored_and_announced(
    settings: Settings, group: Group, alpha: User
) -> None:
    payload = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    await apply(settings, payload)

    post = await Post.get(ap_id="http://ds9.lemmy.ml/post/1")
    assert (post.group_id, post.author_id) == (group.id, alpha.id)
    assert (post.title, post.body) == ("test post", "test body")
    assert post.body_html.startswith("<p>test body</p>")
    assert 'href="https://lemmy.ml/pictrs/image/xl8W7FZfk9.jpg"' in post.body_html
    assert post.created_at == datetime(2021, 10, 29, 15, 10, 51, 557399, tzinfo=UTC)
    [(announce, inboxes, signers)] = await announced()
    # Every remote follower receives it, the author's instance too (it deduplicates by id).
    assert (inboxes, signers) == (FOLLOWERS, {f"group:{group.id}"})
    assert announce["actor"] == GROUP
    assert announce["object"] == {k: v for k, v in payload.items() if k != "@context"}


async def test_the_same_activity_twice_stores_and_announces_once(
    settings: Settings, group: Group, alpha: User
) -> None:
    payload = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    await apply(settings, payload)
    await apply(settings, copy.deepcopy(payload))
    assert await Post.filter(ap_id="http://ds9.lemmy.ml/post/1").count() == 1
    assert len(await announced()) == 1
    assert await Delivery.all().count() == len(FOLLOWERS)


async def test_a_post_by_someone_who_is_not_a_member_is_refused(
    settings: Settings, group: Group, alpha: User
) -> None:
    await Membership.filter(user=alpha).update(accepted=False)
    payload = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    with pytest.raises(handlers.Rejected, match="not a member"):
        await apply(settings, payload)
    assert await Post.all().count() == 0
    assert await Activity.all().count() == 0


async def test_an_update_by_the_author_changes_the_post(
    settings: Settings, group: Group, alpha: User
) -> None:
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    )
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/update_page.json"))
    )

    post = await Post.get(ap_id="http://ds9.lemmy.ml/post/1")
    assert post.title == "test post 1"
    assert post.edited_at == datetime(2021, 10, 29, 15, 11, 35, 976374, tzinfo=UTC)
    kinds = [payload["object"]["type"] for payload, _, _ in await announced()]
    assert kinds == ["Create", "Update"]


async def test_an_update_by_someone_else_is_refused(
    settings: Settings, group: Group, alpha: User
) -> None:
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    )
    mallory = await make_remote_user("ds9.lemmy.ml", "mallory", scheme="http")
    await Membership.create(group=group, user=mallory)
    update = into_our_group(fixture("lemmy/activities/create_or_update/update_page.json"))
    update["actor"] = update["object"]["attributedTo"] = mallory.ap_id
    with pytest.raises(handlers.Rejected, match="did not write"):
        await apply(settings, update)
    assert (await Post.get(ap_id="http://ds9.lemmy.ml/post/1")).title == "test post"
    assert len(await announced()) == 1


async def test_objects_must_belong_to_their_actor(
    settings: Settings, group: Group, alpha: User
) -> None:
    base = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    elsewhere = copy.deepcopy(base)
    elsewhere["object"]["id"] = "http://enterprise.lemmy.ml/post/1"
    with pytest.raises(handlers.Rejected, match="host of its actor"):
        await apply(settings, elsewhere)
    someone_else = copy.deepcopy(base)
    someone_else["object"]["attributedTo"] = "http://ds9.lemmy.ml/u/lemmy_beta"
    with pytest.raises(handlers.Rejected, match="attributed to"):
        await apply(settings, someone_else)
    ours = copy.deepcopy(base)
    ours["object"]["id"] = "http://testserver/p/1"
    with pytest.raises(handlers.Rejected):
        await apply(settings, ours)
    nowhere = copy.deepcopy(base)
    nowhere["object"]["to"] = nowhere["cc"] = [vocab.PUBLIC]
    del nowhere["object"]["audience"], nowhere["audience"]
    with pytest.raises(handlers.Rejected, match="not addressed to a group"):
        await apply(settings, nowhere)
    assert await Post.all().count() == 0
    assert await Activity.all().count() == 0


async def test_html_is_sanitised_and_future_dates_are_clamped(
    settings: Settings, group: Group, alpha: User
) -> None:
    payload = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    payload["object"]["content"] = '<p onclick="x()">Hoi<script>alert(1)</script></p>'
    del payload["object"]["source"]
    payload["object"]["published"] = (utcnow() + timedelta(days=3)).isoformat()
    await apply(settings, payload)
    post = await Post.get(ap_id="http://ds9.lemmy.ml/post/1")
    assert post.body_html.startswith("<p>Hoi</p>")
    assert "script" not in post.body_html and "onclick" not in post.body_html
    assert post.body.startswith("Hoi")
    assert post.created_at <= utcnow()


async def test_a_mastodon_reply_from_a_non_member_joins_the_thread(
    settings: Settings, group: Group, alpha: User
) -> None:
    payload = fixture("mastodon/activities/create_note.json")
    retiolus = await make_remote_user("mamot.fr", "retiolus")
    await make_remote_user("mastodon.madrid", "felix")
    await User.filter(username="felix@mastodon.madrid").update(
        ap_id="https://mastodon.madrid/users/felix"
    )
    post = await Post.create(
        group=group, author=retiolus, title="Laptop", body="?", body_html="<p>?</p>",
        created_at=group.created_at, ap_id=payload["object"]["inReplyTo"],
    )  # fmt: skip

    await apply(settings, payload)

    reply = await Reply.get(ap_id=payload["object"]["id"]).select_related("author")
    assert reply.post_id == post.id and reply.parent_id is None
    assert reply.author.username == "felix@mastodon.madrid"
    assert "i have never been disappointed by a thinkpad" in reply.body_html
    assert (
        "h-card" not in reply.body_html and 'href="https://mamot.fr/@retiolus"' in reply.body_html
    )
    assert reply.created_at == datetime(2021, 11, 5, 11, 46, 50, tzinfo=UTC)
    assert (await Post.get(id=post.id)).reply_count == 1
    [(announce, inboxes, _)] = await announced()
    assert announce["object"]["object"]["id"] == payload["object"]["id"]
    assert inboxes == FOLLOWERS

    # A reply to something not held here is refused and stores nothing.
    stray = copy.deepcopy(payload)
    stray["id"] += "-2"
    stray["object"]["id"] += "-2"
    stray["object"]["inReplyTo"] = "https://mamot.fr/users/retiolus/statuses/1"
    with pytest.raises(handlers.Rejected, match="not held here"):
        await apply(settings, stray)
    assert await Reply.all().count() == 1


async def test_a_lemmy_comment_answers_a_remote_post(
    settings: Settings, group: Group, alpha: User
) -> None:
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    )
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/create_comment.json"))
    )
    reply = await Reply.get(ap_id="http://ds9.lemmy.ml/comment/1")
    assert reply.post_id == (await Post.get(ap_id="http://ds9.lemmy.ml/post/1")).id
    assert (reply.body, reply.body_html) == ("hello", "hello")
    assert len(await announced()) == 2


async def test_a_toot_to_the_group_becomes_a_post_titled_by_its_first_words(
    settings: Settings, group: Group, alpha: User
) -> None:
    note = {
        "type": "Note", "id": "http://ds9.lemmy.ml/note/7", "attributedTo": alpha.ap_id,
        "content": "<p>Wie weet hoe hoog het water nu staat bij de stuw?</p><p>Groet</p>",
        "to": [vocab.PUBLIC], "cc": [GROUP], "published": "2025-03-01T12:00:00Z",
    }  # fmt: skip
    payload = {
        "@context": vocab.CONTEXT, "type": "Create", "id": "http://ds9.lemmy.ml/act/7",
        "actor": alpha.ap_id, "object": note, "to": [vocab.PUBLIC], "cc": [GROUP],
    }  # fmt: skip
    await apply(settings, payload)
    post = await Post.get(ap_id="http://ds9.lemmy.ml/note/7")
    assert post.title == "Wie weet hoe hoog het water nu staat bij de stuw?"
    assert post.body.splitlines()[0] == post.title


async def test_a_reply_to_a_deleted_post_is_refused(
    settings: Settings, group: Group, alpha: User
) -> None:
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    )
    await Post.filter(ap_id="http://ds9.lemmy.ml/post/1").update(deleted_at=utcnow())
    comment = into_our_group(fixture("lemmy/activities/create_or_update/create_comment.json"))
    with pytest.raises(handlers.Rejected, match="deleted post"):
        await apply(settings, comment)
    assert await Reply.all().count() == 0


async def test_a_retry_after_a_failed_announce_still_announces(
    settings: Settings, group: Group, alpha: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The post was stored but queueing its Announce failed (say, the database was busy): the
    retry of the same activity must queue the Announce, not skip it because the post exists."""
    payload = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    real_announce = publish.announce_received

    async def busy(*args: Any, **kwargs: Any) -> None:
        raise OSError("database is locked")

    monkeypatch.setattr(publish, "announce_received", busy)
    with pytest.raises(OSError):
        await apply(settings, payload)
    assert await Post.filter(ap_id="http://ds9.lemmy.ml/post/1").count() == 1
    assert await announced() == []

    monkeypatch.setattr(publish, "announce_received", real_announce)
    await apply(settings, copy.deepcopy(payload))
    [(_, inboxes, _)] = await announced()
    assert inboxes == FOLLOWERS
    assert await Post.filter(ap_id="http://ds9.lemmy.ml/post/1").count() == 1


async def test_edits_of_hidden_posts_and_replies_are_kept_but_not_announced(
    settings: Settings, group: Group, alpha: User
) -> None:
    create = into_our_group(fixture("lemmy/activities/create_or_update/create_page.json"))
    await apply(settings, create)
    post = await Post.get(ap_id="http://ds9.lemmy.ml/post/1")
    note = {"id": "http://ds9.lemmy.ml/comment/9", "type": "Note", "attributedTo": alpha.ap_id,
            "inReplyTo": post.ap_id, "content": "<p>eerste</p>", "to": [GROUP]}  # fmt: skip
    reply = {"id": f"{note['id']}/create", "type": "Create", "actor": alpha.ap_id,
             "object": note, "to": [GROUP]}  # fmt: skip
    await apply(settings, reply)
    assert len(await announced()) == 2  # the new post and the new reply, not hidden yet
    await Post.filter(id=post.id).update(hidden_at=utcnow())
    await Reply.filter(ap_id=note["id"]).update(hidden_at=utcnow())
    await apply(
        settings, into_our_group(fixture("lemmy/activities/create_or_update/update_page.json"))
    )
    edited = {**note, "content": "<p>anders</p>"}
    await apply(settings, {**reply, "id": f"{note['id']}/update", "type": "Update",
                           "object": edited})  # fmt: skip
    assert (await Post.get(id=post.id)).title == "test post 1"
    assert "anders" in (await Reply.get(ap_id=note["id"])).body_html
    assert len(await announced()) == 2  # the edits wait for a moderator
