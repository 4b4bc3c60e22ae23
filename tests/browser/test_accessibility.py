"""WCAG 2.1 AA in a real browser: axe-core (from PyPI's axe-playwright-python) on every main
page and form, in Dutch and English; the keyboard (skip link, visible focus, no positive
tabindex); 320 px wide without sideways scrolling; and no request to any other host. The run
also takes the screenshots of the main pages at phone and desktop width in docs/screenshots/."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, read_mails
from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering

PASSWORD = "een lang wachtwoord"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class Site:
    """A set-up instance with an admin, a member, a group, a post with a reply."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir = data_dir
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.post_id = 0
        self.event_id = 0
        self.files_post = ""

    def env(self) -> dict[str, str]:
        # Every "download my data" prepared by the worker: its form and states are checked.
        return clean_env(domain=f"127.0.0.1:{self.port}", dev="1", export_at_once_items="0")

    def cli(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [sys.executable, "-m", "server.cli", "--data", str(self.data_dir), *args],
            input=stdin, capture_output=True, text=True, env=self.env(), timeout=60,
            check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def person(self, username: str, *extra: str) -> None:
        self.cli(
            "user", "create", "--username", username, "--name", f"{username.title()} Jansen",
            "--organisation", "LTO Noord", "--email", f"{username}@example.nl",
            "--role", "farmer", *extra, stdin=PASSWORD + "\n",
        )  # fmt: skip

    def fill(self) -> None:
        """Content made through the real API, so every page has something to show."""
        token = self.cli("token", "create", "--user", "anna")
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=self.base + "/api/v1", headers=headers, timeout=10) as api:
            assert api.put("/groups/gelderse-vallei/membership").status_code in (200, 201)
            post = api.post(
                "/groups/gelderse-vallei/posts",
                json={"title": "Metingen Barneveldse beek", "body": "De **nieuwe** cijfers."},
            )
            assert post.status_code == 201, post.text
            self.post_id = post.json()["id"]
            reply = api.post(f"/posts/{self.post_id}/replies", json={"body": "Dank je."})
            assert reply.status_code == 201, reply.text
            meeting = {
                "title": "Keukentafelgesprek", "description": "Over **mest** en water.",
                "starts_at": "2030-10-26T14:00", "ends_at": "2030-10-26T16:30",
                "address": "Dorpshuis Barneveld", "capacity": 20,
            }  # fmt: skip
            event = api.post("/groups/gelderse-vallei/events", json=meeting)
            assert event.status_code == 201, event.text
            self.event_id = event.json()["id"]
        self.share_files()

    @contextmanager
    def web_as(self, username: str) -> Iterator[httpx.Client]:
        """A browser-like client, logged in through the login form."""
        with httpx.Client(base_url=self.base, timeout=10) as web:
            token = CSRF.search(web.get("/login").text)
            assert token
            login = {"csrf_token": token[1], "login": username, "password": PASSWORD, "next": "/"}
            assert web.post("/login", data=login).status_code == 303
            yield web

    def share_files(self) -> None:
        """A post with a table and a photo, through the web form as a person shares them."""
        with self.web_as("anna") as web:
            token = CSRF.search(web.get("/g/gelderse-vallei/new").text)
            assert token
            image = io.BytesIO()
            Image.new("RGB", (64, 48), "green").save(image, format="PNG")
            shared = web.post(
                "/g/gelderse-vallei/new",
                data={"csrf_token": token[1], "title": "Metingen met bijlagen",
                      "body": "Zie de bestanden.", "files-1-title": "Sloot bij de boerderij"},
                files={"files-0": ("metingen.csv", b"perceel;stikstof\nA1;3,14\n", "text/csv"),
                       "files-1": ("sloot.png", image.getvalue(), "image/png")},
            )  # fmt: skip
            assert shared.status_code == 303, shared.text
            self.files_post = shared.headers["location"]

    def mailed_links(self) -> dict[str, str]:
        """A confirmation link (a new person signs up) and an e-mail change link (anna asks
        for one), as the mails carry them."""
        with httpx.Client(base_url=self.base, timeout=10) as web:
            token = CSRF.search(web.get("/register").text)
            assert token
            person = {
                "csrf_token": token[1], "name": "Piet de Boer", "organisation": "De Hoeve",
                "role": "farmer", "email": "piet@example.nl", "username": "piet",
                "password": PASSWORD, "agree_rules": "on",
            }  # fmt: skip
            assert web.post("/register", data=person).status_code == 303
        links = {"confirmation link": self._last_link("/confirm/")}
        with self.web_as("anna") as web:
            token = CSRF.search(web.get("/settings").text)
            assert token
            change = {"csrf_token": token[1], "new_email": "anna.nieuw@example.nl",
                      "email_password": PASSWORD}  # fmt: skip
            assert web.post("/settings/email", data=change).status_code == 303
        links["e-mail change link"] = self._last_link("/settings/email/")
        return links

    def _last_link(self, prefix: str) -> str:
        found = re.findall(
            re.escape(self.base + prefix) + r"\S+", "\n".join(read_mails(self.data_dir))
        )
        assert found, read_mails(self.data_dir)
        return str(found[-1]).removeprefix(self.base)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    from tests.browser.conftest import _browser_available

    reason = _browser_available()
    if reason is not None:
        import os

        if os.environ.get("POLDER_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    data = tmp_path_factory.mktemp("a11y")
    instance = Site(data, free_port())
    instance.person("beheer", "--admin")
    instance.person("anna")
    instance.cli(
        "group", "create", "--slug", "gelderse-vallei", "--title", "Stikstof Gelderse Vallei",
        "--area", "Gelderse Vallei", "--topic", "stikstof", "--owner", "beheer",
        "--description", "Samen werken aan **minder stikstof**.",
    )  # fmt: skip
    log = (data / "server.log").open("w")
    process = start_serve(data, instance.port, instance.env(), log)
    try:
        wait_until_answering(process, instance.base + "/static/css/polder.css")
        instance.fill()
        yield instance
    finally:
        stop(process)
        log.close()


@pytest.fixture(scope="module")
def elsewhere(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second instance whose group has a public log with an entry (a rule change), found
    from the first instance; the address of that group's log page on the first."""
    data = tmp_path_factory.mktemp("a11y-elsewhere")
    other = Site(data, free_port())
    other.person("gea", "--admin")
    other.cli(
        "group", "create", "--slug", "rivierenland", "--title", "Water Rivierenland",
        "--area", "Rivierenland", "--topic", "water", "--owner", "gea",
    )  # fmt: skip
    log = (data / "server.log").open("w")
    process = start_serve(data, other.port, other.env(), log)
    try:
        wait_until_answering(process, other.base + "/static/css/polder.css")
        token = other.cli("token", "create", "--user", "gea")
        with httpx.Client(
            base_url=other.base + "/api/v1", headers={"Authorization": f"Bearer {token}"}
        ) as api:
            rules = {"rules": [{"title": "Blijf bij het onderwerp"}]}
            assert api.patch("/groups/rivierenland", json=rules).status_code == 200
        token = site.cli("token", "create", "--user", "anna")
        with httpx.Client(
            base_url=site.base + "/api/v1", headers={"Authorization": f"Bearer {token}"}
        ) as api:
            found = api.post("/lookup", json={"q": f"!rivierenland@127.0.0.1:{other.port}"})
            assert found.status_code == 200, found.text
        yield f"/g/{found.json()['name']}/modlog"
    finally:
        stop(process)
        log.close()


@pytest.fixture(scope="module")
async def browser(site: Site) -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        chromium = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        await chromium.close()


async def _page(browser: Any, site: Site, language: str, *, width: int = 1280) -> Any:
    context = await browser.new_context(
        locale={"nl": "nl-NL", "en": "en-GB"}[language],
        viewport={"width": width, "height": 800},
    )
    page = await context.new_page()
    page.set_default_timeout(10_000)
    page.foreign_requests = []  # type: ignore[attr-defined]
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((site.base, "data:", "about:"))
            else page.foreign_requests.append(request.url)
        ),
    )
    return page


async def _log_in(page: Any, site: Site, username: str) -> None:
    await page.goto(site.base + "/login")
    await page.locator("[name=login]").fill(username)
    await page.locator("[name=password]").fill(PASSWORD)
    await page.locator('main form[action="/login"] button[type=submit]').click()
    await page.wait_for_url(lambda url: not url.endswith("/login"))


def _pages(site: Site) -> dict[str, str]:
    """Name → address of the pages a reader sees (public) and a member sees (logged in)."""
    return {
        "home": "/", "group directory": "/groups", "group page": "/g/gelderse-vallei",
        "members": "/g/gelderse-vallei/members", "post with thread": f"/p/{site.post_id}",
        "profile": "/u/anna", "find elsewhere": "/groups/lookup",
        "privacy statement": "/privacy", "accessibility statement": "/accessibility",
        "meetings": "/g/gelderse-vallei/events", "meeting": f"/e/{site.event_id}",
        "moderation log": "/modlog", "group moderation log": "/g/gelderse-vallei/modlog",
        "library": "/g/gelderse-vallei/library", "post with files": site.files_post,
    }  # fmt: skip


MEMBER_PAGES = {
    "compose": "/g/gelderse-vallei/new", "settings": "/settings", "your data": "/settings/data",
    "e-mail settings": "/settings/notifications", "my reports": "/reports/mine",
    "plan a meeting": "/g/gelderse-vallei/events/new",
    "reports for groups elsewhere": "/reports/elsewhere",
}  # fmt: skip
ADMIN_PAGES = {
    "start a group": "/groups/new", "instance settings": "/admin",
    "statements": "/admin/statements", "review queue": "/reports",
    "group review queue": "/g/gelderse-vallei/reports", "blocked instances": "/admin/instances",
    "federation state": "/admin/federation", "group thresholds": "/g/gelderse-vallei/moderation",
    "removed members": "/g/gelderse-vallei/removals",
}  # fmt: skip
VISITOR_PAGES = {"login": "/login", "registration": "/register", "password reset": "/reset"}


async def _violations(page: Any) -> list[str]:
    from axe_playwright_python.async_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = await Axe().run(page, options=options)
    found = results.response["violations"]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in found]


async def _check(page: Any, site: Site, pages: dict[str, str]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for name, path in pages.items():
        response = await page.goto(site.base + path)
        assert response is not None and response.status == 200, (name, path)
        found = await _violations(page)
        if found:
            problems[name] = found
    return problems


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_every_main_page_passes_axe_wcag21_aa(
    browser: Any, site: Site, language: str
) -> None:
    visitor = await _page(browser, site, language)
    problems = await _check(visitor, site, {**_pages(site), **VISITOR_PAGES})
    member = await _page(browser, site, language)
    await _log_in(member, site, "anna")
    member_pages = {**_pages(site), **MEMBER_PAGES, "flag form": f"/p/{site.post_id}/flag"}
    for name, found in (await _check(member, site, member_pages)).items():
        problems[f"{name} (member)"] = found
    admin = await _page(browser, site, language)
    await _log_in(admin, site, "beheer")
    for name, found in (await _check(admin, site, ADMIN_PAGES)).items():
        problems[f"{name} (admin)"] = found
    assert problems == {}, json.dumps(problems, indent=1)
    for page in (visitor, member, admin):
        assert page.foreign_requests == []


async def test_forms_with_errors_pass_axe_and_link_errors_to_fields(
    browser: Any, site: Site
) -> None:
    page = await _page(browser, site, "nl")
    await page.goto(site.base + "/register")
    await page.locator('main form[action="/register"] button[type=submit]').click()
    await page.wait_for_selector(".error-summary")
    assert await _violations(page) == []
    # Every error in the summary links to its field, and the field names its message.
    links = await page.locator(".error-summary a").all()
    assert links
    for link in links:
        target = (await link.get_attribute("href") or "").removeprefix("#")
        field = page.locator(f"#{target}")
        assert await field.count() == 1, target
        assert await field.get_attribute("aria-invalid") == "true", target
        # The message is named by the field, or by the fieldset of a group of radio buttons.
        described = await field.evaluate(
            "e => e.getAttribute('aria-describedby')"
            " || (e.closest('fieldset') && e.closest('fieldset').getAttribute('aria-describedby'))"
        )
        assert described, target
        for message_id in described.split():
            assert (await page.locator(f"#{message_id}").inner_text()).strip(), message_id


async def test_prepared_download_and_email_change_errors_pass_axe(browser: Any, site: Site) -> None:
    page = await _page(browser, site, "nl")
    await _log_in(page, site, "anna")
    await page.goto(site.base + "/settings/data")
    await page.locator('form[action="/settings/data/prepare"] button[type=submit]').click()
    # Being prepared or, when the worker was quick, ready: either state is checked.
    await page.wait_for_selector('main [role="status"], main a[href^="/settings/data/export/"]')
    assert await _violations(page) == []
    await page.goto(site.base + "/settings")
    await page.locator("[name=new_email]").fill("beheer@example.nl")  # taken
    await page.locator("[name=email_password]").fill("niet mijn wachtwoord")
    await page.locator('main form[action="/settings/email"] button[type=submit]').click()
    await page.wait_for_selector(".error-summary")
    assert await _violations(page) == []
    for name in ("new_email", "email_password"):
        field = page.locator(f"#f-{name}")
        assert await field.get_attribute("aria-invalid") == "true", name
        assert await page.locator(f'.error-summary a[href="#f-{name}"]').count() == 1, name


async def test_links_from_mails_pass_axe_and_act_only_on_the_button(
    browser: Any, site: Site
) -> None:
    page = await _page(browser, site, "nl")
    links = site.mailed_links()
    assert await _check(page, site, links) == {}
    # Opening them (also twice, as a mail scanner does) changed nothing: the button is still
    # there, and pressing it gives the confirmation.
    for path in links.values():
        await page.goto(site.base + path)
        await page.locator(f'main form[action="{path}"] button[type=submit]').click()
        await page.wait_for_url(lambda url: "/confirm/" not in url and "/email/" not in url)
        assert await page.locator('[role="status"]').count() >= 1, path
        assert await _violations(page) == []


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_log_of_a_group_elsewhere_passes_axe(
    browser: Any, site: Site, elsewhere: str, language: str
) -> None:
    page = await _page(browser, site, language)
    assert await _check(page, site, {"log of a group elsewhere": elsewhere}) == {}
    # The entry was read from the other instance: not an empty or a failed page.
    assert await page.locator("main ol.modlog li").count() == 1
    assert "Gea Jansen" in await page.locator("main").inner_text()
    assert page.foreign_requests == []


async def test_keyboard_skip_link_visible_focus_and_order(browser: Any, site: Site) -> None:
    page = await _page(browser, site, "nl")
    for path in ("/", f"/p/{site.post_id}", "/login"):
        await page.goto(site.base + path)
        await page.keyboard.press("Tab")
        first = await page.evaluate("document.activeElement.className")
        assert first == "skip-link", path
        outline = await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", ""), path
        await page.keyboard.press("Enter")
        assert await page.evaluate("location.hash") == "#main"
        positive = await page.locator("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").count()
        assert positive == 0, path


async def test_every_action_is_reachable_by_keyboard(browser: Any, site: Site) -> None:
    page = await _page(browser, site, "nl")
    await _log_in(page, site, "anna")
    await page.goto(site.base + f"/p/{site.post_id}")
    reachable: set[str] = set()
    for _ in range(80):
        await page.keyboard.press("Tab")
        handle = await page.evaluate(
            "(() => { const e = document.activeElement;"
            " return e.tagName + ':' + (e.getAttribute('href') || e.textContent.trim()); })()"
        )
        reachable.add(handle)
    buttons = await page.evaluate(
        "[...document.querySelectorAll('main button, main a[href]')]"
        ".map(e => e.tagName + ':' + (e.getAttribute('href') || e.textContent.trim()))"
    )
    assert set(buttons) <= reachable, set(buttons) - reachable


@pytest.mark.parametrize("width", [320, 640])
async def test_no_sideways_scrolling_at_320_px_and_200_percent_zoom(
    browser: Any, site: Site, width: int
) -> None:
    page = await _page(browser, site, "nl", width=width)
    await _log_in(page, site, "anna")
    wide: dict[str, int] = {}
    for name, path in {**_pages(site), **MEMBER_PAGES}.items():
        await page.goto(site.base + path)
        scroll = await page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[name] = scroll
    assert wide == {}


# Where the screenshots go: a temporary folder, or docs/screenshots/ (or another folder) when
# POLDER_SCREENSHOTS names it, to refresh the committed ones without churn on every run.
SCREENSHOTS = os.environ.get("POLDER_SCREENSHOTS", "")
WIDTHS = {"phone": 390, "desktop": 1280}


def _shown_pages(site: Site) -> dict[str, tuple[str, str | None]]:
    """File name → (address, who is logged in) of the pages the screenshots show."""
    return {
        "home": ("/", None), "group": ("/g/gelderse-vallei", None),
        "thread": (f"/p/{site.post_id}", "anna"), "meeting": (f"/e/{site.event_id}", "anna"),
        "library": ("/g/gelderse-vallei/library", None), "modlog": ("/modlog", None),
        "compose": ("/g/gelderse-vallei/new", "anna"), "settings": ("/settings", "anna"),
        "review-queue": ("/reports", "beheer"), "registration": ("/register", None),
    }  # fmt: skip


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    folder = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("device", list(WIDTHS))
async def test_screenshots_of_the_main_pages(
    browser: Any, site: Site, device: str, screenshots: Path
) -> None:
    width = WIDTHS[device]
    pages: dict[str | None, Any] = {}
    for name, (path, who) in _shown_pages(site).items():
        if who not in pages:
            pages[who] = await _page(browser, site, "nl", width=width)
            if who is not None:
                await _log_in(pages[who], site, who)
        page = pages[who]
        response = await page.goto(site.base + path)
        assert response is not None and response.status == 200, path
        target = screenshots / f"{name}-{device}.png"
        await page.screenshot(path=str(target), full_page=True)
        with Image.open(target) as shot:
            # As wide as the screen: nothing sticks out sideways.
            assert shot.width == width, (name, shot.size)
            assert shot.height >= 400, (name, shot.size)
