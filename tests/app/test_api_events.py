"""The meetings API: list, make, read, change, cancel, answer; errors in the one shape;
responses that fit the published schemas."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from server.config import Settings
from server.models import Event, Group, Rsvp, User
from server.services import groups
from tests.conftest import api_headers, make_user

GOOD = {
    "title": "Veldbezoek Binnenveld",
    "description": "Wandelen langs de **sloten**.",
    "starts_at": "2030-10-26T14:00",
    "ends_at": "2030-10-26T16:30",
    "address": "Parkeerplaats Binnenveld, Wageningen",
    "latitude": 51.98,
    "longitude": 5.6,
    "capacity": 2,
}


async def _schema_check(client: httpx.AsyncClient, data: Any, name: str) -> None:
    components = (await client.get("/api/v1/openapi.json")).json()["components"]["schemas"]
    schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": components}}
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(data)


async def test_make_read_list_and_change(
    client: httpx.AsyncClient, anna: User, group: Group
) -> None:
    auth = await api_headers(anna)
    made = await client.post(f"/api/v1/groups/{group.slug}/events", json=GOOD, headers=auth)
    assert made.status_code == 201, made.text
    event = made.json()
    assert made.headers["location"].endswith(f"/api/v1/events/{event['id']}")
    # 14:00 on the last Saturday of October 2030 is still summer time: UTC+2.
    assert event["starts_at"] == "2030-10-26T12:00:00Z"
    assert event["ends_at"] == "2030-10-26T14:30:00Z"
    assert event["capacity"] == 2 and event["organiser"]["username"] == "anna"
    assert "<strong>sloten</strong>" in event["description_html"]
    await _schema_check(client, event, "Event")
    listed = (await client.get(f"/api/v1/groups/{group.slug}/events")).json()
    assert [item["id"] for item in listed["items"]] == [event["id"]]
    await _schema_check(client, listed, "EventList")
    past = (await client.get(f"/api/v1/groups/{group.slug}/events?when=past")).json()
    assert past["items"] == []
    changed = await client.patch(
        f"/api/v1/events/{event['id']}", json={"title": "Veldbezoek", "capacity": None},
        headers=auth,
    )  # fmt: skip
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "Veldbezoek" and changed.json()["capacity"] is None
    assert changed.json()["starts_at"] == event["starts_at"]  # untouched fields stay
    cancelled = await client.post(f"/api/v1/events/{event['id']}/cancel", headers=auth)
    assert cancelled.json()["cancelled"] is True


@pytest.mark.parametrize(
    ("changes", "status", "field"),
    [
        ({"ends_at": "2030-10-26T13:00"}, 422, "ends_at"),
        ({"capacity": 0}, 422, "capacity"),
        ({"online_url": "javascript:alert(1)"}, 422, "online_url"),
        ({"latitude": 91}, 422, "latitude"),
        ({"latitude": "noord"}, 400, None),
        ({"capacity": "veel"}, 400, None),
        ({"colour": "blue"}, 400, None),
    ],
)
async def test_bad_input_has_the_one_error_shape(
    client: httpx.AsyncClient,
    anna: User,
    group: Group,
    changes: dict[str, Any],
    status: int,
    field: str | None,
) -> None:
    auth = await api_headers(anna, "en")
    response = await client.post(
        f"/api/v1/groups/{group.slug}/events", json=GOOD | changes, headers=auth
    )
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"error", "message"} and isinstance(body["message"], str)
    if field:
        assert body["error"] == "invalid" and field in body["fields"]
    assert await Event.all().count() == 0


async def test_answering_with_the_waiting_list(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = (
        await client.post(
            f"/api/v1/groups/{group.slug}/events", json=GOOD, headers=await api_headers(anna)
        )
    ).json()
    people = []
    for name in ("bert", "cees", "dirk"):
        user = await make_user(settings, name)
        await groups.join(user, group)
        people.append(await api_headers(user))
    path = f"/api/v1/events/{event['id']}/rsvp"
    answers = [(await client.put(path, json={"status": "going"}, headers=h)).json() for h in people]
    assert [a["waiting_list"] for a in answers] == [False, False, True]
    await _schema_check(client, answers[0], "Rsvp")
    assert (await client.get(path, headers=people[2])).json()["status"] == "going"
    assert (await client.delete(path, headers=people[0])).status_code == 204
    assert (await client.get(path, headers=people[2])).json()["waiting_list"] is False
    missing = await client.get(path, headers=people[0])
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    who = (await client.get(f"/api/v1/events/{event['id']}/attendees")).json()
    assert [p["username"] for p in who["going"]] == ["cees", "dirk"]
    assert who["going"][0]["organisation"] == "LTO Noord"
    await _schema_check(client, who, "Attendees")
    counts = (await client.get(f"/api/v1/events/{event['id']}")).json()["counts"]
    assert counts == {"going": 2, "waiting": 0, "maybe": 0, "not_going": 0}


async def test_rules_for_answers_and_changes(
    client: httpx.AsyncClient, settings: Settings, anna: User, group: Group
) -> None:
    event = (
        await client.post(
            f"/api/v1/groups/{group.slug}/events", json=GOOD, headers=await api_headers(anna)
        )
    ).json()
    outsider = await api_headers(await make_user(settings, "otto"), "en")
    path = f"/api/v1/events/{event['id']}"
    refused = await client.put(f"{path}/rsvp", json={"status": "going"}, headers=outsider)
    assert refused.status_code == 403 and refused.json()["message"] == "Join the group to answer."
    edit = await client.patch(path, json={"title": "Van mij"}, headers=outsider)
    assert edit.status_code == 403
    bad = await client.put(
        f"{path}/rsvp", json={"status": "perhaps"}, headers=await api_headers(anna)
    )
    # Choices are the service's rule (as for topics and roles): 422 naming the field.
    assert bad.status_code == 422 and "status" in bad.json()["fields"]
    anonymous = await client.put(f"{path}/rsvp", json={"status": "going"})
    assert anonymous.status_code == 401
    await client.post(f"{path}/cancel", headers=await api_headers(anna))
    closed = await client.put(
        f"{path}/rsvp", json={"status": "going"}, headers=await api_headers(anna, "en")
    )
    assert closed.status_code == 403
    assert closed.json()["message"] == "This meeting is cancelled. You cannot answer any more."
    assert await Rsvp.all().count() == 0
    assert (await client.get("/api/v1/events/424242")).json()["error"] == "not_found"
