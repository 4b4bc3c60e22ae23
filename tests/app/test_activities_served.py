"""Activities this instance sent are served at their ids (`/activities/…`), as other servers
fetch them to check an Announce: public ones only, and never after their content was deleted."""

from __future__ import annotations

import httpx
import pytest

from federation import publish
from server.config import Settings
from server.models import Activity, Membership, User
from server.services import posts
from tests.conftest import make_group, make_remote_user, make_user

AS_JSON = {"Accept": "application/activity+json"}


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _post_with_a_remote_member(settings: Settings) -> tuple[User, int]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    remote = await make_remote_user("a.example", "piet", shared_inbox=True)
    await Membership.create(group=group, user=remote)
    post = await posts.create_post(anna, group, "Meetavond", "Dinsdag in het dorpshuis.")
    return anna, post.id


async def test_a_public_announce_is_served_at_its_id(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    _, post_id = await _post_with_a_remote_member(settings)
    announce = await Activity.get(type="Announce")
    path = announce.ap_id.removeprefix("http://testserver")
    assert path.startswith("/activities/")
    response = await client.get(path, headers=AS_JSON)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/activity+json")
    document = response.json()
    assert document["id"] == announce.ap_id and document["type"] == "Announce"
    assert document["object"]["object"]["id"] == f"http://testserver/p/{post_id}"
    assert "@context" in document


async def test_after_the_post_is_deleted_its_activities_are_gone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, post_id = await _post_with_a_remote_member(settings)
    announce = await Activity.get(type="Announce")
    post = await posts.get_post(post_id)
    await posts.delete_post(anna, post)
    response = await client.get(announce.ap_id.removeprefix("http://testserver"), headers=AS_JSON)
    assert response.status_code == 410
    assert response.json()["type"] == "Tombstone"
    assert "Dinsdag" not in response.text


async def test_private_unknown_and_received_activities_are_404(
    client: httpx.AsyncClient,
) -> None:
    base = "http://testserver/activities"
    await Activity.create(
        ap_id=f"{base}/accept/abc", type="Accept", actor_ap_id="http://testserver/g/x",
        payload={"id": f"{base}/accept/abc", "type": "Accept", "to": ["https://a.example/u/p"]},
        local=True,
    )  # fmt: skip
    await Activity.create(
        ap_id=f"{base}/copied", type="Create", actor_ap_id="https://a.example/u/p",
        payload={"id": f"{base}/copied", "type": "Create",
                 "to": ["https://www.w3.org/ns/activitystreams#Public"]},
        local=False,
    )  # fmt: skip
    for path in ("/activities/accept/abc", "/activities/copied", "/activities/nothing-here"):
        response = await client.get(path, headers=AS_JSON)
        assert response.status_code == 404, path
        assert set(response.json()) == {"error", "message"}


async def test_an_announce_of_a_remote_post_goes_with_that_post(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    from server.models import Post
    from server.services.clock import now

    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    piet = await make_remote_user("a.example", "piet")
    remote_id = "https://a.example/post/7"
    post = await Post.create(
        group=group, author=piet, title="Van Piet", body="Woorden", body_html="<p>Woorden</p>",
        created_at=now(), ap_id=remote_id,
    )  # fmt: skip
    ap_id = "http://testserver/activities/announce/7"
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    create = {"type": "Create", "id": "https://a.example/c/7",
              "object": {"id": remote_id, "type": "Page", "content": "Woorden"}}  # fmt: skip
    group_id = "http://testserver/g/gelderse-vallei"
    payload = {"id": ap_id, "type": "Announce", "to": public, "object": create}
    await Activity.create(
        ap_id=ap_id, type="Announce", actor_ap_id=group_id, local=True, payload=payload
    )
    path = "/activities/announce/7"
    assert (await client.get(path, headers=AS_JSON)).status_code == 200
    await Post.filter(id=post.id).update(hidden_at=now())
    hidden = await client.get(path, headers=AS_JSON)
    assert hidden.status_code == 410 and "Woorden" not in hidden.text
