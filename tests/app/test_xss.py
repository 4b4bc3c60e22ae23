"""Known XSS payloads through every text field of the web forms and the API (posts, replies,
profiles, groups): stored as text or sanitised, and no page or document that shows them
carries executable markup."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import httpx
import pytest

from server.config import Settings
from server.models import Group, InstanceSettings, Post
from tests.conftest import api_headers, csrf_token, login, make_group, make_user

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "[klik](javascript:alert(1))",
    '<a href="jAvAsCrIpT:alert(1)">x</a>',
    "[x](&#106;avascript:alert(1))",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<style>*{background:url(javascript:alert(1))}</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<<script>script>alert(1)<</script>/script>",
    "<object data=javascript:alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "{{ 7*7 }} {% raw %}",
]
BAD_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "style", "base", "frame"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def assert_inert(html: str) -> None:
    """No element, attribute or address that a browser would run."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in BAD_TAGS, (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert not (tag == "meta" and "http-equiv" in attrs), attrs
        for name in ("href", "src", "action", "formaction", "data", "xlink:href"):
            value = attrs.get(name, "").strip().lower()
            assert not value.startswith(BAD_SCHEMES), (tag, attrs)


async def _page(client: httpx.AsyncClient, path: str) -> str:
    response = await client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    assert_inert(response.text)
    return response.text


def _short(payload: str, limit: int) -> str:
    return payload[:limit]


@pytest.fixture
async def anna(settings: Settings, client: httpx.AsyncClient) -> Group:
    # Everyone may start a group here, so that the group forms take the payloads too.
    await InstanceSettings.filter(id=1).update(group_creation="members")
    await make_user(settings, "anna")
    await login(client, "anna")
    return await make_group(await make_user(settings, "owner"))


@pytest.mark.parametrize("payload", PAYLOADS)
async def test_web_forms(client: httpx.AsyncClient, anna: Group, payload: str) -> None:
    token = await csrf_token(client, "/settings")
    profile = {
        "csrf_token": token, "name": _short(f"Anna {payload}", 100),
        "organisation": _short(payload, 120), "role": "farmer", "bio": payload, "language": "nl",
    }  # fmt: skip
    response = await client.post("/settings", data=profile)
    assert response.status_code in (303, 422), response.text
    assert_inert(response.text)
    await _page(client, "/u/anna")
    await _page(client, "/settings")

    group = {
        "csrf_token": token, "slug": "xss-groep", "title": _short(payload, 120),
        "area": "Vallei", "topic": "stikstof", "description": payload,
        "rules": f"{payload}\n{payload}",
    }  # fmt: skip
    response = await client.post("/groups/new", data=group)
    assert response.status_code in (303, 422), response.text
    assert_inert(response.text)
    await _page(client, "/groups")

    await client.post(f"/g/{anna.slug}/join", data={"csrf_token": token})
    post = {"csrf_token": token, "title": _short(payload, 120), "body": payload}
    response = await client.post(f"/g/{anna.slug}/new", data=post)
    assert response.status_code == 303, response.text
    stored = await Post.filter(group_id=anna.id).order_by("-id").first()
    assert stored is not None
    reply = {"csrf_token": token, "body": payload}
    assert (await client.post(f"/p/{stored.id}/reply", data=reply)).status_code == 303
    for path in (f"/p/{stored.id}", f"/g/{anna.slug}", "/"):
        await _page(client, path)
    await _check_activitypub(client, f"/p/{stored.id}")
    assert await Group.exists(slug="xss-groep")
    await _page(client, "/g/xss-groep")


async def _check_activitypub(client: httpx.AsyncClient, path: str) -> None:
    """Other servers show our `content` and `name` as HTML: it must be inert there too."""
    response = await client.get(path, headers={"Accept": "application/activity+json"})
    assert response.status_code == 200
    document = response.json()
    for key in ("content", "summary"):
        if isinstance(document.get(key), str):
            assert_inert(document[key])


def _html_fields(value: Any) -> list[str]:
    """Every string under a key ending in `html` in a JSON document."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and key.endswith("html"):
                found.append(item)
            else:
                found.extend(_html_fields(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_html_fields(item))
    return found


async def _api(client: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> Any:
    response = await client.request(method, "/api/v1" + path, **kwargs)
    assert response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/json")
    for html in _html_fields(response.json() if response.content else {}):
        assert_inert(html)
    return response


@pytest.mark.parametrize("payload", PAYLOADS)
async def test_api(
    client: httpx.AsyncClient, settings: Settings, anna: Group, payload: str
) -> None:
    user = await make_user(settings, "bert")
    headers = await api_headers(user)
    me = {
        "name": _short(f"Bert {payload}", 100),
        "organisation": _short(payload, 120),
        "bio": payload,
    }
    await _api(client, "PATCH", "/me", headers=headers, json=me)
    await _api(client, "GET", "/users/bert")
    group = {
        "slug": "api-groep", "title": _short(payload, 120), "area": "Vallei",
        "topic": "water", "description": payload,
    }  # fmt: skip
    assert (await _api(client, "POST", "/groups", headers=headers, json=group)).status_code in (
        201,
        422,
    )
    await _api(client, "PUT", f"/groups/{anna.slug}/membership", headers=headers)
    post = {"title": _short(payload, 120), "body": payload}
    created = await _api(client, "POST", f"/groups/{anna.slug}/posts", headers=headers, json=post)
    assert created.status_code == 201, created.text
    post_id = created.json()["id"]
    reply = await _api(
        client, "POST", f"/posts/{post_id}/replies", headers=headers, json={"body": payload}
    )
    assert reply.status_code == 201, reply.text
    await _api(client, "GET", f"/posts/{post_id}")
    await _api(client, "GET", f"/posts/{post_id}/replies")
    for path in (f"/p/{post_id}", "/u/bert", f"/g/{anna.slug}", "/groups"):
        await _page(client, path)
    assert await Group.exists(slug="api-groep")
    await _page(client, "/g/api-groep")
    await _check_activitypub(client, f"/p/{post_id}")
