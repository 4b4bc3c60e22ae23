"""The outbox: activities stored once, one delivery per distinct remote inbox, in one go."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from federation import outbox
from server import rows
from server.config import Settings
from server.models import Activity, Delivery, Group, JobState, Membership, RemoteInstance, User
from tests.conftest import make_group

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def create_note(number: int = 1) -> dict[str, Any]:
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"http://testserver/activities/{number}",
        "type": "Create",
        "actor": "http://testserver/u/anna",
        "object": {"id": "http://testserver/p/1", "type": "Page", "name": "Sloten schonen"},
    }


async def test_an_activity_is_stored_once_with_one_delivery_per_inbox(settings: Settings) -> None:
    inboxes = ["https://a.example/inbox", "https://b.example/inbox", "https://a.example/u/x/inbox"]
    stored = await Activity.get(
        id=await outbox.enqueue(settings, create_note(), signer="user:1", inboxes=inboxes, now=NOW)
    )

    assert stored.local and stored.type == "Create"
    assert stored.actor_ap_id == "http://testserver/u/anna"
    assert stored.payload == create_note()
    rows = await Delivery.filter(activity=stored).order_by("id")
    assert [(d.inbox_url, d.host) for d in rows] == [
        ("https://a.example/inbox", "a.example"),
        ("https://b.example/inbox", "b.example"),
        ("https://a.example/u/x/inbox", "a.example"),
    ]
    assert {(d.state, d.attempts, d.next_attempt_at, d.signer) for d in rows} == {
        (JobState.QUEUED, 0, NOW, "user:1")
    }


async def test_duplicates_our_own_host_blocked_and_broken_inboxes_are_left_out(
    settings: Settings,
) -> None:
    await RemoteInstance.create(host="blocked.example", blocked=True)
    await RemoteInstance.create(host="fine.example", blocked=False)
    inboxes = [
        "https://fine.example/inbox",
        "https://fine.example/inbox",
        "http://testserver/inbox",
        "http://TESTSERVER/u/anna/inbox",
        "https://blocked.example/inbox",
        "ftp://fine.example/inbox",
        "https://:99999/inbox",
        "not a url",
        "http://127.0.0.1:8002/inbox",
    ]
    stored = await outbox.enqueue(settings, create_note(), signer="instance", inboxes=inboxes)
    urls = (
        await Delivery.filter(activity_id=stored).order_by("id").values_list("inbox_url", flat=True)
    )
    assert urls == ["https://fine.example/inbox", "http://127.0.0.1:8002/inbox"]
    assert await Delivery.filter(inbox_url="http://127.0.0.1:8002/inbox").values_list(
        "host", flat=True
    ) == ["127.0.0.1:8002"]


async def test_enqueueing_again_is_idempotent_and_only_adds_new_inboxes(settings: Settings) -> None:
    first = await outbox.enqueue(
        settings, create_note(), signer="user:1", inboxes=["https://a.example/inbox"]
    )
    again = await outbox.enqueue(
        settings,
        create_note(),
        signer="user:1",
        inboxes=["https://a.example/inbox", "https://b.example/inbox"],
    )
    assert again == first
    assert await Activity.all().count() == 1
    assert sorted(await Delivery.all().values_list("inbox_url", flat=True)) == [
        "https://a.example/inbox",
        "https://b.example/inbox",
    ]


async def test_an_activity_for_nobody_remote_is_still_stored(settings: Settings) -> None:
    stored = await outbox.enqueue(
        settings, create_note(), signer="user:1", inboxes=["http://testserver/inbox"]
    )
    assert await Activity.exists(pk=stored)
    assert await Delivery.all().count() == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": None}, "needs an http"),
        ({"id": "urn:uuid:1"}, "needs an http"),
        ({"type": ""}, "has no `type`"),
        ({"actor": None}, "has no `actor`"),
        ({"actor": {"type": "Person"}}, "has no `actor`"),
    ],
)
async def test_an_incomplete_activity_is_refused_and_nothing_stored(
    settings: Settings, change: dict[str, Any], message: str
) -> None:
    activity = {**create_note(), **change}
    with pytest.raises(ValueError, match=message):
        await outbox.enqueue(settings, activity, signer="user:1", inboxes=["https://a.example/i"])
    assert await Activity.all().count() == 0


async def test_an_actor_given_as_an_object_counts_by_its_id(settings: Settings) -> None:
    activity = {**create_note(), "actor": {"id": "http://testserver/g/vallei", "type": "Group"}}
    stored = await Activity.get(
        id=await outbox.enqueue(settings, activity, signer="group:1", inboxes=[])
    )
    assert stored.actor_ap_id == "http://testserver/g/vallei"


async def test_a_bad_signer_is_refused_and_nothing_stored(settings: Settings) -> None:
    with pytest.raises(ValueError, match="signer must be"):
        await outbox.enqueue(
            settings, create_note(), signer="anna", inboxes=["https://a.example/inbox"]
        )
    assert await Activity.all().count() == 0


async def test_enqueue_is_one_transaction(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(rows, "insert_many", broken)  # the deliveries, after the activity
    with pytest.raises(RuntimeError, match="disk full"):
        await outbox.enqueue(
            settings, create_note(), signer="user:1", inboxes=["https://a.example/inbox"]
        )
    assert await Activity.all().count() == 0
    assert await Delivery.all().count() == 0


async def follow(group: Group, users: list[User], *, accepted: bool = True) -> None:
    await Membership.bulk_create(
        [Membership(group=group, user=u, accepted=accepted) for u in users]
    )


async def remote_people(count: int, hosts: int, *, shared: bool = True) -> list[User]:
    people = [
        User(
            username=f"p{n}@h{n % hosts}.example",
            name=f"Persoon {n}",
            domain=f"h{n % hosts}.example",
            ap_id=f"https://h{n % hosts}.example/users/p{n}",
            inbox_url=f"https://h{n % hosts}.example/users/p{n}/inbox",
            shared_inbox_url=f"https://h{n % hosts}.example/inbox" if shared else None,
        )
        for n in range(count)
    ]
    await User.bulk_create(people)
    return await User.exclude(domain="").order_by("id")


async def test_a_thousand_followers_on_fifty_instances_are_fifty_deliveries(
    settings: Settings,
) -> None:
    group = await make_group()
    await follow(group, await remote_people(1000, 50))

    inboxes = await outbox.group_follower_inboxes(group)
    assert len(inboxes) == 50
    assert set(inboxes) == {f"https://h{n}.example/inbox" for n in range(50)}

    stored = await outbox.enqueue(settings, create_note(), signer="group:1", inboxes=inboxes)
    assert await Delivery.filter(activity_id=stored).count() == 50


async def test_follower_inboxes_use_the_own_inbox_without_a_shared_one_and_skip_the_rest(
    settings: Settings,
) -> None:
    group = await make_group()
    people = await remote_people(4, 2, shared=False)
    await follow(group, people[:3])
    waiting = await User.create(
        username="w@h9.example", name="W", domain="h9.example", inbox_url="https://h9.example/w"
    )
    await follow(group, [waiting], accepted=False)
    local = await User.create(username="lokaal", name="Lokaal", email="l@example.nl")
    await follow(group, [local])
    no_inbox = await User.create(username="x@h8.example", name="X", domain="h8.example")
    await follow(group, [no_inbox])

    assert await outbox.group_follower_inboxes(group) == [p.inbox_url for p in people[:3]]


async def test_more_inboxes_than_one_statement_takes_are_all_queued(settings: Settings) -> None:
    # The deliveries are written a few hundred rows per INSERT (server.rows).
    inboxes = [f"https://h{n}.example/inbox" for n in range(1_201)]
    stored = await outbox.enqueue(settings, create_note(), signer="group:1", inboxes=inboxes)
    queued = (
        await Delivery.filter(activity_id=stored)
        .order_by("id")
        .values_list("inbox_url", "host", "state", "attempts")
    )
    assert queued == [(url, f"h{n}.example", JobState.QUEUED, 0) for n, url in enumerate(inboxes)]
