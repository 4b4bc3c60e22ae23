"""Actors, objects and collections of local things as ActivityStreams, on their page URLs."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from federation import local_keys
from federation.crypto import load_private_key, load_public_key, public_key_to_pem
from federation.vocab import PUBLIC
from server.config import Settings
from server.models import Group, GroupRole, Membership, Post, Reply, User
from server.services import accounts, posts
from server.services.errors import NotFound
from tests.conftest import make_group, make_user

AP = {"accept": "application/activity+json"}
BASE = "http://testserver"
GROUP = f"{BASE}/g/gelderse-vallei"
ACCEPTS = [
    "application/activity+json",
    'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
    "application/ld+json",
    "application/activity+json, application/ld+json; q=0.9, */*;q=0.1",
]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


async def get_ap(client: httpx.AsyncClient, path: str, status: int = 200) -> dict:
    response = await client.get(path, headers=AP)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/activity+json")
    return response.json()


async def thread(settings: Settings) -> tuple[User, Post, Reply, Reply]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    bert = await make_user(settings, "bert", organisation="")
    await accounts.update_profile(
        bert, name="Bert Boer", organisation="", private_person=True, role="resident",
        bio="Melkveehouder <b>hier</b>.\n\nTweede alinea.", language=None,
    )  # fmt: skip
    await Membership.create(group=group, user=bert)
    post = await posts.create_post(anna, group, "Minder stikstof", "We beginnen **nu**.")
    first = await posts.create_reply(bert, post, "Goed plan")
    second = await posts.create_reply(anna, post, "Dank je", parent_id=first.id)
    return anna, post, first, second


# Content negotiation ------------------------------------------------------------------------


@pytest.mark.parametrize("accept", ACCEPTS)
async def test_same_url_answers_json_to_servers_and_html_to_browsers(
    client: httpx.AsyncClient, settings: Settings, accept: str
) -> None:
    _, post, first, _ = await thread(settings)
    for path in ("/u/anna", "/g/gelderse-vallei", f"/p/{post.id}", f"/c/{first.id}"):
        as_json = await client.get(path, headers={"accept": accept})
        assert as_json.status_code == 200, path
        assert as_json.headers["content-type"] == "application/activity+json"
        assert as_json.headers["vary"] == "Accept"
        assert as_json.json()["id"] == BASE + path
        as_html = await client.get(path, headers={"accept": BROWSER})
        if path.startswith("/c/"):  # a reply's page is its place in the thread
            assert as_html.status_code == 303
            assert as_html.headers["location"].startswith(f"/p/{post.id}")
        else:
            assert as_html.status_code == 200, path
            assert as_html.headers["content-type"].startswith("text/html")
        assert "Accept" in as_html.headers["vary"]


async def test_html_preferred_or_other_ld_profile_gets_html(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    for accept in (
        "text/html, application/activity+json;q=0.5",
        'application/ld+json; profile="https://example.org/other"',
        "application/activity+json;q=0",
    ):
        response = await client.get("/u/anna", headers={"accept": accept})
        assert response.headers["content-type"].startswith("text/html"), accept


async def test_head_is_negotiated_and_other_methods_are_left_alone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    head = await client.head("/u/anna", headers=AP)
    assert head.status_code == 200
    assert head.headers["content-type"] == "application/activity+json"
    post = await client.post("/u/anna", headers=AP)
    assert post.status_code == 405  # the HTML route's answer, not a document


# Actors -------------------------------------------------------------------------------------


async def test_person_document(client: httpx.AsyncClient, settings: Settings) -> None:
    await thread(settings)
    person = await get_ap(client, "/u/bert")
    actor = f"{BASE}/u/bert"
    assert person["type"] == "Person"
    assert person["preferredUsername"] == "bert"
    assert person["name"] == "Bert Boer"
    assert person["summary"] == "<p>Melkveehouder &lt;b&gt;hier&lt;/b&gt;.</p><p>Tweede alinea.</p>"
    assert person["url"] == actor
    assert person["inbox"] == f"{actor}/inbox"
    assert person["outbox"] == f"{actor}/outbox"
    assert person["followers"] == f"{actor}/followers"
    assert person["endpoints"] == {"sharedInbox": f"{BASE}/inbox"}
    assert person["manuallyApprovesFollowers"] is False
    assert person["discoverable"] is True
    assert person["published"].endswith("Z")
    # Profile fields in the instance's language (Dutch by default).
    assert person["attachment"] == [
        {"type": "PropertyValue", "name": "Organisatie", "value": "Privépersoon"},
        {"type": "PropertyValue", "name": "Doet mee als", "value": "inwoner"},
    ]
    key = person["publicKey"]
    assert key["id"] == f"{actor}#main-key"
    assert key["owner"] == actor
    assert load_public_key(key["publicKeyPem"]).key_size >= 2048


async def test_person_with_organisation(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna", organisation="LTO Noord", role="farmer")
    person = await get_ap(client, "/u/anna")
    assert {"type": "PropertyValue", "name": "Organisatie", "value": "LTO Noord"} in person[
        "attachment"
    ]
    assert {"type": "PropertyValue", "name": "Doet mee als", "value": "boer"} in person[
        "attachment"
    ]


async def test_key_is_made_once_and_kept(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    assert anna.private_key_pem is None
    first = (await get_ap(client, "/u/anna"))["publicKey"]["publicKeyPem"]
    second = (await get_ap(client, "/u/ANNA"))["publicKey"]["publicKeyPem"]
    assert first == second
    stored = await User.get(id=anna.id)
    assert stored.public_key_pem == first
    assert stored.private_key_pem is not None
    # The stored private key belongs to the served public key.
    assert public_key_to_pem(load_private_key(stored.private_key_pem)) == first


async def test_concurrent_first_requests_get_the_same_key(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await make_group(None)
    responses = await asyncio.gather(
        *(client.get(path, headers=AP) for path in ["/u/anna", "/u/anna", "/g/gelderse-vallei"] * 2)
    )
    pems = [r.json()["publicKey"]["publicKeyPem"] for r in responses]
    assert pems[0] == pems[1] == pems[3] == pems[4]
    assert pems[2] == pems[5]
    assert (await User.get(username="anna")).public_key_pem == pems[0]


async def test_concurrent_ensure_keys_writes_one_pair(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    copies = [await User.get(id=anna.id) for _ in range(3)]
    pairs = await asyncio.gather(*(local_keys.ensure_keys(copy) for copy in copies))
    assert len(set(pairs)) == 1
    stored = await User.get(id=anna.id)
    assert (stored.private_key_pem, stored.public_key_pem) == pairs[0]


async def test_group_document(client: httpx.AsyncClient, settings: Settings) -> None:
    await thread(settings)
    group = await get_ap(client, "/g/gelderse-vallei")
    assert group["type"] == "Group"
    assert group["id"] == GROUP
    assert group["preferredUsername"] == "gelderse-vallei"
    assert group["name"] == "Stikstof Gelderse Vallei"
    assert group["summary"] == "<p>Samen werken aan minder stikstof.</p>\n"
    assert group["source"] == {
        "content": "Samen werken aan minder stikstof.",
        "mediaType": "text/markdown",
    }
    assert group["inbox"] == f"{GROUP}/inbox"
    assert group["outbox"] == f"{GROUP}/outbox"
    assert group["followers"] == f"{GROUP}/followers"
    assert group["moderators"] == group["attributedTo"] == f"{GROUP}/moderators"
    assert group["featured"] == f"{GROUP}/featured"
    assert group["postingRestrictedToMods"] is False
    assert group["sensitive"] is False
    assert group["endpoints"]["sharedInbox"] == f"{BASE}/inbox"
    assert group["publicKey"]["owner"] == GROUP
    load_public_key(group["publicKey"]["publicKeyPem"])
    assert {"type": "PropertyValue", "name": "Gebied", "value": "Gelderse Vallei"} in group[
        "attachment"
    ]
    assert {"type": "PropertyValue", "name": "Onderwerp", "value": "stikstof"} in group[
        "attachment"
    ]


async def test_instance_actor(client: httpx.AsyncClient, settings: Settings) -> None:
    actor = await get_ap(client, "/actor")
    assert actor["type"] == "Application"
    assert actor["id"] == f"{BASE}/actor"
    assert actor["preferredUsername"] == "testserver"
    assert actor["inbox"] == f"{BASE}/inbox"
    assert actor["outbox"] == f"{BASE}/actor/outbox"
    key_id, private_pem = await local_keys.instance_signer(settings)
    assert key_id == actor["publicKey"]["id"] == f"{BASE}/actor#main-key"
    assert public_key_to_pem(load_private_key(private_pem)) == actor["publicKey"]["publicKeyPem"]
    outbox = await get_ap(client, "/actor/outbox")
    assert outbox["totalItems"] == 0


async def test_signer_for_matches_served_keys(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    key_id, private_pem = await local_keys.signer_for(settings, "user", anna.id)
    person = await get_ap(client, "/u/anna")
    assert key_id == person["publicKey"]["id"]
    assert public_key_to_pem(load_private_key(private_pem)) == person["publicKey"]["publicKeyPem"]
    key_id, private_pem = await local_keys.signer_for(settings, "group", group.id)
    served = await get_ap(client, "/g/gelderse-vallei")
    assert key_id == served["publicKey"]["id"]
    assert public_key_to_pem(load_private_key(private_pem)) == served["publicKey"]["publicKeyPem"]
    assert local_keys.parse_signer(f"group:{group.id}") == ("group", group.id)


async def test_signer_for_refuses_remote_unknown_and_malformed(settings: Settings) -> None:
    remote = await User.create(username="bob@remote.example", name="Bob", domain="remote.example")
    with pytest.raises(NotFound):
        await local_keys.signer_for(settings, "user", remote.id)
    with pytest.raises(NotFound):
        await local_keys.signer_for(settings, "group", 999)
    with pytest.raises(ValueError, match="unknown signer kind"):
        await local_keys.signer_for(settings, "robot", 1)
    with pytest.raises(ValueError):
        local_keys.parse_signer("user:abc")
    assert (await User.get(id=remote.id)).private_key_pem is None


# Objects ------------------------------------------------------------------------------------


async def test_post_as_page(client: httpx.AsyncClient, settings: Settings) -> None:
    _, post, _, _ = await thread(settings)
    page = await get_ap(client, f"/p/{post.id}")
    assert page["type"] == "Page"
    assert page["id"] == page["url"] == f"{BASE}/p/{post.id}"
    assert page["name"] == "Minder stikstof"
    assert page["attributedTo"] == f"{BASE}/u/anna"
    assert page["content"] == "<p>We beginnen <strong>nu</strong>.</p>\n"
    assert page["mediaType"] == "text/html"
    assert page["source"] == {"content": "We beginnen **nu**.", "mediaType": "text/markdown"}
    assert page["to"] == [GROUP, PUBLIC]
    assert page["cc"] == []
    assert page["audience"] == GROUP
    assert "updated" not in page
    await posts.edit_post(post.author, post, "Minder stikstof", "Nieuw")
    edited = await get_ap(client, f"/p/{post.id}")
    assert edited["updated"] > edited["published"]
    assert edited["source"]["content"] == "Nieuw"


async def test_replies_as_notes(client: httpx.AsyncClient, settings: Settings) -> None:
    _, post, first, second = await thread(settings)
    note = await get_ap(client, f"/c/{first.id}")
    assert note["type"] == "Note"
    assert note["attributedTo"] == f"{BASE}/u/bert"
    assert note["inReplyTo"] == f"{BASE}/p/{post.id}"
    assert note["to"] == [GROUP, PUBLIC]
    assert note["audience"] == GROUP
    assert note["cc"] == [f"{BASE}/u/anna"]
    assert note["tag"] == [
        {"type": "Mention", "href": f"{BASE}/u/anna", "name": "@anna@testserver"}
    ]
    assert note["source"] == {"content": "Goed plan", "mediaType": "text/markdown"}
    answer = await get_ap(client, f"/c/{second.id}")
    assert answer["inReplyTo"] == f"{BASE}/c/{first.id}"
    assert answer["cc"] == [f"{BASE}/u/bert"]


async def test_deleted_post_and_reply_are_410_tombstones(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, post, _, second = await thread(settings)
    await posts.delete_reply(anna, second)
    await posts.delete_post(anna, post)
    for path, former in ((f"/p/{post.id}", "Page"), (f"/c/{second.id}", "Note")):
        response = await client.get(path, headers=AP)
        assert response.status_code == 410
        assert response.headers["vary"] == "Accept"
        tombstone = response.json()
        assert tombstone["type"] == "Tombstone"
        assert tombstone["id"] == BASE + path
        assert tombstone["formerType"] == former
        assert "deleted" in tombstone
        assert "content" not in tombstone


async def test_unknown_things_are_404_json(client: httpx.AsyncClient) -> None:
    for path in ("/u/nobody", "/g/nothing", "/p/999", "/c/999", "/g/nothing/outbox"):
        response = await client.get(path, headers=AP)
        assert response.status_code == 404, path
        assert response.json()["error"] == "not_found"


async def test_remote_rows_are_never_served_as_ours(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    remote = await User.create(username="bob@remote.example", name="Bob", domain="remote.example",
                               ap_id="https://remote.example/u/bob")  # fmt: skip
    remote_group = await Group.create(slug="veen@remote.example", title="Veen", area="Veen",
                                      domain="remote.example", ap_id="https://remote.example/c/veen")  # fmt: skip  # noqa: E501
    local_group = await make_group(None)
    remote_post = await Post.create(group=local_group, author=remote, title="Hoi", body="x",
                                    body_html="<p>x</p>", created_at=remote.created_at,
                                    ap_id="https://remote.example/post/1")  # fmt: skip
    remote_reply = await Reply.create(post=remote_post, author=remote, body="y", body_html="y",
                                      created_at=remote.created_at,
                                      ap_id="https://remote.example/comment/1")  # fmt: skip
    for path in (
        "/u/bob@remote.example",
        "/u/bob@remote.example/followers",
        "/g/veen@remote.example",
        "/g/veen@remote.example/moderators",
        f"/p/{remote_post.id}",
        f"/c/{remote_reply.id}",
    ):
        response = await client.get(path, headers=AP)
        assert response.status_code == 404, path
    assert (await User.get(id=remote.id)).private_key_pem is None
    assert (await Group.get(id=remote_group.id)).private_key_pem is None


# Collections --------------------------------------------------------------------------------


async def test_collections(client: httpx.AsyncClient, settings: Settings) -> None:
    anna, post, _, _ = await thread(settings)
    group = await Group.get(slug="gelderse-vallei")
    carla = await make_user(settings, "carla")
    await Membership.create(group=group, user=carla, role=GroupRole.MODERATOR)
    await Membership.create(group=group, user=await make_user(settings, "dirk"), accepted=False)
    deleted = await posts.create_post(anna, group, "Weg", "Weg")
    await posts.delete_post(anna, deleted)

    followers = await get_ap(client, "/g/gelderse-vallei/followers")
    assert followers == {**followers, "type": "OrderedCollection", "totalItems": 3}
    assert "orderedItems" not in followers  # followers are counted, never listed
    moderators = await get_ap(client, "/g/gelderse-vallei/moderators")
    assert moderators["orderedItems"] == [f"{BASE}/u/anna", f"{BASE}/u/carla"]
    featured = await get_ap(client, "/g/gelderse-vallei/featured")
    assert featured["totalItems"] == 0 and featured["orderedItems"] == []
    person_followers = await get_ap(client, "/u/anna/followers")
    assert person_followers["totalItems"] == 0
    person_outbox = await get_ap(client, "/u/anna/outbox")
    assert person_outbox["orderedItems"] == []

    outbox = await get_ap(client, "/g/gelderse-vallei/outbox")
    assert outbox["totalItems"] == 1
    [announce] = outbox["orderedItems"]
    assert announce["type"] == "Announce"
    assert announce["actor"] == GROUP
    assert announce["to"] == [PUBLIC]
    assert announce["cc"] == [f"{GROUP}/followers"]
    create = announce["object"]
    assert create["type"] == "Create"
    assert create["actor"] == f"{BASE}/u/anna"
    assert create["object"]["id"] == f"{BASE}/p/{post.id}"
    assert "@context" not in create and "@context" not in create["object"]
    again = await get_ap(client, "/g/gelderse-vallei/outbox")
    assert again["orderedItems"][0]["id"] == announce["id"]
