"""The events and RSVP services: every rule and every bad input, and capacity under
concurrent answers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from server.config import Settings
from server.models import Event, Group, Rsvp, User
from server.services import events, groups, rsvp
from server.services.errors import Forbidden, Invalid
from tests.conftest import make_user


def form(**changes: object) -> events.EventForm:
    values: dict[str, object] = {
        "title": "Keukentafelgesprek",
        "description": "We praten over **water**.",
        "starts_at": "2030-05-14T19:30",
        "ends_at": "2030-05-14T21:30",
        "address": "Dorpshuis, Kerkstraat 1, Barneveld",
    }
    values.update(changes)
    return events.EventForm(**values)  # type: ignore[arg-type]


async def member(settings: Settings, group: Group, name: str) -> User:
    user = await make_user(settings, name, organisation=f"Organisatie {name}")
    await groups.join(user, group)
    return user


def errors_of(exc: pytest.ExceptionInfo[Invalid]) -> set[str]:
    return set(exc.value.fields)


async def test_an_event_is_stored_in_utc_with_its_description_rendered(
    anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, form())
    stored = await Event.get(id=event.id)
    # May is summer time in Amsterdam: UTC+2.
    assert stored.starts_at == datetime(2030, 5, 14, 17, 30, tzinfo=UTC)
    assert stored.ends_at == datetime(2030, 5, 14, 19, 30, tzinfo=UTC)
    assert "<strong>water</strong>" in stored.description_html
    winter = await events.create_event(
        anna, group, form(starts_at="2030-01-10T19:30", ends_at="2030-01-10T21:00")
    )
    assert (await Event.get(id=winter.id)).starts_at == datetime(2030, 1, 10, 18, 30, tzinfo=UTC)


async def test_description_html_is_sanitised(anna: User, group: Group) -> None:
    event = await events.create_event(
        anna, group, form(description="<script>alert(1)</script> [x](javascript:alert(1))")
    )
    assert "<script" not in event.description_html
    assert 'href="javascript' not in event.description_html


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": "2030-05-14T18:00"}, "ends_at"),  # before the start
        ({"ends_at": "2030-05-14T19:30"}, "ends_at"),  # equal to the start
        ({"starts_at": "gisteren"}, "starts_at"),
        ({"starts_at": ""}, "starts_at"),
        ({"starts_at": "2030-03-31T02:30", "ends_at": "2030-03-31T04:00"}, "starts_at"),
        ({"capacity": "0"}, "capacity"),
        ({"capacity": 0}, "capacity"),
        ({"capacity": "-3"}, "capacity"),
        ({"capacity": "veel"}, "capacity"),
        ({"online_url": "javascript:alert(1)"}, "online_url"),
        ({"online_url": "ftp://example.nl/x"}, "online_url"),
        ({"latitude": "95", "longitude": "5"}, "latitude"),
        ({"latitude": "52", "longitude": "181"}, "longitude"),
        ({"latitude": "52"}, "longitude"),
        ({"latitude": "noord", "longitude": "5"}, "latitude"),
        ({"address": "", "online_url": ""}, "address"),
        ({"title": "  "}, "title"),
        ({"ends_at": "2030-07-14T21:30"}, "ends_at"),  # longer than 31 days
    ],
)
async def test_bad_input_names_its_field_and_stores_nothing(
    anna: User, group: Group, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(Invalid) as exc:
        await events.create_event(anna, group, form(**changes))
    assert field in errors_of(exc)
    assert await Event.all().count() == 0


async def test_good_optional_fields_are_kept(anna: User, group: Group) -> None:
    event = await events.create_event(
        anna,
        group,
        form(
            address="",
            online_url="https://meet.example.nl/water",
            capacity="12",
            latitude="52,0907",
            longitude="5.1214",
        ),
    )
    assert event.capacity == 12
    assert event.online_url == "https://meet.example.nl/water"
    assert (event.latitude, event.longitude) == (52.0907, 5.1214)


async def test_only_members_make_events(settings: Settings, group: Group) -> None:
    outsider = await make_user(settings, "otto")
    with pytest.raises(Forbidden):
        await events.create_event(outsider, group, form())
    assert await Event.all().count() == 0


async def test_an_event_in_the_past_cannot_be_made(anna: User, group: Group) -> None:
    with pytest.raises(Forbidden):
        await events.create_event(
            anna, group, form(starts_at="2001-05-14T19:30", ends_at="2001-05-14T21:30")
        )


async def test_edit_and_cancel_by_organiser_or_moderator_only(
    settings: Settings, anna: User, group: Group
) -> None:
    bert = await member(settings, group, "bert")
    event = await events.create_event(bert, group, form())
    cees = await member(settings, group, "cees")
    with pytest.raises(Forbidden):
        await events.edit_event(cees, event, form(title="Anders"))
    edited = await events.edit_event(bert, event, form(title="Veldbezoek", capacity="5"))
    assert (edited.title, edited.capacity, edited.edited_at is not None) == ("Veldbezoek", 5, True)
    with pytest.raises(Invalid):
        await events.edit_event(bert, event, form(ends_at="2030-05-14T10:00"))
    assert (await Event.get(id=event.id)).title == "Veldbezoek"
    cancelled = await events.cancel_event(anna, event)  # anna owns the group
    assert cancelled.cancelled_at is not None
    with pytest.raises(Forbidden):
        await events.edit_event(bert, cancelled, form())


async def test_upcoming_soonest_first_and_past_stay_readable(anna: User, group: Group) -> None:
    later = await events.create_event(
        anna, group, form(title="Later", starts_at="2031-01-01T10:00", ends_at="2031-01-01T11:00")
    )
    sooner = await events.create_event(anna, group, form(title="Eerder"))
    old = await Event.create(
        group=group, organiser=anna, title="Vorig jaar", starts_at=datetime(2020, 1, 1, tzinfo=UTC),
        ends_at=datetime(2020, 1, 1, 2, tzinfo=UTC), created_at=datetime(2019, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    assert [e.id for e in await events.upcoming(group)] == [sooner.id, later.id]
    assert [e.id for e in await events.past(group)] == [old.id]


# RSVP ------------------------------------------------------------------------------------


async def test_answer_change_and_withdraw(settings: Settings, anna: User, group: Group) -> None:
    event = await events.create_event(anna, group, form())
    bert = await member(settings, group, "bert")
    change = await rsvp.answer(bert, event, "going")
    assert change.rsvp is not None and rsvp.is_confirmed(change.rsvp)
    await rsvp.answer(bert, event, "maybe")
    assert (await Rsvp.get(user=bert)).status == "maybe"
    assert (await Event.get(id=event.id)).going_count == 0
    assert await rsvp.counts(event) == {"going": 0, "waiting": 0, "maybe": 1, "not_going": 0}
    await rsvp.withdraw(bert, event)
    assert not await Rsvp.exists(user=bert)
    with pytest.raises(Invalid):
        await rsvp.answer(bert, event, "perhaps")


async def test_non_members_cannot_answer(settings: Settings, anna: User, group: Group) -> None:
    event = await events.create_event(anna, group, form())
    outsider = await make_user(settings, "otto")
    with pytest.raises(Forbidden):
        await rsvp.answer(outsider, event, "going")
    assert await Rsvp.all().count() == 0


async def test_no_answers_to_a_cancelled_event(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, form())
    bert = await member(settings, group, "bert")
    cancelled = await events.cancel_event(anna, event)
    with pytest.raises(Forbidden):
        await rsvp.answer(bert, cancelled, "going")
    assert await Rsvp.all().count() == 0


async def test_waiting_list_and_promotion(settings: Settings, anna: User, group: Group) -> None:
    event = await events.create_event(anna, group, form(capacity="1"))
    bert, cees, dirk = [await member(settings, group, n) for n in ("bert", "cees", "dirk")]
    await rsvp.answer(bert, event, "going")
    waiting = await rsvp.answer(cees, event, "going")
    assert waiting.rsvp is not None and waiting.rsvp.waitlisted_at is not None
    await rsvp.answer(dirk, event, "going")
    lists = await rsvp.attendees(event)
    assert [r["user__username"] for r in lists["going"]] == ["bert"]
    assert [r["user__username"] for r in lists["waiting"]] == ["cees", "dirk"]
    assert lists["going"][0]["user__organisation"] == "Organisatie bert"
    # Saying "going" again keeps one's place in the queue.
    await rsvp.answer(cees, event, "going")
    change = await rsvp.withdraw(bert, event)
    assert change.promoted is not None and change.promoted.user_id == cees.id
    assert rsvp.is_confirmed(await Rsvp.get(user=cees))
    assert (await Event.get(id=event.id)).going_count == 1
    # Changing a seat to "maybe" frees it too.
    change = (await rsvp.answer(cees, event, "maybe")).promoted
    assert change is not None and change.user_id == dirk.id


async def test_concurrent_answers_never_exceed_capacity(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, form(capacity="3"))
    people = [await member(settings, group, f"lid{i}") for i in range(10)]
    await asyncio.gather(*(rsvp.answer(p, event, "going") for p in people))
    counts = await rsvp.counts(event)
    assert counts["going"] == 3 and counts["waiting"] == 7
    assert (await Event.get(id=event.id)).going_count == 3
    # Withdrawing and answering at once: still never more than three seats taken.
    going = [r["user__username"] for r in (await rsvp.attendees(event))["going"]]
    leavers = [p for p in people if p.username in going]
    await asyncio.gather(
        *(rsvp.withdraw(p, event) for p in leavers),
        *(rsvp.answer(p, event, "going") for p in leavers),
    )
    seats = await Rsvp.filter(event=event, status="going", waitlisted_at__isnull=True).count()
    assert seats == (await Event.get(id=event.id)).going_count <= 3


async def test_an_event_that_ended_takes_no_answers(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await Event.create(
        group=group, organiser=anna, title="Voorbij", created_at=datetime.now(UTC),
        starts_at=datetime.now(UTC) - timedelta(hours=3),
        ends_at=datetime.now(UTC) - timedelta(hours=1),
    )  # fmt: skip
    with pytest.raises(Forbidden):
        await rsvp.answer(anna, event, "going")


async def test_more_places_give_seats_to_the_people_waiting(
    settings: Settings, anna: User, group: Group
) -> None:
    event = await events.create_event(anna, group, form(capacity="1"))
    people = [await member(settings, group, n) for n in ("bert", "cees", "dirk", "eva")]
    for person in people:
        await rsvp.answer(person, event, "going")
    await events.edit_event(anna, event, form(capacity="3"))
    lists = await rsvp.attendees(event)
    assert [r["user__username"] for r in lists["going"]] == ["bert", "cees", "dirk"]
    assert [r["user__username"] for r in lists["waiting"]] == ["eva"]
    assert (await Event.get(id=event.id)).going_count == 3
    # Fewer places send nobody away, but nobody new gets a seat until there is room.
    await events.edit_event(anna, event, form(capacity="1"))
    assert (await rsvp.withdraw(people[0], event)).promoted is None
    assert (await rsvp.counts(event))["going"] == 2
