"""A person changes their own e-mail address: the current password, a link to the new address,
a notice to the old one, and the change only when the link is opened."""

from __future__ import annotations

import re
import time

import httpx
import pytest
from itsdangerous import URLSafeTimedSerializer

from server.config import Settings
from server.models import User
from server.services import email_change
from server.services.errors import Invalid, NotFound, RateLimited
from tests.conftest import PASSWORD, csrf_token, login, make_user, sent_mails

LINK_RE = re.compile(r"http://testserver(/settings/email/[^\s]+)")


def _body(message: object) -> str:
    import email.message

    assert isinstance(message, email.message.Message)
    part = message.get_body(("plain",)) if hasattr(message, "get_body") else message
    payload = (part or message).get_payload(decode=True)
    return payload.decode() if isinstance(payload, bytes) else str(payload)


async def _ask(client: httpx.AsyncClient, new_email: str, password: str) -> httpx.Response:
    token = await csrf_token(client, "/settings")
    data = {"csrf_token": token, "new_email": new_email, "email_password": password}
    return await client.post("/settings/email", data=data)


def _mail_to(settings: Settings, address: str) -> list[str]:
    return [_body(m) for m in sent_mails(settings) if m["To"] == address]


async def test_the_change_happens_when_the_link_is_opened(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna = await make_user(settings, "anna")
    await login(client, "anna")
    asked = await _ask(client, " Anna.Nieuw@Example.nl ", PASSWORD)
    assert asked.status_code == 303
    # Nothing changes yet; the old address is told, the new one gets the link.
    assert (await User.get(id=anna.id)).email == "anna@example.nl"
    [notice] = _mail_to(settings, "anna@example.nl")
    assert "anna.nieuw@example.nl" in notice and "/settings/email/" not in notice
    [confirmation] = _mail_to(settings, "anna.nieuw@example.nl")
    match = LINK_RE.search(confirmation)
    assert match
    # Opening the link (as a mail scanner would) shows the new address and a button only.
    opened = await client.get(match.group(1))
    assert opened.status_code == 200
    assert f'action="{match.group(1)}"' in opened.text and "anna.nieuw@example.nl" in opened.text
    assert (await User.get(id=anna.id)).email == "anna@example.nl"
    saved = await client.post(match.group(1))
    assert saved.status_code == 303
    changed = await User.get(id=anna.id)
    assert changed.email == "anna.nieuw@example.nl" and changed.email_confirmed_at is not None
    # The link works once: the address it replaces is gone.
    assert (await client.get(match.group(1))).status_code == 404
    assert (await client.post(match.group(1))).status_code == 404
    # Logging in with the new address works.
    await client.post("/logout", data={"csrf_token": await csrf_token(client, "/settings")})
    await login(client, "anna.nieuw@example.nl")


async def test_a_wrong_password_sends_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    response = await _ask(client, "anna.nieuw@example.nl", "not my password")
    assert response.status_code == 422
    assert 'id="f-email_password-error"' in response.text
    assert 'value="anna.nieuw@example.nl"' in response.text  # kept for the next try
    assert not _mail_to(settings, "anna.nieuw@example.nl")
    assert not _mail_to(settings, "anna@example.nl")


async def test_an_address_of_another_account_is_refused(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await make_user(settings, "bert")
    await login(client, "anna")
    response = await _ask(client, "BERT@example.nl", PASSWORD)
    assert response.status_code == 422
    assert "Er is al een account met dit e-mailadres." in response.text  # Dutch by default
    assert not _mail_to(settings, "bert@example.nl")


async def test_invalid_and_unchanged_addresses_are_refused(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    for address in ("", "geen-adres", "anna@example.nl"):
        with pytest.raises(Invalid) as caught:
            await email_change.request_change(settings, anna, PASSWORD, address)
        assert "new_email" in caught.value.fields


async def test_a_forged_or_expired_link_changes_nothing(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = await make_user(settings, "anna")
    forged = URLSafeTimedSerializer("not the secret", salt="change-email").dumps(
        {"u": anna.id, "e": "dief@example.nl", "o": "anna@example.nl"}
    )
    assert (await client.get(f"/settings/email/{forged}")).status_code == 404
    assert (await client.post(f"/settings/email/{forged}")).status_code == 404
    await email_change.request_change(settings, anna, PASSWORD, "anna.nieuw@example.nl")
    [confirmation] = _mail_to(settings, "anna.nieuw@example.nl")
    match = LINK_RE.search(confirmation)
    assert match
    token = match.group(1).rsplit("/", 1)[1]
    # Opened a day and a bit later (itsdangerous reads the clock through time.time).
    later = time.time() + email_change.CHANGE_MAX_AGE + 60
    monkeypatch.setattr(time, "time", lambda: later)
    with pytest.raises(NotFound):
        await email_change.confirm_change(settings, token)
    assert (await User.get(id=anna.id)).email == "anna@example.nl"


async def test_an_address_taken_before_the_link_is_opened_is_refused(
    settings: Settings,
) -> None:
    anna = await make_user(settings, "anna")
    await email_change.request_change(settings, anna, PASSWORD, "gedeeld@example.nl")
    [confirmation] = _mail_to(settings, "gedeeld@example.nl")
    match = LINK_RE.search(confirmation)
    assert match
    bert = await make_user(settings, "bert")
    await User.filter(id=bert.id).update(email="gedeeld@example.nl")
    with pytest.raises(NotFound):
        await email_change.confirm_change(settings, match.group(1).rsplit("/", 1)[1])
    assert (await User.get(id=anna.id)).email == "anna@example.nl"


async def test_asking_is_rate_limited(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    for n in range(email_change.CHANGE_MAILS_PER_HOUR):
        await email_change.request_change(settings, anna, PASSWORD, f"nieuw{n}@example.nl")
    with pytest.raises(RateLimited):
        await email_change.request_change(settings, anna, PASSWORD, "nog.een@example.nl")
    assert not _mail_to(settings, "nog.een@example.nl")


async def test_the_settings_page_has_the_form(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    page = await client.get("/settings")
    assert 'action="/settings/email"' in page.text
    assert 'name="new_email"' in page.text and 'name="email_password"' in page.text
