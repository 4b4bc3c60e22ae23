from __future__ import annotations

import httpx

from server.security import CONTENT_SECURITY_POLICY


async def test_pages_and_api_carry_security_headers(client: httpx.AsyncClient) -> None:
    for path in ("/", "/groups", "/api/v1/groups", "/nope"):
        response = await client.get(path)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"


async def test_nul_in_address_is_not_found_not_a_server_error(client: httpx.AsyncClient) -> None:
    for path in ("/g/ab%00c", "/u/ab%00c", "/groups?q=a%00b"):
        assert (await client.get(path)).status_code == 404
    api = await client.get("/api/v1/groups/ab%00c")
    assert api.status_code == 404
    assert api.json()["error"] == "not_found"


async def test_reading_without_a_form_sets_no_cookie(client: httpx.AsyncClient) -> None:
    # The group directory has a search form (GET, no token); nothing to protect, so no cookie.
    response = await client.get("/groups")
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    login = await client.get("/login")
    assert "polder_session" in login.headers.get("set-cookie", "")
