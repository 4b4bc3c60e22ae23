"""Following people of other instances from the web pages, and what following means for what
this instance sends: a local author's posts go to their remote followers too."""

from __future__ import annotations

import httpx
import pytest

from federation import publish
from server.config import Settings
from server.models import Activity, Delivery, PersonFollow, User
from server.services import federated, posts
from server.services.errors import Forbidden, Invalid
from tests.conftest import csrf_token, login, make_group, make_remote_user, make_user


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _follow_activity() -> Activity:
    return await Activity.get(type="Follow")


async def test_follow_and_stop_following_from_the_profile_page(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    piet = await make_remote_user("a.example", "piet")
    await login(client, "anna")
    page = await client.get(f"/u/{piet.username}")
    assert page.status_code == 200
    assert "van a.example" in page.text and 'action="/people/follow"' in page.text

    token = await csrf_token(client, f"/u/{piet.username}")
    response = await client.post(
        "/people/follow", data={"csrf_token": token, "person": piet.username}
    )
    assert response.status_code == 303 and response.headers["location"] == f"/u/{piet.username}"
    follow = await PersonFollow.get(followee=piet)
    assert follow.accepted is False
    activity = await _follow_activity()
    assert activity.payload["object"] == piet.ap_id and activity.payload["id"] == follow.ap_id
    delivery = await Delivery.get(activity=activity)
    assert delivery.inbox_url == piet.inbox_url

    page = await client.get(f"/u/{piet.username}")
    assert "Hun server moet nog antwoorden" in page.text
    assert 'action="/people/unfollow"' in page.text
    token = await csrf_token(client, f"/u/{piet.username}")
    await client.post("/people/unfollow", data={"csrf_token": token, "person": piet.username})
    assert not await PersonFollow.exists(followee=piet)
    undo = await Activity.get(type="Undo")
    assert undo.payload["object"]["id"] == follow.ap_id


async def test_following_needs_a_login_and_a_csrf_token(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    piet = await make_remote_user("a.example", "piet")
    page = await client.get(f"/u/{piet.username}")
    assert "Log in om te volgen" in page.text
    response = await client.post("/people/follow", data={"person": piet.username})
    assert response.status_code in (400, 403)
    assert not await PersonFollow.exists()


async def test_local_people_unconfirmed_and_remote_followers_are_refused(
    settings: Settings,
) -> None:
    anna = await make_user(settings, "anna")
    bert = await make_user(settings, "bert")
    late = await make_user(settings, "late", confirmed=False)
    piet = await make_remote_user("a.example", "piet")
    with pytest.raises(Invalid):
        await federated.follow_person(settings, anna, bert)
    with pytest.raises(Forbidden):
        await federated.follow_person(settings, late, piet)
    with pytest.raises(Forbidden):
        await federated.follow_person(settings, piet, await make_remote_user("b.example", "x"))
    assert not await PersonFollow.exists()
    assert not await Activity.exists(type="Follow")


async def test_following_twice_sends_one_follow(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    piet = await make_remote_user("a.example", "piet")
    first = await federated.follow_person(settings, anna, piet)
    second = await federated.follow_person(settings, anna, piet)
    assert first.id == second.id
    assert await Activity.filter(type="Follow").count() == 1


async def test_a_local_authors_post_reaches_their_remote_followers(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    fans: list[User] = [
        await make_remote_user("m.example", "joke", shared_inbox=True),
        await make_remote_user("m.example", "kees", shared_inbox=True),
        await make_remote_user("n.example", "wim"),
    ]
    for fan in fans:
        await PersonFollow.create(follower=fan, followee=anna, accepted=True)
    pending = await make_remote_user("o.example", "truus")
    await PersonFollow.create(follower=pending, followee=anna, accepted=False)

    post = await posts.create_post(anna, group, "Meetavond", "Dinsdag.")
    create = await Activity.get(type="Create")
    assert create.payload["object"]["id"] == f"http://testserver/p/{post.id}"
    inboxes = set(await Delivery.filter(activity=create).values_list("inbox_url", flat=True))
    # One delivery per shared inbox; the pending follower gets nothing.
    assert inboxes == {"https://m.example/inbox", "https://n.example/u/wim/inbox"}
