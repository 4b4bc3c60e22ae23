"""The core flow in a real browser with JavaScript switched off, as a person does it:
set up → start a group → register → confirm e-mail → find group → join → post → reply → edit →
plan a meeting and say "going" → download my data → delete (flagging without JavaScript is in
test_moderation_no_js.py). Fields are found by their labels, as a screen-reader user finds them."""

from __future__ import annotations

import re
import zipfile
from typing import Any

import pytest

from tests.browser.conftest import LiveServer

PASSWORD = "een lang wachtwoord"

# What the pages say, per language: the flow finds fields by their visible labels.
WORDS = {
    "nl": {
        "name": "Je echte naam", "organisation": "Organisatie", "farmer": "boer",
        "email": "E-mailadres", "username": "Gebruikersnaam", "password": "Wachtwoord",
        "instance": "Naam van de server", "region": "Regio", "confirmed": "bevestigd",
        "edited": "aangepast", "other_language": "English", "other_code": "en",
        "groups": "Area groups",
    },
    "en": {
        "name": "Your real name", "organisation": "Organisation", "farmer": "farmer",
        "email": "E-mail address", "username": "Username", "password": "Password",
        "instance": "Name of the instance", "region": "Region", "confirmed": "confirmed",
        "edited": "edited", "other_language": "Nederlands", "other_code": "nl",
        "groups": "Gebiedsgroepen",
    },
}  # fmt: skip


async def submit(page: Any, form_action: str) -> None:
    await page.locator(f'form[action="{form_action}"] button[type=submit]').first.click()


async def fill_person(
    page: Any, words: dict[str, str], *, name: str, org: str, email: str, username: str
) -> None:
    await page.get_by_label(words["name"]).fill(name)
    await page.get_by_label(words["organisation"], exact=True).fill(org)
    await page.get_by_label(words["farmer"], exact=True).check()
    await page.get_by_label(words["email"]).fill(email)
    await page.get_by_label(words["username"]).fill(username)
    await page.get_by_label(words["password"], exact=True).fill(PASSWORD)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_core_flow_without_javascript(
    live_server: LiveServer, no_js_page: Any, language: str
) -> None:
    page, base, words = no_js_page, live_server.base_url, WORDS[language]

    # A fresh instance leads to the set-up; the admin names it and makes the first account.
    await page.goto(base + "/")
    assert page.url == base + "/setup"
    assert await page.get_attribute("html", "lang") == language
    await page.get_by_label(words["instance"]).fill("Polder Gelderland")
    await page.get_by_label(words["region"], exact=True).fill("Provincie Gelderland")
    await fill_person(
        page, words, name="Gea Beheer", org="Provincie Gelderland", email="gea@example.nl",
        username="gea",
    )  # fmt: skip
    await submit(page, "/setup")
    assert "Polder Gelderland" in await page.locator(".site-name").inner_text()

    # The admin starts an area group.
    await page.goto(base + "/groups/new")
    await page.locator("[name=slug]").fill("gelderse-vallei")
    await page.locator("[name=title]").fill("Stikstof Gelderse Vallei")
    await page.locator("[name=area]").fill("Gelderse Vallei")
    await page.locator("[name=topic]").select_option("stikstof")
    await submit(page, "/groups/new")
    await page.locator('form[action="/logout"] button').click()

    # A farmer registers, confirms the e-mail address and logs in.
    await page.goto(base + "/register")
    await fill_person(
        page, words, name="Jan Boer", org="Melkveebedrijf De Hoeve", email="jan@example.nl",
        username="jan",
    )  # fmt: skip
    await page.locator("[name=agree_rules]").check()
    await submit(page, "/register")
    link = re.search(r"http://\S+/confirm/\S+", live_server.mails()[-1])
    assert link, live_server.mails()
    await page.goto(link.group(0))
    # The link shows a button (a mail scanner opening it confirms nothing); pressing it confirms.
    await submit(page, link.group(0).removeprefix(base))
    assert words["confirmed"] in (await page.locator("main").inner_text()).lower()

    # Find the group, join it, start a discussion.
    await page.goto(base + "/groups?q=Vallei")
    await page.get_by_role("link", name="Stikstof Gelderse Vallei").first.click()
    await submit(page, "/g/gelderse-vallei/join")
    await page.goto(base + "/g/gelderse-vallei/new")
    await page.locator("[name=title]").fill("Metingen bij de Barneveldse beek")
    await page.locator("[name=body]").fill("De **metingen** van maart staan online.")
    await submit(page, "/g/gelderse-vallei/new")
    assert re.search(r"/p/\d+$", page.url)
    post_url = page.url
    assert "<strong>metingen</strong>" in await page.locator("main").inner_html()

    # Reply, then edit the post: the thread shows the reply and the "edited" mark.
    post_path = post_url.removeprefix(base)
    await page.locator("[name=body]").fill("Dank je, ik kijk ernaar.")
    await submit(page, post_path + "/reply")
    assert "Dank je, ik kijk ernaar." in await page.locator("main").inner_text()
    await page.goto(post_url + "/edit")
    await page.locator("[name=title]").fill("Metingen maart, Barneveldse beek")
    await submit(page, post_path + "/edit")
    main = await page.locator("main").inner_text()
    assert "Metingen maart, Barneveldse beek" in main
    assert words["edited"] in main.lower()

    # Plan a meeting in the group and say "going": the page lists who comes.
    await page.goto(base + "/g/gelderse-vallei/events/new")
    await page.locator("[name=title]").fill("Keukentafelgesprek")
    await page.locator("[name=starts_at]").fill("2030-05-14T19:30")
    await page.locator("[name=ends_at]").fill("2030-05-14T21:30")
    await page.locator("[name=address]").fill("Dorpshuis Barneveld")
    await submit(page, "/g/gelderse-vallei/events/new")
    assert re.search(r"/e/\d+$", page.url), page.url
    event_path = page.url.removeprefix(base)
    await page.locator("input[name=status][value=going]").check()
    await submit(page, event_path + "/rsvp")
    assert "Melkveebedrijf De Hoeve" in await page.locator("main").inner_text()

    # Download my data: one zip, with the post and the answer in it.
    await page.goto(base + "/settings/data")
    async with page.expect_download() as download_info:
        await page.locator('a[href="/settings/data/export"]').click()
    download = await download_info.value
    archive = zipfile.ZipFile(await download.path())
    assert "Metingen" in archive.read("posts.json").decode()
    assert "Keukentafelgesprek" in archive.read("rsvps.json").decode()

    # Delete the post: a tombstone stays, the reply stays readable.
    await page.goto(post_url + "/delete")
    await submit(page, post_path + "/delete")
    await page.goto(post_url)
    main = await page.locator("main").inner_text()
    assert "Metingen maart" not in main
    assert "Dank je, ik kijk ernaar." in main

    # The other language, switched with a plain link.
    await page.get_by_role("link", name=words["other_language"]).click()
    assert await page.get_attribute("html", "lang") == words["other_code"]
    await page.goto(base + "/groups")
    assert words["groups"] in await page.locator("main").inner_text()
