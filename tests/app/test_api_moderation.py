"""Moderation through the JSON API: the one error shape, 403 for non-moderators, the log."""

from __future__ import annotations

import httpx

from server.config import Settings
from server.models import Flag, FlagState, LogAction, ModLogEntry, User
from server.services import posts
from tests.app.moderation_setup import Scene, scene
from tests.conftest import api_headers


async def _flag(client: httpx.AsyncClient, s: Scene, index: int, **body: object) -> httpx.Response:
    headers = await api_headers(s.members[index])
    payload = {"rule_id": s.rule.id, "note": "Geen bron", **body}
    return await client.post(f"/api/v1/posts/{s.post.id}/flags", json=payload, headers=headers)


def _is_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code and isinstance(body["message"], str) and body["message"]


async def test_flag_hide_and_the_post_is_withheld(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    first = await _flag(client, s, 0)
    assert first.status_code == 201, first.text
    assert first.json()["state"] == "open" and first.json()["item"]["kind"] == "post"
    _is_error(await _flag(client, s, 0), 409, "conflict")
    await _flag(client, s, 1)
    await _flag(client, s, 2)
    post = (await client.get(f"/api/v1/posts/{s.post.id}")).json()
    assert post["hidden"] is True and post["body"] == "" and post["title"] == ""
    feed = (await client.get(f"/api/v1/groups/{s.group.slug}/posts")).json()
    assert feed["items"][0]["hidden"] is True and feed["items"][0]["body_html"] == ""
    mine = await client.get("/api/v1/me/flags", headers=await api_headers(s.members[0]))
    assert [f["state"] for f in mine.json()["items"]] == ["open"]


async def test_bad_flags_get_the_error_shape(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    other = await scene(settings, slug="achterhoek")
    _is_error(await _flag(client, s, 0, rule_id=other.rule.id), 422, "invalid")
    _is_error(await _flag(client, s, 0, rule_id="een"), 400, "bad_request")
    outsider = await api_headers(other.members[0])
    response = await client.post(
        f"/api/v1/posts/{s.post.id}/flags", json={"rule_id": s.rule.id}, headers=outsider
    )
    _is_error(response, 403, "forbidden")
    response = await client.post(
        "/api/v1/posts/2147483000/flags", json={"rule_id": s.rule.id}, headers=outsider
    )
    _is_error(response, 404, "not_found")
    _is_error(
        await client.post(f"/api/v1/posts/{s.post.id}/flags", json={"rule_id": s.rule.id}),
        401,
        "not_authenticated",
    )
    assert await Flag.all().count() == 0


async def test_withdraw_through_the_api(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    await _flag(client, s, 0)
    headers = await api_headers(s.members[0])
    gone = await client.delete(f"/api/v1/posts/{s.post.id}/flags/mine", headers=headers)
    assert gone.status_code == 204
    assert (await Flag.get(flagger_id=s.members[0].id)).state == FlagState.WITHDRAWN
    again = await client.delete(f"/api/v1/posts/{s.post.id}/flags/mine", headers=headers)
    _is_error(again, 404, "not_found")


async def test_review_decisions_need_a_moderator(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    for i in range(3):
        await _flag(client, s, i)
    member = await api_headers(s.members[3])
    _is_error(
        await client.get(f"/api/v1/groups/{s.group.slug}/reports", headers=member), 403, "forbidden"
    )
    body = {"rule_id": s.rule.id, "reason": "Zo niet"}
    _is_error(
        await client.post(f"/api/v1/posts/{s.post.id}/uphold", json=body, headers=member),
        403,
        "forbidden",
    )
    _is_error(
        await client.post(f"/api/v1/posts/{s.post.id}/restore", json={}, headers=member),
        403,
        "forbidden",
    )
    _is_error(
        await client.post(
            f"/api/v1/groups/{s.group.slug}/removals",
            json={"username": s.author.username, "days": 3},
            headers=member,
        ),
        403,
        "forbidden",
    )
    owner = await api_headers(s.owner)
    queue = await client.get(f"/api/v1/groups/{s.group.slug}/reports", headers=owner)
    [report] = queue.json()["items"]
    assert report["hidden"] and report["decision"]["counted"] == 3
    assert report["rules_cited"] == [
        {"position": 1, "title": "Blijf bij het onderwerp", "count": 3}
    ]
    done = await client.post(f"/api/v1/posts/{s.post.id}/uphold", json=body, headers=owner)
    assert done.status_code == 200, done.text
    entry = done.json()
    assert entry["type"] == "uphold" and entry["moderator"]["name"] == s.owner.name
    again = await client.post(f"/api/v1/posts/{s.post.id}/uphold", json=body, headers=owner)
    _is_error(again, 409, "conflict")
    post = (await client.get(f"/api/v1/posts/{s.post.id}")).json()
    assert post["removed"] is True and post["deleted"] is True and post["body"] == ""


async def test_restore_and_the_public_log(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    reply = await posts.create_reply(s.author, s.post, "Reactie")
    for i in range(3):
        headers = await api_headers(s.members[i])
        response = await client.post(
            f"/api/v1/replies/{reply.id}/flags", json={"rule_id": s.rule.id}, headers=headers
        )
        assert response.status_code == 201
    owner = await api_headers(s.owner)
    restored = await client.post(
        f"/api/v1/replies/{reply.id}/restore", json={"reason": "Valt mee"}, headers=owner
    )
    assert restored.status_code == 200, restored.text
    assert await Flag.filter(state=FlagState.DISMISSED).count() == 3
    log = (await client.get("/api/v1/modlog")).json()
    assert [e["type"] for e in log["items"]] == ["restore", "hide"]
    assert log["items"][1]["moderator"] is None
    assert log["items"][0]["item"]["kind"] == "reply"
    assert "Reactie" not in str(log)  # never the content
    only = (await client.get("/api/v1/modlog?type=hide")).json()
    assert [e["type"] for e in only["items"]] == ["hide"]
    _is_error(await client.get("/api/v1/modlog?type=nonsense"), 422, "invalid")
    assert await ModLogEntry.filter(action=LogAction.RESTORE).count() == 1


async def test_member_removal_through_the_api(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    owner = await api_headers(s.owner)
    target = s.members[0].username
    made = await client.post(
        f"/api/v1/groups/{s.group.slug}/removals",
        json={"username": target, "days": None, "reason": "Spam"},
        headers=owner,
    )
    assert made.status_code == 201, made.text
    assert made.json()["until"] is None
    lifted = await client.delete(f"/api/v1/groups/{s.group.slug}/removals/{target}", headers=owner)
    assert lifted.status_code == 204
    again = await client.delete(f"/api/v1/groups/{s.group.slug}/removals/{target}", headers=owner)
    _is_error(again, 404, "not_found")


async def test_instance_blocks_through_the_api(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    s = await scene(settings)
    body = {"host": "spam.example", "reason": "Spam"}
    member = await api_headers(s.members[0])
    _is_error(
        await client.post("/api/v1/instance/blocks", json=body, headers=member), 403, "forbidden"
    )
    headers = await api_headers(admin)
    made = await client.post("/api/v1/instance/blocks", json=body, headers=headers)
    assert made.status_code == 201, made.text
    _is_error(
        await client.post("/api/v1/instance/blocks", json=body, headers=headers), 409, "conflict"
    )
    listed = (await client.get("/api/v1/instance/blocks")).json()
    assert listed == {"items": [{"host": "spam.example"}]}
    log = (await client.get("/api/v1/modlog?type=instance_block")).json()["items"]
    assert (
        log[0]["detail"] == {"host": "spam.example"} and log[0]["moderator"]["username"] == "beheer"
    )
    gone = await client.delete("/api/v1/instance/blocks/spam.example", headers=headers)
    assert gone.status_code == 204
    assert (await client.get("/api/v1/instance/blocks")).json() == {"items": []}


async def test_instance_limits_through_the_api(
    client: httpx.AsyncClient, settings: Settings, admin: User
) -> None:
    s = await scene(settings)
    body = {"host": "spam.example", "reason": "Reclame"}
    member = await api_headers(s.members[0])
    _is_error(
        await client.post("/api/v1/instance/limits", json=body, headers=member), 403, "forbidden"
    )
    headers = await api_headers(admin)
    made = await client.post("/api/v1/instance/limits", json=body, headers=headers)
    assert made.status_code == 201, made.text
    _is_error(
        await client.post("/api/v1/instance/limits", json=body, headers=headers), 409, "conflict"
    )
    assert (await client.get("/api/v1/instance/limits")).json() == {
        "items": [{"host": "spam.example"}]
    }
    assert (await client.get("/api/v1/instance/blocks")).json() == {"items": []}
    log = (await client.get("/api/v1/modlog?type=instance_limit")).json()["items"]
    assert log[0]["detail"] == {"host": "spam.example"} and log[0]["reason"] == "Reclame"
    gone = await client.delete("/api/v1/instance/limits/spam.example", headers=headers)
    assert gone.status_code == 204
    assert (await client.get("/api/v1/instance/limits")).json() == {"items": []}
