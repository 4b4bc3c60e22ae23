"""Sharing files through the API: multipart posts and meetings, files in the JSON, refusals
in the one error shape with the file's field named, and nothing kept of a refused share."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from server.config import Settings
from server.files import storage
from server.models import Attachment, Event, Group, Post, StoredBlob, User
from tests.conftest import api_headers, client_for, make_user
from tests.unit.test_files_intake import jpeg_with_gps, png

CSV = b"perceel;stikstof\nA1;3,14\nB2;2,50\n"
GEOJSON = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [5.6, 51.98]},
                "properties": {"naam": "Meetpunt Binnenveld"},
            }
        ],
    }
).encode()
POSTS = "/api/v1/groups/gelderse-vallei/posts"
EVENTS = "/api/v1/groups/gelderse-vallei/events"
MEETING = {"title": "Keukentafelgesprek", "starts_at": "2030-10-26T14:00",
           "ends_at": "2030-10-26T16:00", "address": "Dorpshuis Renswoude"}  # fmt: skip

Files = dict[str, Any]


def _parts(data: dict[str, Any] | None, **texts: str) -> dict[str, str]:
    fields = {"data": json.dumps(data)} if data is not None else {}
    return {**fields, **texts}


async def _send(
    client: httpx.AsyncClient, user: User, files: Files, data: dict[str, Any] | None = None,
    path: str = POSTS, **texts: str,
) -> httpx.Response:  # fmt: skip
    fields = _parts({"title": "Metingen", "body": "De cijfers."} if data is None else data, **texts)
    return await client.post(path, data=fields, files=files, headers=await api_headers(user))


def _kept(settings: Settings, content: bytes) -> bool:
    return storage.local_store(settings.data_dir).path(hashlib.sha256(content).hexdigest()).exists()


async def _fits(client: httpx.AsyncClient, data: Any, name: str) -> None:
    components = (await client.get("/api/v1/openapi.json")).json()["components"]["schemas"]
    schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": components}}
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(data)


async def _nothing_kept(settings: Settings, *contents: bytes) -> None:
    assert await Post.all().count() == 0 and await Event.all().count() == 0
    assert await Attachment.all().count() == 0 and await StoredBlob.all().count() == 0
    assert not any(_kept(settings, content) for content in contents)


async def test_post_with_files_shows_them_in_its_json_and_the_feed(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    photo = jpeg_with_gps()
    made = await _send(
        client, anna,
        {"files-0": ("metingen.csv", CSV, "text/csv"),
         "files-1": ("sloot.jpg", photo, "image/jpeg")},
        **{"files-0-licence": "cc0-1.0", "files-0-description": "Twee percelen",
           "files-1-title": "De sloot"},
    )  # fmt: skip
    assert made.status_code == 201, made.text
    table, image = made.json()["attachments"]
    assert table["title"] == "metingen" and table["kind"] == "csv"
    assert table["media_type"].startswith("text/csv") and table["size"] == len(CSV)
    assert table["licence"] == "cc0-1.0" and table["licence_url"].startswith("https://")
    assert table["description"] == "Twee percelen" and table["remote"] is False
    assert table["preview"]["type"] == "csv" and table["preview"]["total_rows"] == 2
    assert table["preview"]["headers"] == ["perceel", "stikstof"]
    assert image["title"] == "De sloot" and image["kind"] == "image"
    assert image["width"] and image["height"] and image["thumbnail_url"]
    assert (await client.get(table["url"])).content == CSV
    downloaded = await client.get(image["url"])
    assert downloaded.status_code == 200 and b"Telefoonmaker" not in downloaded.content
    await _fits(client, made.json(), "Post")

    post_id = made.json()["id"]
    assert (await client.get(f"/api/v1/posts/{post_id}")).json()["attachments"] == [table, image]
    feed = (await client.get(POSTS)).json()
    assert feed["items"][0]["attachments"] == [table, image]
    await _fits(client, feed, "PostPage")


async def test_data_part_may_come_as_a_file_and_json_alone_still_works(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    data = json.dumps({"title": "Kaart", "body": "Zie bijlage."}).encode()
    made = await client.post(
        POSTS,
        files={"data": ("post.json", data, "application/json"),
               "files-0": ("kaart.geojson", GEOJSON, "application/geo+json")},
        headers=await api_headers(anna),
    )  # fmt: skip
    assert made.status_code == 201, made.text
    [shared] = made.json()["attachments"]
    assert shared["kind"] == "geojson" and shared["preview"]["total_features"] == 1
    plain = await client.post(
        POSTS, json={"title": "Zonder", "body": "Geen bijlage."}, headers=await api_headers(anna)
    )
    assert plain.status_code == 201 and plain.json()["attachments"] == []


async def test_fake_pdf_is_refused_naming_its_field_and_nothing_is_kept(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    fake = b"Geen PDF, gewoon tekst over stikstof."
    # Bytes no other test shares: the data folder is the whole session's.
    table = b"perceel;fosfaat\nC3;0,71\n"
    refused = await _send(
        client, anna,
        {"files-0": ("metingen.csv", table, "text/csv"),
         "files-1": ("rapport.pdf", fake, "application/pdf")},
    )  # fmt: skip
    assert refused.status_code == 422, refused.text
    body = refused.json()
    assert body["error"] == "invalid" and set(body["fields"]) == {"files-1"}
    await _nothing_kept(settings, table, fake)


async def test_refused_post_text_leaves_no_bytes_of_its_files(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    content = png(17, 13, "green")
    refused = await _send(
        client, anna, {"files-0": ("kaart.png", content, "image/png")}, {"title": "", "body": "x"}
    )
    assert refused.status_code == 422 and "title" in refused.json()["fields"]
    await _nothing_kept(settings, content)


async def test_non_member_is_refused_and_nothing_is_kept(
    client: httpx.AsyncClient, settings: Settings, group: Group
) -> None:
    bert = await make_user(settings, "bert")
    content = png(19, 11, "blue")
    refused = await _send(client, bert, {"files-0": ("kaart.png", content, "image/png")})
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    await _nothing_kept(settings, content)


async def test_size_is_checked_before_the_body_is_read(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    auth = await api_headers(anna)
    multipart = {**auth, "content-type": "multipart/form-data; boundary=x"}
    huge = await client.post(
        POSTS, content=b"--x--", headers={**multipart, "content-length": str(10**10)}
    )
    assert huge.status_code == 413 and huge.json()["error"] == "too_large"

    async def unsized() -> Any:
        yield b"--x--\r\n"

    chunked = await client.post(POSTS, content=unsized(), headers=multipart)
    assert chunked.status_code == 411 and chunked.json()["error"] == "length_required"
    assert await Post.all().count() == 0


DATA = json.dumps({"title": "Metingen", "body": "De cijfers."})
A_CSV = {"files-0": ("a.csv", CSV, "text/csv")}


@pytest.mark.parametrize(
    ("fields", "files", "status", "says"),
    [
        ({}, A_CSV, 400, "data"),
        ({"data": "{nope"}, {}, 400, "JSON"),
        ({"data": '{"title": "x", "body": "y", "extra": 1}'}, {}, 400, "extra"),
        ({"data": DATA, "wat": "x"}, {}, 400, "wat"),
        ({"data": DATA, "files-0": "geen bestand"}, {}, 400, "files-0"),
        ({"data": DATA}, {"files-0-title": ("t.txt", b"x", "text/plain")}, 400, "files-0-title"),
        ({"data": DATA}, {"files-1": ("a.csv", CSV, "text/csv")}, 400, "files-0"),
        ({"data": DATA, "files-1-title": "Zwerver"}, A_CSV, 400, "files-1-title"),
        ({"data": DATA}, {"files-10": ("a.csv", CSV, "text/csv")}, 422, "10"),
    ],
)  # fmt: skip
async def test_malformed_multipart_gets_a_clear_error(
    client: httpx.AsyncClient, anna: User, group: Group,
    fields: dict[str, str], files: Files, status: int, says: str,
) -> None:  # fmt: skip
    # Text parts as multipart fields (no file name), so that every case is multipart.
    parts = {**{name: (None, value) for name, value in fields.items()}, **files}
    response = await client.post(POSTS, files=parts, headers=await api_headers(anna))
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"error", "message"}
    assert says in body["message"] or says in json.dumps(body.get("fields", {}))
    assert await Post.all().count() == 0


async def test_bad_licence_and_long_title_are_named_per_field_in_dutch(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    refused = await client.post(
        POSTS,
        data=_parts({"title": "Metingen", "body": "x"}, **{"files-0-licence": "alles-mag",
                                                          "files-0-title": "t" * 201}),
        files={"files-0": ("a.csv", CSV, "text/csv")},
        headers=await api_headers(anna, language="nl"),
    )  # fmt: skip
    assert refused.status_code == 422
    fields = refused.json()["fields"]
    assert set(fields) == {"files-0-licence", "files-0-title"}
    assert "licentie" in fields["files-0-licence"].lower()


async def test_full_disk_is_a_507_and_leaves_nothing(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    content = png(23, 29, "red")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    refused = await _send(client, anna, {"files-0": ("kaart.png", content, "image/png")})
    monkeypatch.undo()
    assert refused.status_code == 507 and refused.json()["error"] == "insufficient_storage"
    await _nothing_kept(settings, content)


async def test_meeting_with_a_map_and_a_refused_meeting_keeps_nothing(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    files = {"files-0": ("gebied.geojson", GEOJSON, "application/geo+json")}
    made = await _send(client, anna, files, MEETING, EVENTS, **{"files-0-title": "Het gebied"})
    assert made.status_code == 201, made.text
    [shared] = made.json()["attachments"]
    assert shared["title"] == "Het gebied" and shared["preview"]["type"] == "geojson"
    await _fits(client, made.json(), "Event")
    listed = (await client.get(EVENTS)).json()["items"]
    assert listed[0]["attachments"] == [shared]
    event_id = made.json()["id"]
    assert (await client.get(f"/api/v1/events/{event_id}")).json()["attachments"] == [shared]

    await Attachment.all().delete()
    await Event.all().delete()
    await StoredBlob.all().delete()
    backwards = {**MEETING, "ends_at": "2030-10-26T13:00"}
    content = png(31, 7, "yellow")
    refused = await _send(
        client, anna, {"files-0": ("kaart.png", content, "image/png")}, backwards, EVENTS
    )
    assert refused.status_code == 422 and "ends_at" in refused.json()["fields"]
    await _nothing_kept(settings, content)


async def test_hidden_post_withholds_its_files_in_the_api(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    made = await _send(client, anna, {"files-0": ("metingen.csv", CSV, "text/csv")})
    post = await Post.get(id=made.json()["id"])
    post.hidden_at = post.created_at
    await post.save(update_fields=["hidden_at"])
    shown = (await client.get(f"/api/v1/posts/{post.id}")).json()
    assert shown["hidden"] is True and shown["attachments"] == []
    assert (await client.get(POSTS)).json()["items"][0]["attachments"] == []


def _multipart_stream(file_size: int, pulled: list[int]) -> tuple[bytes, Any]:
    """A multipart body with one file of `file_size` bytes, sent in chunks; `pulled` counts
    what the server asked for, to show where it stopped reading."""
    boundary = b"grens"
    head = (
        b'--grens\r\nContent-Disposition: form-data; name="data"\r\n\r\n'
        + DATA.encode()
        + b'\r\n--grens\r\nContent-Disposition: form-data; name="files-0"; '
        b'filename="groot.csv"\r\nContent-Type: text/csv\r\n\r\n'
    )
    tail = b"\r\n--grens--\r\n"
    chunk = b"perceel;waarde\n" * 4096

    async def body() -> Any:
        for part in (head, *([chunk] * (file_size // len(chunk))), tail):
            pulled.append(len(part))
            yield part

    length = len(head) + (file_size // len(chunk)) * len(chunk) + len(tail)
    return boundary + b"," + str(length).encode(), body()


async def test_file_over_the_limit_is_refused_while_it_arrives(
    settings: Settings, anna: User, group: Group
) -> None:
    pulled: list[int] = []
    meta, body = _multipart_stream(6 * 1024 * 1024, pulled)
    boundary, length = meta.split(b",")
    headers = {**await api_headers(anna), "content-length": length.decode(),
               "content-type": f"multipart/form-data; boundary={boundary.decode()}"}  # fmt: skip
    async with client_for(settings, max_upload_mb=1) as client:
        refused = await client.post(POSTS, content=body, headers=headers)
    assert refused.status_code == 413, refused.text
    assert refused.json()["error"] == "too_large" and "files-0" in refused.json()["fields"]
    # Stopped soon after the first megabyte of the file, not at its sixth.
    assert sum(pulled) < 2 * 1024 * 1024
    assert await Post.all().count() == 0
