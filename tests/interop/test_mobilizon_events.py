"""Real Mobilizon (and Gancio) event and participation payloads (../shared/fixtures) through the
parser and the inbox handlers.

The senders' hosts cannot be reached, so each sender is a stored remote actor, and the URL that
names "our" event in a participation is replaced by this instance's address; everything else is
applied as Mobilizon sent it. Each test asserts the rows and the answers that result.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from federation import handlers, publish, vocab
from federation.queue import utcnow
from federation.urls import Urls
from server.config import Settings
from server.models import Activity, Delivery, Event, Group, InboxMessage, Membership, Rsvp, User
from server.services import events, groups
from tests.conftest import make_user
from tests.interop.test_inbox_fixtures import fixture, sender

JOIN = "mobilizon/mobilizon-join-activity.json"
LEAVE = "mobilizon/mobilizon-leave-activity.json"
THEIR_EVENT = "http://mobilizon.test/events/some-uuid"


@pytest.fixture(autouse=True)
def published(settings: Settings) -> None:
    publish.configure(settings)


async def apply(settings: Settings, payload: dict[str, Any]) -> None:
    """As the worker applies a stored inbox message (Mobilizon's test Leave reuses its Join's
    id, so the message is not stored first: the inbox would take it for a repeat)."""
    message = InboxMessage(
        ap_id=payload["id"], payload=payload, signer_key_id=payload["actor"] + "#main-key",
        next_attempt_at=utcnow(),
    )  # fmt: skip
    context = handlers.Context(settings, Urls(settings.base_url), message)
    await handlers.apply(context, vocab.parse_activity(payload))


async def _event(anna: User, group: Group, capacity: str = "") -> Event:
    start = datetime.now(UTC) + timedelta(days=10)
    form = events.EventForm(
        title="Informatieavond", description="", starts_at=start.isoformat(),
        ends_at=(start + timedelta(hours=2)).isoformat(), address="Dorpshuis", capacity=capacity,
    )  # fmt: skip
    return await events.create_event(anna, group, form)


def _ours(event: Event) -> dict[str, str]:
    return {THEIR_EVENT: f"http://testserver/e/{event.id}"}


async def _answers(kind: str) -> list[Activity]:
    return await Activity.filter(type=kind).order_by("id")


# Participation ----------------------------------------------------------------------------


async def test_a_mobilizon_join_is_stored_and_accepted(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    join = fixture(JOIN, _ours(event))
    person = await sender(join["actor"])
    await apply(settings, join)
    await apply(settings, join)  # a repeat changes nothing and queues nothing new
    answer = await Rsvp.get(event=event, user=person)
    assert (answer.status, answer.waitlisted_at, answer.ap_id) == ("going", None, join["id"])
    [accept] = await _answers("Accept")
    assert accept.payload["object"]["id"] == join["id"]
    assert accept.payload["object"]["type"] == "Join"
    assert accept.payload["actor"] == "http://testserver/u/anna"  # the organiser answers
    [delivery] = await Delivery.filter(activity=accept)
    assert delivery.inbox_url == person.inbox_url and delivery.signer == f"user:{anna.id}"
    assert (await Event.get(id=event.id)).going_count == 1


async def test_a_join_of_a_full_meeting_is_rejected_then_accepted_when_a_seat_frees(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group, capacity="1")
    bert = await make_user(settings, "bert")
    await groups.join(bert, group)
    from server.services import rsvp

    await rsvp.answer(bert, event, "going")
    join = fixture(JOIN, _ours(event))
    person = await sender(join["actor"])
    await apply(settings, join)
    assert (await Rsvp.get(user=person)).waitlisted_at is not None
    [reject] = await _answers("Reject")
    assert reject.payload["object"]["id"] == join["id"]
    assert not await _answers("Accept")
    await rsvp.withdraw(bert, event)  # Bert's seat goes to the Mobilizon participant
    assert (await Rsvp.get(user=person)).waitlisted_at is None
    [accept] = await _answers("Accept")
    assert accept.payload["object"]["id"] == join["id"]
    assert (await Delivery.get(activity=accept)).inbox_url == person.inbox_url


async def test_a_mobilizon_leave_withdraws_the_answer(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    join = fixture(JOIN, _ours(event))
    person = await sender(join["actor"])
    await apply(settings, join)
    await apply(settings, fixture(LEAVE, _ours(event)))
    assert not await Rsvp.exists(user=person)
    assert (await Event.get(id=event.id)).going_count == 0


async def test_a_join_of_a_cancelled_meeting_is_rejected_and_stores_nothing(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await events.cancel_event(anna, await _event(anna, group))
    join = fixture(JOIN, _ours(event))
    await sender(join["actor"])
    await apply(settings, join)
    assert await Rsvp.all().count() == 0
    [reject] = await _answers("Reject")
    assert reject.payload["object"]["id"] == join["id"]


async def test_a_join_of_something_else_is_refused(settings: Settings, group: Group) -> None:
    join = fixture(JOIN)  # names an event on mobilizon.test, not here
    await sender(join["actor"])
    with pytest.raises(handlers.Rejected):
        await apply(settings, join)


@pytest.mark.parametrize(
    ("kind", "status"), [("Accept", "going"), ("TentativeAccept", "maybe"), ("Reject", "not_going")]
)
async def test_responses_to_the_event_map_to_answers(
    settings: Settings, anna: User, group: Group, kind: str, status: str
) -> None:
    event = await _event(anna, group)
    join = fixture(JOIN, _ours(event))
    person = await sender(join["actor"])
    response = {**join, "type": kind, "id": f"{join['id']}/{kind}"}
    await apply(settings, response)
    assert (await Rsvp.get(user=person)).status == status
    [accept] = await _answers("Accept")
    assert accept.payload["object"]["type"] == kind


# Events -----------------------------------------------------------------------------------


async def _remote_group_with_follower(settings: Settings, ap_id: str) -> Group:
    remote = await sender(ap_id, group=True)
    assert isinstance(remote, Group)
    follower = await make_user(settings, "anna")
    await Membership.create(group=remote, user=follower, accepted=True)
    return remote


async def test_a_mobilizon_group_event_is_stored_in_that_group(settings: Settings) -> None:
    create = fixture("mobilizon/mobilizon-post-activity-group.json")
    mobilizon_group = await _remote_group_with_follower(settings, create["object"]["attributedTo"])
    organiser = await sender(create["actor"])
    await apply(settings, create)
    await apply(settings, create)
    [event] = await Event.all()
    assert (event.group_id, event.organiser_id) == (mobilizon_group.id, organiser.id)
    assert event.title == "My first event" and event.ap_id == create["object"]["id"]
    assert event.starts_at == datetime(2018, 2, 12, 14, 8, 20, tzinfo=UTC)
    # No endTime in the payload: two hours are assumed so that calendars can place it.
    assert event.ends_at - event.starts_at == timedelta(hours=2)
    assert 'href="https://framapiaf.org/users/tcit"' in event.description_html


async def test_a_mobilizon_event_with_place_and_links(settings: Settings) -> None:
    group_id = "https://mobilizon.fr/@gebiedsproces"
    create = fixture(
        "mobilizon/mobilizon-post-activity.json",
        {"https://framapiaf.org/users/admin/followers": group_id},
    )
    await _remote_group_with_follower(settings, group_id)
    await sender(create["actor"])
    await apply(settings, create)
    event = await Event.get(ap_id=create["object"]["id"])
    assert event.address == "Locaux de Framasoft, 10 Rue Jangot, 69007, Lyon, France"
    assert event.online_url == "https://google.com"  # the Link Mobilizon names "Website"
    assert event.url == create["object"]["url"]
    update = {**create, "type": "Update", "id": create["id"] + "/update"}
    update["object"] = {**create["object"], "name": "Renamed", "ical:status": "CANCELLED"}
    await apply(settings, update)
    changed = await Event.get(id=event.id)
    assert changed.title == "Renamed" and changed.cancelled_at is not None


async def test_a_mobilizon_event_for_no_group_here_is_refused(settings: Settings) -> None:
    create = fixture("mobilizon/mobilizon-post-activity.json")
    await sender(create["actor"])
    with pytest.raises(handlers.Rejected):
        await apply(settings, create)
    assert await Event.all().count() == 0


async def test_an_event_from_another_host_than_its_group_needs_the_announce(
    settings: Settings,
) -> None:
    create = fixture(
        "mobilizon/mobilizon-post-activity.json",
        {"https://framapiaf.org/users/admin/followers": "https://elders.example/c/groep"},
    )
    await _remote_group_with_follower(settings, "https://elders.example/c/groep")
    await sender(create["actor"])
    with pytest.raises(handlers.Rejected):
        await apply(settings, create)


def test_mobilizon_event_object_parses() -> None:
    event = vocab.parse(fixture("fediverse/mobilizon/objects/event.json"))
    assert isinstance(event, vocab.Event)
    assert event.start_time == datetime(2022, 12, 11, 19, 0, tzinfo=UTC)
    assert event.end_time == datetime(2022, 12, 11, 21, 0, tzinfo=UTC)
    assert event.join_mode == "free" and event.capacity is None  # 0 means no limit there
    assert event.location is not None and event.location.name == "The Kenn Centre"
    assert event.location.latitude == pytest.approx(50.66881615)
    assert event.location.address is not None and "EX6 7TW" in event.location.address
    assert not event.cancelled


def test_gancio_event_parses_with_its_offsets() -> None:
    activity = vocab.parse_activity(fixture("mobilizon/gancio-event-activity.json"))
    event = activity.object
    assert isinstance(event, vocab.Event)
    assert event.start_time == datetime(2021, 7, 14, 15, 30, 57, tzinfo=UTC)
    assert event.location is not None and event.location.name == "Colosseo"


async def test_a_delete_of_a_remote_event_keeps_it_as_cancelled(settings: Settings) -> None:
    create = fixture("mobilizon/mobilizon-post-activity-group.json")
    await _remote_group_with_follower(settings, create["object"]["attributedTo"])
    await sender(create["actor"])
    await apply(settings, create)
    delete = {"type": "Delete", "id": create["id"] + "/delete", "actor": create["actor"],
              "object": create["object"]["id"]}  # fmt: skip
    await apply(settings, delete)
    event = await Event.get(ap_id=create["object"]["id"])
    assert event.cancelled_at is not None and event.title == "My first event"
    forged = {**delete, "id": "https://elders.example/d/1", "actor": "https://elders.example/u/x"}
    await sender(forged["actor"])
    with pytest.raises(handlers.Rejected):
        await apply(settings, forged)


async def test_an_undo_of_a_join_withdraws_like_a_leave(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    join = fixture(JOIN, _ours(event))
    person = await sender(join["actor"])
    await apply(settings, join)
    inner = {k: v for k, v in join.items() if k not in ("@context", "signature")}
    undo = {"type": "Undo", "id": join["id"] + "/undo", "actor": join["actor"], "object": inner}
    await apply(settings, undo)
    assert not await Rsvp.exists(user=person)
