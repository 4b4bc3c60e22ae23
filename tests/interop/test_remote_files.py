"""Files across instances: ours go out as `Image` / `Document` the way Mastodon and Lemmy write
them; theirs (the real Lemmy and Mastodon payloads) are kept as links to their own server."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from federation import documents, event_documents, publish, vocab
from federation.urls import Urls
from server.config import Settings
from server.models import Attachment, Event, FileKind, Group, Membership, Post, User
from server.services import attachments, events
from tests.conftest import make_group, make_user
from tests.interop.test_inbox_fixtures import HERE, apply, fixture, sender
from tests.unit.test_files_intake import jpeg_with_gps

CSV = b"perceel;stikstof\nA1;3,14\nB2;2,50\n"


async def _local_post_with_files(settings: Settings) -> tuple[Post, Group, User]:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    post = await Post.create(
        group=group,
        author=anna,
        title="Metingen",
        body="Zie de bijlagen.",
        body_html="<p>x</p>",
        created_at=datetime.now(UTC),
    )
    uploads = [
        attachments.Upload("metingen.csv", CSV, title="Metingen maart", description="Per sloot"),
        attachments.Upload("sloot.jpg", jpeg_with_gps(), title="De sloot", licence="cc0-1.0"),
    ]
    prepared = await attachments.prepare(uploads, settings)
    await attachments.create(prepared, uploader=anna, group=group, post=post)
    return post, group, anna


async def test_our_files_go_out_as_document_and_image(settings: Settings) -> None:
    post, group, anna = await _local_post_with_files(settings)
    urls = Urls(settings.base_url)
    files = await attachments.of_post(post)
    page = documents.page_document(urls, post, group, anna, files)

    table, photo = page["attachment"]
    assert table == {
        "type": "Document",
        "url": f"{urls.base}/files/{files[0].id}/metingen.csv",
        "mediaType": "text/csv",
        "name": "Metingen maart",
        "summary": "Per sloot",
        "license": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert photo["type"] == "Image" and photo["mediaType"] == "image/jpeg"
    assert photo["name"] == "De sloot"  # Mastodon shows it as the alt text
    assert photo["width"] > 0 and photo["height"] > 0
    assert photo["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    # `license` is a declared term, so JSON-LD readers know what it means.
    assert page["@context"][-1]["license"]["@id"] == "schema:license"

    # What another Polder reads back is what was sent.
    parsed = vocab.parse(page)
    assert isinstance(parsed, vocab.Content)
    assert [(a.type, a.name, a.summary) for a in parsed.attachments] == [
        ("Document", "Metingen maart", "Per sloot"),
        ("Image", "De sloot", None),
    ]


async def _remote_member(group: Group, ap_id: str) -> User:
    person = await sender(ap_id)
    assert isinstance(person, User)
    await Membership.create(group=group, user=person, accepted=True)
    return person


def _create(obj: dict[str, Any], group: Group, kind: str = "Create") -> dict[str, Any]:
    ours = f"{HERE}/g/{group.slug}"
    obj = {**copy.deepcopy(obj), "audience": ours, "to": [ours, vocab.PUBLIC], "cc": []}
    obj.pop("inReplyTo", None)
    return {
        "id": f"{obj['id']}/{kind.lower()}",
        "type": kind,
        "actor": obj["attributedTo"],
        "to": obj["to"],
        "object": obj,
    }


async def test_lemmy_image_post_keeps_the_image_as_a_remote_file(settings: Settings) -> None:
    group = await make_group(await make_user(settings, "anna"))
    page = fixture("fediverse/lemmy/objects/page_image_and_link.json")
    await _remote_member(group, page["attributedTo"])

    await apply(settings, _create(page, group))

    post = await Post.get(ap_id=page["id"])
    (image,) = await attachments.of_post(post)
    assert image.remote_url == "https://enterprise.lemmy.ml/pictrs/image/eOtYb9iEiB.png"
    assert image.blob_id is None and image.kind == FileKind.IMAGE
    assert image.filename == "eOtYb9iEiB.png" and image.title == "eOtYb9iEiB.png"
    # The plain link stays a link in the text; the image is not repeated there.
    assert "https://example.com/some-article" in post.body_html
    assert "pictrs" not in post.body_html


async def test_mastodon_picture_with_alt_text_then_edited_away(settings: Settings) -> None:
    group = await make_group(await make_user(settings, "anna"))
    note = fixture("fediverse/mastodon/objects/note_2.json")
    await _remote_member(group, note["attributedTo"])

    await apply(settings, _create(note, group))
    post = await Post.get(ap_id=note["id"])
    (picture,) = await attachments.of_post(post)
    assert picture.kind == FileKind.IMAGE and picture.media_type == "image/jpeg"
    assert picture.title.startswith("The KDE dragons Katie and Konqi")
    assert (picture.width, picture.height) == (1500, 1095)
    assert picture.group_id == group.id

    edited = {**note, "attachment": [], "updated": "2024-10-15T09:00:00Z"}
    await apply(settings, _create(edited, group, kind="Update"))
    assert await attachments.of_post(post) == []
    assert await Attachment.filter(post=post).count() == 1  # kept, marked deleted


async def test_remote_files_show_their_home_and_load_nothing_from_it(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    group = await make_group(await make_user(settings, "anna"))
    note = fixture("fediverse/mastodon/objects/note_2.json")
    await _remote_member(group, note["attributedTo"])
    await apply(settings, _create(note, group))
    post = await Post.get(ap_id=note["id"])

    page = await client.get(f"/p/{post.id}")
    assert page.status_code == 200
    assert 'href="https://cdn.masto.host/floss/media_attachments/' in page.text
    assert "(op cdn.masto.host)" in page.text or "(on cdn.masto.host)" in page.text
    assert 'src="https://cdn.masto.host' not in page.text
    library = await client.get(f"/g/{group.slug}/library")
    assert "The KDE dragons" in library.text
    # The API gives the file's address on its own server, never a download from here.
    [shared] = (await client.get(f"/api/v1/posts/{post.id}")).json()["attachments"]
    assert shared["remote"] is True and shared["thumbnail_url"] is None
    assert shared["url"].startswith("https://cdn.masto.host/floss/media_attachments/")
    assert (shared["width"], shared["height"]) == (1500, 1095)


async def test_mobilizon_event_picture_is_kept_on_the_meeting(settings: Settings) -> None:
    group_id = "https://mobilizon.fr/@gebiedsproces"
    create = fixture(
        "mobilizon/mobilizon-post-activity-media.json",
        {"https://framapiaf.org/users/admin/followers": group_id},
    )
    remote = await sender(group_id, group=True)
    assert isinstance(remote, Group)
    await Membership.create(group=remote, user=await make_user(settings, "anna"), accepted=True)
    await sender(create["actor"])
    publish.configure(settings)

    await apply(settings, create)

    event = await Event.get(ap_id=create["object"]["id"])
    (picture,) = await attachments.of_event(event)
    assert picture.remote_url == "https://mobilizon.fr/some-image"
    assert picture.kind == FileKind.IMAGE and picture.title == "some-image"
    assert event.online_url == "https://google.com"  # the "Website" Link is not a file


async def test_our_meeting_files_follow_its_online_link(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    start = datetime.now(UTC) + timedelta(days=3)
    event = await events.create_event(
        anna,
        group,
        events.EventForm(
            title="Keukentafel", description="", starts_at=start.isoformat(),
            ends_at=(start + timedelta(hours=2)).isoformat(), address="",
            online_url="https://meet.example/abc",
        ),
    )  # fmt: skip
    prepared = await attachments.prepare([attachments.Upload("agenda.csv", CSV)], settings)
    await attachments.create(prepared, uploader=anna, group=group, event=event)

    urls = Urls(settings.base_url)
    document = event_documents.event_document(
        urls, event, group, anna, await attachments.of_event(event)
    )
    link, table = document["attachment"]
    assert link["name"] == "Website" and link["href"] == "https://meet.example/abc"
    assert table["type"] == "Document" and table["mediaType"] == "text/csv"
    assert table["url"].startswith(f"{urls.base}/files/") and table["name"] == "agenda"
