"""Files on meetings in the browser: shared with the new-meeting form, listed on the meeting's
page and in the library, downloadable while the meeting can be read (cancelled too); a refused
file or a wrong field keeps the form and records nothing."""

from __future__ import annotations

import hashlib

import httpx

from server.config import Settings
from server.files.storage import local_store
from server.models import Attachment, Event, Group, StoredBlob, User
from server.services import attachments, events, library
from tests.conftest import csrf_token, login
from tests.unit.test_files_intake import jpeg_with_gps

CSV = b"perceel;grondwater (cm)\nA1;-80\nB2;-95\n"
MEETING = {
    "title": "Keukentafelgesprek water",
    "description": "We praten over grondwater.",
    "starts_at": "2030-05-14T19:30",
    "ends_at": "2030-05-14T21:30",
    "address": "Dorpshuis, Kerkstraat 1, Barneveld",
}


async def _plan(
    client: httpx.AsyncClient, files: dict[str, tuple[str, bytes, str]], **data: str
) -> httpx.Response:
    token = await csrf_token(client, "/groups")
    fields = {"csrf_token": token, **MEETING, **data}
    return await client.post("/g/gelderse-vallei/events/new", data=fields, files=files)


async def test_meeting_with_files_lists_and_downloads_them(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    await login(client, "anna")
    form = await client.get(f"/g/{group.slug}/events/new")
    assert 'enctype="multipart/form-data"' in form.text and 'name="files-2-licence"' in form.text
    assert "the preview shows only your text" not in form.text  # this form has no preview
    response = await _plan(
        client,
        {
            "files-0": ("peilen.csv", CSV, "text/csv"),
            "files-1": ("sloot.jpg", jpeg_with_gps(), "image/jpeg"),
        },
        **{"files-0-licence": "cc0-1.0", "files-0-title": "Grondwaterpeilen"},
    )
    assert response.status_code == 303, response.text
    event = await Event.get(title=MEETING["title"])
    table, photo = await Attachment.filter(event=event).order_by("position")
    assert table.post_id is None and table.uploader_id == anna.id and table.group_id == group.id
    page = await client.get(f"/e/{event.id}")
    assert f'href="/files/{table.id}/peilen.csv"' in page.text and "Grondwaterpeilen" in page.text
    assert f'src="/files/{photo.id}/thumbnail.webp"' in page.text and "CC0 1.0" in page.text
    download = await client.get(f"/files/{table.id}/peilen.csv")
    assert download.status_code == 200 and download.content == CSV
    assert download.headers["cache-control"].startswith("public")
    library = await client.get(f"/g/{group.slug}/library")
    assert "Grondwaterpeilen" in library.text and f'href="/e/{event.id}"' in library.text


async def test_a_cancelled_meetings_files_stay_readable(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    prepared = await attachments.prepare([attachments.Upload("peilen.csv", CSV)], settings)
    event = await events.create_event(anna, group, events.EventForm(**MEETING), prepared)
    [file] = await attachments.of_event(event)
    await events.cancel_event(anna, event)
    assert (await client.get(f"/files/{file.id}/peilen.csv")).content == CSV
    rows, _ = await library.page(group)
    assert [row["id"] for row in rows] == [file.id]
    assert "peilen" in (await client.get(f"/e/{event.id}")).text


async def test_a_refused_file_keeps_the_form_and_records_nothing(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    await login(client, "anna")
    response = await _plan(
        client,
        {
            "files-0": ("peilen.csv", CSV, "text/csv"),
            "files-1": ("rapport.pdf", b"Geen PDF, gewoon tekst.", "application/pdf"),
        },
    )
    assert response.status_code == 422
    assert 'href="#f-files-1"' in response.text and 'id="f-files-1-error"' in response.text
    assert f'value="{MEETING["title"]}"' in response.text
    assert MEETING["address"] in response.text
    assert await Event.all().count() == 0 and await Attachment.all().count() == 0
    assert await StoredBlob.all().count() == 0


async def test_a_wrong_field_records_no_file_and_writes_no_bytes(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    await login(client, "anna")
    unique = CSV + b"C3;-70\n"
    response = await _plan(
        client, {"files-0": ("peilen.csv", unique, "text/csv")}, ends_at="2030-05-14T18:00"
    )
    assert response.status_code == 422 and 'id="f-ends_at-error"' in response.text
    assert await Event.all().count() == 0 and await Attachment.all().count() == 0
    assert await StoredBlob.all().count() == 0
    # The meeting is checked before the files are stored: no bytes without a row.
    path = local_store(settings.data_dir).path(hashlib.sha256(unique).hexdigest())
    assert not path.exists()
