"""Limiting an instance (softer than a block): what its people post in our groups waits,
hidden, for a moderator and is not announced further; people of other instances post as
usual; limiting and lifting are public log entries."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from federation import publish, vocab
from federation.handlers import Rejected
from moderation import instances, review
from server.config import Settings
from server.models import Activity, LogAction, Membership, ModLogEntry, Post, User
from server.services.errors import Conflict
from tests.app.moderation_setup import scene
from tests.app.test_handlers_social import activity, apply, remote_user
from tests.conftest import csrf_token, login

GROUP = "http://testserver/g/gelderse-vallei"


def _create(person: User, number: int, title: str) -> dict[str, Any]:
    page = {
        "type": "Page", "id": f"https://{person.domain}/post/{number}",
        "attributedTo": person.ap_id, "name": title, "content": "<p>Koop nu</p>",
        "to": [GROUP, vocab.PUBLIC], "audience": GROUP, "published": "2026-12-01T12:00:00Z",
    }  # fmt: skip
    return {"type": "Create", "id": f"https://{person.domain}/activities/create/{number}",
            "actor": person.ap_id, "object": page, "to": page["to"], "audience": GROUP}  # fmt: skip


async def _sent_announces() -> dict[str, int]:
    """Announced object → how many deliveries its Announces have."""
    sent: dict[str, int] = {}
    for announce in await Activity.filter(type="Announce").prefetch_related("deliveries"):
        deliveries = len(announce.deliveries)
        if deliveries:
            inner = announce.payload["object"]["object"]["id"]
            sent[inner] = sent.get(inner, 0) + deliveries
    return sent


async def test_posts_from_a_limited_instance_wait_hidden_for_a_moderator(
    settings: Settings,
) -> None:
    s = await scene(settings)
    publish.configure(settings)
    admin = s.owner
    await User.filter(id=admin.id).update(is_admin=True)
    await admin.refresh_from_db()
    await instances.limit(settings, admin, "https://Spam.Example/", "Veel reclame")
    with pytest.raises(Conflict):
        await instances.limit(settings, admin, "spam.example")
    spammer = await remote_user("sam", "spam.example")
    neighbour = await remote_user("jan", "lemmy.example")
    for person in (spammer, neighbour):
        await Membership.create(group_id=s.group.id, user=person, accepted=True)

    await apply(settings, _create(spammer, 1, "Goedkope mest"))
    await apply(settings, _create(neighbour, 2, "Peilbesluit"))
    held = await Post.get(title="Goedkope mest")
    usual = await Post.get(title="Peilbesluit")
    assert held.hidden_at is not None and usual.hidden_at is None
    # Only the neighbour's post goes to the group's followers (both instances' inboxes); the
    # held one's Announce is kept for the moderator, sent to nobody.
    assert await _sent_announces() == {"https://lemmy.example/post/2": 2}
    [waiting] = await review.queue(settings, admin, s.group.id)
    assert waiting.item.target.id == held.id and waiting.item.hidden

    await review.restore(admin, "post", held.id, "Mag blijven")
    assert (await Post.get(id=held.id)).hidden_at is None
    # Approved: now the group passes it on, once.
    sent = {"https://lemmy.example/post/2": 2, "https://spam.example/post/1": 2}
    assert await _sent_announces() == sent
    with pytest.raises(Conflict):
        await review.restore(admin, "post", held.id, "Nog eens")
    await apply(settings, _create(spammer, 1, "Goedkope mest"))  # the same Create again
    assert await _sent_announces() == sent
    await instances.unlimit(settings, admin, "spam.example", "Opgelost")
    await apply(settings, _create(spammer, 3, "Nieuwe mest"))
    assert (await Post.get(title="Nieuwe mest")).hidden_at is None
    actions = [e.action for e in await ModLogEntry.all().order_by("id")]
    assert actions[-3:] == [LogAction.INSTANCE_LIMIT, LogAction.RESTORE, LogAction.INSTANCE_UNLIMIT]
    limit_entry = await ModLogEntry.get(action=LogAction.INSTANCE_LIMIT)
    assert limit_entry.detail == {"host": "spam.example"} and limit_entry.reason == "Veel reclame"
    assert await ModLogEntry.filter(action=LogAction.INSTANCE_UNLIMIT).count() == 1
    publish.configure(None)


async def test_a_join_from_a_limited_instance_waits_for_a_moderator(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    s = await scene(settings)
    publish.configure(settings)
    await User.filter(id=s.owner.id).update(is_admin=True)
    await s.owner.refresh_from_db()
    await instances.limit(settings, s.owner, "spam.example")
    sam = await remote_user("sam", "spam.example")
    jan = await remote_user("jan", "lemmy.example")
    group_url = "http://testserver/g/gelderse-vallei"
    await apply(settings, activity("Follow", sam, group_url))
    await apply(settings, activity("Follow", jan, group_url))
    assert not (await Membership.get(user=sam)).accepted
    assert (await Membership.get(user=jan)).accepted
    accepts = await Activity.filter(type="Accept")
    assert [a.payload["to"] for a in accepts] == [[jan.ap_id]]
    # A Create from the waiting person is refused: they are not a member yet.
    with pytest.raises(Rejected):
        await apply(settings, _create(sam, 9, "Te vroeg"))

    await login(client, s.owner.username)
    token = await csrf_token(client, "/g/gelderse-vallei/members")
    page = await client.get("/g/gelderse-vallei/members")
    assert "wacht op een moderator" in page.text or "waiting for a moderator" in page.text
    sent = await client.post(
        f"/g/gelderse-vallei/members/{sam.username}/approve", data={"csrf_token": token}
    )
    assert sent.status_code == 303
    assert (await Membership.get(user=sam)).accepted
    accept = await Activity.filter(type="Accept").order_by("-id").first()
    assert accept is not None and accept.payload["to"] == [sam.ap_id]
    assert accept.payload["object"]["actor"] == sam.ap_id
    assert [d.inbox_url for d in await accept.deliveries] == [sam.inbox_url]
    publish.configure(None)
