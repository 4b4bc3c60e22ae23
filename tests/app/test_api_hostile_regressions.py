"""Server errors that generated requests (tests/app/test_api_schemathesis.py) found, each kept
as the one request that caused it."""

from __future__ import annotations

import httpx

from server.config import Settings
from tests.conftest import api_headers, make_user


async def test_a_modlog_group_longer_than_any_slug_is_an_empty_page(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    # Was a 500: the ORM refused to compare a 256-character value with a 255-character column.
    headers = await api_headers(await make_user(settings, "anna"))
    response = await client.get("/api/v1/modlog", params={"group": "0" * 256}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"items": [], "next_cursor": None}
    page = await client.get("/modlog", params={"group": "0" * 256})
    assert page.status_code < 500
