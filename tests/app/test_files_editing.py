"""Changing the files of a post or meeting: in the edit form and through the API, files are
added and taken away in the change's own transaction; a refused change keeps everything as
it was and leaves no bytes behind; bytes no file uses any more leave the store."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from federation import publish
from server.config import Settings
from server.files import storage
from server.models import Attachment, Event, Group, Post, User
from server.services import attachments, events, posts
from tests.conftest import api_headers, csrf_token, login
from tests.unit.test_files_intake import png

MEETING = events.EventForm(
    title="Veldbezoek", description="", starts_at="2030-06-01T10:00", ends_at="2030-06-01T12:00",
    address="Binnenveld", latitude=None, longitude=None, online_url="", capacity=None,
)  # fmt: skip


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


def _kept(settings: Settings, content: bytes) -> bool:
    """Whether these bytes are in the store: for CSV, which is kept as it was sent (images are
    re-encoded, so their stored bytes differ from the sent ones)."""
    key = hashlib.sha256(content).hexdigest()
    return storage.local_store(settings.data_dir).path(key).exists()


def _csv(n: int) -> bytes:
    # Bytes no other test shares: the data folder is the whole session's.
    return f"perceel;meting\nT{n};{n},5\n".encode()


async def _post_with(settings: Settings, anna: User, group: Group, *contents: bytes) -> Post:
    uploads = [attachments.Upload(f"kaart-{n}.csv", c) for n, c in enumerate(contents)]
    async with attachments.intake(uploads, settings) as files:
        return await posts.create_post(anna, group, "Kaarten", "Twee kaarten.", files)


async def _titles(**where: int) -> list[str]:
    rows = await Attachment.filter(deleted_at=None, **where).order_by("position")
    return [row.title for row in rows]


async def test_edit_form_takes_away_one_file_and_adds_another(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    old, kept, new = _csv(4101), _csv(4102), _csv(4103)
    post = await _post_with(settings, anna, group, old, kept)
    gone = (await Attachment.filter(post=post).order_by("position"))[0]
    await login(client, "anna")
    form = await client.get(f"/p/{post.id}/edit")
    assert 'enctype="multipart/form-data"' in form.text
    assert f'name="remove_files" value="{gone.id}"' in form.text
    sent = await client.post(
        f"/p/{post.id}/edit",
        data={"csrf_token": await csrf_token(client, f"/p/{post.id}/edit"), "title": "Kaarten",
              "body": "Nu met de nieuwe kaart.", "remove_files": str(gone.id),
              "files-0-title": "Nieuwe kaart", "files-0-description": "Stand van juni"},
        files={"files-0": ("nieuw.csv", new, "text/csv")},
    )  # fmt: skip
    assert sent.status_code == 303, sent.text
    assert await _titles(post_id=post.id) == ["kaart-1", "Nieuwe kaart"]
    page = await client.get(f"/p/{post.id}")
    assert "Nieuwe kaart" in page.text and "Stand van juni" in page.text
    assert (await client.get(f"/files/{gone.id}/kaart-0.csv")).status_code == 404
    assert not _kept(settings, old) and _kept(settings, kept) and _kept(settings, new)


async def test_refused_edit_changes_nothing_and_keeps_no_new_bytes(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    first, new = _csv(4301), _csv(4302)
    post = await _post_with(settings, anna, group, first)
    mine = await Attachment.get(post=post)
    await login(client, "anna")
    sent = await client.post(
        f"/p/{post.id}/edit",
        data={"csrf_token": await csrf_token(client, f"/p/{post.id}/edit"), "title": "",
              "body": "x", "remove_files": str(mine.id)},
        files={"files-0": ("nieuw.csv", new, "text/csv")},
    )  # fmt: skip
    assert sent.status_code == 422 and 'href="#f-title"' in sent.text
    assert await _titles(post_id=post.id) == ["kaart-0"]
    assert (await Post.get(id=post.id)).title == "Kaarten"
    assert _kept(settings, first) and not _kept(settings, new)


async def test_only_this_posts_files_can_be_taken_away(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    other = await _post_with(settings, anna, group, _csv(4701))
    post = await _post_with(settings, anna, group, _csv(4702))
    foreign = await Attachment.get(post=other)
    refused = await client.patch(
        f"/api/v1/posts/{post.id}", json={"remove_files": [foreign.id]},
        headers=await api_headers(anna),
    )  # fmt: skip
    assert refused.status_code == 422 and "remove_files" in refused.json()["fields"]
    assert await _titles(post_id=other.id) == ["kaart-0"]


async def test_api_patch_adds_and_takes_away_and_counts_the_limit(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    post = await _post_with(settings, anna, group, *(_csv(5300 + n) for n in range(9)))
    [first, *_] = await Attachment.filter(post=post).order_by("position")
    auth = await api_headers(anna)
    two = {"files-0": ("a.csv", _csv(5320), "text/csv"),
           "files-1": ("b.png", png(53, 21, "blue"), "image/png")}  # fmt: skip
    full = await client.patch(
        f"/api/v1/posts/{post.id}", files={"data": (None, "{}"), **two}, headers=auth
    )
    assert full.status_code == 422 and "files" in full.json()["fields"]
    assert not _kept(settings, two["files-0"][1])
    data = json.dumps({"remove_files": [first.id]})
    changed = await client.patch(
        f"/api/v1/posts/{post.id}", files={"data": (None, data), **two}, headers=auth
    )
    assert changed.status_code == 200, changed.text
    names = [file["filename"] for file in changed.json()["attachments"]]
    assert len(names) == 10 and names[-2:] == ["a.csv", "b.png"] and "kaart-0.csv" not in names


async def test_meeting_edit_form_and_api_change_its_files(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    made = await events.create_event(anna, group, MEETING)
    event = await Event.get(id=made.id)
    await login(client, "anna")
    edit = f"/e/{event.id}/edit"
    sent = await client.post(
        edit,
        data={"csrf_token": await csrf_token(client, edit), "title": "Veldbezoek",
              "starts_at": "2030-06-01T10:00", "ends_at": "2030-06-01T12:00",
              "address": "Binnenveld", "files-0-title": "Route"},
        files={"files-0": ("route.png", png(59, 3, "green"), "image/png")},
    )  # fmt: skip
    assert sent.status_code == 303, sent.text
    [route] = await Attachment.filter(event_id=event.id, deleted_at=None)
    assert route.title == "Route" and "Route" in (await client.get(f"/e/{event.id}")).text
    assert f'value="{route.id}"' in (await client.get(edit)).text

    changed = await client.patch(
        f"/api/v1/events/{event.id}", json={"remove_files": [route.id]},
        headers=await api_headers(anna),
    )  # fmt: skip
    assert changed.status_code == 200 and changed.json()["attachments"] == []
    assert await _titles(event_id=event.id) == []
