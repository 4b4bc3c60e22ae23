"""Hardening of the web layer: NUL characters in input, a language switch that writes nothing,
and feed cursors written with another UTC offset."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from server import i18n
from server.config import Settings
from server.models import Post, User
from server.services import accounts, groups, posts
from server.services.errors import FieldErrors, Invalid
from tests.app.test_web_accounts import sign_up_form
from tests.conftest import PASSWORD, api_headers, csrf_token, login, make_group, make_user

NOT_ALLOWED = "This contains a character that is not allowed."


# --- NUL characters --------------------------------------------------------------------------


async def test_login_with_nul_in_the_name_is_no_server_error(
    client: httpx.AsyncClient,
) -> None:
    token = await csrf_token(client, "/login")
    form = {"csrf_token": token, "login": "be\x00heer", "password": PASSWORD}
    response = await client.post("/login", data=form)
    # The NUL is dropped from what was typed, so this is just `beheer`.
    assert response.status_code == 303
    assert (await client.get("/settings")).status_code == 200


async def test_forms_drop_nul_characters(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client, "/register")
    form = sign_up_form(token, name="Piet\x00 de Boer", organisation="De\x00 Boer")
    response = await client.post("/register", data=form)
    assert response.status_code == 303, response.text
    piet = await User.get(username="piet")
    assert (piet.name, piet.organisation) == ("Piet de Boer", "De Boer")


async def test_nul_kept_in_a_refused_form_is_dropped(client: httpx.AsyncClient) -> None:
    token = await csrf_token(client, "/register")
    form = sign_up_form(token, name="Piet\x00" + "x" * 200)
    response = await client.post("/register", data=form)
    assert response.status_code == 422
    assert "\x00" not in response.text and "Pietxxx" in response.text


async def test_profile_bio_with_nul(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    token = await csrf_token(client, "/settings")
    form = {"csrf_token": token, "name": "Anna", "organisation": "LTO", "role": "farmer"}
    response = await client.post("/settings", data={**form, "bio": "melk\x00vee"})
    assert response.status_code == 303
    assert (await User.get(username="anna")).bio == "melkvee"


async def test_query_with_nul_is_no_server_error(client: httpx.AsyncClient) -> None:
    response = await client.get("/groups?q=a%00b")
    assert response.status_code < 500


def test_field_errors_refuse_nul_with_a_clear_message() -> None:
    errors = FieldErrors()
    assert errors.text("title", " a\x00b ", max_length=10) == "a\x00b"
    errors.text("body", "\x00", max_length=10, required=False)
    assert errors.fields == {"title": (NOT_ALLOWED, {}), "body": (NOT_ALLOWED, {})}
    assert i18n.gettext(NOT_ALLOWED, "nl") == "Hier staat een teken in dat niet mag."


async def test_services_refuse_nul_and_store_nothing(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    with pytest.raises(Invalid) as problem:
        await posts.create_post(anna, group, "Titel\x00", "Tekst")
    assert problem.value.fields["title"][0] == NOT_ALLOWED
    assert await Post.all().count() == 0
    with pytest.raises(Invalid):
        await accounts.update_profile(
            anna, name="A\x00", organisation="LTO", private_person=False, role="farmer",
            bio="", language=None,
        )  # fmt: skip
    assert (await User.get(id=anna.id)).name == "Anna Jansen"


async def test_api_refuses_nul_in_json(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    await make_group(anna)
    auth = await api_headers(anna, "nl")
    response = await client.post(
        "/api/v1/groups/gelderse-vallei/posts", json={"title": "a\x00b", "body": "x"}, headers=auth
    )
    # The API's schema refuses it before the service sees it; either way a clear error.
    assert response.status_code in (400, 422)
    assert response.json()["error"] and response.json()["message"]
    assert await Post.all().count() == 0


# --- Language switch -------------------------------------------------------------------------


def test_cookie_choice_comes_before_profile_and_browser() -> None:
    def choose(chosen: str | None, profile: str | None, accept: str = "") -> str:
        return i18n.choose_language(
            chosen=chosen, profile_language=profile, accept_language=accept, default="nl"
        )

    assert choose("en", "nl", "nl") == "en"
    assert choose(None, "en", "nl") == "en"
    assert choose("xx", "en", "nl") == "en"
    assert choose(None, None, "de, en;q=0.5") == "en"
    assert choose(None, None, "de") == "nl"


async def test_language_link_writes_nothing(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna", language="nl")
    await login(client, "anna")
    assert '<html lang="nl">' in (await client.get("/settings")).text
    # What `<img src="/lang/en">` on another site would do: it must not change the profile.
    response = await client.get("/lang/en?next=/settings")
    assert response.status_code == 303
    assert (await User.get(username="anna")).language == "nl"
    # This browser still switches, although the profile says Dutch.
    assert '<html lang="en">' in (await client.get("/settings")).text


async def test_saving_the_profile_language_switches_this_browser(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna", language="nl")
    await login(client, "anna")
    await client.get("/lang/en")
    token = await csrf_token(client, "/settings")
    form = {"csrf_token": token, "name": "Anna", "organisation": "LTO", "role": "farmer"}
    saved = await client.post("/settings", data={**form, "language": "nl"})
    assert saved.status_code == 303
    assert '<html lang="nl">' in (await client.get("/settings")).text
    # No preference: this browser's choice is forgotten, the browser's languages decide.
    await client.post("/settings", data={**form, "language": ""})
    assert (await User.get(username="anna")).language is None
    page = await client.get("/settings", headers={"accept-language": "en"})
    assert '<html lang="en">' in page.text


async def test_unknown_language_sets_nothing(client: httpx.AsyncClient) -> None:
    response = await client.get("/lang/de")
    assert response.status_code == 303
    assert "set-cookie" not in response.headers or "lang=" not in response.headers["set-cookie"]


# --- Feed cursors ----------------------------------------------------------------------------


def _cursor_in_offset(cursor: str, hours: int) -> str:
    moment, item_id = posts.decode_cursor(cursor)
    shifted = moment.astimezone(timezone(timedelta(hours=hours)))
    return posts.encode_cursor(shifted, item_id)


async def test_cursor_with_another_offset_gives_the_same_page(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    assert await groups.membership(anna, group) is not None
    for n in range(5):
        await posts.create_post(anna, group, f"Bericht {n}", "Tekst")
    first = await posts.feed(group, limit=2)
    assert first.next_cursor is not None
    expected = await posts.feed(group, first.next_cursor, limit=2)
    for hours in (1, -5):
        shifted = _cursor_in_offset(first.next_cursor, hours)
        assert shifted != first.next_cursor
        raw = base64.urlsafe_b64decode(shifted + "=" * (-len(shifted) % 4)).decode()
        assert datetime.fromisoformat(raw.partition("|")[0]).utcoffset() == timedelta(hours=hours)
        again = await posts.feed(group, shifted, limit=2)
        assert [p["id"] for p in again.items] == [p["id"] for p in expected.items]
        assert again.next_cursor == expected.next_cursor
