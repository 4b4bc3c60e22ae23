"""The group library lists every shared file with who shared it, when and its licence."""

from __future__ import annotations

from datetime import timedelta

import httpx

from server.config import Settings
from server.models import Attachment, Post
from server.services import attachments, library, posts
from server.services.clock import now
from tests.conftest import make_group, make_user
from tests.unit.test_files_intake import png

CSV = b"perceel;stikstof\nA1;3,14\n"


async def _shared(settings: Settings) -> tuple[Post, Post]:
    anna = await make_user(settings, "anna", organisation="LTO Noord")
    group = await make_group(anna)
    prepared = await attachments.prepare(
        [
            attachments.Upload("metingen.csv", CSV, licence="cc0-1.0"),
            attachments.Upload("sloot.png", png()),
        ],
        settings,
    )
    first = await posts.create_post(anna, group, "Metingen", "Zie bijlagen.", prepared)
    hidden = await posts.create_post(
        anna, group, "Verborgen", "Weg.",
        await attachments.prepare([attachments.Upload("geheim.csv", b"a;b\n1;2\n")], settings),
    )  # fmt: skip
    await Post.filter(id=hidden.id).update(hidden_at=now())
    return first, hidden


async def test_library_lists_files_with_sharer_licence_and_filter(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    first, _ = await _shared(settings)
    page = await client.get("/g/gelderse-vallei/library")
    assert page.status_code == 200
    assert "metingen" in page.text and "sloot" in page.text
    assert "Anna Jansen, LTO Noord" in page.text and "CC0 1.0" in page.text
    assert f'href="/p/{first.id}"' in page.text
    # Files of a post hidden after reports are not listed while it waits for a moderator.
    assert "geheim" not in page.text
    images = await client.get("/g/gelderse-vallei/library?type=image")
    assert "sloot" in images.text and "metingen.csv" not in images.text
    group_page = await client.get("/g/gelderse-vallei")
    assert 'href="/g/gelderse-vallei/library"' in group_page.text


async def test_library_pages_newest_first_and_refuses_bad_links(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    first, _ = await _shared(settings)
    group = await first.group
    rows = await Attachment.filter(post=first).order_by("id")
    base = now()
    for n, row in enumerate(rows):
        await Attachment.filter(id=row.id).update(created_at=base - timedelta(minutes=n))
    page, after = await library.page(group, limit=1)
    assert [r["id"] for r in page] == [rows[0].id] and after is not None
    older, after = await library.page(group, after=after, limit=1)
    assert [r["id"] for r in older] == [rows[1].id] and after is None
    bad = await client.get("/g/gelderse-vallei/library?cursor=nonsense!")
    assert bad.status_code == 400
