"""The privacy and accessibility statements: true defaults in both languages, the admin's own
text instead when there is one, and the footer links on every page."""

from __future__ import annotations

import httpx

from server.config import Settings
from server.models import InstanceSettings, User
from tests.conftest import csrf_token, login, make_user


async def test_default_statements_describe_polder_in_dutch_and_english(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    privacy = await client.get("/privacy")
    assert privacy.status_code == 200
    assert "<h1" in privacy.text and "Privacyverklaring" in privacy.text
    assert "Polder Gelderland" in privacy.text  # the instance's name filled in
    assert settings.mail_from in privacy.text
    assert "argon2" in privacy.text and "één dag" in privacy.text
    client.cookies.set("lang", "en")
    english = await client.get("/accessibility")
    assert "Accessibility statement" in english.text and "WCAG 2.1 level AA" in english.text


async def test_every_page_links_to_both_statements(client: httpx.AsyncClient) -> None:
    for path in ("/", "/groups", "/login"):
        page = (await client.get(path)).text
        assert 'href="/privacy"' in page and 'href="/accessibility"' in page, path


async def test_the_admin_writes_their_own_and_an_empty_field_brings_back_the_default(
    client: httpx.AsyncClient, admin: User
) -> None:
    await login(client, "beheer")
    form = await client.get("/admin/statements")
    assert form.status_code == 200
    token = await csrf_token(client, "/admin/statements")
    fields = {"privacy_nl": "", "privacy_en": "", "accessibility_en": "",
              "accessibility_nl": "Wij testen met **echte** mensen."}  # fmt: skip
    saved = await client.post("/admin/statements", data={"csrf_token": token, **fields})
    assert saved.status_code == 303
    page = await client.get("/accessibility")
    assert "Wij testen met <strong>echte</strong> mensen." in page.text
    assert "WCAG" not in page.text
    assert "argon2" in (await client.get("/privacy")).text  # still the default

    token = await csrf_token(client, "/admin/statements")
    fields["accessibility_nl"] = ""
    await client.post("/admin/statements", data={"csrf_token": token, **fields})
    assert "WCAG 2.1 niveau AA" in (await client.get("/accessibility")).text


async def test_only_admins_and_not_too_long(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    assert (await client.get("/admin/statements")).status_code == 403
    await client.post("/logout", data={"csrf_token": await csrf_token(client, "/settings")})
    await login(client, "beheer")
    token = await csrf_token(client, "/admin/statements")
    response = await client.post(
        "/admin/statements", data={"csrf_token": token, "privacy_nl": "x" * 50_001}
    )
    assert response.status_code == 422
    assert 'href="#f-privacy_nl"' in response.text
    instance = await InstanceSettings.get(id=1)
    assert instance.statements == {}
