"""Limiting an instance (softer than a block): what its people post in our groups waits,
hidden, for a moderator and is not announced further; people of other instances post as
usual; limiting and lifting are public log entries."""

from __future__ import annotations

from typing import Any

import pytest

from federation import publish, vocab
from moderation import instances, review
from server.config import Settings
from server.models import Activity, LogAction, Membership, ModLogEntry, Post, User
from server.services.errors import Conflict
from tests.app.moderation_setup import scene
from tests.app.test_handlers_social import apply, remote_user

GROUP = "http://testserver/g/gelderse-vallei"


def _create(person: User, number: int, title: str) -> dict[str, Any]:
    page = {
        "type": "Page", "id": f"https://{person.domain}/post/{number}",
        "attributedTo": person.ap_id, "name": title, "content": "<p>Koop nu</p>",
        "to": [GROUP, vocab.PUBLIC], "audience": GROUP, "published": "2026-12-01T12:00:00Z",
    }  # fmt: skip
    return {"type": "Create", "id": f"https://{person.domain}/activities/create/{number}",
            "actor": person.ap_id, "object": page, "to": page["to"], "audience": GROUP}  # fmt: skip


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
    # Only the neighbour's post is announced to the group's followers (lemmy.example).
    announces = await Activity.filter(type="Announce")
    announced = [a.payload["object"]["object"]["id"] for a in announces]
    assert announced == ["https://lemmy.example/post/2"]
    [waiting] = await review.queue(settings, admin, s.group.id)
    assert waiting.item.target.id == held.id and waiting.item.hidden

    await review.restore(admin, "post", held.id, "Mag blijven")
    assert (await Post.get(id=held.id)).hidden_at is None
    await instances.unlimit(settings, admin, "spam.example", "Opgelost")
    await apply(settings, _create(spammer, 3, "Nieuwe mest"))
    assert (await Post.get(title="Nieuwe mest")).hidden_at is None
    actions = [e.action for e in await ModLogEntry.all().order_by("id")]
    assert actions[-3:] == [LogAction.INSTANCE_LIMIT, LogAction.RESTORE, LogAction.INSTANCE_UNLIMIT]
    limit_entry = await ModLogEntry.get(action=LogAction.INSTANCE_LIMIT)
    assert limit_entry.detail == {"host": "spam.example"} and limit_entry.reason == "Veel reclame"
    assert await ModLogEntry.filter(action=LogAction.INSTANCE_UNLIMIT).count() == 1
    publish.configure(None)
