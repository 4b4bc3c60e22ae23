"""The inbox under hostile input: generated ActivityStreams-like documents (hypothesis), broken
bytes, bad signatures, deep nesting. Never a server error (5xx); what is refused stores
nothing."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from federation.inbox import MAX_DEPTH, nesting_depth
from server.models import InboxMessage
from tests.app.test_inbox import (  # noqa: F401 — fixtures used by name
    ACTIVITY_JSON,
    RemoteServer,
    remote,
    signed_headers,
)

FUZZ = settings(
    max_examples=250, deadline=None, database=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)  # fmt: skip
TYPES = ["Create", "Follow", "Undo", "Delete", "Announce", "Like", "Accept", "Update", "Flag"]

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _urls(base: str) -> st.SearchStrategy[Any]:
    paths = st.text(st.characters(codec="ascii", categories=["L", "N"]), max_size=12)
    return st.one_of(
        st.builds(lambda p: f"{base}/users/bert/{p}", paths),
        st.sampled_from([f"{base}/users/bert", "http://testserver/g/gelderse-vallei", ""]),
        st.builds(lambda p: f"https://elsewhere.example/{p}", paths),
        json_values,
    )


def _activities(base: str) -> st.SearchStrategy[dict[str, Any]]:
    urls = _urls(base)
    return st.fixed_dictionaries(
        {
            "type": st.sampled_from(TYPES) | json_values,
            "id": urls,
            "actor": st.just(f"{base}/users/bert") | urls | st.fixed_dictionaries({"id": urls}),
        },
        optional={
            "@context": st.just("https://www.w3.org/ns/activitystreams") | json_values,
            "object": urls
            | st.fixed_dictionaries(
                {"type": st.sampled_from(["Note", "Page", *TYPES]), "id": urls},
                optional={"content": st.text(max_size=40), "attributedTo": urls},
            ),
            "to": st.lists(urls, max_size=3) | urls,
            "published": st.text(max_size=30),
        },
    )


async def _post(client: httpx.AsyncClient, body: bytes, headers: dict[str, str]) -> None:
    before = await InboxMessage.all().count()
    response = await client.post("/inbox", content=body, headers=headers)
    assert response.status_code < 500, (response.status_code, body[:300])
    if response.status_code != 202:
        assert set(response.json()) == {"error", "message"}
        assert await InboxMessage.all().count() == before, body[:300]


def _run_in_loop(loop: asyncio.AbstractEventLoop, work: Any) -> None:
    asyncio.run_coroutine_threadsafe(work, loop).result(timeout=60)


async def test_generated_activities_never_cause_server_errors(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("bert")
    loop = asyncio.get_running_loop()

    # Hypothesis drives a plain function; it runs in a thread and hands each request to this
    # test's event loop (where the database connection lives), so shrinking works as usual.
    @FUZZ
    @given(activity=_activities(remote.base), signed=st.booleans())
    def check(activity: dict[str, Any], signed: bool) -> None:
        body = json.dumps(activity).encode()
        headers = signed_headers("/inbox", body, actor) if signed else {}
        _run_in_loop(loop, _post(client, body, {"Content-Type": ACTIVITY_JSON, **headers}))

    await asyncio.to_thread(check)


async def test_arbitrary_bytes_never_cause_server_errors(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("bert")
    loop = asyncio.get_running_loop()

    @FUZZ
    @given(body=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
    def check(body: bytes) -> None:
        headers = signed_headers("/inbox", body, actor)
        _run_in_loop(loop, _post(client, body, headers))

    await asyncio.to_thread(check)
    assert await InboxMessage.all().count() == 0


def _nested(depth: int, open_: str, close: str, inner: str = "1") -> bytes:
    return (open_ * depth + inner + close * depth).encode()


@pytest.mark.parametrize(
    "body",
    [
        _nested(10_000, "[", "]"),
        _nested(10_000, '{"a":', "}"),
        # A valid activity around a deep object: refused as a whole, nothing stored.
        b'{"id": "X/activities/1", "type": "Create", "actor": "X/users/bert", "object": '
        + _nested(5_000, "[", "]")
        + b"}",
        b'{"id": "X/activities/2", "type": "Create", "actor": "X/users/bert", "object": '
        + _nested(200, '{"a":', "}")
        + b"}",
    ],
    ids=["arrays", "objects", "deep-object-in-activity", "moderately-deep-object"],
)
async def test_deep_nesting_is_400(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    body: bytes,
) -> None:
    actor = remote.add("bert")
    body = body.replace(b"X/", f"{remote.base}/".encode())
    response = await client.post(
        "/inbox", content=body, headers=signed_headers("/inbox", body, actor)
    )
    assert response.status_code == 400, response.text
    assert await InboxMessage.all().count() == 0


async def test_wrong_and_missing_signatures_store_nothing(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
) -> None:
    actor = remote.add("bert")
    other = remote.add("mallory")
    activity = {
        "id": f"{actor.id}/follow/1", "type": "Follow", "actor": actor.id,
        "object": "http://testserver/u/nobody",
    }  # fmt: skip
    body = json.dumps(activity).encode()
    good = signed_headers("/inbox", body, actor)
    variants: list[dict[str, str]] = [
        {"Content-Type": ACTIVITY_JSON},  # none at all
        {**good, "Signature": good["Signature"].replace('signature="', 'signature="AAAA')},
        signed_headers("/inbox", body, actor, key=other.private_key),  # another key
        {**good, "Signature": "garbage"},
        {**good, "Digest": "SHA-256=" + "A" * 44},
        signed_headers("/other", body, actor),  # signed for another address
    ]
    for headers in variants:
        response = await client.post("/inbox", content=body, headers=headers)
        assert response.status_code == 401, (headers, response.text)
    assert await InboxMessage.all().count() == 0


def test_nesting_depth_counts_without_recursion() -> None:
    assert nesting_depth(1) == 0
    assert nesting_depth({"a": [1, {"b": []}]}) == 4
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    assert nesting_depth(deep) > MAX_DEPTH
