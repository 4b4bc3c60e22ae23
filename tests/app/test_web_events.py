"""Meeting pages without JavaScript, in Dutch and English: making, form errors, answering,
the waiting list, the group page, cancelling, and the calendar files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import icalendar

from server.config import Settings
from server.models import Event, Group, Rsvp, User
from server.services import events, groups
from tests.conftest import csrf_token, login, make_user

EN = {"accept-language": "en"}
GOOD = {
    "title": "Keukentafelgesprek water",
    "description": "We praten over *grondwater*.",
    "starts_at": "2030-05-14T19:30",
    "ends_at": "2030-05-14T21:30",
    "address": "Dorpshuis, Kerkstraat 1, Barneveld",
    "latitude": "",
    "longitude": "",
    "online_url": "",
    "capacity": "",
}


async def _event(anna: User, group: Group, **changes: str) -> Event:
    values = {k: v for k, v in (GOOD | changes).items()}
    return await events.create_event(anna, group, events.EventForm(**values))


async def _post(client: httpx.AsyncClient, path: str, data: dict[str, str]) -> httpx.Response:
    token = await csrf_token(client, "/groups")
    return await client.post(path, data={"csrf_token": token, **data})


async def test_a_member_publishes_a_meeting_and_it_shows_in_dutch(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    await login(client, "anna")
    form = await client.get(f"/g/{group.slug}/events/new")
    assert form.status_code == 200 and 'type="datetime-local"' in form.text
    response = await _post(client, f"/g/{group.slug}/events/new", GOOD)
    assert response.status_code == 303
    event = await Event.get(title=GOOD["title"])
    assert response.headers["location"] == f"/e/{event.id}"
    page = await client.get(f"/e/{event.id}")
    assert "Je bijeenkomst is geplaatst." in page.text
    assert "dinsdag 14 mei 2030, 19:30–21:30" in page.text
    assert "<em>grondwater</em>" in page.text
    assert "Kom je?" in page.text and "Ik kom niet" in page.text
    group_page = await client.get(f"/g/{group.slug}")
    assert "Komende bijeenkomsten" in group_page.text and f'href="/e/{event.id}"' in group_page.text


async def test_the_same_meeting_in_english(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    client.headers.update(EN)
    page = await client.get(f"/e/{event.id}")
    assert "Tuesday, May 14, 2030, 7:30\u202fPM–9:30\u202fPM" in page.text
    assert "Are you coming?" in page.text and "Log in to answer" in page.text


async def test_form_errors_are_linked_to_their_fields(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    await login(client, "anna")
    bad = GOOD | {"ends_at": "2030-05-14T18:00", "capacity": "0", "online_url": "javascript:x"}
    response = await _post(client, f"/g/{group.slug}/events/new", bad)
    assert response.status_code == 422
    text = response.text
    assert "Het einde moet na het begin zijn." in text
    assert "Er moet minstens 1 persoon kunnen komen." in text
    assert "Gebruik een webadres dat begint met https:// of http://." in text
    for field in ("ends_at", "capacity", "online_url"):
        assert f'href="#f-{field}"' in text
        assert f'aria-describedby="f-{field}-error"' in text or f'f-{field}-error"' in text
        assert f'id="f-{field}-error"' in text
    assert 'value="javascript:x"' in text  # what was typed stays
    assert await Event.all().count() == 0
    client.headers.update(EN)
    response = await _post(client, f"/g/{group.slug}/events/new", bad)
    assert "The end must be after the start." in response.text


async def test_forms_need_their_csrf_token(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    await login(client, "anna")
    for path, data in (
        (f"/g/{group.slug}/events/new", GOOD),
        (f"/e/{event.id}/rsvp", {"status": "going"}),
        (f"/e/{event.id}/edit", GOOD),
        (f"/e/{event.id}/cancel", {}),
    ):
        response = await client.post(path, data={**data, "csrf_token": "wrong"})
        assert response.status_code in (400, 403), path
    assert await Rsvp.all().count() == 0
    assert (await Event.get(id=event.id)).cancelled_at is None


async def test_answering_the_waiting_list_and_withdrawing(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group, capacity="1")
    bert = await make_user(settings, "bert", organisation="Waterschap Vallei en Veluwe")
    await groups.join(bert, group)
    await login(client, "anna")
    assert (await _post(client, f"/e/{event.id}/rsvp", {"status": "going"})).status_code == 303
    await client.post("/logout", data={"csrf_token": await csrf_token(client, "/groups")})
    await login(client, "bert")
    await _post(client, f"/e/{event.id}/rsvp", {"status": "going"})
    page = await client.get(f"/e/{event.id}")
    assert "De bijeenkomst is vol. Je staat op de wachtlijst." in page.text
    assert "je bent nummer 1 op de wachtlijst" in page.text
    assert "Waterschap Vallei en Veluwe" in page.text and "1 van 1 bezet" in page.text
    bad = await _post(client, f"/e/{event.id}/rsvp", {"status": "misschien wel"})
    assert bad.status_code == 422 and "Kies: Ik kom, Misschien of Ik kom niet." in bad.text
    await _post(client, f"/e/{event.id}/rsvp", {"withdraw": "1"})
    assert not await Rsvp.exists(user=bert)
    assert "Je antwoord is ingetrokken." in (await client.get(f"/e/{event.id}")).text


async def test_non_members_are_asked_to_join_and_cannot_answer(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    await make_user(settings, "otto")
    await login(client, "otto")
    page = await client.get(f"/e/{event.id}")
    assert "Word lid van de groep om te antwoorden." in page.text
    assert f'action="/g/{group.slug}/join"' in page.text
    response = await _post(client, f"/e/{event.id}/rsvp", {"status": "going"})
    assert response.status_code == 403
    assert (await client.get(f"/g/{group.slug}/events/new")).status_code == 200
    made = await _post(client, f"/g/{group.slug}/events/new", GOOD | {"title": "Niet van mij"})
    assert made.status_code == 403
    assert not await Event.exists(title="Niet van mij")


async def test_cancelling_keeps_the_meeting_readable_and_closes_answers(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    await login(client, "anna")
    confirm = await client.get(f"/e/{event.id}/cancel")
    assert "Weet je het zeker?" in confirm.text
    assert (await _post(client, f"/e/{event.id}/cancel", {})).status_code == 303
    page = await client.get(f"/e/{event.id}")
    assert "Deze bijeenkomst gaat niet door." in page.text and GOOD["title"] in page.text
    assert "Je kunt niet meer antwoorden." in page.text
    response = await _post(client, f"/e/{event.id}/rsvp", {"status": "going"})
    assert response.status_code == 403
    assert "Deze bijeenkomst gaat niet door. Je kunt niet meer antwoorden." in response.text


async def test_editing_by_others_is_refused(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    await groups.join(await make_user(settings, "bert"), group)
    await login(client, "bert")
    assert (await client.get(f"/e/{event.id}/edit")).status_code == 403
    response = await _post(client, f"/e/{event.id}/edit", GOOD | {"title": "Gekaapt"})
    assert response.status_code == 403
    assert (await Event.get(id=event.id)).title == GOOD["title"]


async def test_the_organiser_edits_with_the_stored_values_in_the_form(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    event = await _event(anna, group)
    await login(client, "anna")
    form = await client.get(f"/e/{event.id}/edit")
    assert 'value="2030-05-14T19:30"' in form.text  # Amsterdam time, as it was typed
    response = await _post(client, f"/e/{event.id}/edit", GOOD | {"title": "Veldbezoek"})
    assert response.status_code == 303
    assert (await Event.get(id=event.id)).title == "Veldbezoek"


async def test_list_shows_upcoming_first_and_past_readable(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    await _event(
        anna, group, title="Later", starts_at="2031-01-01T10:00", ends_at="2031-01-01T12:00"
    )
    await _event(anna, group, title="Eerst")
    now = datetime.now(UTC)
    old = await Event.create(
        group=group, organiser=anna, title="Vorige keer", created_at=now - timedelta(days=9),
        starts_at=now - timedelta(days=8), ends_at=now - timedelta(days=8, hours=-2),
    )  # fmt: skip
    page = (await client.get(f"/g/{group.slug}/events")).text
    assert page.index("Eerst") < page.index("Later") < page.index("Eerdere bijeenkomsten")
    assert page.index("Eerdere bijeenkomsten") < page.index("Vorige keer")
    assert (await client.get(f"/e/{old.id}")).status_code == 200
    assert "Deze bijeenkomst is voorbij." in (await client.get(f"/e/{old.id}")).text


async def test_unknown_meetings_are_404(client: httpx.AsyncClient) -> None:
    for path in ("/e/999", "/e/99999999999", "/e/999.ics"):
        assert (await client.get(path)).status_code == 404, path


# Calendar ----------------------------------------------------------------------------------


async def test_an_event_ics_parses_back_with_amsterdam_times(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    event = await _event(
        anna, group, latitude="52.1", longitude="5.6", online_url="https://meet.example.nl/w"
    )
    response = await client.get(f"/e/{event.id}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    [vevent] = cal.walk("VEVENT")
    assert vevent["SUMMARY"] == GOOD["title"]
    start = vevent.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert start.astimezone(UTC) == datetime(2030, 5, 14, 17, 30, tzinfo=UTC)
    assert vevent["LOCATION"] == GOOD["address"]
    assert vevent["URL"] == f"http://testserver/e/{event.id}"
    assert "https://meet.example.nl/w" in vevent["DESCRIPTION"]
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent.decoded("GEO") is not None
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


async def test_group_feed_across_the_change_to_summer_time(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    # The night of 30 to 31 March 2030 the clocks go from 02:00 to 03:00.
    night = await _event(
        anna,
        group,
        title="Nachtwandeling",
        starts_at="2030-03-30T23:00",
        ends_at="2030-03-31T04:00",
    )
    winter = await _event(
        anna, group, title="Winter", starts_at="2030-03-20T20:00", ends_at="2030-03-20T22:00"
    )
    await events.cancel_event(anna, winter)
    response = await client.get(f"/g/{group.slug}/events.ics")
    cal = icalendar.Calendar.from_ical(response.content)
    found = {str(v["SUMMARY"]): v for v in cal.walk("VEVENT")}
    walk = found["Nachtwandeling"]
    assert walk.decoded("DTSTART").astimezone(UTC) == datetime(2030, 3, 30, 22, 0, tzinfo=UTC)
    assert walk.decoded("DTEND").astimezone(UTC) == datetime(2030, 3, 31, 2, 0, tzinfo=UTC)
    # Four hours, not five: the skipped hour is not counted (Python subtracts datetimes of
    # one zone as wall-clock times, so compare in UTC).
    length = walk.decoded("DTEND").astimezone(UTC) - walk.decoded("DTSTART").astimezone(UTC)
    assert length == timedelta(hours=4)
    assert "TZID=Europe/Amsterdam:20300331T040000" in response.text
    assert found["Winter"]["STATUS"] == "CANCELLED"
    assert walk["UID"] == f"event-{night.id}@testserver"
    assert cal["X-WR-CALNAME"] == group.title
