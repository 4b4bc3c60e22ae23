"""Sharing files with a post in the browser: upload, show, download; refusals named per field."""

from __future__ import annotations

import hashlib

import httpx

from server.config import Settings
from server.files import storage
from server.models import Attachment, Post, StoredBlob, User
from tests.conftest import client_for, csrf_token, login, make_group, make_user
from tests.unit.test_files_intake import jpeg_with_gps

CSV = b"perceel;stikstof\nA1;3,14\nB2;2,50\n"


async def _share(
    client: httpx.AsyncClient, files: dict[str, tuple[str, bytes, str]], **data: str
) -> httpx.Response:
    token = await csrf_token(client, "/groups")
    fields = {"csrf_token": token, "title": "Metingen", "body": "De cijfers.", **data}
    return await client.post("/g/gelderse-vallei/new", data=fields, files=files)


async def _member(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    await make_group(anna)
    await login(client, "anna")


async def test_post_with_files_shows_and_downloads_them(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    form = await client.get("/g/gelderse-vallei/new")
    assert 'enctype="multipart/form-data"' in form.text and 'name="files-0-licence"' in form.text
    response = await _share(
        client,
        {
            "files-0": ("metingen.csv", CSV, "text/csv"),
            "files-1": ("sloot.jpg", jpeg_with_gps(), "image/jpeg"),
        },
        **{"files-0-licence": "cc0-1.0", "files-1-title": "De sloot"},
    )
    assert response.status_code == 303, response.text
    post = await Post.get(title="Metingen")
    table, photo = await Attachment.filter(post=post).order_by("position")
    page = await client.get(f"/p/{post.id}")
    assert f'href="/files/{table.id}/metingen.csv"' in page.text
    assert "CC0 1.0" in page.text and "De sloot" in page.text
    assert f'src="/files/{photo.id}/thumbnail.webp"' in page.text

    download = await client.get(f"/files/{table.id}/metingen.csv")
    assert download.status_code == 200 and download.content == CSV
    assert download.headers["content-type"].startswith("text/csv")
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["content-disposition"] == "attachment; filename*=UTF-8''metingen.csv"
    image = await client.get(f"/files/{photo.id}/sloot.jpg")
    assert image.headers["content-type"] == "image/jpeg" and b"Telefoonmaker" not in image.content
    thumb = await client.get(f"/files/{photo.id}/thumbnail.webp")
    assert thumb.status_code == 200 and thumb.content[8:12] == b"WEBP"


async def test_fake_pdf_is_refused_with_the_field_named_and_nothing_kept(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    response = await _share(
        client, {"files-0": ("rapport.pdf", b"Geen PDF, gewoon tekst.", "application/pdf")}
    )
    assert response.status_code == 422
    assert 'href="#f-files-0"' in response.text and 'id="f-files-0-error"' in response.text
    assert 'value="Metingen"' in response.text  # what was typed is kept
    assert await Post.all().count() == 0 and await Attachment.all().count() == 0
    assert await StoredBlob.all().count() == 0


async def test_too_large_form_is_refused_before_it_is_read(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    token = await csrf_token(client, "/groups")
    headers = {"content-type": "multipart/form-data; boundary=x", "content-length": str(10**10)}
    response = await client.post("/g/gelderse-vallei/new", content=b"--x--", headers=headers)
    assert response.status_code == 413
    assert token and await Post.all().count() == 0


async def test_files_of_a_deleted_post_are_gone(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    await _share(client, {"files-0": ("metingen.csv", CSV, "text/csv")})
    post = await Post.get(title="Metingen")
    attachment = await Attachment.get(post=post)
    assert (await client.get(f"/files/{attachment.id}/x.csv")).status_code == 200
    token = await csrf_token(client, f"/p/{post.id}/delete")
    await client.post(f"/p/{post.id}/delete", data={"csrf_token": token})
    assert (await Post.get(id=post.id)).deleted_at is not None
    assert (await client.get(f"/files/{attachment.id}/x.csv")).status_code == 404
    assert (await client.get("/files/99999999999/x.csv")).status_code == 404


async def test_non_member_cannot_share(client: httpx.AsyncClient, settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    await make_group(anna)
    await make_user(settings, "bert")
    await login(client, "bert")
    response = await _share(client, {"files-0": ("metingen.csv", CSV, "text/csv")})
    assert response.status_code == 403
    assert await Attachment.all().count() == 0


async def test_refused_post_leaves_no_bytes_behind(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    response = await _share(client, {"files-0": ("metingen.csv", CSV, "text/csv")}, title="")
    assert response.status_code == 422
    assert await Post.all().count() == 0 and await StoredBlob.all().count() == 0
    # The data folder is the session's: look for these bytes, not for an empty folder.
    assert not storage.local_store(settings.data_dir).path(hashlib.sha256(CSV).hexdigest()).exists()


async def test_refused_post_keeps_bytes_another_post_shares(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    assert (await _share(client, {"files-0": ("a.csv", CSV, "text/csv")})).status_code == 303
    refused = await _share(client, {"files-0": ("b.csv", CSV, "text/csv")}, title="")
    assert refused.status_code == 422
    attachment = await Attachment.get()
    assert (await client.get(f"/files/{attachment.id}/a.csv")).content == CSV


async def test_file_whose_bytes_are_gone_is_a_404_not_a_server_error(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    await _share(client, {"files-0": ("metingen.csv", CSV, "text/csv")})
    attachment = await Attachment.get()
    storage.local_store(settings.data_dir).path(hashlib.sha256(CSV).hexdigest()).unlink()
    response = await client.get(f"/files/{attachment.id}/metingen.csv")
    assert response.status_code == 404
    # "Download my data" still works; it leaves out what the store lost.
    export = await client.get("/settings/data/export")
    assert export.status_code == 200 and export.headers["content-type"] == "application/zip"


async def test_file_over_the_limit_gets_a_page_that_says_so(
    settings: Settings, admin: User
) -> None:
    anna = await make_user(settings, "anna")
    await make_group(anna)
    async with client_for(settings, max_upload_mb=1) as small:
        await login(small, "anna")
        big = b"perceel;waarde\n" * (150 * 1024)  # 2.25 MB
        response = await _share(small, {"files-0": ("groot.csv", big, "text/csv")})
    assert response.status_code == 413
    assert "1 MB" in response.text and "kleiner bestand" in response.text
    assert await Post.all().count() == 0 and await StoredBlob.all().count() == 0
