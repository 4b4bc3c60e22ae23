"""/healthz and /metrics in-process: what they say, and who may read the metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from prometheus_client import REGISTRY
from tortoise import Tortoise

from federation import outbox
from federation.queue import utcnow
from server.config import Settings
from server.models import Delivery, JobState, RemoteInstance, User
from server.services import operations
from tests.conftest import client_for

TOKEN = "a-metrics-token-of-some-length"


@pytest.fixture
async def metrics_client(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(settings, metrics_token=TOKEN) as c:
        yield c


async def _queue_two(settings: Settings) -> None:
    activity = {
        "id": "http://testserver/activities/1", "type": "Create",
        "actor": "http://testserver/u/beheer",
    }  # fmt: skip
    inboxes = ["https://a.example/inbox", "https://b.example/inbox"]
    past = utcnow() - timedelta(minutes=10)
    await outbox.enqueue(settings, activity, signer="instance", inboxes=inboxes, now=past)


def assert_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error", "message"}


# /healthz -----------------------------------------------------------------------------------


async def test_healthz_reports_the_database_and_the_queues(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _queue_two(settings)
    response = await client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert body["queues"]["delivery"]["waiting"] == 2
    assert 590 <= body["queues"]["delivery"]["oldest_due_seconds"] <= 700
    assert body["queues"]["inbox"] == {"waiting": 0, "oldest_due_seconds": 0}
    assert "a.example" not in response.text  # no host names in public
    assert response.headers["cache-control"] == "no-store"


async def test_healthz_answers_before_the_instance_is_set_up(
    fresh_client: httpx.AsyncClient,
) -> None:
    response = await fresh_client.get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


async def test_healthz_is_503_when_the_database_does_not_answer(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Down:
        async def execute_query(self, *args: Any) -> Any:
            raise ConnectionRefusedError("database is down")

    monkeypatch.setattr(Tortoise, "get_connection", lambda name: Down())
    response = await client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable", "queues": {}}


# /metrics access ----------------------------------------------------------------------------


async def test_metrics_are_refused_when_nothing_is_configured(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/metrics"), 403)


async def test_metrics_need_the_right_token(metrics_client: httpx.AsyncClient) -> None:
    missing = await metrics_client.get("/metrics")
    assert_error(missing, 401)
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = await metrics_client.get("/metrics", headers={"Authorization": "Bearer wrong-token"})
    assert_error(wrong, 401)
    right = await metrics_client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200
    assert right.headers["content-type"].startswith("text/plain; version=0.0.4")


async def test_metrics_allow_list(settings: Settings, admin: User) -> None:
    # httpx's ASGI transport presents the client as 127.0.0.1.
    async with client_for(settings, metrics_allow="10.0.0.0/8, 127.0.0.1") as allowed:
        assert (await allowed.get("/metrics")).status_code == 200
    async with client_for(settings, metrics_allow="10.0.0.0/8") as other:
        assert_error(await other.get("/metrics"), 403)


# /metrics content ---------------------------------------------------------------------------


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _line(text: str, start: str) -> float:
    lines = [line for line in text.splitlines() if line.startswith(start)]
    assert lines, f"no line starting with {start!r} in\n{text}"
    return float(lines[0].rsplit(" ", 1)[1])


async def test_metrics_count_requests_by_route_template(
    metrics_client: httpx.AsyncClient,
) -> None:
    labels = {"method": "GET", "route": "/p/{id:int}", "status": "404"}
    before = _sample("polder_http_requests_total", **labels)
    unmatched = _sample("polder_http_requests_total", method="GET", route="unmatched", status="404")
    await metrics_client.get("/p/98765")
    await metrics_client.get("/no/such/page/12345")
    assert _sample("polder_http_requests_total", **labels) == before + 1
    after = _sample("polder_http_requests_total", method="GET", route="unmatched", status="404")
    assert after == unmatched + 1
    api = {"method": "GET", "route": "/api/v1/groups", "status": "200"}
    before_api = _sample("polder_http_requests_total", **api)
    assert (await metrics_client.get("/api/v1/groups")).status_code == 200
    assert _sample("polder_http_requests_total", **api) == before_api + 1


async def test_metrics_count_inbox_refusals_by_reason(metrics_client: httpx.AsyncClient) -> None:
    labels = {"result": "refused", "status": "400", "reason": "bad_request"}
    before = _sample("polder_inbox_activities_total", **labels)
    response = await metrics_client.post(
        "/inbox", content=b"{not json", headers={"Content-Type": "application/activity+json"}
    )
    assert response.status_code == 400
    assert _sample("polder_inbox_activities_total", **labels) == before + 1


async def test_metrics_read_queues_and_failing_instances_from_the_database(
    metrics_client: httpx.AsyncClient, settings: Settings
) -> None:
    await _queue_two(settings)
    await Delivery.filter(host="b.example").update(state=JobState.DEAD, last_error="HTTP 410")
    await RemoteInstance.create(host="a.example", failures=7, unreachable_since=utcnow())
    await RemoteInstance.create(host="fine.example", failures=0)
    response = await metrics_client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    text = response.text
    assert _line(text, 'polder_queue_jobs{queue="delivery",state="queued"}') == 1
    assert _line(text, 'polder_queue_jobs{queue="delivery",state="dead"}') == 1
    assert _line(text, 'polder_queue_oldest_due_seconds{queue="delivery"}') >= 590
    assert _line(text, 'polder_queue_oldest_due_seconds{queue="inbox"}') == 0
    assert _line(text, 'polder_remote_instance_failures{host="a.example"}') == 7
    assert _line(text, 'polder_remote_instance_unreachable{host="a.example"}') == 1
    assert _line(text, 'polder_queue_jobs{queue="inbox",state="queued"}') == 0
    assert "fine.example" not in text
    assert "polder_http_requests_total" in text


async def test_every_answer_carries_a_request_id(client: httpx.AsyncClient) -> None:
    generated = await client.get("/healthz")
    assert len(generated.headers["x-request-id"]) == 32
    kept = await client.get("/healthz", headers={"X-Request-ID": "proxy-42"})
    assert kept.headers["x-request-id"] == "proxy-42"
    odd = await client.get("/healthz", headers={"X-Request-ID": "<script>"})
    assert odd.headers["x-request-id"] != "<script>"


async def test_queue_figures_count_waiting_rows(settings: Settings) -> None:
    await _queue_two(settings)
    delivery, inbox = await operations.queues()
    assert operations.waiting(delivery) == 2 and operations.waiting(inbox) == 0
