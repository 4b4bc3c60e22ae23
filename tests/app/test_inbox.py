"""Receiving: real signed POSTs to the in-process app; the sender's actor document is served by a
real aiohttp server on a loopback port, which `remote_actors` fetches (development mode)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from cryptography.hazmat.primitives.asymmetric import rsa

from federation.signatures import generate_key_pair, load_private_key, sign_request
from server.config import Settings
from server.models import Group, InboxMessage, JobState, RemoteInstance, User
from tests.conftest import make_group, make_user

ACTIVITY_JSON = "application/activity+json"


@dataclass
class RemoteActor:
    name: str
    base: str
    private_pem: str
    public_pem: str
    kind: str = "Person"
    fields: list[dict[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.base}/users/{self.name}"

    @property
    def key_id(self) -> str:
        return f"{self.id}#main-key"

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        return load_private_key(self.private_pem)

    def document(self) -> dict[str, Any]:
        return {
            "@context": ["https://www.w3.org/ns/activitystreams"],
            "type": self.kind,
            "id": self.id,
            "preferredUsername": self.name,
            "name": f"{self.name.capitalize()} de Vries",
            "summary": "<p>Melkveehouder &amp; buurman</p>",
            "inbox": f"{self.id}/inbox",
            "outbox": f"{self.id}/outbox",
            "followers": f"{self.id}/followers",
            "endpoints": {"sharedInbox": f"{self.base}/inbox"},
            "publicKey": {"id": self.key_id, "owner": self.id, "publicKeyPem": self.public_pem},
            "attachment": self.fields,
        }

    def rotate(self) -> None:
        self.private_pem, self.public_pem = generate_key_pair()


@dataclass
class RemoteServer:
    """Another fediverse server: serves its actors' documents and WebFinger, counts fetches."""

    base: str = ""
    actors: dict[str, RemoteActor] = field(default_factory=dict)
    fetches: list[str] = field(default_factory=list)
    raw: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return self.base.removeprefix("http://")

    def add(self, name: str, kind: str = "Person", **kwargs: Any) -> RemoteActor:
        private_pem, public_pem = generate_key_pair()
        actor = RemoteActor(name, self.base, private_pem, public_pem, kind, **kwargs)
        self.actors[name] = actor
        return actor

    async def actor(self, request: web.Request) -> web.Response:
        self.fetches.append(request.path)
        name = request.match_info["name"]
        if name in self.raw:
            return web.json_response(self.raw[name], content_type=ACTIVITY_JSON)
        if name not in self.actors:
            return web.json_response({"error": "gone"}, status=410)
        return web.json_response(self.actors[name].document(), content_type=ACTIVITY_JSON)

    async def webfinger(self, request: web.Request) -> web.Response:
        resource = request.query.get("resource", "")
        name = resource.removeprefix("acct:").split("@", 1)[0]
        if name not in self.actors:
            return web.json_response({}, status=404)
        link = {"rel": "self", "type": ACTIVITY_JSON, "href": self.actors[name].id}
        return web.json_response(
            {"subject": resource, "links": [link]}, content_type="application/jrd+json"
        )


@pytest.fixture
async def remote() -> AsyncIterator[RemoteServer]:
    server = RemoteServer()
    app = web.Application()
    app.router.add_get("/users/{name}", server.actor)
    app.router.add_get("/.well-known/webfinger", server.webfinger)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    server.base = f"http://127.0.0.1:{test_server.port}"
    try:
        yield server
    finally:
        await test_server.close()


def follow_of(actor: RemoteActor, target: str, number: int = 1) -> dict[str, Any]:
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{actor.base}/activities/follow/{number}",
        "type": "Follow",
        "actor": actor.id,
        "object": target,
    }


def signed_headers(
    path: str,
    body: bytes,
    actor: RemoteActor,
    *,
    key: rsa.RSAPrivateKey | None = None,
    now: datetime | None = None,
) -> dict[str, str]:
    headers = sign_request(
        method="POST",
        url=f"http://testserver{path}",
        key_id=actor.key_id,
        private_key=key or actor.private_key,
        now=now or datetime.now(UTC),
        body=body,
    )
    return {**headers, "Content-Type": ACTIVITY_JSON}


async def post_signed(
    client: httpx.AsyncClient,
    actor: RemoteActor,
    activity: dict[str, Any],
    path: str = "/inbox",
    **kwargs: Any,
) -> httpx.Response:
    body = json.dumps(activity).encode()
    return await client.post(
        path, content=body, headers=signed_headers(path, body, actor, **kwargs)
    )


@pytest.fixture
async def group(settings: Settings, client: httpx.AsyncClient) -> Group:
    return await make_group(await make_user(settings, "anna"))


def group_url(group: Group) -> str:
    return f"http://testserver/g/{group.slug}"


def assert_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "message"} and body["message"]


# Accepted ----------------------------------------------------------------------------------


async def test_valid_activity_is_stored_queued_and_answered_202(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan", fields=[{"type": "PropertyValue", "name": "Organisatie",
                                       "value": "LTO Noord"}])  # fmt: skip
    activity = follow_of(actor, group_url(group))
    response = await post_signed(client, actor, activity)
    assert response.status_code == 202, response.text
    message = await InboxMessage.get(ap_id=activity["id"])
    assert message.state == JobState.QUEUED
    assert message.payload == activity
    assert message.signer_key_id == actor.key_id
    person = await User.get(ap_id=actor.id)
    assert person.username == f"jan@{remote.host}"
    assert (person.domain, person.organisation, person.name) == (
        remote.host, "LTO Noord", "Jan de Vries"
    )  # fmt: skip
    assert await RemoteInstance.exists(host=remote.host)
    # Nothing is applied while the request is answered.
    assert not await group.memberships.filter(user=person).exists()


async def test_personal_and_group_inboxes_accept_too(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    first = await post_signed(client, actor, follow_of(actor, group_url(group)), "/u/anna/inbox")
    second = await post_signed(
        client, actor, follow_of(actor, group_url(group), 2), f"/g/{group.slug}/inbox"
    )
    assert (first.status_code, second.status_code) == (202, 202)
    assert await InboxMessage.all().count() == 2


async def test_inbox_of_unknown_person_is_404(
    client: httpx.AsyncClient, remote: RemoteServer
) -> None:
    actor = remote.add("jan")
    response = await post_signed(client, actor, follow_of(actor, "http://testserver/u/nobody"),
                                 "/u/nobody/inbox")  # fmt: skip
    assert_error(response, 404)
    assert not await InboxMessage.exists()


async def test_duplicate_is_accepted_and_stored_once(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    activity = follow_of(actor, group_url(group))
    assert (await post_signed(client, actor, activity)).status_code == 202
    assert (await post_signed(client, actor, activity)).status_code == 202
    assert await InboxMessage.filter(ap_id=activity["id"]).count() == 1
    # The key was cached: the actor document was fetched once.
    assert remote.fetches == ["/users/jan"]


async def test_rotated_key_is_fetched_again_once(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    assert (
        await post_signed(client, actor, follow_of(actor, group_url(group), 1))
    ).status_code == 202
    actor.rotate()
    response = await post_signed(client, actor, follow_of(actor, group_url(group), 2))
    assert response.status_code == 202, response.text
    assert remote.fetches == ["/users/jan", "/users/jan"]
    assert (await User.get(ap_id=actor.id)).public_key_pem == actor.public_pem


# Refused -----------------------------------------------------------------------------------


async def test_tampered_body_is_401(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    body = json.dumps(follow_of(actor, group_url(group))).encode()
    headers = signed_headers("/inbox", body, actor)
    tampered = body.replace(b"Follow", b"Flag__")
    assert_error(await client.post("/inbox", content=tampered, headers=headers), 401)
    assert not await InboxMessage.exists()


async def test_wrong_key_is_401_after_one_refetch(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    other = load_private_key(generate_key_pair()[0])
    response = await post_signed(client, actor, follow_of(actor, group_url(group)), key=other)
    assert_error(response, 401)
    assert remote.fetches == ["/users/jan", "/users/jan"]
    assert not await InboxMessage.exists()


async def test_expired_date_is_401_before_any_fetch(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    old = datetime.now(UTC) - timedelta(hours=3)
    response = await post_signed(client, actor, follow_of(actor, group_url(group)), now=old)
    assert_error(response, 401)
    assert remote.fetches == []


async def test_key_of_another_actor_is_401(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    jan, piet = remote.add("jan"), remote.add("piet")
    activity = follow_of(piet, group_url(group))  # piet's activity, signed by jan
    assert_error(await post_signed(client, jan, activity), 401)
    assert not await InboxMessage.exists()


async def test_id_on_another_host_than_its_actor_is_403(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    activity = {**follow_of(actor, group_url(group)), "id": "https://elsewhere.example/f/1"}
    assert_error(await post_signed(client, actor, activity), 403)
    assert not await InboxMessage.exists()


async def test_blocked_instance_is_403_without_fetching(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    await RemoteInstance.create(host=remote.host, blocked=True)
    assert_error(await post_signed(client, actor, follow_of(actor, group_url(group))), 403)
    assert remote.fetches == [] and not await InboxMessage.exists()


async def test_unreachable_signer_is_401(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    actor.base = "http://127.0.0.1:9"  # nothing listens on the discard port
    assert_error(await post_signed(client, actor, follow_of(actor, group_url(group))), 401)


async def test_deleted_unknown_actor_is_202_without_storing(
    client: httpx.AsyncClient, remote: RemoteServer
) -> None:
    actor = remote.add("jan")
    del remote.actors["jan"]  # its server now answers 410 Gone
    activity = {"id": f"{actor.id}#delete", "type": "Delete", "actor": actor.id, "object": actor.id}
    assert (await post_signed(client, actor, activity)).status_code == 202
    assert not await InboxMessage.exists()


async def test_non_json_is_400(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    body = b"<html>not json</html>"
    response = await client.post(
        "/inbox", content=body, headers=signed_headers("/inbox", body, actor)
    )
    assert_error(response, 400)
    headers = {**signed_headers("/inbox", b"{}", actor), "Content-Type": "text/plain"}
    assert_error(await client.post("/inbox", content=b"{}", headers=headers), 400)
    assert remote.fetches == []


async def test_activity_without_actor_is_400(
    client: httpx.AsyncClient, remote: RemoteServer
) -> None:
    actor = remote.add("jan")
    activity = {"id": f"{actor.base}/a/1", "type": "Follow", "object": "http://testserver/g/x"}
    assert_error(await post_signed(client, actor, activity), 400)


async def test_unsigned_and_badly_rfc9421_signed_are_401(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    body = json.dumps(follow_of(actor, group_url(group))).encode()
    plain = {"Content-Type": ACTIVITY_JSON}
    assert_error(await client.post("/inbox", content=body, headers=plain), 401)
    rfc9421 = {
        **plain,
        "Signature-Input": f'sig1=("@method" "@target-uri");created=1;keyid="{actor.key_id}"',
        "Signature": "sig1=:c2lnbmF0dXJl:",
    }
    response = await client.post("/inbox", content=body, headers=rfc9421)
    assert_error(response, 401)
    assert "signature" in response.json()["message"]
    assert await InboxMessage.all().count() == 0


async def test_declared_oversized_body_is_413_before_reading(
    client: httpx.AsyncClient, remote: RemoteServer
) -> None:
    consumed: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for number in range(40):
            consumed.append(number)
            yield b" " * 65536

    headers = {"Content-Type": ACTIVITY_JSON, "Content-Length": str(40 * 65536)}
    assert_error(await client.post("/inbox", content=chunks(), headers=headers), 413)
    assert len(consumed) <= 1


async def test_streamed_oversized_body_is_413_while_reading(
    client: httpx.AsyncClient, remote: RemoteServer
) -> None:
    consumed: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for number in range(64):  # 4 MB, without a Content-Length
            consumed.append(number)
            yield b" " * 65536

    response = await client.post(
        "/inbox", content=chunks(), headers={"Content-Type": ACTIVITY_JSON}
    )
    assert_error(response, 413)
    assert 16 <= len(consumed) < 64
