"""Account pages: password reset, settings (profile, password, API tokens), public profiles."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from server.models import ApiToken, User
from server.services import accounts, groups, passwords, posts, tokens
from tests.app.test_web_accounts import link_in
from tests.conftest import PASSWORD, csrf_token, login, make_group, make_user, sent_mails

NEW_PASSWORD = "a brand new secret phrase"
TOKEN_RE = re.compile(r'<code class="token" id="new-token">([^<]+)</code>')


@pytest.fixture
async def second_client(
    client: httpx.AsyncClient, settings: Settings
) -> AsyncIterator[httpx.AsyncClient]:
    """Another browser on the same instance, with its own cookies."""
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        yield other


async def _ask_reset(client: httpx.AsyncClient, email: str) -> httpx.Response:
    token = await csrf_token(client, "/reset")
    return await client.post("/reset", data={"csrf_token": token, "email": email})


async def test_password_reset_end_to_end(
    client: httpx.AsyncClient, second_client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    response = await _ask_reset(client, "anna@example.nl")
    assert response.status_code == 303
    assert "Hoort dit adres bij een account?" in (await client.get("/login")).text
    (mail,) = sent_mails(settings)
    assert mail["To"] == "anna@example.nl"
    link = link_in(mail)

    form_page = await client.get(link)
    assert form_page.status_code == 200
    token = await csrf_token(client, link)
    mismatch = {"csrf_token": token, "password": NEW_PASSWORD, "password_repeat": "something else"}
    refused = await client.post(link, data=mismatch)
    assert refused.status_code == 422
    assert 'id="f-password_repeat-error"' in refused.text
    too_short = await client.post(
        link, data={"csrf_token": token, "password": "short", "password_repeat": "short"}
    )
    assert too_short.status_code == 422
    assert 'id="f-password-error"' in too_short.text

    good = {"csrf_token": token, "password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD}
    done = await client.post(link, data=good)
    assert done.status_code == 303
    assert (await client.get("/settings")).status_code == 200  # logged in by the reset

    # The link is spent once the password changed.
    spent = await client.get(link)
    assert spent.status_code == 404
    assert 'href="/reset"' in spent.text
    token = await csrf_token(client, "/settings")
    again = {
        "csrf_token": token,
        "password": "yet another phrase",
        "password_repeat": "yet another phrase",
    }
    assert (await client.post(link, data=again)).status_code == 404

    await login(second_client, "anna", NEW_PASSWORD)
    user = await User.get(username="anna")
    assert await passwords.verify_password(user.password_hash, NEW_PASSWORD)


async def test_reset_answers_the_same_for_unknown_address(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    response = await _ask_reset(client, "nobody@example.nl")
    assert response.status_code == 303
    assert "Hoort dit adres bij een account?" in (await client.get("/login")).text
    assert sent_mails(settings) == []
    empty = await _ask_reset(client, "")
    assert empty.status_code == 422
    assert 'id="f-email-error"' in empty.text


async def test_reset_bad_token(client: httpx.AsyncClient) -> None:
    page = await client.get("/reset/not-a-token")
    assert page.status_code == 404
    assert "niet geldig of verlopen" in page.text


async def test_session_ends_after_password_change_elsewhere(
    client: httpx.AsyncClient, second_client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    await login(second_client, "anna")
    token = await csrf_token(second_client, "/settings")
    form = {
        "csrf_token": token,
        "current_password": PASSWORD,
        "new_password": NEW_PASSWORD,
        "new_password_repeat": NEW_PASSWORD,
    }
    response = await second_client.post("/settings/password", data=form)
    assert response.status_code == 303
    assert (await second_client.get("/settings")).status_code == 200  # this session stays
    ended = await client.get("/settings")
    assert ended.status_code == 303
    assert ended.headers["location"] == "/login?next=/settings"


async def test_change_password_needs_current_one(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    user = await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    form = {
        "csrf_token": token,
        "current_password": "not my password",
        "new_password": NEW_PASSWORD,
        "new_password_repeat": NEW_PASSWORD,
    }
    response = await client.post("/settings/password", data=form)
    assert response.status_code == 422
    assert 'id="f-current_password-error"' in response.text
    assert NEW_PASSWORD not in response.text
    assert (await User.get(id=user.id)).password_hash == user.password_hash


async def test_settings_needs_login(client: httpx.AsyncClient) -> None:
    response = await client.get("/settings")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/settings"


async def test_settings_edit_profile(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    page = await client.get("/settings")
    assert 'value="Anna Jansen"' in page.text
    token = await csrf_token(client, "/settings")
    form = {
        "csrf_token": token,
        "name": "x" * 101,
        "organisation": "",
        "role": "pilot",
        "bio": "Ik melk koeien.",
        "language": "de",
    }
    refused = await client.post("/settings", data=form)
    assert refused.status_code == 422
    for field in ("name", "organisation", "role", "language"):
        assert f'id="f-{field}-error"' in refused.text, field
    assert "Ik melk koeien." in refused.text
    unchanged = await User.get(username="anna")
    assert (unchanged.name, unchanged.organisation) == ("Anna Jansen", "LTO Noord")

    form.update(name="Anna de Vries", private_person="on", role="resident", language="en")
    saved = await client.post("/settings", data=form)
    assert saved.status_code == 303
    user = await User.get(username="anna")
    assert (user.name, user.organisation, user.role, user.bio, user.language) == (
        "Anna de Vries",
        "",
        "resident",
        "Ik melk koeien.",
        "en",
    )
    english = await client.get("/settings")
    assert "Your profile is saved." in english.text
    assert 'name="private_person" value="on" checked' in english.text


async def test_api_token_shown_once_and_revoked(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    user = await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    empty = await client.post("/settings/tokens", data={"csrf_token": token, "token_name": ""})
    assert empty.status_code == 422
    assert 'id="f-token_name-error"' in empty.text
    assert await ApiToken.all().count() == 0

    created = await client.post(
        "/settings/tokens", data={"csrf_token": token, "token_name": "mijn spreadsheet"}
    )
    assert created.status_code == 200
    match = TOKEN_RE.search(created.text)
    assert match
    secret = match.group(1)
    record = await ApiToken.get(user_id=user.id)
    assert record.name == "mijn spreadsheet"
    assert record.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in record.token_hash
    assert (await tokens.user_for_token(secret)) is not None

    listing = await client.get("/settings")
    assert "mijn spreadsheet" in listing.text
    assert secret not in listing.text
    assert "nooit" not in listing.text  # last used just now, by user_for_token above

    revoke = await client.post(f"/settings/tokens/{record.id}/revoke", data={"csrf_token": token})
    assert revoke.status_code == 303
    assert await ApiToken.all().count() == 0
    assert (await tokens.user_for_token(secret)) is None


async def test_cannot_revoke_someone_elses_token(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    other = await make_user(settings, "bert")
    await tokens.create_token(other, "bert's")
    record = await ApiToken.get(user_id=other.id)
    await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    response = await client.post(f"/settings/tokens/{record.id}/revoke", data={"csrf_token": token})
    assert response.status_code == 404
    no_csrf = await client.post(f"/settings/tokens/{record.id}/revoke", data={})
    assert no_csrf.status_code == 403
    assert await ApiToken.filter(id=record.id).exists()


async def test_profile_page(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await make_user(settings, "anna", organisation="LTO Noord", role="farmers_organisation")
    group = await make_group(anna)
    await accounts.update_profile(
        anna,
        name=anna.name,
        organisation=anna.organisation,
        private_person=False,
        role=anna.role,
        bio="Ik werk bij LTO.\n<script>alert(1)</script>",
        language=None,
    )
    await posts.create_post(anna, group, "Meetnet voor stikstof", "Wie doet mee?")
    page = await client.get("/u/anna")
    assert page.status_code == 200
    text = page.text
    assert "<h1" in text and "Anna Jansen" in text
    assert "LTO Noord" in text
    assert "boerenorganisatie" in text
    assert "Stikstof Gelderse Vallei" in text and "eigenaar" in text
    assert 'href="/g/gelderse-vallei"' in text
    assert "Meetnet voor stikstof" in text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;" in text
    assert "Lid sinds" in text


async def test_profile_of_private_person(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "klaas", organisation="", role="resident")
    page = await client.get("/u/klaas")
    assert "Privépersoon" in page.text
    assert "inwoner" in page.text
    assert "Nog geen lid van een gebiedsgroep." in page.text


async def test_profile_member_role(client: httpx.AsyncClient, settings: Settings) -> None:
    owner = await make_user(settings, "anna")
    group = await make_group(owner)
    bert = await make_user(settings, "bert", organisation="Natuurmonumenten", role="ngo")
    await groups.join(bert, group)
    page = await client.get("/u/bert", headers={"accept-language": "en"})
    assert "Natuurmonumenten" in page.text
    assert "NGO" in page.text
    assert "Stikstof Gelderse Vallei" in page.text and ">member<" in page.text


async def test_unknown_profile_is_404(client: httpx.AsyncClient) -> None:
    page = await client.get("/u/nobody")
    assert page.status_code == 404
    assert "Deze persoon bestaat niet." in page.text


async def test_reset_requests_are_rate_limited(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    for _ in range(accounts.RESET_MAILS_PER_HOUR):
        assert (await _ask_reset(client, "anna@example.nl")).status_code == 303
    refused = await _ask_reset(client, "anna@example.nl")
    assert refused.status_code == 429
    assert len(sent_mails(settings)) == accounts.RESET_MAILS_PER_HOUR


async def test_change_password_attempts_are_limited(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    user = await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    form = {
        "csrf_token": token,
        "current_password": "a wrong guess",
        "new_password": NEW_PASSWORD,
        "new_password_repeat": NEW_PASSWORD,
    }
    for _ in range(accounts.PASSWORD_CHECKS_PER_15_MIN):
        assert (await client.post("/settings/password", data=form)).status_code == 422
    right = {**form, "current_password": PASSWORD}
    assert (await client.post("/settings/password", data=right)).status_code == 429
    assert (await User.get(id=user.id)).password_hash == user.password_hash
