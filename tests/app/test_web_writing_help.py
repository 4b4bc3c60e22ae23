"""The post form's preview: the text as it will look and a reading help, nothing saved."""

from __future__ import annotations

import httpx

from server.config import Settings
from server.models import Post
from server.services import posts
from tests.app.test_web_posts import _members, _post_form
from tests.conftest import login

HARD = (
    "Het betreft hier een integrale gebiedsgerichte benadering waarbij de "
    "stikstofdepositiereductiedoelstellingen in samenhang met de waterkwaliteitsopgave "
    "worden geoperationaliseerd door middel van een participatietraject."
)


async def test_preview_shows_the_text_and_advice_without_publishing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _members(settings)
    await login(client, "bert")
    response = await _post_form(
        client, "/g/gelderse-vallei/new", title="Plan", body=f"**Let op.** {HARD}", preview="1"
    )
    assert response.status_code == 200
    assert not await Post.exists()
    assert "<strong>Let op.</strong>" in response.text  # rendered as it will be published
    assert "Je tekst is moeilijk" in response.text
    assert "stikstofdepositiereductiedoelstellingen</li>" in response.text
    assert "Het betreft hier een integrale gebiedsgerichte …" in response.text
    # The form keeps what was typed, so that publishing is one more click.
    assert 'value="Plan"' in response.text and "waterkwaliteitsopgave" in response.text


async def test_preview_sanitises_like_publishing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _members(settings)
    await login(client, "bert")
    response = await _post_form(
        client, "/g/gelderse-vallei/new", title="x", body="<script>alert(1)</script> Hoi.",
        preview="1",
    )  # fmt: skip
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


async def test_easy_text_is_praised_in_english_too(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _members(settings)
    await login(client, "bert")
    client.cookies.set("lang", "en")
    response = await _post_form(
        client, "/g/gelderse-vallei/new", title="Walk", body="We walk on Sunday. Come along.",
        preview="1",
    )  # fmt: skip
    assert "Your text is easy to read. Good!" in response.text
    assert "You decide what you publish" in response.text


async def test_previewing_an_edit_changes_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, _, bert = await _members(settings)
    post = await posts.create_post(bert, group, "Plan", "Eerste tekst.")
    await login(client, "bert")
    response = await _post_form(
        client, f"/p/{post.id}/edit", title="Plan", body="Nieuwe tekst.", preview="1"
    )
    assert response.status_code == 200 and "Nieuwe tekst." in response.text
    stored = await Post.get(id=post.id)
    assert stored.body == "Eerste tekst." and stored.edited_at is None
