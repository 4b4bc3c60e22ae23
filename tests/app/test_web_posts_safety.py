"""Bad input on the discussion pages: unsafe Markdown, field errors, CSRF."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx

from server.config import Settings
from server.models import Group, Post, Reply, User
from server.services import groups, posts
from tests.conftest import csrf_token, login, make_group, make_user


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def _assert_safe(html: str) -> None:
    """No script element, no event handler attribute, no javascript: address in the markup."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag != "script"
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            assert not attrs.get(name, "").strip().lower().startswith("javascript:"), attrs
        if tag == "a" and attrs.get("href", "").startswith("http"):
            assert attrs.get("rel") == "nofollow ugc noopener", attrs


async def _member(settings: Settings) -> tuple[Group, User]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    return group, anna


async def test_markdown_is_sanitised(client: httpx.AsyncClient, settings: Settings) -> None:
    group, _ = await _member(settings)
    group.description = (
        '<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror="y"> '
        '<a href="javascript:alert(5)">a</a> [y](JaVaScRiPt:alert(1)) [z](https://example.nl/z)'
    )
    await group.save()
    body = (
        "Hallo <script>alert('x')</script>\n\n"
        '<img src="x" onerror="alert(3)">\n\n'
        "[klik](javascript:alert(4)) en [site](https://example.nl)\n\n"
        "<a href='javascript:alert(6)'>a</a> [z](&#106;avascript:alert(7))\n\n"
        '![plaatje](https://example.nl/a.png "t")'
    )
    await login(client, "anna")
    token = await csrf_token(client, "/g/gelderse-vallei/new")
    response = await client.post(
        "/g/gelderse-vallei/new", data={"csrf_token": token, "title": "<b>Titel</b>", "body": body}
    )
    assert response.status_code == 303
    post = await Post.get(group_id=group.id)
    page = await client.get(f"/p/{post.id}")
    html = page.text
    _assert_safe(html)
    assert '<a href="https://example.nl" rel="nofollow ugc noopener">site</a>' in html
    assert "&lt;b&gt;Titel&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html  # shown as text, never run
    # An image from another server becomes a link: readers' browsers never fetch it.
    assert "<img" not in html
    assert '<a href="https://example.nl/a.png" rel="nofollow ugc noopener">plaatje</a>' in html
    _assert_safe((await client.get("/g/gelderse-vallei")).text)

    token = await csrf_token(client, f"/p/{post.id}")
    await client.post(f"/p/{post.id}/reply", data={"csrf_token": token, "body": body})
    html = (await client.get(f"/p/{post.id}")).text
    _assert_safe(html)
    # The post and the reply each have the site link and the image link.
    assert html.count('rel="nofollow ugc noopener"') == 4


async def test_empty_and_too_long_post_fields_are_refused(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(settings)
    await login(client, "anna")
    token = await csrf_token(client, "/g/gelderse-vallei/new")
    empty = await client.post(
        "/g/gelderse-vallei/new", data={"csrf_token": token, "title": "  ", "body": ""}
    )
    assert empty.status_code == 422
    assert 'id="f-title-error"' in empty.text and 'id="f-body-error"' in empty.text
    assert "Vul dit in." in empty.text
    assert 'aria-invalid="true"' in empty.text
    too_long = await client.post(
        "/g/gelderse-vallei/new",
        data={"csrf_token": token, "title": "t" * 201, "body": "Mijn tekst"},
    )
    assert too_long.status_code == 422
    assert "Dit is te lang. Het mag maximaal 200 tekens zijn." in too_long.text
    assert "Mijn tekst</textarea>" in too_long.text
    long_body = await client.post(
        "/g/gelderse-vallei/new",
        data={"csrf_token": token, "title": "Titel", "body": "b" * 50_001},
    )
    assert long_body.status_code == 422
    assert 'id="f-body-error"' in long_body.text
    assert await Post.all().count() == 0


async def test_bad_edits_and_replies_change_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna = await _member(settings)
    post = await posts.create_post(anna, group, "Titel", "Tekst")
    reply = await posts.create_reply(anna, post, "Reactie")
    other = await posts.create_post(anna, group, "Ander", "Tekst")
    elsewhere = await posts.create_reply(anna, other, "Elders")
    await login(client, "anna")
    token = await csrf_token(client, f"/p/{post.id}")
    edit = await client.post(
        f"/p/{post.id}/edit", data={"csrf_token": token, "title": "", "body": "Nieuw"}
    )
    assert edit.status_code == 422 and 'id="f-title-error"' in edit.text
    reply_edit = await client.post(f"/c/{reply.id}/edit", data={"csrf_token": token, "body": ""})
    assert reply_edit.status_code == 422 and 'id="f-body-error"' in reply_edit.text
    empty_reply = await client.post(f"/p/{post.id}/reply", data={"csrf_token": token, "body": ""})
    assert empty_reply.status_code == 422 and 'id="f-body-error"' in empty_reply.text
    wrong_parent = await client.post(
        f"/p/{post.id}/reply",
        data={"csrf_token": token, "body": "Hoi", "parent": str(elsewhere.id)},
    )
    assert wrong_parent.status_code == 422
    assert "De reactie waarop je reageert, staat niet in dit gesprek." in wrong_parent.text
    assert "Hoi</textarea>" in wrong_parent.text
    junk_parent = await client.post(
        f"/p/{post.id}/reply", data={"csrf_token": token, "body": "Hoi", "parent": "9" * 30}
    )
    assert junk_parent.status_code == 422
    post = await Post.get(id=post.id)
    assert (post.title, post.body, post.edited_at) == ("Titel", "Tekst", None)
    assert (await Reply.get(id=reply.id)).body == "Reactie"
    assert await Reply.filter(post_id=post.id).count() == 1


async def test_missing_or_wrong_csrf_is_refused_and_stores_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, anna = await _member(settings)
    post = await posts.create_post(anna, group, "Titel", "Tekst")
    reply = await posts.create_reply(anna, post, "Reactie")
    await login(client, "anna")
    attempts = [
        ("/g/gelderse-vallei/new", {"title": "Nieuw", "body": "Tekst"}),
        (f"/p/{post.id}/reply", {"body": "Nog een"}),
        (f"/p/{post.id}/edit", {"title": "Anders", "body": "Anders"}),
        (f"/p/{post.id}/delete", {}),
        (f"/c/{reply.id}/edit", {"body": "Anders"}),
        (f"/c/{reply.id}/delete", {}),
        ("/g/gelderse-vallei/leave", {}),
        ("/g/gelderse-vallei/edit", {"title": "X", "area": "X", "topic": "water"}),
    ]
    for path, fields in attempts:
        for token in (None, "wrong-token"):
            data = fields if token is None else fields | {"csrf_token": token}
            response = await client.post(path, data=data)
            assert response.status_code == 403, (path, token)
            assert "Dit formulier is verlopen" in response.text
    assert await Post.all().count() == 1
    post = await Post.get(id=post.id)
    assert (post.title, post.deleted_at) == ("Titel", None)
    assert await Reply.all().count() == 1
    assert (await Reply.get(id=reply.id)).body == "Reactie"
    assert await groups.membership(anna, group) is not None
    assert (await Group.get(id=group.id)).title == "Stikstof Gelderse Vallei"
