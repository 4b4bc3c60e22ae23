"""Three real instances federate over signed HTTP: a person on A joins a group on B and posts;
a member on C sees the post through B's announce and replies; the reply reaches A; edits and
deletes travel; forged requests are refused; an instance that was down gets what it missed,
exactly once."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

import httpx

from federation import crypto
from federation.signatures import sign_request
from tests.federation.conftest import Instance, json_of, wait_for


def remote_name(slug: str, instance: Instance) -> str:
    return f"{slug}@{instance.domain}"


def db_rows(instance: Instance, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(instance.data_dir / "polder.sqlite3") as conn:
        return conn.execute(sql, params).fetchall()


async def join_remote_group(person: str, home: Instance, group_home: Instance) -> str:
    async with home.api(person) as api:
        found = json_of(
            await api.post("/lookup", json={"q": f"!gelderse-vallei@{group_home.domain}"})
        )
        name = found["name"]
        assert name == remote_name("gelderse-vallei", group_home)
        joined = json_of(await api.put(f"/groups/{name}/membership"))
        assert joined["accepted"] is False  # waits for the group's Accept

        async def accepted() -> bool:
            return bool(json_of(await api.get(f"/groups/{name}/membership"))["accepted"])

        await wait_for(accepted, f"{person}'s join of {name} to be accepted")
    return name


async def vallei_on_b(a: Instance, b: Instance, c: Instance) -> tuple[str, str]:
    """Bert's group on B, with Anna of A and Cees of C as members; the group's name on A and
    on C."""
    b.add_person("bert")
    b.add_vallei()
    a.add_person("anna")
    c.add_person("cees", organisation="Natuurmonumenten")
    return await join_remote_group("anna", a, b), await join_remote_group("cees", c, b)


async def feed_titles(instance: Instance, group: str) -> list[str]:
    async with instance.api() as api:
        response = await api.get(f"/groups/{group}/posts")
        if response.status_code != 200:
            return []
        return [item["title"] for item in response.json()["items"]]


async def find_post(instance: Instance, group: str, title: str) -> dict[str, Any] | None:
    async with instance.api() as api:
        response = await api.get(f"/groups/{group}/posts")
        if response.status_code != 200:
            return None
        return next((i for i in response.json()["items"] if i["title"] == title), None)


async def test_three_instances_federate(instances: dict[str, Instance]) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    group_on_a, group_on_c = await vallei_on_b(a, b, c)
    async with b.api() as api:
        members = json_of(await api.get("/groups/gelderse-vallei/members"))
    names = {m["username"] for m in members["items"]}
    assert {f"anna@{a.domain}", f"cees@{c.domain}", "bert"} <= names

    # Anna posts on A in B's group; B stores it and announces it to C.
    async with a.api("anna") as api:
        post_a = json_of(
            await api.post(
                f"/groups/{group_on_a}/posts",
                json={"title": "Metingen Barneveldse beek", "body": "De **cijfers** van maart."},
            )
        )
    await wait_for(lambda: _has(b, "gelderse-vallei", "Metingen Barneveldse beek"), "the post on B")
    post_c = await wait_for(
        lambda: find_post(c, group_on_c, "Metingen Barneveldse beek"), "the post on C"
    )
    assert "<strong>cijfers</strong>" in post_c["body_html"]
    assert post_c["author"]["username"] == f"anna@{a.domain}"

    # Cees replies on C; the reply reaches A through B.
    async with c.api("cees") as api:
        json_of(await api.post(f"/posts/{post_c['id']}/replies", json={"body": "Dank, Anna!"}))

    async def reply_on_a() -> bool:
        async with a.api() as api:
            replies = json_of(await api.get(f"/posts/{post_a['id']}/replies"))["items"]
        return any("Dank, Anna!" in r["body_html"] for r in replies)

    await wait_for(reply_on_a, "Cees's reply on A")

    # An edit on A travels to C, then the delete does.
    async with a.api("anna") as api:
        json_of(await api.patch(f"/posts/{post_a['id']}", json={"title": "Metingen maart"}))
    await wait_for(lambda: find_post(c, group_on_c, "Metingen maart"), "the edit on C")
    async with a.api("anna") as api:
        assert (await api.delete(f"/posts/{post_a['id']}")).status_code == 204

    async def deleted_on_c() -> bool:
        async with c.api() as api:
            post = json_of(await api.get(f"/posts/{post_c['id']}"))
        return bool(post["deleted"])

    await wait_for(deleted_on_c, "the delete on C")


async def _has(instance: Instance, group: str, title: str) -> bool:
    return title in await feed_titles(instance, group)


def _signed_create(
    a: Instance, key_pem: str, key_id: str, b: Instance
) -> tuple[bytes, dict[str, str]]:
    actor = f"{a.base_url}/u/anna"
    note_id = f"{a.base_url}/p/999999"
    activity = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": f"{a.base_url}/activities/forged",
        "type": "Create",
        "actor": actor,
        "object": {
            "id": note_id, "type": "Page", "name": "Vervalst", "attributedTo": actor,
            "content": "x", "audience": f"{b.base_url}/g/gelderse-vallei",
            "to": [f"{b.base_url}/g/gelderse-vallei"],
        },
    }  # fmt: skip
    body = json.dumps(activity).encode()
    url = f"{b.base_url}/inbox"
    headers = sign_request(
        method="POST", url=url, body=body, key_id=key_id,
        private_key=crypto.load_private_key(key_pem), now=datetime.now(UTC),
    )  # fmt: skip
    return body, {**headers, "Content-Type": "application/activity+json"}


async def test_forged_requests_are_refused(instances: dict[str, Instance]) -> None:
    a, b = instances["a"], instances["b"]
    b.add_vallei(owner=None)
    a.add_person("anna")
    # Anna's actor (and key) must exist on A: asking for it makes the key.
    async with httpx.AsyncClient() as http:
        actor = json_of(
            await http.get(f"{a.base_url}/u/anna", headers={"Accept": "application/activity+json"})
        )
    key_id = actor["publicKey"]["id"]
    (anna_key,) = db_rows(a, "SELECT private_key_pem FROM users WHERE username = 'anna'")[0]
    inbox = f"{b.base_url}/inbox"

    async with httpx.AsyncClient() as http:
        body, headers = _signed_create(a, anna_key, key_id, b)
        tampered = body.replace(b"Vervalst", b"Veranderd")
        assert (await http.post(inbox, content=tampered, headers=headers)).status_code == 401

        other_key, _ = crypto.generate_key_pair()
        body, headers = _signed_create(a, other_key, key_id, b)
        assert (await http.post(inbox, content=body, headers=headers)).status_code == 401

    assert db_rows(b, "SELECT count(*) FROM inbox_messages") == [(0,)]
    assert db_rows(b, "SELECT count(*) FROM posts") == [(0,)]


async def test_instance_that_was_down_gets_its_deliveries_once(
    instances: dict[str, Instance],
) -> None:
    b, c = instances["b"], instances["c"]
    b.add_person("bert")
    b.add_vallei()
    c.add_person("cees")
    group_on_c = await join_remote_group("cees", c, b)

    c.stop()
    async with b.api("bert") as api:
        json_of(
            await api.post(
                "/groups/gelderse-vallei/posts", json={"title": "Terwijl C weg was", "body": "x"}
            )
        )

    def delivery_to_c() -> list[tuple[Any, ...]]:
        return db_rows(b, "SELECT state, attempts FROM deliveries WHERE host = ?", c.domain)

    async def failed_once() -> bool:
        return any(state == "retry" for state, _ in delivery_to_c())

    await wait_for(failed_once, "B's delivery to C to fail while C is down")

    c.start()
    # Time passes: bring the retry forward instead of waiting for the backoff.
    with sqlite3.connect(b.data_dir / "polder.sqlite3") as conn:
        conn.execute(
            "UPDATE deliveries SET next_attempt_at = ? WHERE state = 'retry'",
            (datetime.now(UTC).isoformat(sep=" "),),
        )

    await wait_for(lambda: find_post(c, group_on_c, "Terwijl C weg was"), "the post on C")
    assert [s for s, _ in delivery_to_c() if s == "done"]
    assert db_rows(c, "SELECT count(*) FROM posts WHERE title = 'Terwijl C weg was'") == [(1,)]
