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
