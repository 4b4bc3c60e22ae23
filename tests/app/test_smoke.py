from __future__ import annotations

import httpx

from server.config import Settings
from server.models import User
from tests.conftest import make_user


async def test_unknown_page_is_404_page_in_dutch(client: httpx.AsyncClient) -> None:
    response = await client.get("/nope")
    assert response.status_code == 404
    assert '<html lang="nl">' in response.text


async def test_unknown_api_path_is_json_error(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/nope")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert response.json()["message"]


async def test_language_switch_sets_cookie_and_english(client: httpx.AsyncClient) -> None:
    response = await client.get("/lang/en?next=/nope")
    assert response.status_code == 303
    assert response.headers["location"] == "/nope"
    page = await client.get("/nope")
    assert '<html lang="en">' in page.text


async def test_language_switch_refuses_offsite_next(client: httpx.AsyncClient) -> None:
    response = await client.get("/lang/en?next=//evil.example/")
    assert response.headers["location"] == "/"


async def test_accept_language_picks_english(client: httpx.AsyncClient) -> None:
    page = await client.get("/nope", headers={"accept-language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in page.text


async def test_fresh_instance_redirects_to_setup(fresh_client: httpx.AsyncClient) -> None:
    response = await fresh_client.get("/groups")
    assert response.status_code == 303
    assert response.headers["location"] == "/setup"


async def test_no_redirect_once_admin_exists(
    fresh_client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "beheer", admin=True)
    response = await fresh_client.get("/nope")
    assert response.status_code == 404
    assert await User.filter(is_admin=True).count() == 1
