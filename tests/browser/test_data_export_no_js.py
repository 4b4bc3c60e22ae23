"""Download my data when the worker prepares it, in a real browser without JavaScript: ask with
the form, reload until the link is there, download the zip; the mail says it is ready."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import zipfile
from typing import Any

from tests.browser.conftest import LiveServer
from tests.servers import clean_env

PASSWORD = "een lang wachtwoord"
DEADLINE_SECONDS = 30
LINK = 'a[href^="/settings/data/export/"]'


def _make_person(live_server: LiveServer) -> None:
    port = live_server.base_url.rsplit(":", 1)[1]
    result = subprocess.run(
        [sys.executable, "-m", "server.cli", "--data", str(live_server.data_dir), "user",
         "create", "--username", "gea", "--name", "Gea Beheer", "--organisation",
         "Provincie Gelderland", "--email", "gea@example.nl", "--role", "government", "--admin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60, check=False,
        env=clean_env(domain=f"127.0.0.1:{port}", dev="1"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


async def _reload_until_ready(page: Any, url: str) -> None:
    deadline = time.monotonic() + DEADLINE_SECONDS
    await page.goto(url)
    while await page.locator(LINK).count() == 0:
        assert time.monotonic() < deadline, await page.locator("main").inner_text()
        # The worker writes the row in another process; reloading is what a person does.
        await asyncio.sleep(0.2)
        await page.goto(url)


async def _wait_for_mail(live_server: LiveServer, words: str) -> str:
    deadline = time.monotonic() + DEADLINE_SECONDS
    while True:
        found = [body for body in live_server.mails() if words in body]
        if found:
            return found[-1]
        assert time.monotonic() < deadline, live_server.mails()
        await asyncio.sleep(0.2)  # the mail worker writes the file in the server's process


async def test_prepared_download_without_javascript(
    live_server_exporting: LiveServer, no_js_page: Any
) -> None:
    page, base = no_js_page, live_server_exporting.base_url
    _make_person(live_server_exporting)
    await page.goto(base + "/login")
    await page.locator("[name=login]").fill("gea")
    await page.locator("[name=password]").fill(PASSWORD)
    await page.locator('main form[action="/login"] button[type=submit]').click()

    await page.goto(base + "/settings/data")
    assert await page.locator('a[href="/settings/data/export"]').count() == 0
    await page.locator('form[action="/settings/data/prepare"] button[type=submit]').click()
    assert page.url == base + "/settings/data"
    await _reload_until_ready(page, base + "/settings/data")
    async with page.expect_download() as download_info:
        await page.locator(LINK).click()
    archive = zipfile.ZipFile(await (await download_info.value).path())
    assert json.loads(archive.read("account.json"))["email"] == "gea@example.nl"

    mail = await _wait_for_mail(live_server_exporting, "/settings/data")
    assert "7" in mail  # the days it can be downloaded
