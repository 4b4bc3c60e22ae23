"""Following a person of another instance over real signed HTTP: the Follow is accepted by the
person's instance, their posts reach the follower's instance, and an Undo ends it."""

from __future__ import annotations

import json

import httpx

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import db_rows

AS_JSON = {"Accept": "application/activity+json"}


async def follower_count(instance: Instance, username: str) -> int:
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(f"{instance.base_url}/u/{username}/followers", headers=AS_JSON)
    return int(json_of(response)["totalItems"])


async def test_a_person_follows_a_person_on_another_instance(
    instances: dict[str, Instance],
) -> None:
    a, b = instances["a"], instances["b"]
    a.add_person("anna")
    b.add_person("bert")
    b.add_vallei()
    async with a.api("anna") as api:
        found = json_of(await api.post("/lookup", json={"q": f"@bert@{b.domain}"}))
        assert found["kind"] == "person" and found["name"] == f"bert@{b.domain}"
        follow = await api.put(f"/users/{found['name']}/follow")
        assert follow.status_code == 201 and follow.json()["state"] == "pending"

        async def accepted() -> bool:
            response = await api.get(f"/users/{found['name']}/follow")
            return response.status_code == 200 and response.json()["state"] == "accepted"

        await wait_for(accepted, "B to accept anna's Follow of bert")
        again = await api.put(f"/users/{found['name']}/follow")
        assert again.status_code == 200 and again.json()["state"] == "accepted"
    assert await follower_count(b, "bert") == 1

    # Bert posts in his own group on B, where anna is no member: she gets it as his follower.
    async with b.api("bert") as api:
        json_of(
            await api.post(
                "/groups/gelderse-vallei/posts", json={"title": "Veldbezoek", "body": "Zaterdag."}
            )
        )

    def creates_from_bert() -> list[dict[str, object]]:
        rows = db_rows(a, "SELECT payload FROM inbox_messages")
        payloads = [json.loads(row[0]) for row in rows]
        actor = f"{b.base_url}/u/bert"
        return [p for p in payloads if p.get("type") == "Create" and p.get("actor") == actor]

    async def arrived() -> list[dict[str, object]]:
        return creates_from_bert()

    create = (await wait_for(arrived, "bert's post to reach A"))[0]
    assert isinstance(create["object"], dict) and create["object"]["name"] == "Veldbezoek"

    async with a.api("anna") as api:
        assert (await api.delete(f"/users/{found['name']}/follow")).status_code == 204
        assert (await api.get(f"/users/{found['name']}/follow")).status_code == 404

    async def unfollowed() -> bool:
        return await follower_count(b, "bert") == 0

    await wait_for(unfollowed, "B to end the follow after anna's Undo")
