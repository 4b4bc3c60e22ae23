"""A meeting across three real instances: Bert plans it in his group on B; Anna on A and Cees
on C see it through B's announce and answer from their own instances. B keeps the seats: Anna
gets the only one, Cees the waiting list, and Cees moves up when Anna withdraws; each sees the
answer of B on their own instance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import join_remote_group


async def _event_on(instance: Instance, group: str, title: str) -> dict[str, Any] | None:
    async with instance.api() as api:
        response = await api.get(f"/groups/{group}/events")
        if response.status_code != 200:
            return None
        return next((i for i in response.json()["items"] if i["title"] == title), None)


async def _answer(instance: Instance, person: str, event_id: int) -> dict[str, Any] | None:
    async with instance.api(person) as api:
        response = await api.get(f"/events/{event_id}/rsvp")
        return response.json() if response.status_code == 200 else None


async def _settled(instance: Instance, person: str, event_id: int, *, waiting: bool) -> bool:
    answer = await _answer(instance, person, event_id)
    return bool(answer and not answer["pending"] and answer["waiting_list"] is waiting)


async def _bert_s_group_with_anna_and_cees(
    a: Instance, b: Instance, c: Instance
) -> tuple[str, str]:
    """Bert's group on B, joined by Anna from A and Cees from C; its names on A and on C."""
    b.add_person("bert")
    b.add_vallei()
    a.add_person("anna")
    c.add_person("cees", organisation="Natuurmonumenten")
    return await join_remote_group("anna", a, b), await join_remote_group("cees", c, b)


async def test_an_answer_from_another_instance_reaches_the_organiser(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    group_on_a, group_on_c = await _bert_s_group_with_anna_and_cees(a, b, c)

    start = datetime.now(UTC) + timedelta(days=7)
    async with b.api("bert") as api:
        made = json_of(
            await api.post(
                "/groups/gelderse-vallei/events",
                json={"title": "Keukentafelgesprek", "starts_at": start.isoformat(),
                      "ends_at": (start + timedelta(hours=2)).isoformat(),
                      "address": "Boerderij De Hoeve, Barneveld", "capacity": 1},
            )
        )  # fmt: skip
    on_a = await wait_for(lambda: _event_on(a, group_on_a, "Keukentafelgesprek"), "event on A")
    on_c = await wait_for(lambda: _event_on(c, group_on_c, "Keukentafelgesprek"), "event on C")
    assert on_a["remote"] and on_a["starts_at"] == made["starts_at"]
    assert on_a["address"] == "Boerderij De Hoeve, Barneveld"

    # Anna answers on A: it is pending until B accepts, then B lists her.
    async with a.api("anna") as api:
        first = json_of(await api.put(f"/events/{on_a['id']}/rsvp", json={"status": "going"}))
    assert first["pending"] is True
    await wait_for(lambda: _settled(a, "anna", on_a["id"], waiting=False), "B's Accept on A")
    async with b.api() as api:
        who = json_of(await api.get(f"/events/{made['id']}/attendees"))
    assert [p["username"] for p in who["going"]] == [f"anna@{a.domain}"]

    # Cees answers on C: the one seat is taken, so B rejects and C shows the waiting list.
    async with c.api("cees") as api:
        json_of(await api.put(f"/events/{on_c['id']}/rsvp", json={"status": "going"}))
    await wait_for(lambda: _settled(c, "cees", on_c["id"], waiting=True), "B's Reject on C")

    # Anna withdraws on A; B gives her seat to Cees and tells C.
    async with a.api("anna") as api:
        assert (await api.delete(f"/events/{on_a['id']}/rsvp")).status_code == 204
    await wait_for(lambda: _settled(c, "cees", on_c["id"], waiting=False), "Cees's seat on C")
    async with b.api() as api:
        who = json_of(await api.get(f"/events/{made['id']}/attendees"))
    assert [p["username"] for p in who["going"]] == [f"cees@{c.domain}"]
    assert who["waiting"] == []


async def test_a_meeting_planned_from_another_instance_keeps_its_seats_there(
    instances: dict[str, Instance],
) -> None:
    """Anna on A plans a meeting in Bert's group on B; B announces it; Cees on C answers, and
    his answer goes to A (the organiser's instance), which answers C."""
    a, b, c = instances["a"], instances["b"], instances["c"]
    group_on_a, group_on_c = await _bert_s_group_with_anna_and_cees(a, b, c)

    start = datetime.now(UTC) + timedelta(days=5)
    async with a.api("anna") as api:
        made = json_of(
            await api.post(
                f"/groups/{group_on_a}/events",
                json={"title": "Slootwandeling", "starts_at": start.isoformat(),
                      "ends_at": (start + timedelta(hours=2)).isoformat(),
                      "online_url": "https://meet.example.nl/sloot"},
            )
        )  # fmt: skip
    assert made["remote"] is False
    await wait_for(lambda: _event_on(b, "gelderse-vallei", "Slootwandeling"), "event on B")
    on_c = await wait_for(lambda: _event_on(c, group_on_c, "Slootwandeling"), "event on C")
    assert on_c["online_url"] == "https://meet.example.nl/sloot"

    async with c.api("cees") as api:
        json_of(await api.put(f"/events/{on_c['id']}/rsvp", json={"status": "maybe"}))
    await wait_for(lambda: _settled(c, "cees", on_c["id"], waiting=False), "A's Accept on C")
    async with a.api() as api:
        who = json_of(await api.get(f"/events/{made['id']}/attendees"))
    assert [p["username"] for p in who["maybe"]] == [f"cees@{c.domain}"]
