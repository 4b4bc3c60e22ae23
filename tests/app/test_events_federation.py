"""Meetings leave this instance as Mobilizon-shaped `Event`s announced by their group; local
people's answers to other instances' meetings go to the organiser's instance and settle when
it answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from federation import handlers, publish, vocab
from federation.queue import utcnow
from federation.urls import Urls
from server.config import Settings
from server.models import Activity, Delivery, Event, Group, InboxMessage, Membership, Rsvp, User
from server.services import events, groups, rsvp
from tests.conftest import make_remote_group, make_remote_user, make_user

AP = {"accept": "application/activity+json"}


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


def _form(**changes: str) -> events.EventForm:
    start = datetime(2030, 5, 14, 19, 30)
    values = {
        "title": "Informatieavond", "description": "Over *water*.",
        "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(),
        "address": "Dorpshuis, Kerkstraat 1, Barneveld", "capacity": "30",
        "latitude": "52.14", "longitude": "5.58",
    } | changes  # fmt: skip
    return events.EventForm(**values)


async def _activities(kind: str) -> list[tuple[dict[str, Any], set[str], set[str]]]:
    found = []
    for activity in await Activity.filter(type=kind).order_by("id"):
        rows = await Delivery.filter(activity=activity)
        found.append((activity.payload, {d.inbox_url for d in rows}, {d.signer for d in rows}))
    return found


async def test_the_event_document_is_shaped_as_mobilizon_publishes(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, _form(online_url="https://meet.example/w"))
    response = await client.get(f"/e/{event.id}", headers=AP)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/activity+json")
    assert "Accept" in response.headers["vary"]
    document = response.json()
    assert document["type"] == "Event" and document["id"] == f"http://testserver/e/{event.id}"
    assert document["name"] == "Informatieavond"
    assert document["startTime"] == "2030-05-14T17:30:00Z"
    assert document["endTime"] == "2030-05-14T19:30:00Z"
    assert document["joinMode"] == "free" and document["maximumAttendeeCapacity"] == 30
    assert document["audience"] == "http://testserver/g/gelderse-vallei"
    assert document["attributedTo"] == "http://testserver/u/anna"
    assert document["location"]["type"] == "Place"
    assert document["location"]["address"]["type"] == "PostalAddress"
    assert document["ical:status"] == "CONFIRMED"
    assert "mz" in document["@context"][-1]
    parsed = vocab.parse(document)
    assert isinstance(parsed, vocab.Event) and parsed.capacity == 30
    assert parsed.start_time == event.starts_at
    assert parsed.location is not None and parsed.location.latitude == 52.14
    page = await client.get(f"/e/{event.id}")
    assert page.headers["content-type"].startswith("text/html")
    assert "Accept" in page.headers["vary"]


async def test_remote_and_missing_events_are_not_served_as_ours(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    remote = await Event.create(
        group=group, organiser=anna, title="Elders", ap_id="https://elders.example/events/1",
        starts_at=datetime(2030, 1, 1, tzinfo=UTC), ends_at=datetime(2030, 1, 1, 2, tzinfo=UTC),
        created_at=datetime.now(UTC),
    )  # fmt: skip
    assert (await client.get(f"/e/{remote.id}", headers=AP)).status_code == 404
    assert (await client.get("/e/4242", headers=AP)).status_code == 404


async def test_the_group_announces_a_new_and_a_changed_event(
    settings: Settings, anna: User, group: Group
) -> None:
    follower = await make_remote_user("a.example", "piet", shared_inbox=True)
    await Membership.create(group=group, user=follower)
    event = await events.create_event(anna, group, _form())
    [(announce, inboxes, signers)] = await _activities("Announce")
    assert inboxes == {"https://a.example/inbox"} and signers == {f"group:{group.id}"}
    assert announce["actor"] == "http://testserver/g/gelderse-vallei"
    inner = announce["object"]
    assert inner["type"] == "Create" and inner["actor"] == "http://testserver/u/anna"
    assert inner["object"]["type"] == "Event" and inner["object"]["id"].endswith(f"/e/{event.id}")
    await events.edit_event(anna, event, _form(title="Andere titel"))
    await events.cancel_event(anna, event)
    kinds = [(a["object"]["type"], a["object"]["object"].get("ical:status"))
             for a, _, _ in await _activities("Announce")]  # fmt: skip
    assert kinds == [("Create", "CONFIRMED"), ("Update", "CONFIRMED"), ("Update", "CANCELLED")]


async def test_nothing_is_sent_without_remote_followers(anna: User, group: Group) -> None:
    await events.create_event(anna, group, _form())
    assert await Activity.all().count() == 0


# A local person answers a meeting of another instance ---------------------------------------


@pytest.fixture
async def remote_event(settings: Settings, anna: User) -> Event:
    remote_group = await make_remote_group("elders.example", "vallei")
    await Membership.create(group=remote_group, user=anna, accepted=True)
    organiser = await make_remote_user("elders.example", "bert")
    start = datetime.now(UTC) + timedelta(days=3)
    return await Event.create(
        group=remote_group, organiser=organiser, title="Veldbezoek",
        ap_id="https://elders.example/e/7", url="https://elders.example/e/7",
        starts_at=start, ends_at=start + timedelta(hours=2), created_at=datetime.now(UTC),
        capacity=1,
    )  # fmt: skip


async def _answer_back(
    settings: Settings, kind: str, inner_id: str, *, embedded: dict[str, Any] | None = None
) -> None:
    payload = {
        "type": kind, "id": f"https://elders.example/activities/{kind}-{inner_id[-8:]}",
        "actor": "https://elders.example/u/bert", "object": embedded or inner_id,
    }  # fmt: skip
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id=payload["actor"] + "#main-key",
        next_attempt_at=utcnow(),
    )  # fmt: skip
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))


async def test_an_answer_goes_to_the_organisers_instance_and_settles(
    settings: Settings, anna: User, remote_event: Event
) -> None:
    change = await rsvp.answer(anna, remote_event, "going")
    assert change.rsvp is not None and change.rsvp.pending
    [(join, inboxes, signers)] = await _activities("Join")
    assert join["object"] == "https://elders.example/e/7"
    assert join["actor"] == "http://testserver/u/anna"
    assert inboxes == {"https://elders.example/u/bert/inbox"} and signers == {f"user:{anna.id}"}
    stored = await Rsvp.get(user=anna)
    assert stored.ap_id == join["id"]
    # The organiser's instance keeps the seats: nothing is counted here.
    assert (await Event.get(id=remote_event.id)).going_count == 0
    await _answer_back(settings, "Accept", join["id"])
    settled = await Rsvp.get(user=anna)
    assert not settled.pending and settled.waitlisted_at is None


async def test_a_reject_of_going_puts_the_answer_on_the_waiting_list(
    settings: Settings, anna: User, remote_event: Event
) -> None:
    await rsvp.answer(anna, remote_event, "going")
    [(join, _, _)] = await _activities("Join")
    # Mobilizon embeds the Join it answers.
    embedded = {k: v for k, v in join.items() if k != "@context"}
    await _answer_back(settings, "Reject", join["id"], embedded=embedded)
    answer = await Rsvp.get(user=anna)
    assert not answer.pending and answer.waitlisted_at is not None


async def test_only_the_organisers_instance_settles_an_answer(
    settings: Settings, anna: User, remote_event: Event
) -> None:
    await rsvp.answer(anna, remote_event, "going")
    [(join, _, _)] = await _activities("Join")
    payload = {"type": "Accept", "id": "https://other.example/a/1",
               "actor": "https://other.example/u/x", "object": join["id"]}  # fmt: skip
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id="k", next_attempt_at=utcnow()
    )
    context = handlers.Context(settings, Urls(settings.base_url), message)
    with pytest.raises(handlers.Rejected):
        await handlers.apply(context, vocab.parse_activity(payload))
    assert (await Rsvp.get(user=anna)).pending


async def test_maybe_not_going_and_withdrawing_travel_as_their_activities(
    anna: User, remote_event: Event
) -> None:
    await rsvp.answer(anna, remote_event, "maybe")
    await rsvp.answer(anna, remote_event, "not_going")
    await rsvp.withdraw(anna, remote_event)
    kinds = [a.type for a in await Activity.all().order_by("id")]
    assert kinds == ["TentativeAccept", "Reject", "Leave"]
    objects = {a.payload["object"] for a in await Activity.all()}
    assert objects == {"https://elders.example/e/7"}
    assert not await Rsvp.exists(user=anna)


async def test_local_members_answer_local_events_without_federating(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, _form())
    bert = await make_user(settings, "bert")
    await groups.join(bert, group)
    await rsvp.answer(bert, event, "going")
    assert await Activity.all().count() == 0


async def test_the_web_shows_an_answer_to_a_remote_event_as_pending(
    client: httpx.AsyncClient, settings: Settings, anna: User, remote_event: Event
) -> None:
    from tests.conftest import csrf_token, login

    await login(client, "anna")
    token = await csrf_token(client, f"/e/{remote_event.id}")
    page = await client.get(f"/e/{remote_event.id}")
    assert "Bekijk op de eigen server" in page.text and "Bijeenkomst aanpassen" not in page.text
    await client.post(f"/e/{remote_event.id}/rsvp", data={"csrf_token": token, "status": "going"})
    page = await client.get(f"/e/{remote_event.id}")
    assert "Je antwoord is verstuurd." in page.text
    assert "de server van de organisator moet dit nog bevestigen" in page.text
    [(join, _, _)] = await _activities("Join")
    await _answer_back(settings, "Reject", join["id"])
    page = await client.get(f"/e/{remote_event.id}")
    assert "je bent nummer 1 op de wachtlijst" in page.text


async def test_a_meeting_in_a_remote_group_goes_to_that_group_and_stays_ours(
    client: httpx.AsyncClient, anna: User
) -> None:
    remote_group = await make_remote_group("elders.example", "vallei")
    await Membership.create(group=remote_group, user=anna, accepted=True)
    event = await events.create_event(anna, remote_group, _form())
    [(create, inboxes, signers)] = await _activities("Create")
    assert inboxes == {"https://elders.example/c/vallei/inbox"} and signers == {f"user:{anna.id}"}
    assert create["object"]["audience"] == "https://elders.example/c/vallei"
    assert create["object"]["id"] == f"http://testserver/e/{event.id}"
    served = await client.get(f"/e/{event.id}", headers=AP)
    assert served.status_code == 200 and served.json()["type"] == "Event"
    await events.cancel_event(anna, event)
    [(update, _, _)] = await _activities("Update")
    assert update["object"]["ical:status"] == "CANCELLED"


async def test_a_remote_members_event_in_a_local_group_is_stored_and_announced(
    settings: Settings, anna: User, group: Group
) -> None:
    member = await make_remote_user("elders.example", "bert")
    await Membership.create(group=group, user=member, accepted=True)
    follower = await make_remote_user("a.example", "piet", shared_inbox=True)
    await Membership.create(group=group, user=follower, accepted=True)
    start = datetime.now(UTC) + timedelta(days=2)
    obj = {
        "type": "Event", "id": "https://elders.example/e/3", "name": "Slootwandeling",
        "attributedTo": member.ap_id, "audience": "http://testserver/g/gelderse-vallei",
        "to": ["http://testserver/g/gelderse-vallei"], "startTime": start.isoformat(),
        "content": "<p>Samen <script>x</script>kijken</p>",
    }  # fmt: skip
    payload = {"type": "Create", "id": "https://elders.example/activities/9",
               "actor": member.ap_id, "object": obj}  # fmt: skip
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id="k", next_attempt_at=utcnow()
    )
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))
    event = await Event.get(ap_id="https://elders.example/e/3")
    assert event.group_id == group.id and "<script" not in event.description_html
    [(announce, inboxes, _)] = await _activities("Announce")
    assert announce["object"]["id"] == payload["id"]
    # To every remote member, the sender's instance too (receivers deduplicate).
    assert inboxes == {"https://a.example/inbox", "https://elders.example/u/bert/inbox"}
    # Someone who is not a member cannot put a meeting in the group.
    stranger = await make_remote_user("elders.example", "kees")
    other = {**payload, "id": "https://elders.example/activities/10", "actor": stranger.ap_id,
             "object": {**obj, "id": "https://elders.example/e/4",
                        "attributedTo": stranger.ap_id}}  # fmt: skip
    message = InboxMessage(ap_id=other["id"], payload=other, signer_key_id="k",
                           next_attempt_at=utcnow())  # fmt: skip
    context = handlers.Context(settings, Urls(settings.base_url), message)
    with pytest.raises(handlers.Rejected):
        await handlers.apply(context, vocab.parse_activity(other))
    assert not await Event.exists(ap_id="https://elders.example/e/4")
