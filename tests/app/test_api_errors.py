"""Bad input to the JSON API: the right status and error code, a message, nothing stored."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from server.api.bodies import MAX_BODY_BYTES
from server.config import Settings
from server.models import Group, Membership, Post, Reply, User
from server.services import posts as post_service
from tests.conftest import api_headers, make_group, make_user

API = "/api/v1"
FEED = f"{API}/groups/gelderse-vallei/posts"


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert body["error"] == code
    assert isinstance(body["message"], str) and body["message"].strip()
    return body


@pytest.fixture
async def anna(settings: Settings, admin: User) -> User:
    """A member of the group `gelderse-vallei`, which `beheer` owns."""
    user = await make_user(settings, "anna")
    group = await make_group(admin)
    await Membership.create(user=user, group=group)
    return user


async def _counts() -> tuple[int, int, int, int]:
    return (
        await Post.all().count(),
        await Reply.all().count(),
        await Group.all().count(),
        await Membership.all().count(),
    )


async def test_write_without_token_is_401(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    response = await client.post(FEED, json={"title": "Hallo", "body": "Tekst"})
    assert_error(response, 401, "not_authenticated")
    assert await _counts() == before


async def test_invalid_token_on_write_is_401(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    response = await client.post(
        FEED, json={"title": "Hallo", "body": "Tekst"}, headers={"authorization": "Bearer pld_x"}
    )
    assert_error(response, 401, "not_authenticated")
    assert await _counts() == before


async def test_invalid_token_on_read_is_401_not_anonymous(
    client: httpx.AsyncClient, anna: User
) -> None:
    response = await client.get(FEED, headers={"authorization": "Bearer nope"})
    assert_error(response, 401, "not_authenticated")


async def test_me_needs_a_token(client: httpx.AsyncClient) -> None:
    assert_error(await client.get(f"{API}/me"), 401, "not_authenticated")


async def test_reading_needs_no_token(client: httpx.AsyncClient, anna: User) -> None:
    assert (await client.get(FEED)).status_code == 200
    assert (await client.get(f"{API}/groups/gelderse-vallei")).status_code == 200


async def test_editing_someone_elses_post_is_403(
    client: httpx.AsyncClient, settings: Settings, anna: User, admin: User
) -> None:
    group = await Group.get(slug="gelderse-vallei")
    post = await post_service.create_post(admin, group, "Van beheer", "Origineel")
    auth = await api_headers(anna)
    edit = await client.patch(f"{API}/posts/{post.id}", json={"body": "Gekaapt"}, headers=auth)
    assert_error(edit, 403, "forbidden")
    delete = await client.delete(f"{API}/posts/{post.id}", headers=auth)
    assert_error(delete, 403, "forbidden")
    stored = await Post.get(id=post.id)
    assert stored.body == "Origineel" and stored.deleted_at is None and stored.edited_at is None


async def test_editing_someone_elses_reply_is_403(
    client: httpx.AsyncClient, anna: User, admin: User
) -> None:
    group = await Group.get(slug="gelderse-vallei")
    post = await post_service.create_post(admin, group, "Van beheer", "Tekst")
    reply = await post_service.create_reply(admin, post, "Origineel")
    auth = await api_headers(anna)
    edit = await client.patch(f"{API}/replies/{reply.id}", json={"body": "Nee"}, headers=auth)
    assert_error(edit, 403, "forbidden")
    assert (await Reply.get(id=reply.id)).body == "Origineel"


async def test_posting_without_membership_is_403(
    client: httpx.AsyncClient, settings: Settings, anna: User
) -> None:
    outsider = await make_user(settings, "otto")
    before = await _counts()
    response = await client.post(
        FEED, json={"title": "Hallo", "body": "Tekst"}, headers=await api_headers(outsider)
    )
    assert_error(response, 403, "forbidden")
    assert await _counts() == before


async def test_unconfirmed_account_cannot_join(
    client: httpx.AsyncClient, settings: Settings, anna: User
) -> None:
    new = await make_user(settings, "nieuw", confirmed=False)
    before = await _counts()
    response = await client.put(
        f"{API}/groups/gelderse-vallei/membership", headers=await api_headers(new)
    )
    assert_error(response, 403, "forbidden")
    assert await _counts() == before


async def test_group_creation_by_member_is_403_when_admins_only(
    client: httpx.AsyncClient, anna: User
) -> None:
    before = await _counts()
    response = await client.post(
        f"{API}/groups",
        json={"slug": "de-peel", "title": "De Peel", "area": "De Peel", "topic": "water"},
        headers=await api_headers(anna),
    )
    assert_error(response, 403, "forbidden")
    assert await _counts() == before


@pytest.mark.parametrize(
    "path",
    [
        "/groups/bestaat-niet",
        "/groups/bestaat-niet/posts",
        "/groups/NIET%00GOED",
        "/posts/999999",
        "/posts/99999999999999999999",
        "/posts/999999/replies",
        "/replies/999999",
        "/users/niemand",
        "/users/..%2F..",
        "/nergens",
    ],
)
async def test_unknown_things_are_404(client: httpx.AsyncClient, anna: User, path: str) -> None:
    assert_error(await client.get(API + path), 404, "not_found")


async def test_reply_to_unknown_post_is_404(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    response = await client.post(
        f"{API}/posts/424242/replies", json={"body": "Hoi"}, headers=await api_headers(anna)
    )
    assert_error(response, 404, "not_found")
    assert await _counts() == before


async def test_malformed_json_is_400(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    headers = {**await api_headers(anna, "en"), "content-type": "application/json"}
    response = await client.post(FEED, content=b'{"title": "Hallo", "body": ', headers=headers)
    body = assert_error(response, 400, "bad_request")
    assert "JSON" in body["message"] and "line 1" in body["message"]
    assert await _counts() == before


async def test_body_that_is_not_an_object_is_400(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    response = await client.post(FEED, json=["Hallo", "Tekst"], headers=await api_headers(anna))
    assert_error(response, 400, "bad_request")
    assert await _counts() == before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": 5, "body": "Tekst"}, "title"),
        ({"title": "Hallo", "body": None}, "body"),
        ({"title": "Hallo", "body": ["Tekst"]}, "body"),
        ({"title": "Hallo\x00", "body": "Tekst"}, "title"),
        ({"title": "Hallo", "body": "Tekst", "pinned": True}, "pinned"),
    ],
)
async def test_wrong_field_types_are_400_naming_the_field(
    client: httpx.AsyncClient, anna: User, payload: dict[str, Any], field: str
) -> None:
    before = await _counts()
    response = await client.post(FEED, json=payload, headers=await api_headers(anna, "en"))
    body = assert_error(response, 400, "bad_request")
    assert f"“{field}”" in body["message"]
    assert await _counts() == before


async def test_wrong_type_in_reply_parent_is_400(client: httpx.AsyncClient, anna: User) -> None:
    group = await Group.get(slug="gelderse-vallei")
    post = await post_service.create_post(anna, group, "Titel", "Tekst")
    before = await _counts()
    response = await client.post(
        f"{API}/posts/{post.id}/replies",
        json={"body": "Hoi", "parent_id": "1"},
        headers=await api_headers(anna),
    )
    assert_error(response, 400, "bad_request")
    assert await _counts() == before


async def test_wrong_content_type_is_415(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    headers = {**await api_headers(anna), "content-type": "text/plain"}
    content = json.dumps({"title": "Hallo", "body": "Tekst"})
    response = await client.post(FEED, content=content, headers=headers)
    assert_error(response, 415, "unsupported_media_type")
    form = await client.post(
        FEED, data={"title": "Hallo", "body": "Tekst"}, headers=await api_headers(anna)
    )
    assert_error(form, 415, "unsupported_media_type")
    assert await _counts() == before


async def test_body_too_large_is_413(client: httpx.AsyncClient, anna: User) -> None:
    before = await _counts()
    payload = {"title": "Groot", "body": "x" * (MAX_BODY_BYTES + 1)}
    response = await client.post(FEED, json=payload, headers=await api_headers(anna))
    assert_error(response, 413, "too_large")
    assert await _counts() == before


async def test_body_too_large_without_content_length_is_413(
    client: httpx.AsyncClient, anna: User
) -> None:
    async def chunks() -> Any:
        yield b'{"title": "Groot", "body": "'
        for _ in range(MAX_BODY_BYTES // 65536 + 1):
            yield b"x" * 65536
        yield b'"}'

    headers = {**await api_headers(anna), "content-type": "application/json"}
    response = await client.post(FEED, content=chunks(), headers=headers)
    assert_error(response, 413, "too_large")
    assert await Post.all().count() == 0


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({"title": "", "body": "Tekst"}, {"title"}),
        ({"title": "   ", "body": "  "}, {"title", "body"}),
        ({"body": "Tekst"}, {"title"}),
        ({"title": "x" * (post_service.MAX_TITLE + 1), "body": "Tekst"}, {"title"}),
        ({"title": "Hallo", "body": "x" * (post_service.MAX_BODY + 1)}, {"body"}),
    ],
)
async def test_empty_or_too_long_fields_are_422(
    client: httpx.AsyncClient, anna: User, payload: dict[str, Any], fields: set[str]
) -> None:
    before = await _counts()
    response = await client.post(FEED, json=payload, headers=await api_headers(anna))
    body = assert_error(response, 422, "invalid")
    assert set(body["fields"]) == fields
    assert all(message for message in body["fields"].values())
    assert await _counts() == before


async def test_edit_with_empty_title_changes_nothing(client: httpx.AsyncClient, anna: User) -> None:
    group = await Group.get(slug="gelderse-vallei")
    post = await post_service.create_post(anna, group, "Titel", "Tekst")
    response = await client.patch(
        f"{API}/posts/{post.id}",
        json={"title": " ", "body": "Nieuw"},
        headers=await api_headers(anna),
    )
    assert_error(response, 422, "invalid")
    stored = await Post.get(id=post.id)
    assert (stored.title, stored.body, stored.edited_at) == ("Titel", "Tekst", None)


async def test_reply_to_reply_in_other_thread_is_422(client: httpx.AsyncClient, anna: User) -> None:
    group = await Group.get(slug="gelderse-vallei")
    first = await post_service.create_post(anna, group, "Een", "Tekst")
    second = await post_service.create_post(anna, group, "Twee", "Tekst")
    elsewhere = await post_service.create_reply(anna, first, "Daar")
    for parent in (elsewhere.id, 2**40):
        response = await client.post(
            f"{API}/posts/{second.id}/replies",
            json={"body": "Hier", "parent_id": parent},
            headers=await api_headers(anna),
        )
        body = assert_error(response, 422, "invalid")
        assert set(body["fields"]) == {"parent_id"}
    assert await Reply.filter(post_id=second.id).count() == 0


async def test_invalid_group_is_422_and_not_stored(client: httpx.AsyncClient, admin: User) -> None:
    before = await _counts()
    response = await client.post(
        f"{API}/groups",
        json={"slug": "X", "title": "", "area": "a" * 121, "topic": "maan",
              "rules": [{"title": "r" * 201}]},
        headers=await api_headers(admin),
    )  # fmt: skip
    body = assert_error(response, 422, "invalid")
    assert set(body["fields"]) >= {"area", "rules"}
    assert await _counts() == before


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "niet-geldig"},
        {"cursor": "!!!"},
        {"cursor": "MjAyNi0wMS0wMVQwMDowMDowMHwx"},  # a naive time: not one we hand out
        {"cursor": "OTk5OS0xMi0zMVQyMzo1OTo1OS0yMzo1OXwx"},  # beyond the calendar in UTC
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "tien"},
        {"limit": "9" * 5000},
    ],
)
async def test_bad_cursor_or_limit_is_422(
    client: httpx.AsyncClient, anna: User, params: dict[str, str]
) -> None:
    body = assert_error(await client.get(FEED, params=params), 422, "invalid")
    assert set(body["fields"]) == set(params)


async def test_bad_cursor_on_replies_is_422(client: httpx.AsyncClient, anna: User) -> None:
    group = await Group.get(slug="gelderse-vallei")
    post = await post_service.create_post(anna, group, "Titel", "Tekst")
    response = await client.get(f"{API}/posts/{post.id}/replies", params={"cursor": "xyz"})
    assert_error(response, 422, "invalid")


async def test_unknown_topic_is_422(client: httpx.AsyncClient) -> None:
    body = assert_error(await client.get(f"{API}/groups", params={"topic": "maan"}), 422, "invalid")
    assert set(body["fields"]) == {"topic"}


async def test_wrong_method_is_405_with_allow(client: httpx.AsyncClient, anna: User) -> None:
    response = await client.delete(FEED)
    assert_error(response, 405, "method_not_allowed")
    assert set(response.headers["allow"].split(", ")) >= {"GET", "POST"}


async def test_messages_follow_accept_language(client: httpx.AsyncClient, anna: User) -> None:
    payload = {"title": 5, "body": "Tekst"}
    auth = await api_headers(anna)
    english = await client.post(FEED, json=payload, headers={**auth, "accept-language": "en"})
    dutch = await client.post(FEED, json=payload, headers={**auth, "accept-language": "nl"})
    assert english.json()["message"] == "“title” must be text."
    assert dutch.json()["message"] == "“title” moet tekst zijn."
    en_401 = await client.get(f"{API}/me", headers={"accept-language": "en"})
    nl_401 = await client.get(f"{API}/me", headers={"accept-language": "nl"})
    assert en_401.json()["message"].startswith("Send your API token")
    assert nl_401.json()["message"].startswith("Stuur je API-token")
    en_422 = await client.post(
        FEED, json={"title": "", "body": "x"}, headers={**auth, "accept-language": "en"}
    )
    nl_422 = await client.post(
        FEED, json={"title": "", "body": "x"}, headers={**auth, "accept-language": "nl"}
    )
    assert en_422.json()["fields"]["title"] == "Please fill this in."
    assert nl_422.json()["fields"]["title"] != "Please fill this in."


async def test_profile_language_wins_over_accept_language(
    client: httpx.AsyncClient, settings: Settings, anna: User
) -> None:
    english = await make_user(settings, "emma", language="en")
    response = await client.get(
        f"{API}/groups/gelderse-vallei/membership",
        headers=await api_headers(english, "nl"),
    )
    assert response.json()["message"] == "You are not a member of this group."
