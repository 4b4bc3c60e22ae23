"""Files travel between three real instances: Bert shares a table in his group on B, Anna on A
shares a photo in that group from her own instance; Cees on C sees both as files that live on
their home instance, and the address C holds downloads the very bytes from there."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import httpx

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import db_rows, find_post, vallei_on_b
from tests.unit.test_files_intake import jpeg_with_gps

CSV = b"perceel;stikstof (mol/ha)\nA1;3,14\nB2;2,50\n"
GEOJSON = json.dumps(
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.5, 52.1]},
     "properties": {"naam": "Meetpunt"}}
).encode()  # fmt: skip
PASSWORD = "a long enough password"


async def _share_on_web(
    instance: Instance, username: str, group: str, title: str, file: tuple[str, bytes, str]
) -> None:
    """Logs in on `instance` and posts with one file through the new-post form."""
    async with httpx.AsyncClient(base_url=instance.base_url, timeout=10) as web:
        login = await web.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
        assert token, login.text
        fields = {"csrf_token": token.group(1), "login": username, "password": PASSWORD}
        assert (await web.post("/login", data=fields)).status_code == 303
        form = await web.get(f"/g/{quote(group)}/new")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token, form.text
        sent = await web.post(
            f"/g/{quote(group)}/new",
            data={"csrf_token": token.group(1), "title": title, "body": "Zie het bestand.",
                  "files-0-title": title, "files-0-licence": "cc0-1.0"},
            files={"files-0": file},
        )  # fmt: skip
        assert sent.status_code == 303, sent.text


def _files_of(instance: Instance, title: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (str(row[0]), str(row[1]), str(row[2]), row[3])
        for row in db_rows(
            instance,
            "SELECT a.remote_url, a.media_type, a.licence, a.blob_id FROM attachments a"
            " JOIN posts p ON p.id = a.post_id WHERE p.title = ? AND a.deleted_at IS NULL",
            title,
        )
    ]


async def test_files_federate_and_download_from_their_home(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    group_on_a, group_on_c = await vallei_on_b(a, b, c)

    await _share_on_web(b, "bert", "gelderse-vallei", "Metingen maart", ("m.csv", CSV, "text/csv"))
    photo = jpeg_with_gps()
    await _share_on_web(a, "anna", group_on_a, "De sloot", ("sloot.jpg", photo, "image/jpeg"))

    for title, home in (("Metingen maart", b), ("De sloot", a)):
        await wait_for(lambda t=title: find_post(c, group_on_c, t), f"{title} on C")
        (url, media_type, licence, blob), *_ = await wait_for(
            lambda t=title: _ready(_files_of(c, t)), f"the file of {title} on C"
        )
        # C keeps the address on the file's home instance, not a copy of the bytes.
        assert url.startswith(home.base_url + "/files/") and blob is None
        assert licence == "cc0-1.0"
        async with httpx.AsyncClient(timeout=10) as fetch:
            download = await fetch.get(url)
        assert download.status_code == 200
        assert download.headers["content-type"].startswith(media_type)
        if title == "Metingen maart":
            assert download.content == CSV
        else:  # re-encoded on A without its location data: not the uploaded bytes
            assert download.content[:3] == b"\xff\xd8\xff" and download.content != photo

    # B, the group's home, also holds Anna's photo as a link to A.
    ((url_on_b, _, _, blob_on_b),) = _files_of(b, "De sloot")
    assert url_on_b.startswith(a.base_url + "/files/") and blob_on_b is None

    # C's post page lists the files with their home host and loads nothing from there.
    post_c = await find_post(c, group_on_c, "De sloot")
    assert post_c is not None
    async with httpx.AsyncClient(base_url=c.base_url, timeout=10) as web:
        page = await web.get(f"/p/{post_c['id']}")
    assert f"(op {a.domain})" in page.text or f"(on {a.domain})" in page.text
    assert f'src="{a.base_url}' not in page.text
    async with c.api() as api:
        assert json_of(await api.get(f"/posts/{post_c['id']}"))["title"] == "De sloot"

    await _change_files_through_the_api(b, c, group_on_c)


async def _change_files_through_the_api(b: Instance, c: Instance, group_on_c: str) -> None:
    """Bert swaps his table for a map through the API; C's copy follows the Update."""
    post_b = await find_post(b, "gelderse-vallei", "Metingen maart")
    assert post_b is not None
    async with b.api("bert") as api:
        shown = json_of(await api.get(f"/posts/{post_b['id']}"))
        [table] = shown["attachments"]
        data = {"title": "Metingen maart", "body": "Nu als kaart.", "remove_files": [table["id"]]}
        changed = await api.patch(
            f"/posts/{post_b['id']}",
            files={"data": (None, json.dumps(data)),
                   "files-0": ("vallei.geojson", GEOJSON, "application/geo+json"),
                   "files-0-licence": (None, "cc-by-4.0")},
        )  # fmt: skip
    [geojson] = json_of(changed)["attachments"]
    assert geojson["kind"] == "geojson"

    async def swapped() -> list[tuple[str, str, str, str | None]] | None:
        rows = _files_of(c, "Metingen maart")
        return rows if [row[1] for row in rows] == ["application/geo+json"] else None

    ((url, _, licence, _),) = await wait_for(swapped, "the map instead of the table on C")
    assert url == geojson["url"] and licence == "cc-by-4.0"


async def _ready(
    rows: list[tuple[str, str, str, str | None]],
) -> list[tuple[str, str, str, str | None]]:
    return rows
