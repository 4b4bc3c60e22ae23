"""Finding a group of another instance by its address (WebFinger against a real loopback
server), joining it from the web and the API, and posting in it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiohttp import web

from federation import crypto
from server.config import Settings
from server.models import Activity, Delivery, Group, Membership, Post, User
from tests.conftest import (
    api_headers,
    csrf_token,
    login,
    make_group,
    make_remote_user,
    make_user,
)


class Elsewhere:
    """Another instance with one group, `main`, found through WebFinger."""

    def __init__(self) -> None:
        self.base = ""
        self.public_pem = crypto.generate_key_pair()[1]

    @property
    def host(self) -> str:
        return self.base.removeprefix("http://")

    def group(self) -> dict[str, Any]:
        actor = f"{self.base}/c/main"
        return {
            "@context": "https://www.w3.org/ns/activitystreams",
            "type": "Group", "id": actor, "preferredUsername": "main",
            "name": "Waterschap Vallei", "summary": "<p>Over het <b>waterpeil</b>.</p>",
            "inbox": f"{actor}/inbox", "followers": f"{actor}/followers",
            "endpoints": {"sharedInbox": f"{self.base}/inbox"},
            "publicKey": {"id": f"{actor}#main-key", "owner": actor,
                          "publicKeyPem": self.public_pem},
        }  # fmt: skip

    async def webfinger(self, request: web.Request) -> web.Response:
        if request.query.get("resource") != f"acct:main@{self.host}":
            return web.Response(status=404)
        links = [
            {"rel": "self", "type": "application/activity+json", "href": f"{self.base}/c/main"}
        ]
        document = {"subject": f"acct:main@{self.host}", "links": links}
        return web.Response(body=json.dumps(document), content_type="application/jrd+json")

    async def actor(self, request: web.Request) -> web.Response:
        return web.Response(body=json.dumps(self.group()), content_type="application/activity+json")


@pytest.fixture
async def elsewhere() -> AsyncIterator[Elsewhere]:
    server = Elsewhere()
    app = web.Application()
    app.router.add_get("/.well-known/webfinger", server.webfinger)
    app.router.add_get("/c/main", server.actor)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    server.base = f"http://{host}:{port}"
    yield server
    await runner.cleanup()


@pytest.fixture
async def anna(settings: Settings) -> User:
    return await make_user(settings, "anna")


async def follows() -> list[tuple[dict[str, Any], str]]:
    rows = await Delivery.filter(activity__type="Follow").select_related("activity")
    return [(row.activity.payload, row.inbox_url) for row in rows]


async def test_a_remote_group_is_found_and_joined_from_the_web(
    client: httpx.AsyncClient, anna: User, elsewhere: Elsewhere
) -> None:
    await login(client, "anna")
    page = await client.get("/groups/lookup", params={"q": f"!main@{elsewhere.host}"})

    assert page.status_code == 200
    assert "Waterschap Vallei" in page.text
    assert f"!main@{elsewhere.host}" in page.text
    assert f"van {elsewhere.host}" in page.text
    group = await Group.get(ap_id=f"{elsewhere.base}/c/main")
    assert (group.slug, group.domain) == (f"main@{elsewhere.host}", elsewhere.host)

    token = await csrf_token(client, f"/groups/lookup?q=!main@{elsewhere.host}")
    joined = await client.post(
        "/groups/lookup/join", data={"csrf_token": token, "group": group.slug}
    )
    assert joined.status_code == 303
    assert joined.headers["location"] == f"/g/{group.slug}"
    member = await Membership.get(user=anna, group=group)
    assert not member.accepted and member.follow_ap_id
    [(follow, inbox)] = await follows()
    assert inbox == f"{elsewhere.base}/c/main/inbox"
    assert (follow["id"], follow["object"]) == (member.follow_ap_id, group.ap_id)

    # The group's page here says where it is from; the lookup says the request waits.
    group_page = await client.get(f"/g/{group.slug}")
    assert group_page.status_code == 200
    assert f"van {elsewhere.host}" in group_page.text
    again = await client.get("/groups/lookup", params={"q": f"main@{elsewhere.host}"})
    assert "De server van de groep moet dat nog goedkeuren." in again.text


async def test_lookup_explains_what_it_cannot_find(
    client: httpx.AsyncClient, anna: User, elsewhere: Elsewhere
) -> None:
    await login(client, "anna")
    missing = await client.get("/groups/lookup", params={"q": f"!weg@{elsewhere.host}"})
    assert missing.status_code == 404
    assert "Op dit adres is niets gevonden." in missing.text
    assert 'aria-invalid="true"' in missing.text
    assert f'value="!weg@{elsewhere.host}"' in missing.text
    nonsense = await client.get("/groups/lookup", params={"q": "zomaar wat"})
    assert nonsense.status_code == 422
    assert "Dit is geen adres van een groep of persoon." in nonsense.text
    assert await Group.filter(domain=elsewhere.host).count() == 0


async def test_lookup_of_an_address_here_finds_the_local_group(
    client: httpx.AsyncClient, anna: User
) -> None:
    await make_group(anna)
    await login(client, "anna")
    page = await client.get("/groups/lookup", params={"q": "!gelderse-vallei@testserver"})
    assert page.status_code == 200
    assert 'href="/g/gelderse-vallei"' in page.text


async def test_only_people_with_an_account_may_make_this_server_ask_others(
    client: httpx.AsyncClient, elsewhere: Elsewhere
) -> None:
    page = await client.get("/groups/lookup", params={"q": f"!main@{elsewhere.host}"})
    assert page.status_code == 303
    assert page.headers["location"].startswith("/login?next=")
    assert await Group.filter(domain=elsewhere.host).count() == 0
    form = await client.get("/groups/lookup")
    assert form.status_code == 200 and 'name="q"' in form.text
    assert 'href="/groups/lookup"' in (await client.get("/groups")).text


async def test_the_api_looks_up_and_joins_a_remote_group(
    client: httpx.AsyncClient, anna: User, elsewhere: Elsewhere
) -> None:
    headers = await api_headers(anna)
    refused = await client.post("/api/v1/lookup", json={"q": f"!main@{elsewhere.host}"})
    assert refused.status_code == 401

    found = await client.post(
        "/api/v1/lookup", json={"q": f"!main@{elsewhere.host}"}, headers=headers
    )
    assert found.status_code == 200, found.text
    assert found.json() == {
        "kind": "group",
        "name": f"main@{elsewhere.host}",
        "title": "Waterschap Vallei",
        "home": elsewhere.host,
        "url": f"http://testserver/g/main@{elsewhere.host}",
        "actor_id": f"{elsewhere.base}/c/main",
    }

    joined = await client.put(f"/api/v1/groups/main@{elsewhere.host}/membership", headers=headers)
    assert joined.status_code == 201, joined.text
    assert not (await Membership.get(user=anna)).accepted
    assert [inbox for _, inbox in await follows()] == [f"{elsewhere.base}/c/main/inbox"]

    bad = await client.post("/api/v1/lookup", json={"q": "zomaar wat"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["error"] == "invalid"
    unknown = await client.post("/api/v1/lookup", json={"q": 3}, headers=headers)
    assert unknown.status_code == 400


async def test_posting_in_a_joined_remote_group_federates_a_create(
    client: httpx.AsyncClient, anna: User, elsewhere: Elsewhere
) -> None:
    await login(client, "anna")
    await client.get("/groups/lookup", params={"q": f"!main@{elsewhere.host}"})
    group = await Group.get(ap_id=f"{elsewhere.base}/c/main")
    await Membership.create(user=anna, group=group, accepted=True)

    token = await csrf_token(client, f"/g/{group.slug}/new")
    sent = await client.post(
        f"/g/{group.slug}/new",
        data={"csrf_token": token, "title": "Waterpeil", "body": "Het peil is te laag."},
    )
    assert sent.status_code == 303
    post = await Post.get(group=group)
    [delivery] = await Delivery.filter(activity__type="Create").select_related("activity")
    assert delivery.inbox_url == f"{elsewhere.base}/c/main/inbox"
    assert delivery.activity.payload["object"]["id"] == f"http://testserver/p/{post.id}"
    assert delivery.signer == f"user:{anna.id}"
    assert await Activity.filter(type="Announce").count() == 0


async def test_remote_authors_show_their_home_instance(
    client: httpx.AsyncClient, anna: User
) -> None:
    group = await make_group(anna)
    kees = await make_remote_user("b.example", "kees")
    post = await Post.create(
        group=group, author=kees, title="Droogte", body="x", body_html="<p>x</p>",
        created_at=group.created_at, ap_id="https://b.example/post/1",
    )  # fmt: skip
    feed = await client.get("/g/gelderse-vallei")
    assert "van b.example" in feed.text
    thread = await client.get(f"/p/{post.id}")
    assert "van b.example" in thread.text


async def test_joining_needs_the_form_token_and_a_known_group(
    client: httpx.AsyncClient, anna: User
) -> None:
    await login(client, "anna")
    group = await Group.create(
        slug="main@lemmy.example", title="Main", area="", domain="lemmy.example",
        ap_id="https://lemmy.example/c/main", inbox_url="https://lemmy.example/c/main/inbox",
    )  # fmt: skip
    forged = await client.post("/groups/lookup/join", data={"group": group.slug})
    assert forged.status_code == 403
    token = await csrf_token(client, "/groups/lookup")
    unknown = await client.post(
        "/groups/lookup/join", data={"csrf_token": token, "group": "weg@lemmy.example"}
    )
    assert unknown.status_code == 404
    assert await Membership.all().count() == 0
    assert await Activity.all().count() == 0
