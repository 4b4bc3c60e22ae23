"""Your data: the download has everything about the person; deleting the account removes
personal data and content here and tells every instance that knows the person."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest

from federation import publish
from server.config import Settings
from server.models import (
    Activity,
    ApiToken,
    Delivery,
    Membership,
    PersonFollow,
    Post,
    Reply,
    User,
)
from server.services import account_deletion, groups, posts, tokens
from server.services.errors import Forbidden, Invalid
from tests.conftest import PASSWORD, csrf_token, login, make_group, make_remote_user, make_user


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _anna_with_content(settings: Settings) -> tuple[User, Post]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    post = await posts.create_post(anna, group, "Meetavond", "Dinsdag in het dorpshuis.")
    await posts.create_reply(anna, post, "Ik neem koffie mee.")
    await tokens.create_token(anna, "spreadsheet")
    return anna, post


async def test_the_download_holds_everything_about_the_person(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _anna_with_content(settings)
    await login(client, "anna")
    response = await client.get("/settings/data/export")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert "attachment" in response.headers["content-disposition"]
    files = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(files.namelist())
    expected = {"README.txt", "account.json", "profile.json", "posts.json", "replies.json",
                "memberships.json", "follows.json", "likes.json", "api_tokens.json"}  # fmt: skip
    assert expected <= names
    account = json.loads(files.read("account.json"))
    assert account["email"] == "anna@example.nl" and account["organisation"] == "LTO Noord"
    profile = json.loads(files.read("profile.json"))
    assert profile["type"] == "Person" and profile["preferredUsername"] == "anna"
    [page] = json.loads(files.read("posts.json"))
    assert page["type"] == "Page" and page["name"] == "Meetavond"
    [note] = json.loads(files.read("replies.json"))
    assert note["type"] == "Note" and "koffie" in note["content"]
    [membership] = json.loads(files.read("memberships.json"))
    assert membership["role"] == "owner"
    [token] = json.loads(files.read("api_tokens.json"))
    assert token["name"] == "spreadsheet" and "token" not in token
    assert "password" not in files.read("account.json").decode()


async def test_the_download_needs_a_login(client: httpx.AsyncClient) -> None:
    response = await client.get("/settings/data/export")
    assert response.status_code == 303 and "/login" in response.headers["location"]


async def test_deleting_the_account_removes_data_and_tells_other_instances(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, post = await _anna_with_content(settings)
    group = await post.group
    piet = await make_remote_user("a.example", "piet", shared_inbox=True)
    await Membership.create(group=group, user=piet)
    fan = await make_remote_user("m.example", "fan")
    await PersonFollow.create(follower=fan, followee=anna, accepted=True)
    await posts.create_post(anna, group, "Voor mijn volgers", "Ook op Mastodon te lezen.")
    await login(client, "anna")
    token = await csrf_token(client, "/settings/data")
    response = await client.post(
        "/settings/data/delete", data={"csrf_token": token, "password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 200

    gone = await User.get(id=anna.id)
    assert (gone.name, gone.organisation, gone.email, gone.password_hash) == ("", "", None, "")
    assert gone.deleted_at is not None and gone.username == "anna"
    stored = await Post.get(id=post.id)
    assert stored.deleted_at is not None and stored.title == stored.body == ""
    assert all(r.body == "" for r in await Reply.filter(author_id=anna.id))
    assert not await Membership.exists(user_id=anna.id)
    assert not await PersonFollow.exists(followee_id=anna.id)
    assert not await ApiToken.exists(user_id=anna.id)

    # Her post had gone to her follower as her own Create: its words are gone here now.
    create = await Activity.get(type="Create", actor_ap_id="http://testserver/u/anna")
    assert create.payload == {}
    delete = await Activity.get(type="Delete", actor_ap_id="http://testserver/u/anna")
    assert delete.payload["object"] == "http://testserver/u/anna"
    inboxes = set(await Delivery.filter(activity=delete).values_list("inbox_url", flat=True))
    assert inboxes == {"https://a.example/inbox", "https://m.example/u/fan/inbox"}

    # The session ended; the profile says the account is gone, to people and to servers.
    assert (await client.get("/settings")).status_code == 303
    assert (await client.get("/u/anna")).status_code == 410
    actor = await client.get("/u/anna", headers={"Accept": "application/activity+json"})
    assert actor.status_code == 410 and actor.json()["type"] == "Tombstone"
    finger = await client.get("/.well-known/webfinger?resource=acct:anna@testserver")
    assert finger.status_code == 404
    page = await client.get(f"/p/{post.id}")
    assert "Dinsdag" not in page.text


async def test_deleting_needs_the_password_and_the_tick(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, _ = await _anna_with_content(settings)
    await login(client, "anna")
    for data in ({"password": PASSWORD}, {"password": "wrong one", "confirm": "on"}):
        token = await csrf_token(client, "/settings/data")
        response = await client.post("/settings/data/delete", data={"csrf_token": token, **data})
        assert response.status_code == 422
        assert 'class="error-summary"' in response.text or "error-summary" in response.text
    assert (await User.get(id=anna.id)).deleted_at is None
    assert not await Activity.exists(type="Delete")


async def test_the_last_admin_cannot_delete_their_account(settings: Settings, admin: User) -> None:
    with pytest.raises(Forbidden):
        await account_deletion.delete_account(settings, admin, PASSWORD)
    second = await make_user(settings, "tweede", admin=True)
    await account_deletion.delete_account(settings, admin, PASSWORD)
    assert (await User.get(id=admin.id)).deleted_at is not None
    with pytest.raises(Forbidden):
        await account_deletion.delete_account(settings, second, PASSWORD)


async def test_a_wrong_password_changes_nothing(settings: Settings) -> None:
    anna, post = await _anna_with_content(settings)
    with pytest.raises(Invalid):
        await account_deletion.delete_account(settings, anna, "not the password")
    assert (await Post.get(id=post.id)).deleted_at is None


async def test_meetings_and_answers_are_exported_and_withdrawn_on_deletion(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from server.models import Event, Rsvp
    from server.services import events, rsvp
    from tests.app.test_events_service import form

    anna, post = await _anna_with_content(settings)
    group = await post.group
    bert = await make_user(settings, "bert")
    await groups.join(bert, group)
    waiting = await make_user(settings, "wim")
    await groups.join(waiting, group)
    meeting = await events.create_event(anna, group, form(title="Veldbezoek", capacity="1"))
    await rsvp.answer(bert, meeting, "going")
    await rsvp.answer(waiting, meeting, "going")  # the seat is taken: on the waiting list
    await login(client, "bert")
    files = zipfile.ZipFile(io.BytesIO((await client.get("/settings/data/export")).content))
    [answer] = json.loads(files.read("rsvps.json"))
    assert answer["title"] == "Veldbezoek" and answer["answer"] == "going"
    await account_deletion.delete_account(settings, bert, PASSWORD)
    assert not await Rsvp.exists(user_id=bert.id)
    # Bert's seat went to the first one waiting.
    moved = await Rsvp.get(user_id=waiting.id)
    assert moved.waitlisted_at is None
    await account_deletion.delete_account(settings, anna, PASSWORD)
    assert (await Event.get(id=meeting.id)).cancelled_at is not None


async def test_reports_are_exported_and_go_with_the_account(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from moderation import flags
    from server.models import Flag
    from tests.app.moderation_setup import scene

    s = await scene(settings)
    reporter = s.members[0]
    await flags.record(settings, reporter, "post", s.post.id, s.rule.id, "Geen bron.")
    await login(client, reporter.username)
    files = zipfile.ZipFile(io.BytesIO((await client.get("/settings/data/export")).content))
    [flag] = json.loads(files.read("flags.json"))
    assert flag["note"] == "Geen bron." and flag["state"] == "open"
    await account_deletion.delete_account(settings, reporter, PASSWORD)
    assert not await Flag.exists(flagger_id=reporter.id)
