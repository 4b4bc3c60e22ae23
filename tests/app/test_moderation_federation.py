"""Moderation across instances, one instance in-process: incoming Flags become reports that
count only for members; an uphold is the group's announced Delete; a report about a post in a
remote group goes out as a Flag; a forged Flag never gets in."""

from __future__ import annotations

import httpx
import pytest

from moderation import flags, review
from server.config import Settings
from server.models import (
    Activity,
    Delivery,
    Flag,
    FlagState,
    InboxMessage,
    Membership,
    Post,
    User,
)
from server.services import posts
from tests.app.moderation_setup import age, scene
from tests.app.test_handlers_social import activity, apply, apply_twice, remote_group, remote_user
from tests.app.test_inbox import RemoteServer, post_signed, remote  # noqa: F401
from tests.conftest import make_user


async def _remote_member(s_group_id: int, name: str, host: str) -> User:
    person = await remote_user(name, host)
    await Membership.create(group_id=s_group_id, user=person, accepted=True)
    await age(person)
    return person


async def test_flags_from_remote_members_count_like_local_ones(settings: Settings) -> None:
    s = await scene(settings)
    await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id)
    await flags.record(settings, s.members[1], "post", s.post.id, s.rule.id)
    jan = await _remote_member(s.group.id, "jan", "lemmy.example")
    url = f"http://testserver/p/{s.post.id}"
    report = activity("Flag", jan, url, summary=s.rule.title, content="Reclame")
    await apply_twice(settings, report)
    flag = await Flag.get(flagger_id=jan.id)
    assert flag.ap_id == report["id"] and flag.note == "Reclame"
    assert flag.rule_id == s.rule.id  # the rule named by its title
    assert await Flag.filter(flagger_id=jan.id).count() == 1
    assert (await Post.get(id=s.post.id)).hidden_at is not None


async def test_flag_from_a_non_member_is_a_report_that_does_not_count(
    settings: Settings,
) -> None:
    s = await scene(settings)
    outsiders = [await remote_user(f"m{i}", "mastodon.example") for i in range(4)]
    for person in outsiders:
        await age(person)
        report = activity(
            "Flag", person, [f"http://testserver/u/{s.author.username}",
                             f"http://testserver/p/{s.post.id}"],
            content="Vind ik niks",
        )  # fmt: skip
        await apply(settings, report)
    assert await Flag.filter(state=FlagState.OPEN).count() == 4
    assert (await Post.get(id=s.post.id)).hidden_at is None
    [queued] = await review.queue(settings, s.owner)
    assert queued.decision.counted == 0 and len(queued.flags) == 4


async def test_uphold_sends_the_groups_delete_to_its_followers(settings: Settings) -> None:
    from federation import publish

    s = await scene(settings)
    jan = await _remote_member(s.group.id, "jan", "lemmy.example")
    publish.configure(settings)
    await review.uphold(s.owner, "post", s.post.id, s.rule.id, "Spam")
    announce = await Activity.get(type="Announce")
    inner = announce.payload["object"]
    assert inner["type"] == "Delete" and inner["actor"] == "http://testserver/g/gelderse-vallei"
    assert inner["object"] == f"http://testserver/p/{s.post.id}"
    [delivery] = await Delivery.filter(activity=announce)
    assert delivery.inbox_url == jan.shared_inbox_url
    assert delivery.signer == f"group:{s.group.id}"


async def test_hidden_post_edits_are_not_announced(settings: Settings) -> None:
    from federation import publish

    s = await scene(settings)
    await _remote_member(s.group.id, "jan", "lemmy.example")
    publish.configure(settings)
    for person in s.members[:3]:
        await flags.record(settings, person, "post", s.post.id, s.rule.id)
    post = await Post.get(id=s.post.id)
    await posts.edit_post(s.author, post, "Mest en water", "Nu anders.")
    assert not await Activity.filter(type="Announce").exists()


async def test_report_about_a_remote_groups_post_goes_there_as_a_flag(
    settings: Settings,
) -> None:
    group = await remote_group("water", "lemmy.example")
    anna = await make_user(settings, "anna")
    await Membership.create(group=group, user=anna, accepted=True)
    author = await remote_user("piet", "lemmy.example")
    post = await Post.create(
        group=group, author=author, title="Water", body="b", body_html="<p>b</p>",
        created_at=group.fetched_at, ap_id="https://lemmy.example/post/7",
    )  # fmt: skip
    recorded = await flags.record(settings, anna, "post", post.id, None, "Reclame")
    assert recorded.decision is None  # the group's own instance decides
    sent = await Activity.get(type="Flag")
    assert sent.payload["object"] == "https://lemmy.example/post/7"
    assert sent.payload["to"] == [group.ap_id] and sent.payload["content"] == "Reclame"
    [delivery] = await Delivery.filter(activity=sent)
    assert delivery.inbox_url == group.inbox_url and delivery.signer == f"user:{anna.id}"
    await recorded.flag.refresh_from_db()
    assert recorded.flag.ap_id == sent.ap_id
    # The group removes the post: the report made here shows as upheld.
    await apply(settings, activity("Delete", group, "https://lemmy.example/post/7"))
    await recorded.flag.refresh_from_db()
    assert recorded.flag.state == FlagState.UPHELD


async def test_forged_flag_is_refused_at_the_inbox(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    settings: Settings,
) -> None:
    s = await scene(settings)
    jan, piet = remote.add("jan"), remote.add("piet")
    forged = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{piet.base}/activities/flag/1",
        "type": "Flag",
        "actor": piet.id,  # piet's report, signed with jan's key
        "object": f"http://testserver/p/{s.post.id}",
    }
    response = await post_signed(client, jan, forged)
    assert response.status_code == 401
    assert not await InboxMessage.exists()
    assert not await Flag.exists()


@pytest.mark.parametrize("state", [FlagState.DISMISSED, FlagState.UPHELD])
async def test_decided_flag_cannot_be_made_again(settings: Settings, state: FlagState) -> None:
    s = await scene(settings)
    made = await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id)
    await Flag.filter(id=made.flag.id).update(state=state)
    with pytest.raises(Exception, match="decided"):
        await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id)


async def test_withdrawn_report_goes_out_as_undo_and_an_incoming_undo_withdraws(
    settings: Settings,
) -> None:
    from federation import publish

    publish.configure(settings)
    group = await remote_group("water", "lemmy.example")
    anna = await make_user(settings, "anna")
    await Membership.create(group=group, user=anna, accepted=True)
    author = await remote_user("piet", "lemmy.example")
    post = await Post.create(
        group=group, author=author, title="Water", body="b", body_html="<p>b</p>",
        created_at=group.fetched_at, ap_id="https://lemmy.example/post/8",
    )  # fmt: skip
    recorded = await flags.record(settings, anna, "post", post.id, None, "Reclame")
    await flags.withdraw(anna, "post", post.id)
    undo = await Activity.get(type="Undo")
    await recorded.flag.refresh_from_db()
    assert undo.payload["object"]["id"] == recorded.flag.ap_id
    assert undo.payload["object"]["type"] == "Flag"

    # The other way: a remote member's report here, then their Undo of it.
    s = await scene(settings)
    jan = await _remote_member(s.group.id, "jan", "lemmy.example")
    report = activity("Flag", jan, f"http://testserver/p/{s.post.id}", content="x")
    await apply(settings, report)
    await apply(settings, activity("Undo", jan, report))
    assert (await Flag.get(ap_id=report["id"])).state == FlagState.WITHDRAWN


async def test_admin_removes_a_remote_spam_account(settings: Settings, admin: User) -> None:
    from moderation import instances
    from server.models import LogAction, ModLogEntry, Reply
    from server.services.errors import Forbidden as Refused

    s = await scene(settings)
    spammer = await _remote_member(s.group.id, "spam", "spam.example")
    post = await Post.create(
        group=s.group, author=spammer, title="Koop nu", body="b", body_html="<p>b</p>",
        created_at=s.post.created_at, ap_id="https://spam.example/post/1",
    )  # fmt: skip
    reply = await Reply.create(
        post=s.post, author=spammer, body="Klik hier", body_html="<p>Klik hier</p>",
        created_at=s.post.created_at, ap_id="https://spam.example/comment/1",
    )  # fmt: skip
    await flags.receive(
        settings, spammer, "post", s.post.id, reason="", note="x", ap_id="https://spam.example/f/1"
    )
    with pytest.raises(Refused):
        await instances.remove_account(s.owner, spammer.username)
    with pytest.raises(Refused):
        await instances.remove_account(admin, s.author.username)  # a local account
    assert await instances.remove_account(admin, spammer.username, "Spam") == 2
    await post.refresh_from_db()
    await reply.refresh_from_db()
    assert post.removed_at and post.title == "" and reply.removed_at and reply.body == ""
    assert not await Membership.exists(user_id=spammer.id)
    assert (await Flag.get(flagger_id=spammer.id)).state == FlagState.DISMISSED
    entry = await ModLogEntry.get(action=LogAction.ACCOUNT_REMOVAL)
    assert entry.target_username == spammer.username and entry.moderator_username == "beheer"


async def test_removed_remote_member_cannot_follow_again(settings: Settings) -> None:
    from federation import handlers
    from moderation import members

    s = await scene(settings)
    jan = await _remote_member(s.group.id, "jan", "lemmy.example")
    await members.remove(s.owner, s.group, jan.username, 30, "Schelden")
    assert not await Membership.exists(user_id=jan.id)
    with pytest.raises(handlers.Rejected):
        await apply(settings, activity("Follow", jan, f"http://testserver/g/{s.group.slug}"))
    assert not await Membership.exists(user_id=jan.id)
    await members.lift(s.owner, s.group, jan.username)
    await apply(settings, activity("Follow", jan, f"http://testserver/g/{s.group.slug}"))
    assert await Membership.exists(user_id=jan.id, accepted=True)
