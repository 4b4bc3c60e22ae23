"""Real browser tests: a real `polder serve` process and Debian's Chromium driven by Playwright.

Chromium comes from the system (`/usr/bin/chromium`, installed by `.ci/run`). Where it is
missing the tests are skipped with the reason, unless POLDER_REQUIRE_BROWSER=1 (CI) makes that
a failure.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering

CHROMIUM = os.environ.get("POLDER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_available() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    reason = _browser_available()
    if reason is None:
        return
    if os.environ.get("POLDER_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    data_dir: Path

    def mails(self) -> list[str]:
        return read_mails(self.data_dir)


def read_mails(data_dir: Path) -> list[str]:
    """The plain text of every mail a development instance wrote to its data folder, oldest
    first (notification mails carry an HTML part too)."""
    files = sorted((data_dir / "mail").glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    bodies = []
    for f in files:
        message = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        assert isinstance(message, email.message.EmailMessage)
        part = message.get_body(preferencelist=("plain",))
        assert part is not None
        bodies.append(str(part.get_content()))
    return bodies


@pytest.fixture
def live_server(tmp_path: Path, browser_ready: None) -> Iterator[LiveServer]:
    """A fresh instance (no admin yet) in its own data folder, on SQLite."""
    yield from _serve(tmp_path)


@pytest.fixture
def live_server_exporting(tmp_path: Path, browser_ready: None) -> Iterator[LiveServer]:
    """As `live_server`, where the worker prepares every "download my data"."""
    yield from _serve(tmp_path, export_at_once_items="0")


def _serve(tmp_path: Path, **settings: str) -> Iterator[LiveServer]:
    port = free_port()
    env = clean_env(domain=f"127.0.0.1:{port}", dev="1", **settings)
    log = (tmp_path / "server.log").open("w")
    proc = start_serve(tmp_path, port, env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(
            proc, base + "/static/css/polder.css", (tmp_path / "server.log").read_text
        )
        yield LiveServer(base, tmp_path)
    finally:
        stop(proc)
        log.close()


@pytest.fixture
async def no_js_page(browser_ready: None, request: pytest.FixtureRequest) -> AsyncIterator[object]:
    """A browser tab with JavaScript switched off, in the test's `language` (default Dutch)."""
    callspec = getattr(request.node, "callspec", None)
    language = callspec.params.get("language", "nl") if callspec else "nl"
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context(
            java_script_enabled=False, locale={"nl": "nl-NL", "en": "en-GB"}[language]
        )
        page = await context.new_page()
        # Local pages answer in milliseconds; a missing element should fail fast.
        page.set_default_timeout(10_000)
        yield page
        await context.close()
        await browser.close()
