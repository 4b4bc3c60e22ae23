"""The optional interactive map: offered only with a configured tile server and Leaflet in
place; the pages' Content-Security-Policy then lets images come from that server only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server import static_files
from server.config import ConfigError, Settings, load_settings
from server.security import CONTENT_SECURITY_POLICY
from server.services import attachments, posts
from tests.conftest import client_for, make_group, make_user

TILES = "https://tiles.example.nl/{z}/{x}/{y}.png"
GEOJSON = json.dumps(
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.6, 52.0]},
     "properties": {"naam": "Meetpunt"}}
).encode()  # fmt: skip


@pytest.fixture
def leaflet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("leaflet.js", "leaflet.css"):
        (tmp_path / name).write_text("/* leaflet */")
    monkeypatch.setattr(static_files, "LEAFLET_DIR", tmp_path)


async def _map_post(settings: Settings) -> int:
    anna = await make_user(settings, "anna")
    group = await make_group(anna)
    upload = attachments.Upload("gebied.geojson", GEOJSON, title="Het gebied")
    async with attachments.intake([upload], settings) as files:
        post = await posts.create_post(anna, group, "Kaart", "Het gebied.", files)
    return post.id


async def test_map_is_offered_with_tiles_and_leaflet(
    settings: Settings, admin: None, leaflet: None
) -> None:
    post_id = await _map_post(settings)
    async with client_for(settings, map_tiles=TILES, map_attribution="© Kaartmakers") as client:
        page = await client.get(f"/p/{post_id}")
    assert page.status_code == 200
    assert f'data-tiles="{TILES}"' in page.text and 'data-attribution="© Kaartmakers"' in page.text
    assert 'src="/static/js/map.js"' in page.text and "/leaflet.js" in page.text
    assert "<svg" in page.text  # the drawn map stays for pages without JavaScript
    policy = page.headers["content-security-policy"]
    assert "img-src 'self' data: https://tiles.example.nl;" in policy
    assert "script-src 'self';" in policy


async def test_no_map_without_tiles_or_without_leaflet(
    settings: Settings, admin: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post_id = await _map_post(settings)
    async with client_for(settings) as client:
        page = await client.get(f"/p/{post_id}")
    assert "interactive-map" not in page.text and "<svg" in page.text
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    monkeypatch.setattr(static_files, "LEAFLET_DIR", tmp_path / "missing")
    async with client_for(settings, map_tiles=TILES, map_attribution="x") as client:
        assert "interactive-map" not in (await client.get(f"/p/{post_id}")).text


def test_subdomains_of_the_tile_server_are_all_allowed() -> None:
    settings = Settings(map_tiles="https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert settings.map_tiles_origins == (
        "https://a.tile.example.org", "https://b.tile.example.org", "https://c.tile.example.org",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"map_tiles": "http://tiles.example.nl/{z}/{x}/{y}.png", "map_attribution": "x"},
         "https"),
        ({"map_tiles": "https://tiles.example.nl/tiles.png", "map_attribution": "x"}, "{z}"),
        ({"map_tiles": TILES}, "POLDER_MAP_ATTRIBUTION"),
    ],
)  # fmt: skip
def test_tile_settings_that_cannot_work_stop_the_start(
    tmp_path: Path, values: dict[str, str], says: str
) -> None:
    with pytest.raises(ConfigError, match=says.replace("{", r"\{").replace("}", r"\}")):
        load_settings({"data_dir": str(tmp_path), "domain": "polder.example.nl", **values},
                      environ={})  # fmt: skip
