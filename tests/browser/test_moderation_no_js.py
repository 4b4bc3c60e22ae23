"""Reporting and deciding in a real browser with JavaScript off: a member reports a post
citing a rule, it hides (this instance hides at one report), the owner removes it from the
review queue, and the public log says so. Fields are found by their labels, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.i18n import gettext
from tests.browser.conftest import LiveServer
from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering

PASSWORD = "een lang wachtwoord"


def _cli(data: Path, env: dict[str, str], *args: str, stdin: str = "") -> str:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "--data", str(data), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def moderated_server(
    tmp_path: Path, browser_ready: None
) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    """An instance that hides at one report, with a group, its owner and two members."""
    port = free_port()
    env = clean_env(
        domain=f"127.0.0.1:{port}", dev="1", flag_min_flags="1", flag_min_account_age_days="0"
    )
    tokens = {}
    for name in ("beheer", "bert", "anna", "dirk"):
        _cli(tmp_path, env, "user", "create", "--username", name,
             "--name", f"{name.title()} Jansen", "--organisation", f"Organisatie {name}",
             "--email", f"{name}@example.nl", stdin=PASSWORD + "\n")  # fmt: skip
        tokens[name] = _cli(tmp_path, env, "token", "create", "--user", name)
    _cli(tmp_path, env, "user", "promote", "beheer")
    _cli(tmp_path, env, "group", "create", "--slug", "gelderse-vallei",
         "--title", "Gelderse Vallei", "--area", "Gelderse Vallei", "--topic", "stikstof",
         "--owner", "bert")  # fmt: skip
    log = (tmp_path / "server.log").open("w")
    proc = start_serve(tmp_path, port, env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(
            proc, base + "/static/css/polder.css", (tmp_path / "server.log").read_text
        )
        yield LiveServer(base, tmp_path), tokens
    finally:
        stop(proc)
        log.close()


async def _prepare(base: str, tokens: dict[str, str]) -> int:
    """The owner writes a rule, two people join, Dirk posts (through the API: not under test)."""

    def api(name: str) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {tokens[name]}"}
        return httpx.AsyncClient(base_url=base + "/api/v1", headers=headers, timeout=10)

    async with api("bert") as client:
        rules = {"rules": [{"title": "Geen reclame"}]}
        assert (await client.patch("/groups/gelderse-vallei", json=rules)).status_code == 200
    for name in ("anna", "dirk"):
        async with api(name) as client:
            assert (await client.put("/groups/gelderse-vallei/membership")).status_code in (
                200,
                201,
            )
    async with api("dirk") as client:
        made = await client.post(
            "/groups/gelderse-vallei/posts", json={"title": "Koop mijn mest", "body": "Goedkoop!"}
        )
        assert made.status_code == 201
        return int(made.json()["id"])


async def _log_in(page: Any, base: str, language: str, username: str) -> None:
    await page.goto(base + "/login")
    await page.get_by_label(gettext("Username or e-mail address", language)).fill(username)
    await page.get_by_label(gettext("Password", language), exact=True).fill(PASSWORD)
    await page.locator('form[action="/login"] button[type=submit]').click()


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_report_hide_and_remove_without_javascript(
    moderated_server: tuple[LiveServer, dict[str, str]], no_js_page: Any, language: str
) -> None:
    server, tokens = moderated_server
    page, base = no_js_page, server.base_url
    post_id = await _prepare(base, tokens)

    def t(text: str, **params: object) -> str:
        translated = gettext(text, language)
        return translated % params if params else translated

    # Anna reports the post, naming the group's rule.
    await _log_in(page, base, language, "anna")
    await page.goto(f"{base}/p/{post_id}")
    await page.get_by_role("link", name=t("Report"), exact=True).click()
    await page.get_by_label(t("Group rule %(num)s", num=1) + ": Geen reclame").check()
    await page.get_by_label(t("Note for the moderators")).fill("Dit is reclame.")
    await page.locator(f'form[action="/p/{post_id}/flag"] button[type=submit]').click()
    body = await page.locator("main").inner_text()
    assert t("Thank you. Your report is sent to the moderators.") in body
    assert t("This is hidden after reports from members. A moderator will look at it.") in body
    assert "Goedkoop!" not in body
    await page.locator('form[action="/logout"] button').click()

    # Bert, the owner, removes it from the review queue, citing the rule.
    await _log_in(page, base, language, "bert")
    await page.goto(f"{base}/g/gelderse-vallei/reports")
    assert "Dit is reclame." in await page.locator("main").inner_text()
    uphold = page.locator(f'form[action="/reports/post/{post_id}/uphold"]')
    await uphold.get_by_label(t("Reason (shown in the moderation log)")).fill("Reclame")
    await uphold.locator("button[type=submit]").click()
    assert (
        t("Removed. The decision is in the moderation log.")
        in await page.locator("main").inner_text()
    )

    await page.goto(f"{base}/p/{post_id}")
    assert t("This post was removed by a moderator.") in await page.locator("main").inner_text()
    await page.goto(f"{base}/modlog")
    log = await page.locator("main").inner_text()
    assert t("Removed by a moderator") in log and "Bert Jansen" in log and "Reclame" in log
    assert "Goedkoop!" not in log
