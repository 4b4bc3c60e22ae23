"""A group's moderation log as the collection other Polder instances read, and what this
instance shows of a remote group's log: its entries, or a readable notice when it cannot be
read (the three-instance flow is in tests/federation/test_moderation_outcomes.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from federation.errors import ParseError
from federation.modlog import RemoteEntry, parse_collection
from moderation import flags, remote_log, review
from server.config import Settings
from server.models import Group, User
from tests.app.moderation_setup import scene
from tests.conftest import make_remote_group
from tests.servers import free_port

AS = {"Accept": "application/activity+json"}


async def test_the_log_collection_names_items_and_decisions_never_content(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    s = await scene(settings)
    await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id)
    await review.restore(s.owner, "post", s.post.id, "Mag blijven")
    group = (await client.get("/g/gelderse-vallei", headers=AS)).json()
    assert group["moderationLog"] == "http://testserver/g/gelderse-vallei/modlog"

    response = await client.get("/g/gelderse-vallei/modlog", headers=AS)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/activity+json")
    assert "Mest en water" not in response.text and "gewoon bericht" not in response.text
    document = response.json()
    assert document["type"] == "OrderedCollection"
    [restore, *_older] = parse_collection(document, "http://testserver/g/gelderse-vallei")
    assert restore.decision == "restore" and restore.reason == "Mag blijven"
    assert restore.item == f"http://testserver/p/{s.post.id}"
    assert restore.moderator_name == s.owner.name

    # Asked about one item, the log answers only that item's entries.
    item = f"http://testserver/p/{s.post.id}"
    about = await client.get("/g/gelderse-vallei/modlog", params={"item": item}, headers=AS)
    assert {e["object"] for e in about.json()["orderedItems"]} == {item}
    other = await client.get(
        "/g/gelderse-vallei/modlog", params={"item": "http://testserver/p/999"}, headers=AS
    )
    assert other.json()["orderedItems"] == []
    # A browser still gets the page.
    page = await client.get("/g/gelderse-vallei/modlog")
    assert page.headers["content-type"].startswith("text/html") and "Mag blijven" in page.text


def test_a_log_of_another_host_is_refused() -> None:
    document = {"type": "OrderedCollection", "id": "https://evil.example/log", "orderedItems": []}
    with pytest.raises(ParseError):
        parse_collection(document, "https://polder.example/g/vallei")


def _entry(decision: str, minutes: int, item: str = "https://a.example/p/1") -> RemoteEntry:
    moment = datetime(2026, 12, 1, 12, tzinfo=UTC) + timedelta(minutes=minutes)
    return RemoteEntry(decision, moment, item, "Bert", None, "", None, "", "", None)


def test_the_outcome_is_the_first_decision_after_the_report() -> None:
    flagged = datetime(2026, 12, 1, 12, 10, tzinfo=UTC)
    entries = [
        _entry("uphold", 30), _entry("hide", 15), _entry("restore", 20),
        _entry("restore", 5), _entry("restore", 25, item="https://a.example/p/2"),
    ]  # fmt: skip
    found = remote_log.first_outcome(entries, "https://a.example/p/1", flagged)
    assert found is not None and found.decision == "restore" and found.published.minute == 20
    # A restore before the report dismissed other people's reports, not this one.
    before = [_entry("restore", 5)]
    assert remote_log.first_outcome(before, "https://a.example/p/1", flagged) is None


async def test_a_remote_log_that_cannot_be_read_gives_a_notice(
    settings: Settings, client: httpx.AsyncClient, admin: User
) -> None:
    group = await make_remote_group(f"127.0.0.1:{free_port()}", "vallei", scheme="http")
    # Nothing listens on that port: the connection is refused.
    await Group.filter(id=group.id).update(moderation_log_url=f"{group.ap_id}/modlog")
    response = await client.get(f"/g/{group.slug}/modlog", headers={"Accept-Language": "en"})
    assert response.status_code == 502
    assert "cannot be loaded right now" in response.text
    assert "<h1>Moderation log</h1>" in response.text

    # An address the guard refuses fails the same readable way.
    blocked = await make_remote_group("10.0.0.1", "intern", scheme="http")
    await Group.filter(id=blocked.id).update(moderation_log_url="http://10.0.0.1/c/intern/modlog")
    response = await client.get(f"/g/{blocked.slug}/modlog", headers={"Accept-Language": "nl"})
    assert response.status_code == 502 and "is nu niet te laden" in response.text


async def test_a_remote_group_without_a_log_says_so(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    # A Lemmy community names no `moderationLog`: nothing is fetched, the page explains.
    group = await make_remote_group("lemmy.example", "boeren")
    response = await client.get(f"/g/{group.slug}/modlog", headers={"Accept-Language": "en"})
    assert response.status_code == 200
    assert "lemmy.example does not share the moderation log of this group." in response.text
    # A row a day old is refreshed first; when its instance does not answer, the same.
    stale = await make_remote_group(f"127.0.0.1:{free_port()}", "oud", scheme="http")
    await Group.filter(id=stale.id).update(fetched_at=datetime.now(UTC) - timedelta(days=2))
    response = await client.get(f"/g/{stale.slug}/modlog", headers={"Accept-Language": "en"})
    assert response.status_code == 200 and "does not share the moderation log" in response.text
