"""A public instance's first-run set-up asks for a one-time code from the server's data folder,
so that whoever reaches a fresh instance first cannot make themselves its admin."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from server.models import User
from server.services import instance as instance_service
from tests.conftest import CSRF_RE, PASSWORD


@pytest.fixture
async def public_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    public = dataclasses.replace(settings, domain="polder.example.nl", dev=False)
    transport = httpx.ASGITransport(app=create_app(public, manage_database=False))
    async with httpx.AsyncClient(transport=transport, base_url="https://polder.example.nl") as c:
        yield c
    (settings.data_dir / instance_service.SETUP_CODE_FILE).unlink(missing_ok=True)


def _form(token: str, code: str) -> dict[str, str]:
    return {
        "csrf_token": token, "setup_code": code, "instance_name": "Polder Ede",
        "region": "Gemeente Ede", "name": "Eva Beheer", "organisation": "Gemeente Ede",
        "role": "government", "email": "eva@ede.nl", "username": "eva", "password": PASSWORD,
    }  # fmt: skip


async def test_public_setup_needs_the_code(
    public_client: httpx.AsyncClient, settings: Settings
) -> None:
    page = await public_client.get("/setup")
    assert 'name="setup_code"' in page.text
    match = CSRF_RE.search(page.text)
    assert match
    token = match.group(1)
    wrong = await public_client.post("/setup", data=_form(token, "guess"))
    assert wrong.status_code == 422
    assert not await User.exists()
    code = (settings.data_dir / instance_service.SETUP_CODE_FILE).read_text()
    right = await public_client.post("/setup", data=_form(token, code))
    assert right.status_code == 303
    assert await User.filter(username="eva", is_admin=True).exists()
    # Spent: the code file is gone once the instance has its admin.
    assert not (settings.data_dir / instance_service.SETUP_CODE_FILE).exists()


async def test_local_instance_needs_no_code(fresh_client: httpx.AsyncClient) -> None:
    page = await fresh_client.get("/setup")
    assert page.status_code == 200
    assert 'name="setup_code"' not in page.text
