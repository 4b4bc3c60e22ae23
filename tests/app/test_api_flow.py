"""The JSON API end to end: groups, membership, posts, replies, people, paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import httpx

from server.config import Settings
from server.models import Membership, Post, Reply, User
from server.services import posts as post_service
from tests.conftest import api_headers, make_group, make_user

API = "/api/v1"


async def test_full_flow_find_join_post_reply_edit_delete_leave(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    await make_group(admin)
    anna = await make_user(settings, "anna")
    auth = await api_headers(anna)

    found = await client.get(f"{API}/groups", params={"q": "vallei"})
    assert found.status_code == 200
    [group] = found.json()["items"]
    assert group["slug"] == "gelderse-vallei"
    assert group["member_count"] == 1

    joined = await client.put(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    assert joined.status_code == 201
    assert joined.json()["role"] == "member"
    again = await client.put(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    assert again.status_code == 200
    assert await Membership.filter(user_id=anna.id).count() == 1
    mine = await client.get(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    assert mine.json()["username"] == "anna"

    made = await client.post(
        f"{API}/groups/gelderse-vallei/posts",
        json={"title": "Mestopslag", "body": "Wie heeft **ervaring**?"},
        headers=auth,
    )
    assert made.status_code == 201
    post = made.json()
    assert made.headers["location"] == f"{settings.base_url}/api/v1/posts/{post['id']}"
    assert post["url"] == f"{settings.base_url}/p/{post['id']}"
    assert post["group"] == "gelderse-vallei"
    assert post["body_html"] == "<p>Wie heeft <strong>ervaring</strong>?</p>\n"
    assert post["author"] == {
        "username": "anna",
        "name": "Anna Jansen",
        "organisation": "LTO Noord",
        "role": "farmer",
    }
    assert post["created_at"].endswith("Z")
    assert post["edited_at"] is None and post["deleted"] is False

    replied = await client.post(
        f"{API}/posts/{post['id']}/replies", json={"body": "Ik, sinds 2019."}, headers=auth
    )
    assert replied.status_code == 201
    reply = replied.json()
    assert replied.headers["location"].endswith(f"/api/v1/replies/{reply['id']}")
    answer = await client.post(
        f"{API}/posts/{post['id']}/replies",
        json={"body": "Fijn!", "parent_id": reply["id"]},
        headers=auth,
    )
    assert answer.json()["parent_id"] == reply["id"]
    assert (await client.get(f"{API}/posts/{post['id']}")).json()["reply_count"] == 2

    edited = await client.patch(
        f"{API}/posts/{post['id']}", json={"body": "Wie heeft _ervaring_?"}, headers=auth
    )
    assert edited.status_code == 200
    assert edited.json()["title"] == "Mestopslag"
    assert edited.json()["body_html"] == "<p>Wie heeft <em>ervaring</em>?</p>\n"
    assert edited.json()["edited_at"] is not None
    reply_edit = await client.patch(
        f"{API}/replies/{reply['id']}", json={"body": "Ik, sinds 2018."}, headers=auth
    )
    assert reply_edit.json()["body"] == "Ik, sinds 2018."

    gone = await client.delete(f"{API}/replies/{reply['id']}", headers=auth)
    assert gone.status_code == 204
    tomb = (await client.get(f"{API}/replies/{reply['id']}")).json()
    assert tomb["deleted"] is True and tomb["body"] == "" and tomb["body_html"] == ""

    deleted = await client.delete(f"{API}/posts/{post['id']}", headers=auth)
    assert deleted.status_code == 204
    tombstone = (await client.get(f"{API}/posts/{post['id']}")).json()
    assert tombstone["deleted"] is True
    assert tombstone["title"] == tombstone["body"] == tombstone["body_html"] == ""
    feed = (await client.get(f"{API}/groups/gelderse-vallei/posts")).json()
    assert feed["items"] == []
    # The thread stays readable after the post is gone.
    thread = (await client.get(f"{API}/posts/{post['id']}/replies")).json()
    assert [r["body"] for r in thread["items"]] == ["", "Fijn!"]

    left = await client.delete(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    assert left.status_code == 204
    assert await Membership.filter(user_id=anna.id).count() == 0
    not_member = await client.get(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    assert not_member.status_code == 404
    assert not_member.json()["error"] == "not_found"


async def _posts(settings: Settings, count: int) -> tuple[User, list[int]]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    ids = []
    for number in range(count):
        post = await post_service.create_post(anna, group, f"Bericht {number}", "Tekst")
        ids.append(post.id)
    # Some posts share one instant, so the id must break the tie in the cursor.
    same = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    await Post.filter(id__in=ids[10:15]).update(created_at=same)
    await Post.filter(id__in=ids[15:20]).update(created_at=same - timedelta(days=400))
    return anna, ids


async def test_feed_pages_newest_first_without_gaps_or_doubles(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    _, ids = await _posts(settings, 45)
    expected = [
        p["id"]
        for p in await Post.filter(id__in=ids)
        .order_by("-created_at", "-id")
        .values("id", "created_at")
    ]
    seen: list[int] = []
    stamps: list[tuple[str, int]] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": "10", **({"cursor": cursor} if cursor else {})}
        response = await client.get(f"{API}/groups/gelderse-vallei/posts", params=params)
        assert response.status_code == 200
        body = response.json()
        pages += 1
        assert len(body["items"]) <= 10
        seen += [item["id"] for item in body["items"]]
        stamps += [(item["created_at"], item["id"]) for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 5
    assert seen == expected
    assert len(set(seen)) == 45
    parsed = [(datetime.fromisoformat(s.replace("Z", "+00:00")), i) for s, i in stamps]
    assert parsed == sorted(parsed, reverse=True)


async def test_feed_default_page_size_and_item_shape(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _posts(settings, 25)
    body = (await client.get(f"{API}/groups/gelderse-vallei/posts")).json()
    assert len(body["items"]) == settings.page_size
    assert body["next_cursor"]
    item = body["items"][0]
    assert set(item) == {
        "id", "url", "group", "title", "body", "body_html", "author", "created_at",
        "edited_at", "reply_count", "deleted", "hidden", "removed", "attachments",
    }  # fmt: skip
    assert item["body"] == "Tekst" and item["deleted"] is False


async def test_replies_oldest_first_over_pages(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anna, ids = await _posts(settings, 1)
    post = await Post.get(id=ids[0])
    for number in range(7):
        await post_service.create_reply(anna, post, f"Reactie {number}")
    same = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    reply_ids = [r.id for r in await Reply.filter(post_id=post.id).order_by("id")]
    await Reply.filter(id__in=reply_ids[2:5]).update(created_at=same)
    expected = [
        r["id"]
        for r in await Reply.filter(post_id=post.id).order_by("created_at", "id").values("id")
    ]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": "3", **({"cursor": cursor} if cursor else {})}
        body = (await client.get(f"{API}/posts/{post.id}/replies", params=params)).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
    assert len(set(seen)) == 7


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _TagCollector()
    parser.feed(html)
    return parser.tags


async def test_markdown_is_sanitised(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    anna = await make_user(settings, "anna")
    await make_group(anna)
    body = (
        "<script>alert(1)</script>\n\n"
        '<img src="x" onerror="alert(2)">\n\n'
        "[klik](javascript:alert(3)) en ![plaatje](javascript:alert(4)) en "
        '[goed](https://example.nl "titel")'
    )
    made = await client.post(
        f"{API}/groups/gelderse-vallei/posts",
        json={"title": "Test", "body": body},
        headers=await api_headers(anna),
    )
    assert made.status_code == 201
    html = made.json()["body_html"]
    tags = _tags(html)
    assert tags, html
    assert all(tag != "script" for tag, _ in tags)
    attributes = [(name, value or "") for _, attrs in tags for name, value in attrs]
    assert not [name for name, _ in attributes if name.startswith("on")]
    assert not [v for n, v in attributes if n in ("href", "src") and "javascript" in v.lower()]
    assert made.json()["body"] == body
    feed_html = (await client.get(f"{API}/groups/gelderse-vallei/posts")).json()["items"][0]
    assert feed_html["body_html"] == html


async def test_group_details_members_and_role_counts(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    await make_group(admin)
    nora = await make_user(settings, "nora", role="ngo", organisation="Natuurmonumenten")
    await client.put(f"{API}/groups/gelderse-vallei/membership", headers=await api_headers(nora))
    detail = (await client.get(f"{API}/groups/gelderse-vallei")).json()
    assert detail["member_count"] == 2
    assert [r["title"] for r in detail["rules"]] == ["Blijf bij het onderwerp", "Noem je bronnen"]
    assert detail["role_counts"] == {"farmer": 1, "ngo": 1}
    members = (await client.get(f"{API}/groups/gelderse-vallei/members")).json()["items"]
    assert [(m["username"], m["group_role"]) for m in members] == [
        ("beheer", "owner"),
        ("nora", "member"),
    ]
    by_topic = await client.get(f"{API}/groups", params={"topic": "water"})
    assert by_topic.json()["items"] == []


async def test_admin_creates_and_owner_updates_group(
    client: httpx.AsyncClient, admin: User
) -> None:
    auth = await api_headers(admin)
    made = await client.post(
        f"{API}/groups",
        json={
            "slug": "de-peel",
            "title": "Water in De Peel",
            "area": "De Peel",
            "topic": "water",
            "rules": [{"title": "Wees eerlijk", "body": "Noem je bron."}],
        },
        headers=auth,
    )
    assert made.status_code == 201, made.text
    assert made.headers["location"].endswith("/api/v1/groups/de-peel")
    [rule] = made.json()["rules"]
    assert isinstance(rule.pop("id"), int)
    assert rule == {"position": 1, "title": "Wees eerlijk", "body": "Noem je bron."}
    assert made.json()["member_count"] == 1
    changed = await client.patch(
        f"{API}/groups/de-peel", json={"title": "Water en bodem in De Peel"}, headers=auth
    )
    assert changed.status_code == 200
    assert changed.json()["title"] == "Water en bodem in De Peel"
    # Rules that were not sent stay as they were.
    assert changed.json()["rules"][0]["title"] == "Wees eerlijk"


async def test_me_and_public_profile(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    await make_group(admin)
    anna = await make_user(settings, "anna")
    auth = await api_headers(anna)
    await client.put(f"{API}/groups/gelderse-vallei/membership", headers=auth)
    me = (await client.get(f"{API}/me", headers=auth)).json()
    assert me["email"] == "anna@example.nl" and me["private_person"] is False
    changed = await client.patch(
        f"{API}/me",
        json={"private_person": True, "bio": "Melkveehouder", "language": "en"},
        headers=auth,
    )
    assert changed.status_code == 200
    assert changed.json()["organisation"] == "" and changed.json()["language"] == "en"
    assert changed.json()["name"] == "Anna Jansen"
    public = (await client.get(f"{API}/users/anna")).json()
    assert public["bio"] == "Melkveehouder" and public["private_person"] is True
    assert "email" not in public
    assert public["groups"] == [
        {"slug": "gelderse-vallei", "title": "Stikstof Gelderse Vallei", "role": "member"}
    ]
