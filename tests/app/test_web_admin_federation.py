"""/admin/federation: the delivery queue and the remote servers, for instance admins only."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx

from federation import outbox
from federation.queue import utcnow
from server.config import Settings
from server.models import Delivery, JobState, RemoteInstance
from tests.conftest import login, make_user

PAGE = "/admin/federation"


async def _queue(settings: Settings) -> None:
    activity = {
        "id": "http://testserver/activities/7", "type": "Announce",
        "actor": "http://testserver/g/vallei",
    }  # fmt: skip
    inboxes = [
        "https://old.example/inbox", "https://gone.example/inbox", "https://fine.example/inbox",
    ]  # fmt: skip
    await outbox.enqueue(settings, activity, signer="instance", inboxes=inboxes)
    await Delivery.filter(host="old.example").update(created_at=utcnow() - timedelta(days=2))
    await Delivery.filter(host="gone.example").update(
        state=JobState.DEAD, attempts=3, last_error="HTTP 410: <script>alert(1)</script>"
    )
    await Delivery.filter(host="fine.example").update(state=JobState.DONE)
    await RemoteInstance.create(host="down.example", failures=12, unreachable_since=utcnow())
    await RemoteInstance.create(host="bad.example", blocked=True)
    await RemoteInstance.create(host="fine.example", last_success_at=utcnow())


def _cells(html: str, header: str) -> list[str]:
    """The cells of the table row whose first cell is `header`."""
    match = re.search(rf"<th scope=\"row\">{re.escape(header)}</th>(.*?)</tr>", html, re.S)
    assert match, f"no row {header!r}"
    return re.findall(r"<td>(.*?)</td>", match.group(1), re.S)


async def test_admin_sees_queue_dead_deliveries_and_servers(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _queue(settings)
    await login(client, "beheer")
    client.cookies.set("lang", "en")
    page = await client.get(PAGE)
    assert page.status_code == 200
    html = page.text
    assert _cells(html, "New, waiting") == ["1", "0"]
    assert _cells(html, "Given up") == ["1", "0"]
    assert _cells(html, "Delivered") == ["1", "0"]
    assert "old.example (Announce)" in html  # the oldest waiting one
    # The receiver's error is shown as text, never as markup.
    assert "HTTP 410: &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    down = _cells(html, "down.example")
    assert down[0] == "never" and down[1] == "12" and down[3] == "no"
    assert _cells(html, "bad.example")[3] == "yes"
    assert _cells(html, "fine.example")[2] == "not unreachable"
    # Problems first: blocked, then failing, then the rest.
    assert html.index("bad.example") < html.index("down.example") < html.index(">fine.example<")


async def test_page_is_dutch_by_default_and_linked_from_the_admin_page(
    client: httpx.AsyncClient,
) -> None:
    await login(client, "beheer")
    page = await client.get(PAGE)
    assert "<h1>Verbinding met andere servers</h1>" in page.text
    assert "Er wacht niets: alle berichten zijn verstuurd." in page.text
    assert f'href="{PAGE}"' in (await client.get("/admin")).text


async def test_people_who_are_not_admins_cannot_see_it(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    anonymous = await client.get(PAGE)
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == f"/login?next={PAGE}"
    await make_user(settings, "anna")
    await login(client, "anna")
    assert (await client.get(PAGE)).status_code == 403
