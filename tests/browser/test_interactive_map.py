"""The optional interactive map in a real browser: Leaflet from static/vendor (installed from
the npm registry by .ci/run, never committed) over a GeoJSON file, tiles only from the tile
server the admin configured (here one on loopback); without JavaScript the drawn map stays."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from PIL import Image

from server import static_files
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.test_accessibility import PASSWORD, WCAG_TAGS, Site
from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering

GEOJSON = json.dumps(
    {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"naam": "Perceel 12"},
         "geometry": {"type": "Polygon", "coordinates": [[[5.55, 52.0], [5.6, 52.0],
                                                          [5.6, 52.03], [5.55, 52.0]]]}},
    ]}
).encode()  # fmt: skip


class MapSite(Site):
    def __init__(self, data_dir: Any, port: int, tiles: str) -> None:
        super().__init__(data_dir, port)
        self.tiles = tiles
        self.map_post = ""

    def env(self) -> dict[str, str]:
        return clean_env(domain=f"127.0.0.1:{self.port}", dev="1", map_tiles=self.tiles,
                         map_attribution="Testkaart <b>niet vet</b>")  # fmt: skip

    def share_map(self) -> None:
        csrf = re.compile(r'name="csrf_token" value="([^"]+)"')
        with httpx.Client(base_url=self.base, timeout=10) as web_client:
            token = csrf.search(web_client.get("/login").text)
            assert token
            login = {"csrf_token": token[1], "login": "anna", "password": PASSWORD}
            assert web_client.post("/login", data=login).status_code == 303
            token = csrf.search(web_client.get("/g/gelderse-vallei/new").text)
            assert token
            shared = web_client.post(
                "/g/gelderse-vallei/new",
                data={"csrf_token": token[1], "title": "Kaart van het gebied",
                      "body": "Het perceel.", "files-0-title": "Perceel 12"},
                files={"files-0": ("perceel.geojson", GEOJSON, "application/geo+json")},
            )  # fmt: skip
            assert shared.status_code == 303, shared.text
            self.map_post = shared.headers["location"]


@pytest.fixture
async def tile_server() -> AsyncIterator[tuple[TestServer, list[str]]]:
    """A tile server on loopback that answers every tile with one green square."""
    asked: list[str] = []
    square = io.BytesIO()
    Image.new("RGB", (256, 256), (200, 230, 200)).save(square, format="PNG")

    async def tile(request: web.Request) -> web.Response:
        asked.append(request.path)
        return web.Response(body=square.getvalue(), content_type="image/png")

    app = web.Application()
    app.router.add_get("/{z}/{x}/{y}.png", tile)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield server, asked
    await server.close()


@pytest.fixture
def map_site(
    tile_server: tuple[TestServer, list[str]], tmp_path: Any, browser_ready: None
) -> Iterator[MapSite]:
    if not static_files.leaflet_installed():
        reason = "Leaflet is not in static/vendor (npm install --prefix static/vendor leaflet)"
        if os.environ.get("POLDER_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    server, _ = tile_server
    site = MapSite(tmp_path, free_port(), f"http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png")
    site.person("beheer", "--admin")
    site.person("anna")
    site.cli("group", "create", "--slug", "gelderse-vallei", "--title", "Gelderse Vallei",
             "--area", "Gelderse Vallei", "--topic", "stikstof", "--owner", "beheer")  # fmt: skip
    log = (tmp_path / "server.log").open("w")
    process = start_serve(tmp_path, site.port, site.env(), log)
    try:
        wait_until_answering(process, site.base + "/static/css/polder.css")
        token = site.cli("token", "create", "--user", "anna")
        joined = httpx.put(
            site.base + "/api/v1/groups/gelderse-vallei/membership",
            headers={"Authorization": f"Bearer {token}"}, timeout=10,
        )  # fmt: skip
        assert joined.status_code in (200, 201), joined.text
        site.share_map()
        yield site
    finally:
        stop(process)
        log.close()


async def test_map_moves_over_the_drawn_one_with_tiles_from_the_configured_server(
    map_site: MapSite, tile_server: tuple[TestServer, list[str]]
) -> None:
    from axe_playwright_python.async_playwright import Axe
    from playwright.async_api import async_playwright

    server, asked = tile_server
    tiles_origin = f"http://127.0.0.1:{server.port}"
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = await browser.new_page(locale="nl-NL")
        page.set_default_timeout(10_000)
        elsewhere: list[str] = []
        page.on("request", lambda r: None if r.url.startswith((map_site.base, tiles_origin))
                else elsewhere.append(r.url))  # fmt: skip
        await page.goto(map_site.base + map_site.map_post)
        await page.wait_for_selector(".interactive-map[data-ready='1']", state="visible")
        await page.wait_for_function("document.querySelectorAll('.leaflet-tile-loaded').length > 0")
        assert asked and all(path.endswith(".png") for path in asked)
        assert await page.locator("svg.file-map").is_hidden()
        credit = await page.locator(".leaflet-control-attribution").inner_text()
        assert "<b>niet vet</b>" in credit  # the admin's text is shown as text
        options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
        violations = (await Axe().run(page, options=options)).response["violations"]
        assert violations == [], [v["id"] for v in violations]
        assert elsewhere == []

        no_js = await browser.new_context(java_script_enabled=False)
        plain = await no_js.new_page()
        await plain.goto(map_site.base + map_site.map_post)
        assert await plain.locator("svg.file-map").is_visible()
        assert await plain.locator(".interactive-map").is_hidden()
        await browser.close()
