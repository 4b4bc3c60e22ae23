"""SSRF: every way this instance fetches or posts to another server refuses internal addresses
in production mode (POLDER_DEV off): actor and key fetches, WebFinger look-ups (the service and
the API), and deliveries. The address guard is tested in detail in tests/unit/test_fetch.py;
here each caller is shown to go through it. Nothing is ever sent to these addresses."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from federation import remote_actors, remote_modlog
from federation.delivery import DeliveryMachine, HttpSender
from federation.errors import FetchError, ForbiddenAddress
from federation.queue import run_due, utcnow
from federation.remote_modlog import LogUnavailable
from federation.signatures import RequestSigner, generate_private_key
from server.app import create_app
from server.config import Settings
from server.models import Activity, Delivery, JobState, User
from server.services import federated
from server.services.errors import ServiceError
from tests.conftest import api_headers, make_remote_group, make_user

TARGETS = [
    "127.0.0.1", "10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0",
]  # fmt: skip


@pytest.mark.parametrize("host", TARGETS)
async def test_remote_moderation_logs_are_not_read_from_internal_addresses(
    production: Settings, instance: None, host: str
) -> None:
    group = await make_remote_group("polder.example.org", "vallei")
    group.moderation_log_url = f"https://{host}/g/vallei/modlog"
    with pytest.raises(LogUnavailable) as refused:
        await remote_modlog.entries(production, group)
    assert isinstance(refused.value.__cause__, ForbiddenAddress)


@pytest.fixture
def production(settings: Settings) -> Settings:
    return dataclasses.replace(settings, dev=False, domain="polder.example.nl")


@pytest.mark.parametrize("host", TARGETS)
async def test_actor_and_key_fetches_are_refused(
    production: Settings, instance: None, host: str
) -> None:
    with pytest.raises(ForbiddenAddress):
        await remote_actors.fetch_actor(production, f"https://{host}/users/x")
    with pytest.raises(FetchError):
        await remote_actors.key_for(
            production, f"https://{host}/users/x#main-key", remote_actors.KeyCache()
        )
    with pytest.raises(ForbiddenAddress):
        await remote_actors.resolve_handle(production, f"anna@{host}")


@pytest.mark.parametrize("host", TARGETS)
async def test_lookups_by_people_are_refused(
    production: Settings, instance: None, host: str
) -> None:
    for query in (f"@anna@{host}", f"https://{host}/u/anna"):
        with pytest.raises(ServiceError):
            await federated.lookup(production, query)


@pytest.fixture
async def production_api(production: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(production, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="https://polder.example.nl") as c:
        yield c


async def test_api_lookup_of_internal_addresses_is_a_clear_4xx(
    production_api: httpx.AsyncClient, production: Settings
) -> None:
    headers = await api_headers(await make_user(production, "anna"))
    for host in TARGETS:
        for query in (f"@anna@{host}", f"https://{host}/u/anna"):
            response = await production_api.post(
                "/api/v1/lookup", json={"q": query}, headers=headers
            )
            assert 400 <= response.status_code < 500, (query, response.text)
            assert set(response.json()) >= {"error", "message"}


@pytest.mark.parametrize("host", TARGETS)
async def test_deliveries_to_internal_addresses_die_without_being_sent(
    production: Settings, instance: None, host: str
) -> None:
    signer = RequestSigner("https://polder.example.nl/actor#main-key", generate_private_key())
    async with HttpSender.for_settings(production) as sender:
        with pytest.raises(ForbiddenAddress):
            await sender.post(f"https://{host}/inbox", b"{}", signer)
        activity = await Activity.create(
            ap_id=f"https://polder.example.nl/activities/{host}", type="Create",
            actor_ap_id="https://polder.example.nl/actor", payload={"type": "Create"}, local=True,
        )  # fmt: skip
        await Delivery.create(
            activity=activity, signer="instance", inbox_url=f"https://{host}/inbox", host=host,
            next_attempt_at=utcnow(),
        )  # fmt: skip
        done = await run_due(DeliveryMachine(production, sender), lambda: datetime.now(UTC))
    assert [outcome.state for _, outcome in done] == [JobState.DEAD]
    stored = await Delivery.get(activity=activity)
    assert stored.state is JobState.DEAD and "refusing to connect" in stored.last_error
