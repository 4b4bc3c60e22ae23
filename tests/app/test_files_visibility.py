"""Who may download the files of a hidden, removed or deleted post: a hidden post's files follow
its page (its author and who reviews it, never a shared cache); removed and deleted posts'
files are gone for everyone, rows and bytes."""

from __future__ import annotations

import hashlib

import httpx

from moderation import review
from server.config import Settings
from server.files.storage import local_store
from server.models import Attachment, Post, StoredBlob
from server.services import attachments, groups, library, posts
from server.services.clock import now
from tests.app.moderation_setup import Scene, scene
from tests.conftest import login, make_user
from tests.unit.test_files_intake import png

CSV = b"perceel;fosfaat\nA1;12\n"


async def _with_files(settings: Settings, s: Scene, data: bytes = CSV) -> list[Attachment]:
    prepared = await attachments.prepare(
        [attachments.Upload("cijfers.csv", data), attachments.Upload("kaart.png", png())],
        settings,
    )
    return await attachments.create(prepared, uploader=s.author, group=s.group, post=s.post)


async def _status(client: httpx.AsyncClient, file: Attachment) -> int:
    return (await client.get(f"/files/{file.id}/{file.filename}")).status_code


async def test_hidden_posts_files_are_for_its_author_and_moderators(
    client: httpx.AsyncClient, fresh_client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    table, image = await _with_files(settings, s)
    await Post.filter(id=s.post.id).update(hidden_at=now())
    assert await _status(fresh_client, table) == 404  # nobody logged in
    await login(fresh_client, s.members[0].username)
    assert await _status(fresh_client, table) == 404  # a member who does not moderate
    page = await fresh_client.get(f"/p/{s.post.id}")
    assert f"/files/{table.id}/" not in page.text
    for who in (s.author.username, s.owner.username, "beheer"):  # author, owner, admin
        client.cookies.clear()
        await login(client, who)
        download = await client.get(f"/files/{table.id}/{table.filename}")
        assert download.status_code == 200 and download.content == CSV, who
        assert download.headers["cache-control"] == "private, no-store"
        thumb = await client.get(f"/files/{image.id}/thumbnail.webp")
        assert thumb.status_code == 200 and thumb.headers["cache-control"] == "private, no-store"
        page = await client.get(f"/p/{s.post.id}")
        assert f"/files/{table.id}/" in page.text, who
    moderator = await make_user(settings, "moderator")
    await groups.join(moderator, s.group)
    await groups.set_role(s.owner, s.group, moderator.username, "moderator")
    client.cookies.clear()
    await login(client, "moderator")
    assert await _status(client, table) == 200


async def test_a_removed_posts_files_are_gone_for_everyone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    unique = CSV + b"B2;removed\n"
    table, _ = await _with_files(settings, s, unique)
    await review.uphold(s.owner, "post", s.post.id, s.rule.id, "Geen bron.")
    for who in (s.author.username, s.owner.username, "beheer"):
        client.cookies.clear()
        await login(client, who)
        assert await _status(client, table) == 404, who
    row = await Attachment.get(id=table.id)
    assert row.deleted_at is not None and row.blob_id is None and row.title == ""
    path = local_store(settings.data_dir).path(hashlib.sha256(unique).hexdigest())
    assert not path.exists()
    assert not await StoredBlob.filter(sha256=hashlib.sha256(unique).hexdigest()).exists()


async def test_deleting_a_post_deletes_its_files_but_not_bytes_another_post_shares(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    unique = CSV + b"C3;deleted\n"
    table, image = await _with_files(settings, s, unique)
    other = await posts.create_post(s.owner, s.group, "Ook de kaart", "Zelfde kaart.")
    prepared = await attachments.prepare([attachments.Upload("kaart.png", png())], settings)
    [shared] = await attachments.create(prepared, uploader=s.owner, group=s.group, post=other)
    await posts.delete_post(s.author, s.post, settings)
    gone = await Attachment.filter(post_id=s.post.id)
    assert all(row.deleted_at is not None and row.blob_id is None for row in gone)
    assert await attachments.of_post(s.post) == []
    assert not local_store(settings.data_dir).path(hashlib.sha256(unique).hexdigest()).exists()
    assert not await StoredBlob.filter(sha256=hashlib.sha256(unique).hexdigest()).exists()
    await login(client, s.author.username)
    assert await _status(client, table) == 404
    # The same image shared with another post stays, bytes and thumbnail.
    assert shared.blob_id == image.blob_id
    assert (await client.get(f"/files/{shared.id}/kaart.png")).status_code == 200
    assert (await client.get(f"/files/{shared.id}/thumbnail.webp")).status_code == 200
    rows, _ = await library.page(s.group)
    assert [row["id"] for row in rows] == [shared.id]
