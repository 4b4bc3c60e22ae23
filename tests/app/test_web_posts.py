"""Discussion pages: posting, the feed and its pages, threads, editing and deleting."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from server.models import Group, Post, Reply, User
from server.services import groups, posts
from tests.conftest import csrf_token, login, make_group, make_user

FEED_LINK = re.compile(r'<h3><a href="/p/(\d+)">')
OLDER_LINK = re.compile(r'href="(/g/gelderse-vallei\?cursor=[^"]+)" rel="next"')
REPLY_ID = re.compile(r'<article class="reply" id="c(\d+)"')


@pytest.fixture
async def browser(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    """A second, separate browser (its own cookies) for a second person."""
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def _members(settings: Settings) -> tuple[Group, User, User]:
    anna = await make_user(settings, "anna")
    bert = await make_user(settings, "bert", organisation="Natuurmonumenten", role="ngo")
    group = await make_group(anna)
    await groups.join(bert, group)
    return group, anna, bert


async def _post_form(client: httpx.AsyncClient, path: str, **fields: str) -> httpx.Response:
    token = await csrf_token(client, "/groups")
    return await client.post(path, data={"csrf_token": token, **fields})


async def test_new_post_appears_first_in_the_feed(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    await posts.create_post(anna, group, "Oud bericht", "Eerder.")
    await login(client, "bert")
    form = await client.get("/g/gelderse-vallei/new")
    assert form.status_code == 200
    assert "Markdown" in form.text
    response = await _post_form(
        client, "/g/gelderse-vallei/new", title="Mest en water", body="Wat doen we met *mest*?"
    )
    assert response.status_code == 303
    post = await Post.get(title="Mest en water")
    assert response.headers["location"] == f"/p/{post.id}"

    page = await client.get(f"/p/{post.id}")
    assert "Je bericht is geplaatst." in page.text
    assert "Wat doen we met <em>mest</em>?" in page.text
    assert "Bert Jansen</a>, Natuurmonumenten (natuur- of milieuorganisatie)" in page.text

    feed = await client.get("/g/gelderse-vallei")
    titles = re.findall(r'<h3><a href="/p/\d+">([^<]+)</a>', feed.text)
    assert titles == ["Mest en water", "Oud bericht"]
    assert "0 reacties" in feed.text
    assert "<time datetime=" in feed.text


async def test_feed_pages_follow_older_links_in_strict_order(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    created = [await posts.create_post(anna, group, f"Bericht {i}", "Tekst") for i in range(45)]
    # Several posts in one instant: the cursor must break the tie by id, not skip or repeat.
    same = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    for post in created[10:16]:
        await Post.filter(id=post.id).update(created_at=same)
    for i, post in enumerate(created[:10]):
        await Post.filter(id=post.id).update(created_at=same - timedelta(minutes=10 - i))
    rows = await Post.all().values("id", "created_at")
    expected = [r["id"] for r in sorted(rows, key=lambda r: (r["created_at"], r["id"]))][::-1]

    seen: list[int] = []
    path: str | None = "/g/gelderse-vallei"
    pages = 0
    while path:
        page = await client.get(path)
        assert page.status_code == 200
        seen += [int(i) for i in FEED_LINK.findall(page.text)]
        link = OLDER_LINK.search(page.text)
        path = link.group(1).replace("&amp;", "&") if link else None
        pages += 1
    assert pages == 3
    assert seen == expected
    assert len(set(seen)) == 45


async def test_bad_cursor_gives_a_clear_error(client: httpx.AsyncClient) -> None:
    post = await _a_post()
    for path in ("/g/gelderse-vallei?cursor=rommel", f"/p/{post.id}?cursor=%%%"):
        response = await client.get(path)
        assert response.status_code == 400, path
        assert "Deze link naar een pagina klopt niet." in response.text


async def _a_post() -> Post:
    owner = await User.get_or_none(username="beheer")
    assert owner is not None
    group = await make_group(owner)
    return await posts.create_post(owner, group, "Een bericht", "Tekst")


async def test_reply_and_reply_to_reply_oldest_first(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    post = await posts.create_post(anna, group, "Vraag", "Wat vinden jullie?")
    await login(client, "bert")
    first = await _post_form(client, f"/p/{post.id}/reply", body="Eerste reactie")
    assert first.status_code == 303
    reply = await Reply.get(body="Eerste reactie")
    assert first.headers["location"] == f"/p/{post.id}#c{reply.id}"

    page = await client.get(f"/p/{post.id}")
    assert f'href="/p/{post.id}?reply_to={reply.id}#reply-form"' in page.text
    prefilled = await client.get(f"/p/{post.id}?reply_to={reply.id}")
    assert f'<input type="hidden" name="parent" value="{reply.id}">' in prefilled.text
    assert "Je reageert op Bert Jansen." in prefilled.text

    second = await _post_form(
        client, f"/p/{post.id}/reply", body="Antwoord op de eerste", parent=str(reply.id)
    )
    assert second.status_code == 303
    await _post_form(client, f"/p/{post.id}/reply", body="Derde")
    page = await client.get(f"/p/{post.id}")
    ids = [int(i) for i in REPLY_ID.findall(page.text)]
    assert len(ids) == 3 and ids == sorted(ids)
    answer = await Reply.get(body="Antwoord op de eerste")
    assert answer.parent_id == reply.id
    assert f'Reactie op <a href="#c{reply.id}">Bert Jansen</a>' in page.text
    assert page.text.index("Eerste reactie") < page.text.index("Antwoord op de eerste")
    assert page.text.index("Antwoord op de eerste") < page.text.index("Derde")
    assert "3 reacties" in page.text

    link = await client.get(f"/c/{answer.id}")
    assert link.status_code == 303
    assert link.headers["location"] == f"/p/{post.id}#c{answer.id}"


async def test_long_thread_pages_and_reply_links(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    post = await posts.create_post(anna, group, "Druk", "Veel reacties")
    replies = [await posts.create_reply(anna, post, f"Reactie {i}") for i in range(55)]
    first = await client.get(f"/p/{post.id}")
    assert len(REPLY_ID.findall(first.text)) == 50
    more = re.search(r'href="(/p/\d+\?cursor=[^"]+)" rel="next"', first.text)
    assert more is not None
    second = await client.get(more.group(1))
    assert [int(i) for i in REPLY_ID.findall(second.text)] == [r.id for r in replies[50:]]
    # A link to a late reply lands on the page that shows it.
    late = await client.get(f"/c/{replies[52].id}", follow_redirects=True)
    assert f'id="c{replies[52].id}"' in late.text


async def test_edited_post_and_reply_show_edited(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    post = await posts.create_post(anna, group, "Titel", "Eerste versie")
    reply = await posts.create_reply(anna, post, "Reactie v1")
    await login(client, "anna")
    form = await client.get(f"/p/{post.id}/edit")
    assert form.status_code == 200 and "Eerste versie</textarea>" in form.text
    response = await _post_form(client, f"/p/{post.id}/edit", title="Nieuwe titel", body="Tweede")
    assert response.status_code == 303
    changed = await _post_form(client, f"/c/{reply.id}/edit", body="Reactie v2")
    assert changed.status_code == 303
    page = await client.get(f"/p/{post.id}")
    assert "<h1" in page.text and "Nieuwe titel" in page.text and "Tweede" in page.text
    assert page.text.count("· aangepast <time") == 2
    assert "Reactie v2" in page.text and "Reactie v1" not in page.text


async def test_delete_leaves_tombstone_and_replies_remain(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, bert = await _members(settings)
    post = await posts.create_post(anna, group, "Weg ermee", "Geheime tekst")
    await posts.create_reply(bert, post, "Ik blijf staan")
    mine = await posts.create_reply(anna, post, "Mijn reactie")
    await login(client, "anna")
    confirm = await client.get(f"/p/{post.id}/delete")
    assert confirm.status_code == 200
    assert "Weet je het zeker?" in confirm.text
    assert await Post.filter(id=post.id, deleted_at__isnull=True).exists()

    response = await _post_form(client, f"/p/{post.id}/delete")
    assert response.status_code == 303
    assert (await _post_form(client, f"/c/{mine.id}/delete")).status_code == 303
    page = await client.get(f"/p/{post.id}")
    assert page.status_code == 200
    assert "Dit bericht is verwijderd." in page.text
    assert "Geheime tekst" not in page.text
    assert "Ik blijf staan" in page.text
    assert "Deze reactie is verwijderd." in page.text and "Mijn reactie" not in page.text
    assert 'action="/p/' not in page.text.split('id="reply-form"')[1]
    feed = await client.get("/g/gelderse-vallei")
    assert "Weg ermee" not in feed.text


async def test_others_cannot_edit_or_delete(client: httpx.AsyncClient, settings: Settings) -> None:
    group, anna, _ = await _members(settings)
    post = await posts.create_post(anna, group, "Van Anna", "Origineel")
    reply = await posts.create_reply(anna, post, "Anna's reactie")
    await login(client, "bert")
    page = await client.get(f"/p/{post.id}")
    assert f'href="/p/{post.id}/edit"' not in page.text
    for path in (f"/p/{post.id}/edit", f"/p/{post.id}/delete", f"/c/{reply.id}/edit"):
        assert (await client.get(path)).status_code == 403, path
    forms = [
        (f"/p/{post.id}/edit", {"title": "Gekaapt", "body": "Gekaapt"}),
        (f"/p/{post.id}/delete", {}),
        (f"/c/{reply.id}/edit", {"body": "Gekaapt"}),
        (f"/c/{reply.id}/delete", {}),
    ]
    for path, fields in forms:
        response = await _post_form(client, path, **fields)
        assert response.status_code == 403, path
        assert "Je kunt alleen veranderen wat je zelf hebt geschreven." in response.text
    post = await Post.get(id=post.id)
    reply = await Reply.get(id=reply.id)
    assert (post.title, post.body, post.deleted_at, post.edited_at) == (
        "Van Anna",
        "Origineel",
        None,
        None,
    )
    assert (reply.body, reply.deleted_at) == ("Anna's reactie", None)


async def test_unknown_post_and_reply_are_404(client: httpx.AsyncClient) -> None:
    cases = {
        "/p/999": "Dit bericht bestaat niet.",
        "/p/999/edit": "Dit bericht bestaat niet.",
        "/c/999": "Deze reactie bestaat niet.",
        "/c/999/delete": "Deze reactie bestaat niet.",
        "/p/99999999999999999999": "Deze pagina bestaat niet.",
    }
    for path, message in cases.items():
        response = await client.get(path)
        assert response.status_code == 404, path
        assert message in response.text
    assert (await client.get("/p/abc")).status_code == 404


async def test_non_member_cannot_post_or_reply(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna, _ = await _members(settings)
    post = await posts.create_post(anna, group, "Voor leden", "Tekst")
    await make_user(settings, "carla")
    await login(client, "carla")
    page = await client.get("/g/gelderse-vallei/new")
    assert page.status_code == 403
    assert "Alleen leden van Stikstof Gelderse Vallei kunnen hier schrijven." in page.text
    assert 'action="/g/gelderse-vallei/join"' in page.text
    response = await _post_form(client, "/g/gelderse-vallei/new", title="Hoi", body="Tekst")
    assert response.status_code == 403
    thread = await client.get(f"/p/{post.id}")
    assert 'action="/p/' not in thread.text and "Alleen leden kunnen reageren." in thread.text
    reply = await _post_form(client, f"/p/{post.id}/reply", body="Mag dit?")
    assert reply.status_code == 403
    assert "Word lid van de groep om mee te doen." in reply.text
    assert await Post.all().count() == 1
    assert await Reply.all().count() == 0


async def test_logged_out_people_are_sent_to_login(client: httpx.AsyncClient) -> None:
    post = await _a_post()
    response = await client.get("/g/gelderse-vallei/new")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/g/gelderse-vallei/new"
    page = await client.get(f"/p/{post.id}")
    assert f'href="/login?next=/p/{post.id}"' in page.text
