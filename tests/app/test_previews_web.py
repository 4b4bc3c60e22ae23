"""Previews on the post page: a CSV as a table, a GeoJSON file as a map; broken GeoJSON refused."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from server.config import Settings
from server.models import Attachment, Post, StoredBlob
from tests.app.test_files_web import _member, _share
from tests.unit.test_previews import SQUARE, VALID, _feature

CSV = b"perceel;stikstof (mol/ha)\nA1;1.234,5\nB2;12,5\n"


def _files(settings: Settings) -> set[Path]:
    root = settings.data_dir / "files"
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


async def test_post_page_shows_the_table_and_the_map(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    response = await _share(
        client,
        {
            "files-0": ("metingen.csv", CSV, "text/csv"),
            "files-1": ("percelen.geojson", json.dumps(VALID).encode(), "application/geo+json"),
        },
    )
    assert response.status_code == 303, response.text
    post = await Post.get(title="Metingen")
    table, shapes = await Attachment.filter(post=post).order_by("position")
    page = (await client.get(f"/p/{post.id}")).text
    # Dutch is the default language: the caption, the summary and the numbers are Dutch.
    assert f'<caption id="file-{table.id}-caption">Tabel van metingen' in page
    assert f'aria-labelledby="file-{table.id}-caption"' in page and 'tabindex="0"' in page
    assert '<th scope="col">stikstof (mol/ha)</th>' in page
    assert "<td>1.234,5</td>" in page and "623,5" in page  # the average, with a decimal comma
    assert (
        f'id="file-{shapes.id}-map" role="img" aria-labelledby="file-{shapes.id}-map-title"' in page
    )
    assert "Kaart met 3 features" in page and '<path class="area" d="M' in page
    # A property is text in a cell, never markup.
    assert "&lt;b&gt;Perceel&lt;/b&gt;" in page and "<b>Perceel</b>" not in page


async def test_invalid_geojson_is_refused_on_the_form_and_nothing_is_kept(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _member(client, settings)
    before = _files(settings)
    broken = _feature({"type": "Polygon", "coordinates": [SQUARE[0][:-1]]})
    response = await _share(
        client,
        {
            "files-0": ("metingen.csv", CSV, "text/csv"),
            "files-1": ("kaart.geojson", json.dumps(broken).encode(), "application/geo+json"),
        },
    )
    assert response.status_code == 422
    assert 'id="f-files-1-error"' in response.text
    assert "Feature 2 heeft een vlak waarvan de rand niet dicht is." in response.text
    assert await Post.all().count() == 0 and await Attachment.all().count() == 0
    assert await StoredBlob.all().count() == 0
    assert _files(settings) == before
