"""Every operation of the OpenAPI document under generated requests (schemathesis): valid ones
and ones that break the schema, as a member of a real group with a post, a reply and a meeting.
Never a server error; every refusal (4xx) is the API's one error shape."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.generation.case import Case
from schemathesis.schemas import APIOperation

from server.config import Settings
from server.services import events, posts
from tests.conftest import api_headers, make_group, make_user

BASE = "http://testserver/api/v1"
# Small enough that both modes over every operation take well under two minutes here; the
# examples are the same on every run (derandomized), so a failure can be repeated. Set
# POLDER_SCHEMATHESIS_EXAMPLES for a deeper search on a machine with time to spare.
EXAMPLES = int(os.environ.get("POLDER_SCHEMATHESIS_EXAMPLES", "8"))
ERROR_KEYS = {"error", "message"}
OPTIONAL_ERROR_KEYS = {"fields"}


@dataclass(frozen=True)
class World:
    """What exists, so that generated requests can also hit real rows, not only 404s."""

    headers: dict[str, str]
    path_values: dict[str, str]


async def _world(settings: Settings) -> World:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    post = await posts.create_post(anna, group, "Mestopslag", "Wie heeft ervaring met mest?")
    reply = await posts.create_reply(anna, post, "Ja, wij sinds vorig jaar.")
    form = events.EventForm(
        title="Keukentafelgesprek",
        description="Over de plannen voor het gebied.",
        starts_at="2031-03-10T19:30:00+01:00",
        ends_at="2031-03-10T21:30:00+01:00",
        address="Dorpshuis, Kootwijkerbroek",
    )
    event = await events.create_event(anna, group, form)
    values = {
        "slug": group.slug, "post_id": str(post.pk), "reply_id": str(reply.pk),
        "event_id": str(event.pk), "username": anna.username,
    }  # fmt: skip
    return World(await api_headers(anna), values)


def _param_value(value: Any) -> str:
    # Generated query values may be any JSON; a client sends them as text.
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)


def _query(params: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = []
    for name, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                pairs.append((name, _param_value(item)))
    return pairs


def _request(case: Case, world: World, real_paths: bool) -> dict[str, Any]:
    """httpx arguments for a case (schemathesis gives them in the shape of `requests`)."""
    if real_paths:
        for name in case.path_parameters or {}:
            if name in world.path_values:
                case.path_parameters[name] = world.path_values[name]
    kwargs = case.as_transport_kwargs(base_url=BASE, headers=world.headers)
    headers = dict(kwargs.get("headers") or {})
    if kwargs.get("cookies"):
        headers["cookie"] = "; ".join(f"{k}={v}" for k, v in kwargs["cookies"].items())
    request: dict[str, Any] = {
        "method": kwargs["method"],
        "url": kwargs["url"],
        "headers": headers,
        "params": _query(kwargs.get("params") or {}),
    }
    if "json" in kwargs:
        request["json"] = kwargs["json"]
    elif isinstance(kwargs.get("data"), bytes | str):
        request["content"] = kwargs["data"]
    elif kwargs.get("data") is not None:
        request["data"] = kwargs["data"]
    return request


def _check_error_shape(response: httpx.Response, described: str) -> None:
    if not 400 <= response.status_code < 500 or response.request.method == "HEAD":
        return
    assert response.headers.get("content-type", "").startswith("application/json"), described
    body = response.json()
    assert isinstance(body, dict), described
    assert ERROR_KEYS <= set(body) <= ERROR_KEYS | OPTIONAL_ERROR_KEYS, described
    assert all(isinstance(body[key], str) and body[key] for key in ERROR_KEYS), described


async def _send(client: httpx.AsyncClient, case: Case, world: World, real_paths: bool) -> None:
    request = _request(case, world, real_paths)
    response = await client.request(**request)
    described = f"{request['method']} {response.request.url} → {response.status_code}: "
    described += response.text[:300]
    assert response.status_code < 500, described
    _check_error_shape(response, described)
    # schemathesis's own check as well, on what it generated.
    case.validate_response(response, checks=[not_a_server_error])


def _explorer(
    operation: APIOperation, mode: GenerationMode, send: Callable[[Case, bool], None]
) -> Callable[[], None]:
    @hypothesis_settings(
        max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
        suppress_health_check=list(HealthCheck),
    )  # fmt: skip
    @given(case=operation.as_strategy(generation_mode=mode), real_paths=st.booleans())
    def explore(case: Case, real_paths: bool) -> None:
        send(case, real_paths)

    return explore


def _operations(document: dict[str, Any]) -> list[APIOperation]:
    # Not `schemathesis.openapi.from_asgi`: it fetches through Starlette's TestClient, which runs
    # the app on an event loop of its own, away from the database connection of this test's
    # loop (asyncpg connections belong to one loop). The document is the one the app serves.
    schema = schemathesis.openapi.from_dict(document)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
async def test_generated_requests_never_cause_server_errors(
    client: httpx.AsyncClient, settings: Settings, mode: GenerationMode
) -> None:
    world = await _world(settings)
    # The document as the app itself serves it (in-process ASGI, this test's event loop).
    document = (await client.get("/api/v1/openapi.json")).json()
    operations = _operations(document)
    assert len(operations) >= 30, [op.label for op in operations]
    loop = asyncio.get_running_loop()

    # Hypothesis drives plain functions; they run in a thread and hand each request to this
    # test's event loop, where the database connection lives (see test_inbox_hostile.py).
    def send(case: Case, real_paths: bool) -> None:
        work = _send(client, case, world, real_paths)
        asyncio.run_coroutine_threadsafe(work, loop).result(timeout=60)

    unbreakable = []
    for operation in operations:
        try:
            await asyncio.to_thread(_explorer(operation, mode, send))
        except Unsatisfiable:
            # An operation without parameters or body has no invalid request to generate.
            assert mode is GenerationMode.NEGATIVE, operation.label
            unbreakable.append(operation.label)
    assert len(unbreakable) < len(operations) // 4, unbreakable
