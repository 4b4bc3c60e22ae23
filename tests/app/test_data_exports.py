"""Download my data for large accounts: asked for with a form, built by the worker, downloaded
by its owner only, removed after a week and with the account."""

from __future__ import annotations

import asyncio
import io
import json
import re
import zipfile
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest

from federation import publish
from federation.queue import claim, run_due
from federation.worker import BackgroundWorker, Limits
from server.config import Settings
from server.models import DataExport, JobState, OutgoingMail, User
from server.services import account_deletion, attachments, data_export, data_exports, groups, posts
from server.services.clock import now
from tests.conftest import PASSWORD, client_for, csrf_token, login, make_group, make_user

DOWNLOAD_RE = re.compile(r'href="/settings/data/export/(\d+)"')


@pytest.fixture
async def client(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    """A browser on an instance where every account counts as large: the background route."""
    async with client_for(settings, export_at_once_items=0) as c:
        yield c


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def _anna(settings: Settings, *, confirmed: bool = True) -> User:
    anna = await make_user(settings, "anna", confirmed=confirmed)
    group = await make_group(anna)
    if confirmed:  # writing needs a confirmed address
        await posts.create_post(anna, group, "Meetavond", "Dinsdag in het dorpshuis.")
    return anna


async def _ask(client: httpx.AsyncClient) -> httpx.Response:
    token = await csrf_token(client, "/settings/data")
    return await client.post("/settings/data/prepare", data={"csrf_token": token})


async def _build(settings: Settings) -> None:
    done = await run_due(data_exports.ExportMachine(settings), now)
    assert [outcome.state for _, outcome in done] == [JobState.DONE]


async def test_asking_queues_a_job_and_the_worker_builds_the_same_zip(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await _anna(settings)
    await login(client, "anna")
    page = await client.get("/settings/data")
    assert 'action="/settings/data/prepare"' in page.text
    # Too big to build in the request: the old address sends back to the page.
    direct = await client.get("/settings/data/export")
    assert direct.status_code == 303 and direct.headers["location"] == "/settings/data"

    asked = await _ask(client)
    assert asked.status_code == 303
    [job] = await DataExport.filter(user_id=anna.id)
    assert job.state is JobState.QUEUED and job.storage_key is None
    waiting = await client.get("/settings/data")
    assert 'role="status"' in waiting.text and not DOWNLOAD_RE.search(waiting.text)
    # Asking again while it is being prepared queues nothing more.
    await _ask(client)
    assert await DataExport.filter(user_id=anna.id).count() == 1

    await _build(settings)
    ready = await client.get("/settings/data")
    match = DOWNLOAD_RE.search(ready.text)
    assert match and int(match.group(1)) == job.id
    response = await client.get(f"/settings/data/export/{job.id}")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    files = zipfile.ZipFile(io.BytesIO(response.content))
    assert json.loads(files.read("account.json"))["email"] == "anna@example.nl"
    [page_doc] = json.loads(files.read("posts.json"))
    assert page_doc["name"] == "Meetavond"
    assert set(files.namelist()) == {"README.txt", *data_export.SECTIONS}
    stored = await DataExport.get(id=job.id)
    assert stored.expires_at is not None
    assert timedelta(days=6) < stored.expires_at - now() <= data_exports.KEPT_FOR


async def test_the_person_gets_a_mail_when_it_is_ready_in_their_language(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await _anna(settings)
    anna.language = "nl"
    await anna.save(update_fields=["language"])
    await data_exports.request_export(anna)
    await _build(settings)
    [mail] = await OutgoingMail.filter(to_address="anna@example.nl")
    assert mail.subject == "Je gegevens staan klaar om te downloaden"
    assert "http://testserver/settings/data" in mail.text_body
    assert "List-Unsubscribe" not in mail.headers


async def test_no_mail_to_an_address_that_is_not_confirmed(settings: Settings) -> None:
    anna = await _anna(settings, confirmed=False)
    await data_exports.request_export(anna)
    await _build(settings)
    assert not await OutgoingMail.exists(to_address="anna@example.nl")
    assert (await DataExport.get(user_id=anna.id)).storage_key is not None


async def test_only_the_owner_can_download_it(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await _anna(settings)
    job = await data_exports.request_export(anna)
    await _build(settings)
    anonymous = await client.get(f"/settings/data/export/{job.id}")
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]
    await make_user(settings, "bert")
    await login(client, "bert")
    other = await client.get(f"/settings/data/export/{job.id}")
    assert other.status_code == 404 and "anna@example.nl" not in other.text
    assert (await client.get(f"/settings/data/export/{job.id + 1}")).status_code == 404


async def test_asking_needs_the_csrf_token_and_a_login(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await _anna(settings)
    anonymous = await client.post("/settings/data/prepare", data={})
    assert anonymous.status_code == 303 and "/login" in anonymous.headers["location"]
    await login(client, "anna")
    forged = await client.post("/settings/data/prepare", data={"csrf_token": "not it"})
    assert forged.status_code == 403
    assert not await DataExport.exists(user_id=anna.id)


async def test_it_expires_and_the_worker_removes_bytes_and_row(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await _anna(settings)
    job = await data_exports.request_export(anna)
    await _build(settings)
    key = (await DataExport.get(id=job.id)).storage_key
    assert key is not None
    store = attachments.store_for(settings)
    assert await store.get(key)
    assert await data_exports.remove_expired(settings, now() + timedelta(days=6)) == 0
    assert await data_exports.remove_expired(settings, now() + timedelta(days=8)) == 1
    assert not await DataExport.exists(id=job.id)
    with pytest.raises(FileNotFoundError):
        await store.get(key)
    await login(client, "anna")
    assert (await client.get(f"/settings/data/export/{job.id}")).status_code == 404
    assert 'action="/settings/data/prepare"' in (await client.get("/settings/data")).text


async def test_a_new_zip_replaces_the_earlier_one(settings: Settings) -> None:
    anna = await _anna(settings)
    first = await data_exports.request_export(anna)
    await _build(settings)
    await posts.create_post(anna, await groups.get_group("gelderse-vallei"), "Nog een", "Tekst")
    second = await data_exports.request_export(anna)
    assert second.id != first.id
    await _build(settings)
    assert [row.id for row in await DataExport.filter(user_id=anna.id)] == [second.id]


async def test_asking_too_often_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await _anna(settings)
    await login(client, "anna")
    for _ in range(data_exports.REQUESTS_PER_DAY):
        await data_exports.request_export(anna)
        await _build(settings)
    refused = await _ask(client)
    assert refused.status_code == 429 and "error-summary" in refused.text


async def test_deleting_the_account_removes_the_prepared_export(settings: Settings) -> None:
    anna = await _anna(settings)
    job = await data_exports.request_export(anna)
    await _build(settings)
    key = (await DataExport.get(id=job.id)).storage_key
    assert key is not None
    await account_deletion.delete_account(settings, anna, PASSWORD)
    assert not await DataExport.exists(user_id=anna.id)
    with pytest.raises(FileNotFoundError):
        await attachments.store_for(settings).get(key)


async def test_the_background_worker_builds_it(settings: Settings) -> None:
    anna = await _anna(settings)
    job = await data_exports.request_export(anna)
    worker = BackgroundWorker(settings, limits=Limits(poll_interval=0.05))
    await worker.start()
    try:
        built = await _wait_until_finished(job.id)
    finally:
        await worker.stop()
    assert built.state is JobState.DONE and built.storage_key is not None


async def _wait_until_finished(export_id: int) -> DataExport:
    async with asyncio.timeout(20):
        while True:
            job = await DataExport.get(id=export_id)
            if job.state in (JobState.DONE, JobState.DEAD):
                return job
            # Polling the row another task writes; its state is the condition waited on.
            await asyncio.sleep(0.02)


async def test_two_workers_claiming_at_once_take_the_job_once(settings: Settings) -> None:
    anna = await _anna(settings)
    await data_exports.request_export(anna)
    machine = data_exports.ExportMachine(settings)
    lease = timedelta(minutes=30)
    taken = await asyncio.gather(
        *(claim(machine, now=now(), lease=lease, limit=1) for _ in range(3))
    )
    assert sorted(len(jobs) for jobs in taken) == [0, 0, 1]
    [job] = await DataExport.filter(user_id=anna.id)
    assert job.state is JobState.IN_FLIGHT and job.attempts == 1
