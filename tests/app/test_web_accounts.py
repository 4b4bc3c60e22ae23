"""Account pages: set-up, sign-up, confirmation, login and logout."""

from __future__ import annotations

import re
from email.message import Message
from typing import Any

import httpx
import pytest

from server.config import Settings
from server.models import InstanceSettings, RateLimitHit, Rule, User
from tests.conftest import PASSWORD, csrf_token, login, make_user, sent_mails

LINK_RE = re.compile(r"http://testserver(/\S+)")


def mail_text(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def link_in(message: Message) -> str:
    match = LINK_RE.search(mail_text(message))
    assert match, mail_text(message)
    return match.group(1)


def sign_up_form(token: str, **changes: Any) -> dict[str, Any]:
    form = {
        "csrf_token": token,
        "name": "Piet de Boer",
        "organisation": "Melkveebedrijf De Boer",
        "role": "farmer",
        "email": "piet@example.nl",
        "username": "piet",
        "password": PASSWORD,
        "agree_rules": "on",
    }
    form.update(changes)
    return {key: value for key, value in form.items() if value is not None}


async def sign_up(client: httpx.AsyncClient, **changes: Any) -> httpx.Response:
    token = await csrf_token(client, "/register")
    return await client.post("/register", data=sign_up_form(token, **changes))


@pytest.mark.parametrize(
    ("switch", "subject", "confirmed_text", "logged_out_text"),
    [
        (None, "Bevestig je e-mailadres", "Je e-mailadres is bevestigd", "Je bent uitgelogd"),
        ("/lang/en", "Confirm your e-mail address", "e-mail address is confirmed", "logged out"),
    ],
)
async def test_register_confirm_login_logout(
    client: httpx.AsyncClient,
    settings: Settings,
    switch: str | None,
    subject: str,
    confirmed_text: str,
    logged_out_text: str,
) -> None:
    if switch:
        await client.get(switch)
    response = await sign_up(client)
    assert response.status_code == 303
    user = await User.get(username="piet")
    assert user.email_confirmed_at is None
    assert user.organisation == "Melkveebedrijf De Boer"

    # Signed up means logged in; the flash asks to confirm.
    settings_page = await client.get("/settings")
    assert settings_page.status_code == 200
    assert "piet@example.nl" in settings_page.text

    mails = sent_mails(settings)
    assert len(mails) == 1
    assert mails[0]["To"] == "piet@example.nl"
    assert mails[0]["Subject"] == subject
    # Opening the link (as a mail scanner would) only shows a button.
    opened = await client.get(link_in(mails[0]))
    assert opened.status_code == 200
    assert f'action="{link_in(mails[0])}"' in opened.text and "piet@example.nl" in opened.text
    assert (await User.get(username="piet")).email_confirmed_at is None
    confirm = await client.post(link_in(mails[0]))
    assert confirm.status_code == 303
    assert confirmed_text in (await client.get("/settings")).text
    assert (await User.get(username="piet")).email_confirmed_at is not None

    token = await csrf_token(client, "/settings")
    out = await client.post("/logout", data={"csrf_token": token})
    assert out.status_code == 303
    assert logged_out_text in (await client.get("/login")).text
    assert (await client.get("/settings")).status_code == 303

    await login(client, "piet")
    assert (await client.get("/settings")).status_code == 200


async def test_english_through_accept_language(client: httpx.AsyncClient) -> None:
    page = await client.get("/register", headers={"accept-language": "en-GB,en;q=0.9"})
    assert "Make an account" in page.text
    assert "I take part as" in page.text
    dutch = await client.get("/register")
    assert "Ik doe mee als" in dutch.text


async def test_register_page_shows_roles_rules_and_hint(client: httpx.AsyncClient) -> None:
    await Rule.create(group=None, position=1, title="Wees aardig", body="Geen scheldwoorden.")
    page = await client.get("/register")
    assert page.status_code == 200
    assert page.text.count('type="radio" ') == 8
    assert "<legend>" in page.text
    for label in ("boer", "boerenorganisatie", "overheid", "kennisinstelling", "inwoner"):
        assert f">{label}</label>" in page.text
    assert "Wees aardig" in page.text and "Geen scheldwoorden." in page.text
    assert 'name="agree_rules"' in page.text
    assert "Minimaal 10 tekens" in page.text


async def test_register_empty_fields(client: httpx.AsyncClient, settings: Settings) -> None:
    empty = dict.fromkeys(("name", "organisation", "role", "email", "username", "password"), "")
    response = await sign_up(client, agree_rules=None, **empty)
    assert response.status_code == 422
    text = response.text
    assert 'class="error-summary"' in text
    for field in ("name", "organisation", "role", "email", "username", "password", "agree_rules"):
        assert f'id="f-{field}-error"' in text, field
    assert "Vul dit in." in text
    assert await User.filter(username="piet").count() == 0
    assert sent_mails(settings) == []


async def test_register_too_long_name_keeps_values(client: httpx.AsyncClient) -> None:
    response = await sign_up(client, name="x" * 101)
    assert response.status_code == 422
    assert 'id="f-name-error"' in response.text
    assert "maximaal 100 tekens" in response.text
    assert 'aria-invalid="true"' in response.text
    # What was typed stays, except the password.
    assert 'value="piet@example.nl"' in response.text
    assert 'value="farmer" checked' in response.text
    assert PASSWORD not in response.text
    assert not await User.filter(email="piet@example.nl").exists()


async def test_private_person_needs_no_organisation(client: httpx.AsyncClient) -> None:
    response = await sign_up(client, organisation="", private_person="on")
    assert response.status_code == 303
    assert (await User.get(username="piet")).organisation == ""


async def test_register_duplicate_username(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "piet")
    response = await sign_up(client, email="other@example.nl")
    assert response.status_code == 422
    assert 'id="f-username-error"' in response.text
    assert await User.filter(username="piet").count() == 1


async def test_register_duplicate_email(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "klaas")
    response = await sign_up(client, email="KLAAS@example.nl")
    assert response.status_code == 422
    assert 'id="f-email-error"' in response.text
    assert "al een account met dit e-mailadres" in response.text
    assert not await User.filter(username="piet").exists()


async def test_register_closed(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client, "/login")
    await InstanceSettings.filter(id=1).update(open_registration=False)
    page = await client.get("/register")
    assert page.status_code == 403
    assert "geen nieuw account maken" in page.text
    response = await client.post("/register", data=sign_up_form(token))
    assert response.status_code == 403
    assert not await User.filter(username="piet").exists()


@pytest.mark.parametrize("token", [None, "wrong"])
async def test_register_without_right_csrf(
    client: httpx.AsyncClient, settings: Settings, token: str | None
) -> None:
    await csrf_token(client, "/register")
    response = await client.post("/register", data=sign_up_form(token))  # type: ignore[arg-type]
    assert response.status_code == 403
    assert "Dit formulier is verlopen" in response.text
    assert not await User.filter(username="piet").exists()
    assert sent_mails(settings) == []


@pytest.mark.parametrize("token", [None, "wrong"])
async def test_login_and_logout_without_right_csrf(
    client: httpx.AsyncClient, settings: Settings, token: str | None
) -> None:
    await make_user(settings, "anna")
    await csrf_token(client, "/login")
    form = {"login": "anna", "password": PASSWORD}
    if token:
        form["csrf_token"] = token
    assert (await client.post("/login", data=form)).status_code == 403
    assert (await client.get("/settings")).status_code == 303

    await login(client, "anna")
    out = await client.post("/logout", data={"csrf_token": token} if token else {})
    assert out.status_code == 403
    assert (await client.get("/settings")).status_code == 200
    assert (await client.get("/logout")).status_code == 405


async def test_setup_wizard(fresh_client: httpx.AsyncClient, settings: Settings) -> None:
    assert (await fresh_client.get("/login")).headers["location"] == "/setup"
    token = await csrf_token(fresh_client, "/setup")
    form = sign_up_form(token, agree_rules=None, username="beheer", email="beheer@example.nl")
    form.update(instance_name="Polder Utrecht", region="Provincie Utrecht")
    response = await fresh_client.post("/setup", data=form)
    assert response.status_code == 303
    assert response.headers["location"] == "/"

    admin = await User.get(username="beheer")
    assert admin.is_admin and admin.email_confirmed_at is not None
    instance = await InstanceSettings.get(id=1)
    assert (instance.name, instance.region) == ("Polder Utrecht", "Provincie Utrecht")
    assert await Rule.filter(group_id=None).count() == 4
    # Logged in as the admin, and the wizard is gone.
    settings_page = await fresh_client.get("/settings")
    assert settings_page.status_code == 200
    assert "Polder Utrecht" in settings_page.text
    again = await fresh_client.get("/setup")
    assert again.status_code == 303 and again.headers["location"] == "/"
    second = await fresh_client.post("/setup", data=form)
    assert second.status_code == 303
    assert await User.filter(is_admin=True).count() == 1


async def test_setup_shows_all_problems(fresh_client: httpx.AsyncClient) -> None:
    token = await csrf_token(fresh_client, "/setup")
    form = sign_up_form(token, name="", email="not-an-address")
    form.update(instance_name="", region="x" * 101)
    response = await fresh_client.post("/setup", data=form)
    assert response.status_code == 422
    for field in ("instance_name", "region", "name", "email"):
        assert f'id="f-{field}-error"' in response.text, field
    assert 'value="Melkveebedrijf De Boer"' in response.text
    assert await User.all().count() == 0
    assert await InstanceSettings.all().count() == 0


async def test_setup_without_csrf(fresh_client: httpx.AsyncClient) -> None:
    await csrf_token(fresh_client, "/setup")
    form = sign_up_form("wrong", instance_name="Polder", region="Ede")
    assert (await fresh_client.post("/setup", data=form)).status_code == 403
    assert await User.all().count() == 0


async def test_setup_redirects_away_once_set_up(client: httpx.AsyncClient) -> None:
    response = await client.get("/setup")
    assert response.status_code == 303
    assert response.headers["location"] == "/"


async def test_login_wrong_password(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    token = await csrf_token(client, "/login")
    response = await client.post(
        "/login", data={"csrf_token": token, "login": "anna", "password": "wrong password"}
    )
    assert response.status_code == 422
    assert 'id="f-password-error"' in response.text
    assert "niet goed" in response.text
    assert 'value="anna"' in response.text
    assert (await client.get("/settings")).status_code == 303


async def test_login_with_email_and_safe_next(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    page = await client.get("/login?next=/settings")
    assert 'name="next" value="/settings"' in page.text
    token = await csrf_token(client, "/login")
    form = {"csrf_token": token, "login": "Anna@Example.nl", "password": PASSWORD}
    response = await client.post("/login", data={**form, "next": "/settings"})
    assert response.status_code == 303
    assert response.headers["location"] == "/settings"


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
async def test_login_refuses_offsite_next(
    client: httpx.AsyncClient, settings: Settings, target: str
) -> None:
    await make_user(settings, "anna")
    token = await csrf_token(client, "/login")
    form = {"csrf_token": token, "login": "anna", "password": PASSWORD, "next": target}
    response = await client.post("/login", data=form)
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    page = await client.get("/login?next=" + target)
    assert page.headers["location"] == "/"


async def test_login_rate_limit(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    token = await csrf_token(client, "/login")
    wrong = {"csrf_token": token, "login": "anna", "password": "wrong password"}
    for _ in range(settings.login_attempts_per_15_min):
        assert (await client.post("/login", data=wrong)).status_code == 422
    right = {**wrong, "password": PASSWORD}
    response = await client.post("/login", data=right)
    assert response.status_code == 429
    assert "Wacht 15 minuten" in response.text
    assert 'value="anna"' in response.text
    assert (await client.get("/settings")).status_code == 303


async def test_successful_login_clears_account_failures(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await make_user(settings, "anna")
    key = f"login:account:{anna.id}"
    token = await csrf_token(client, "/login")
    await client.post("/login", data={"csrf_token": token, "login": "anna", "password": "nope"})
    assert await RateLimitHit.filter(key=key).count() == 1
    await login(client, "anna")
    assert await RateLimitHit.filter(key=key).count() == 0
    # A right login is not counted against the client either: colleagues behind one
    # office address must not lock each other out.
    assert await RateLimitHit.filter(key__startswith="login:client:").count() == 1


async def test_login_rotates_csrf_token(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    before = await csrf_token(client, "/login")
    await login(client, "anna")
    after = await csrf_token(client, "/settings")
    assert before != after


async def test_bad_confirmation_link(client: httpx.AsyncClient, settings: Settings) -> None:
    page = await client.get("/confirm/not-a-token")
    assert page.status_code == 404
    assert "niet geldig of verlopen" in page.text
    assert 'href="/login?next=/settings"' in page.text

    await make_user(settings, "anna", confirmed=False)
    await login(client, "anna")
    logged_in = await client.get("/confirm/not-a-token")
    assert logged_in.status_code == 404
    assert 'action="/confirm/resend"' in logged_in.text
    posted = await client.post("/confirm/not-a-token")
    assert posted.status_code == 404 and "niet geldig of verlopen" in posted.text
    assert (await User.get(username="anna")).email_confirmed_at is None


async def test_resend_confirmation_is_rate_limited(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna", confirmed=False)
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    for _ in range(3):
        response = await client.post("/confirm/resend", data={"csrf_token": token})
        assert response.status_code == 303
    assert len(sent_mails(settings)) == 4  # the first mail at sign-up, then three
    refused = await client.post("/confirm/resend", data={"csrf_token": token})
    assert refused.status_code == 429
    assert len(sent_mails(settings)) == 4
    assert (await client.post("/confirm/resend", data={})).status_code == 403

    confirm = await client.post(link_in(sent_mails(settings)[-1]))
    assert confirm.status_code == 303
    assert (await User.get(username="anna")).email_confirmed_at is not None


async def test_login_empty_fields_are_not_counted(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client, "/login")
    response = await client.post("/login", data={"csrf_token": token, "login": "", "password": ""})
    assert response.status_code == 422
    assert 'id="f-login-error"' in response.text and 'id="f-password-error"' in response.text
    assert await RateLimitHit.all().count() == 0


async def test_resend_when_already_confirmed(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    response = await client.post("/confirm/resend", data={"csrf_token": token})
    assert response.status_code == 303
    assert "Je e-mailadres is al bevestigd." in (await client.get("/settings")).text
    assert sent_mails(settings) == []
