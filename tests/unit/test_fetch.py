"""The guarded client against a real aiohttp server on a loopback port (no mocked HTTP)."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation import signatures
from federation.errors import (
    BadContentType,
    BadResponse,
    FetchTimeout,
    ForbiddenAddress,
    ForbiddenURL,
    HTTPStatusError,
    ResponseTooLarge,
    TooManyRedirects,
)
from federation.fetch import (
    FetchPolicy,
    GuardedClient,
    GuardedResolver,
    check_url,
    is_activity_json,
    refusal_reason,
)

AS_JSON = "application/activity+json"
ACTOR = {"id": "https://a.example/u/anna", "type": "Person"}
KEY = signatures.generate_private_key()
DEV = FetchPolicy(dev=True, total_timeout=2.0, connect_timeout=1.0, max_bytes=64 * 1024)


class State:
    """What the test server saw."""

    never: asyncio.Event
    streamed_to_end = False
    signed_ok: list[str]


STATE = web.AppKey("state", State)


async def _actor(request: web.Request) -> web.Response:
    kind = request.query.get("type", AS_JSON)
    return web.Response(body=json.dumps(ACTOR).encode(), headers={"Content-Type": kind})


async def _redirect(request: web.Request) -> web.Response:
    hops = int(request.match_info["hops"])
    target = "/actor" if hops == 0 else f"/redirect/{hops - 1}"
    raise web.HTTPFound(target)


async def _redirect_to(request: web.Request) -> web.Response:
    raise web.HTTPFound(request.query["to"])


async def _hang(request: web.Request) -> web.Response:
    await request.app[STATE].never.wait()
    return web.Response(text="never")


async def _big_declared(request: web.Request) -> web.Response:
    return web.Response(body=b"x" * (DEV.max_bytes + 1), content_type=AS_JSON)


async def _big_streamed(request: web.Request) -> web.StreamResponse:
    # Chunked, no Content-Length: the client must count while reading. 100 MB would take the
    # client seconds and memory to read in full; it must stop after the first 64 KB.
    response = web.StreamResponse(headers={"Content-Type": AS_JSON})
    await response.prepare(request)
    for _ in range(1600):
        await response.write(b"x" * 64 * 1024)
    request.app[STATE].streamed_to_end = True
    return response


async def _signed(request: web.Request) -> web.Response:
    incoming = signatures.IncomingRequest(
        method=request.method, path=request.path_qs, headers=request.headers,
        body=await request.read(),
    )  # fmt: skip
    try:
        key_id = signatures.verify_request(incoming, KEY.public_key(), now=datetime.now(UTC))
    except signatures.BadSignature:
        return web.Response(status=401)
    except signatures.MissingHeader:
        return web.Response(status=401)
    request.app[STATE].signed_ok.append(key_id)
    return web.Response(body=json.dumps(ACTOR).encode(), content_type=AS_JSON)


async def _big_html(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    for _ in range(1600):
        await response.write(b"<p>" * 16 * 1024)
    return response


async def _post_redirect(request: web.Request) -> web.Response:
    raise web.HTTPTemporaryRedirect("/signed")


async def _array(request: web.Request) -> web.Response:
    return web.Response(text="[1, 2]", content_type=AS_JSON)


async def _broken(request: web.Request) -> web.Response:
    return web.Response(text="{nope", content_type=AS_JSON)


async def _gone(request: web.Request) -> web.Response:
    return web.Response(status=410)


@pytest.fixture
async def server() -> AsyncIterator[TestServer]:
    app = web.Application()
    state = State()
    state.never = asyncio.Event()
    state.signed_ok = []
    app[STATE] = state
    app.router.add_get("/actor", _actor)
    app.router.add_get("/redirect/{hops}", _redirect)
    app.router.add_get("/redirect-to", _redirect_to)
    app.router.add_get("/hang", _hang)
    app.router.add_get("/big", _big_declared)
    app.router.add_get("/stream", _big_streamed)
    app.router.add_route("*", "/signed", _signed)
    app.router.add_get("/array", _array)
    app.router.add_get("/big-html", _big_html)
    app.router.add_post("/post-redirect", _post_redirect)
    app.router.add_get("/broken", _broken)
    app.router.add_get("/gone", _gone)
    test_server = TestServer(app, host="127.0.0.1", port=0)
    await test_server.start_server()
    yield test_server
    state.never.set()
    await test_server.close()


def url(server: TestServer, path: str) -> str:
    return f"http://127.0.0.1:{server.port}{path}"


async def fetch(server: TestServer, path: str, policy: FetchPolicy = DEV) -> dict[str, object]:
    async with GuardedClient(policy) as client:
        return await client.get_activity(url(server, path))


# Content type and parsing -------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [AS_JSON, 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"',
     "application/activity+json; charset=utf-8", "application/ld+json"],
)  # fmt: skip
async def test_activity_json_is_parsed(server: TestServer, kind: str) -> None:
    assert await fetch(server, "/actor?type=" + quote(kind)) == ACTOR


@pytest.mark.parametrize(
    "kind", ["text/html", "application/json", 'application/ld+json; profile="https://x.example"']
)
async def test_other_content_types_are_refused(server: TestServer, kind: str) -> None:
    with pytest.raises(BadContentType):
        await fetch(server, "/actor?type=" + quote(kind))


async def test_content_type_is_checked_before_the_body_is_read(server: TestServer) -> None:
    # 100 MB of HTML: refused for its type, not read up to the size limit first.
    with pytest.raises(BadContentType):
        await fetch(server, "/big-html")


async def test_get_json_refuses_html(server: TestServer) -> None:
    async with GuardedClient(DEV) as client:
        with pytest.raises(BadContentType):
            await client.get_json(url(server, "/actor?type=text/html"))


async def test_post_does_not_follow_redirects(server: TestServer) -> None:
    async with GuardedClient(DEV) as client:
        with pytest.raises(HTTPStatusError) as caught:
            await client.post(url(server, "/post-redirect"), b"{}")
    assert caught.value.status == 307
    assert server.app[STATE].signed_ok == []


async def test_non_object_and_broken_json_are_bad_responses(server: TestServer) -> None:
    with pytest.raises(BadResponse):
        await fetch(server, "/array")
    with pytest.raises(BadResponse):
        await fetch(server, "/broken")


async def test_error_status_carries_the_code(server: TestServer) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        await fetch(server, "/gone")
    assert caught.value.status == 410


async def test_get_json_accepts_plain_json(server: TestServer) -> None:
    async with GuardedClient(DEV) as client:
        document = await client.get_json(
            url(server, "/actor?type=" + quote("application/jrd+json"))
        )
    assert document == ACTOR


# Limits -------------------------------------------------------------------------------------


async def test_declared_size_over_limit_is_refused(server: TestServer) -> None:
    with pytest.raises(ResponseTooLarge, match="declares"):
        await fetch(server, "/big")


async def test_streamed_size_over_limit_stops_reading(server: TestServer) -> None:
    with pytest.raises(ResponseTooLarge, match="exceeds"):
        await fetch(server, "/stream")
    assert server.app[STATE].streamed_to_end is False


async def test_total_timeout(server: TestServer) -> None:
    policy = FetchPolicy(dev=True, total_timeout=0.3)
    with pytest.raises(FetchTimeout):
        await fetch(server, "/hang", policy)


async def test_connect_timeout_on_a_full_listen_queue() -> None:
    # A listening socket that never accepts: once its backlog is full the kernel drops SYNs,
    # so connecting hangs until the connect timeout (a real socket, not a mock).
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        port = listener.getsockname()[1]
        policy = FetchPolicy(dev=True, connect_timeout=0.2, total_timeout=5.0)
        async with GuardedClient(policy) as client:
            with pytest.raises(FetchTimeout):
                await client.get_activity(f"http://127.0.0.1:{port}/")
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


async def test_redirects_up_to_the_limit_are_followed(server: TestServer) -> None:
    assert await fetch(server, "/redirect/2", FetchPolicy(dev=True, max_redirects=3)) == ACTOR


async def test_too_many_redirects(server: TestServer) -> None:
    with pytest.raises(TooManyRedirects):
        await fetch(server, "/redirect/4", FetchPolicy(dev=True, max_redirects=3))


@pytest.mark.parametrize(
    "target",
    ["http://10.0.0.1/actor", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
     "http://[fd00::1]/", "gopher://127.0.0.1/"],
)  # fmt: skip
async def test_each_redirect_target_is_rechecked(server: TestServer, target: str) -> None:
    with pytest.raises((ForbiddenAddress, ForbiddenURL)):
        await fetch(server, f"/redirect-to?to={target}")


# Address guard through the client -----------------------------------------------------------


async def test_production_refuses_plain_http(server: TestServer) -> None:
    with pytest.raises(ForbiddenURL):
        await fetch(server, "/actor", FetchPolicy())


async def test_production_refuses_loopback_literal(server: TestServer) -> None:
    async with GuardedClient(FetchPolicy()) as client:
        with pytest.raises(ForbiddenAddress, match="loopback"):
            await client.get_activity(f"https://127.0.0.1:{server.port}/actor")


async def test_production_refuses_a_name_resolving_to_loopback(server: TestServer) -> None:
    async with GuardedClient(FetchPolicy()) as client:
        with pytest.raises(ForbiddenAddress, match="loopback"):
            await client.get_activity(f"https://localhost:{server.port}/actor")


async def test_development_allows_localhost_by_name(server: TestServer) -> None:
    async with GuardedClient(DEV) as client:
        assert await client.get_activity(f"http://localhost:{server.port}/actor") == ACTOR


async def test_development_still_refuses_private_addresses() -> None:
    async with GuardedClient(DEV) as client:
        with pytest.raises(ForbiddenAddress, match="private"):
            await client.get_activity("http://192.168.1.1/actor")


async def test_resolver_refuses_before_connecting() -> None:
    resolver = GuardedResolver(allow_loopback=False)
    try:
        with pytest.raises(ForbiddenAddress):
            await resolver.resolve("localhost", 443)
    finally:
        await resolver.close()


@pytest.mark.parametrize(
    "target",
    ["ftp://example.com/", "https://user:pw@example.com/", "https:///nohost", "https://x:0/",
     "https://example.com:99999/", "javascript:alert(1)"],
)  # fmt: skip
def test_bad_urls(target: str) -> None:
    with pytest.raises(ForbiddenURL):
        check_url(target, dev=True)


# Signed GET ---------------------------------------------------------------------------------


async def test_signed_get_verifies_at_the_server(server: TestServer) -> None:
    signer = signatures.RequestSigner("http://127.0.0.1/actor#main-key", KEY)
    async with GuardedClient(DEV, signer=signer) as client:
        assert await client.get_activity(url(server, "/signed?x=1")) == ACTOR
        with pytest.raises(HTTPStatusError) as caught:
            await client.get_activity(url(server, "/signed"), sign=False)
    assert caught.value.status == 401
    assert server.app[STATE].signed_ok == ["http://127.0.0.1/actor#main-key"]


async def test_signed_post_carries_a_verifiable_digest(server: TestServer) -> None:
    signer = signatures.RequestSigner("http://127.0.0.1/actor#main-key", KEY)
    async with GuardedClient(DEV, signer=signer) as client:
        response = await client.post(url(server, "/signed"), b'{"type": "Follow"}')
    assert response.status == 200
    assert server.app[STATE].signed_ok == ["http://127.0.0.1/actor#main-key"]


# Address classification ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.0.1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("::ffff:169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "not globally routable"),
        ("100.127.255.254", "not globally routable"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("fd12:3456::1", "private"),
        ("fc00::1", "private"),
        ("2002:7f00:1::", "loopback"),
        ("2002:c0a8:0101::", "private"),
        ("64:ff9b::a9fe:a9fe", "link-local"),
        ("240.0.0.1", "private"),
        ("255.255.255.255", "private"),
        ("192.0.2.1", "private"),
    ],
)
def test_forbidden_addresses(address: str, reason: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:1.1.1.1", "100.128.0.1"]
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


def test_loopback_only_exception_in_development() -> None:
    for address in ("127.0.0.1", "::1", "::ffff:127.0.0.1"):
        assert refusal_reason(ipaddress.ip_address(address), allow_loopback=True) is None
    for address in ("10.0.0.1", "169.254.169.254", "fd00::1", "0.0.0.0"):
        assert refusal_reason(ipaddress.ip_address(address), allow_loopback=True) is not None


def test_activity_json_content_types() -> None:
    assert is_activity_json("application/activity+json")
    assert is_activity_json(
        'application/ld+json;profile="https://www.w3.org/ns/activitystreams https://x.example/p"'
    )
    assert not is_activity_json("application/json")
    assert not is_activity_json("")


# SSRF targets through every method of the client (production mode) ---------------------------

SSRF_LITERALS = [
    "127.0.0.1", "10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0",
    "[::ffff:169.254.169.254]", "[fd00::1]", "192.168.1.1:8080", "[64:ff9b::a9fe:a9fe]",
]  # fmt: skip


@pytest.mark.parametrize("host", SSRF_LITERALS)
async def test_production_refuses_internal_literals_for_every_method(host: str) -> None:
    """Refused before any connection: no packet leaves for these addresses."""
    async with GuardedClient(FetchPolicy()) as client:
        with pytest.raises(ForbiddenAddress):
            await client.get_activity(f"https://{host}/actor")
        with pytest.raises(ForbiddenAddress):
            await client.get_json(f"https://{host}/.well-known/webfinger?resource=acct:a@b")
        with pytest.raises(ForbiddenAddress):
            await client.post(f"https://{host}/inbox", b"{}")


class _FakeDNS:
    """Answers every name with the given addresses, like a resolver an attacker controls."""

    answers: list[str] = []

    def __init__(self) -> None:
        pass

    async def resolve(self, host: str, port: int = 0, family: int = 0) -> list[dict[str, Any]]:
        return [
            {"hostname": host, "host": address, "port": port, "family": socket.AF_INET,
             "proto": 0, "flags": 0}
            for address in self.answers
        ]  # fmt: skip

    async def close(self) -> None:
        pass


@pytest.mark.parametrize(
    "answers",
    [["10.0.0.1"], ["169.254.169.254"], ["93.184.215.14", "192.168.0.10"], ["::ffff:10.0.0.1"]],
    ids=["private", "metadata", "public-and-private", "mapped-private"],
)
async def test_production_refuses_a_name_that_resolves_to_an_internal_address(
    answers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_FakeDNS, "answers", answers)
    monkeypatch.setattr("federation.fetch.ThreadedResolver", _FakeDNS)
    async with GuardedClient(FetchPolicy()) as client:
        with pytest.raises(ForbiddenAddress):
            await client.get_activity("https://intranet.gemeente.example/actor")
        with pytest.raises(ForbiddenAddress):
            await client.post("https://intranet.gemeente.example/inbox", b"{}")
