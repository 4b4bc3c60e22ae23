"""Real browser tests: a real `polder serve` process and Debian's Chromium driven by Playwright.

Chromium comes from the system (`/usr/bin/chromium`, installed by `.ci/run`). Where it is
missing the tests are skipped with the reason, unless POLDER_REQUIRE_BROWSER=1 (CI) makes that
a failure.
"""

from __future__ import annotations

import email
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

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
        folder = self.data_dir / "mail"
        files = sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
        bodies = []
        for f in files:
            body = email.message_from_bytes(f.read_bytes()).get_payload(decode=True)
            assert isinstance(body, bytes)
            bodies.append(body.decode())
        return bodies


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path, browser_ready: None) -> Iterator[LiveServer]:
    """A fresh instance (no admin yet) in its own data folder, on SQLite."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLDER_")}
    env.update({"POLDER_DOMAIN": f"127.0.0.1:{port}", "POLDER_DEV": "1"})
    log = (tmp_path / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--data", str(tmp_path), "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                httpx.get(base + "/static/css/polder.css", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not answer within 30 s"
                # Polling a socket that is not open yet; the answer is the condition.
                time.sleep(0.05)
        yield LiveServer(base, tmp_path)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
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
