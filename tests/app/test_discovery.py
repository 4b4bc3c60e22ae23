"""WebFinger, NodeInfo 2.1 and host-meta of local people and groups."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import httpx
import pytest

from server.config import Settings
from server.models import Group, InstanceSettings, Post, User
from server.services import posts
from server.services.clock import now
from tests.conftest import make_group, make_user

WEBFINGER = "/.well-known/webfinger"
SELF_TYPE = "application/activity+json"
AS_TYPE = "https://www.w3.org/ns/activitystreams#type"


def self_links(document: dict) -> list[dict]:
    return [link for link in document["links"] if link["rel"] == "self"]


async def test_webfinger_finds_a_person(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    response = await client.get(WEBFINGER, params={"resource": "acct:anna@testserver"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/jrd+json"
    document = response.json()
    assert document["subject"] == "acct:anna@testserver"
    assert document["aliases"] == ["http://testserver/u/anna"]
    [link] = self_links(document)
    assert link["type"] == SELF_TYPE
    assert link["href"] == "http://testserver/u/anna"
    profile = [x for x in document["links"] if x["rel"] == "http://webfinger.net/rel/profile-page"]
    assert profile[0]["href"] == "http://testserver/u/anna"


async def test_webfinger_finds_a_group_as_lemmy_asks(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_group(await make_user(settings, "anna"))
    response = await client.get(WEBFINGER, params={"resource": "acct:gelderse-vallei@testserver"})
    assert response.status_code == 200
    [link] = self_links(response.json())
    assert link["href"] == "http://testserver/g/gelderse-vallei"
    assert link["properties"][AS_TYPE] == "Group"


async def test_webfinger_prefers_the_person_but_keeps_the_group(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_group(None, slug="anna")
    await make_user(settings, "anna")
    response = await client.get(WEBFINGER, params={"resource": "acct:anna@testserver"})
    links = self_links(response.json())
    assert [link["href"] for link in links] == [
        "http://testserver/u/anna",
        "http://testserver/g/anna",
    ]
    assert response.json()["aliases"][0] == "http://testserver/u/anna"


@pytest.mark.parametrize(
    ("resource", "href"),
    [
        ("http://testserver/u/anna", "http://testserver/u/anna"),
        ("http://testserver/g/anna", "http://testserver/g/anna"),
        ("ANNA@TESTSERVER", "http://testserver/u/anna"),
        ("http://testserver/actor", "http://testserver/actor"),
        ("acct:testserver@testserver", "http://testserver/actor"),
    ],
)
async def test_webfinger_accepts_actor_urls_and_bare_handles(
    client: httpx.AsyncClient, settings: Settings, resource: str, href: str
) -> None:
    await make_group(None, slug="anna")
    await make_user(settings, "anna")
    response = await client.get(WEBFINGER, params={"resource": resource})
    assert response.status_code == 200
    assert self_links(response.json())[0]["href"] == href


@pytest.mark.parametrize(
    "resource",
    [
        "acct:nobody@testserver",
        "acct:anna@elsewhere.example",
        "https://elsewhere.example/u/anna",
        "http://testserver/p/1",
        "acct:anna@remote.example@testserver",
    ],
)
async def test_webfinger_unknown_or_remote_is_404_json(
    client: httpx.AsyncClient, settings: Settings, resource: str
) -> None:
    await make_user(settings, "anna")
    # A remote person stored here is never answered for as ours.
    await User.create(username="anna@remote.example", name="Anna", domain="remote.example",
                      ap_id="https://remote.example/u/anna")  # fmt: skip
    response = await client.get(WEBFINGER, params={"resource": resource})
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert response.json()["message"]


@pytest.mark.parametrize("resource", [None, "", "acct:", "acct:anna", "acct:@testserver", "a b@c"])
async def test_webfinger_malformed_resource_is_400(
    client: httpx.AsyncClient, resource: str | None
) -> None:
    params = {} if resource is None else {"resource": resource}
    response = await client.get(WEBFINGER, params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


async def test_nodeinfo_links_to_2_1(client: httpx.AsyncClient) -> None:
    response = await client.get("/.well-known/nodeinfo")
    [link] = response.json()["links"]
    assert link["rel"] == "http://nodeinfo.diaspora.software/ns/schema/2.1"
    assert link["href"] == "http://testserver/nodeinfo/2.1"


async def test_nodeinfo_counts_local_people_and_writing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    before = (await client.get("/nodeinfo/2.1")).json()
    assert before["version"] == "2.1"
    assert before["software"] == {"name": "polder", "version": "0.1.0"}
    assert before["protocols"] == ["activitypub"]
    assert before["usage"] == {
        "users": {"total": 1, "activeMonth": 1, "activeHalfyear": 1},
        "localPosts": 0,
        "localComments": 0,
    }
    assert before["metadata"]["nodeName"] == "Polder Gelderland"
    assert before["metadata"]["region"] == "Gelderland"
    assert before["openRegistrations"] is True

    anna = await make_user(settings, "anna")
    await User.create(username="bob@remote.example", name="Bob", domain="remote.example")
    post = await posts.create_post(anna, await make_group(anna), "Titel", "Tekst")
    await posts.create_reply(anna, post, "Eens")
    gone = await posts.create_reply(anna, post, "Weg ermee")
    await posts.delete_reply(anna, gone)
    await InstanceSettings.filter(id=1).update(open_registration=False)

    after = (await client.get("/nodeinfo/2.1")).json()
    assert after["usage"]["users"]["total"] == 2
    assert after["usage"]["localPosts"] == 1
    assert after["usage"]["localComments"] == 1
    assert after["openRegistrations"] is False


async def test_nodeinfo_active_counts_follow_last_writing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await make_user(settings, "anna")
    await User.filter(username__in=("anna", "beheer")).update(
        created_at=now() - timedelta(days=400)
    )
    group = await make_group(anna)
    post = await posts.create_post(anna, group, "Titel", "Tekst")
    await Post.filter(id=post.id).update(created_at=now() - timedelta(days=90))
    users = (await client.get("/nodeinfo/2.1")).json()["usage"]["users"]
    assert users == {"total": 2, "activeMonth": 0, "activeHalfyear": 1}


async def test_host_meta_points_to_webfinger(client: httpx.AsyncClient) -> None:
    response = await client.get("/.well-known/host-meta")
    assert response.headers["content-type"].startswith("application/xrd+xml")
    link = ET.fromstring(response.text).find("{http://docs.oasis-open.org/ns/xri/xrd-1.0}Link")
    assert link is not None
    assert link.get("rel") == "lrdd"
    template = "http://testserver/.well-known/webfinger?resource={uri}"
    assert link.get("template") == template
    as_json = (await client.get("/.well-known/host-meta.json")).json()
    assert as_json["links"] == [{"rel": "lrdd", "template": template}]


async def test_remote_group_is_not_found_by_webfinger(client: httpx.AsyncClient) -> None:
    await Group.create(slug="veen@remote.example", title="Veen", area="Veen",
                       domain="remote.example", ap_id="https://remote.example/g/veen")  # fmt: skip
    response = await client.get(
        WEBFINGER, params={"resource": "acct:veen@remote.example@testserver"}
    )
    assert response.status_code == 404
