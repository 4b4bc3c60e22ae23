"""Moderation by trust across three real instances: members on A and C flag a post in a group
on B (their Flags travel to B), a member on B flags too, the post hides at the threshold, the
moderator upholds, and the post is gone on all three; a second post is restored instead."""

from __future__ import annotations

from typing import Any

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import find_post, join_remote_group

SLUG = "gelderse-vallei"


async def _set_up(instances: dict[str, Instance]) -> tuple[str, str, int]:
    a, b, c = instances["a"], instances["b"], instances["c"]
    for name in ("bert", "dirk", "eva"):
        b.add_person(name, organisation=f"Organisatie {name}")
    b.cli(
        "group", "create", "--slug", SLUG, "--title", "Stikstof Gelderse Vallei",
        "--area", "Gelderse Vallei", "--topic", "stikstof", "--owner", "bert",
    )  # fmt: skip
    async with b.api("bert") as api:
        group = json_of(
            await api.patch(
                f"/groups/{SLUG}", json={"rules": [{"title": "Blijf bij het onderwerp"}]}
            )
        )
    rule_id = group["rules"][0]["id"]
    for name in ("dirk", "eva"):
        async with b.api(name) as api:
            json_of(await api.put(f"/groups/{SLUG}/membership"))
    a.add_person("anna", organisation="LTO Noord")
    c.add_person("cees", organisation="Natuurmonumenten")
    on_a = await join_remote_group("anna", a, b)
    on_c = await join_remote_group("cees", c, b)
    return on_a, on_c, rule_id


async def _post_everywhere(
    instances: dict[str, Instance], on_a: str, on_c: str, title: str
) -> tuple[int, dict[str, Any], dict[str, Any]]:
    a, b, c = instances["a"], instances["b"], instances["c"]
    async with b.api("dirk") as api:
        post = json_of(await api.post(f"/groups/{SLUG}/posts", json={"title": title, "body": "x"}))
    copy_a = await wait_for(lambda: find_post(a, on_a, title), f"{title} on A")
    copy_c = await wait_for(lambda: find_post(c, on_c, title), f"{title} on C")
    return post["id"], copy_a, copy_c


async def _flag_from_everywhere(
    instances: dict[str, Instance], post_id: int, copy_a: dict[str, Any], copy_c: dict[str, Any],
    rule_id: int,
) -> None:  # fmt: skip
    a, b, c = instances["a"], instances["b"], instances["c"]
    async with a.api("anna") as api:
        json_of(await api.post(f"/posts/{copy_a['id']}/flags", json={"note": "Reclame"}))
    async with c.api("cees") as api:
        json_of(await api.post(f"/posts/{copy_c['id']}/flags", json={"note": "Reclame"}))

    async def two_reports_on_b() -> bool:
        async with b.api("bert") as api:
            items = json_of(await api.get(f"/groups/{SLUG}/reports"))["items"]
        ours = [r for r in items if r["item"]["id"] == post_id]
        return bool(ours) and ours[0]["decision"]["counted"] == 2

    await wait_for(two_reports_on_b, "the Flags of A and C counted on B")
    async with b.api() as api:
        assert json_of(await api.get(f"/posts/{post_id}"))["hidden"] is False  # 2 of 3
    async with b.api("eva") as api:
        json_of(await api.post(f"/posts/{post_id}/flags", json={"rule_id": rule_id}))
    async with b.api() as api:
        assert json_of(await api.get(f"/posts/{post_id}"))["hidden"] is True


async def test_flags_from_three_instances_hide_and_uphold_removes_everywhere(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    on_a, on_c, rule_id = await _set_up(instances)
    post_id, copy_a, copy_c = await _post_everywhere(instances, on_a, on_c, "Koop mijn mest")
    await _flag_from_everywhere(instances, post_id, copy_a, copy_c, rule_id)

    async with b.api("bert") as api:
        decided = json_of(
            await api.post(
                f"/posts/{post_id}/uphold", json={"rule_id": rule_id, "reason": "Reclame"}
            )
        )
    assert decided["type"] == "uphold" and decided["moderator"]["username"] == "bert"

    async def gone(instance: Instance, local_id: int) -> bool:
        async with instance.api() as api:
            return bool(json_of(await api.get(f"/posts/{local_id}"))["deleted"])

    assert await gone(b, post_id)
    await wait_for(lambda: gone(a, copy_a["id"]), "the removal on A")
    await wait_for(lambda: gone(c, copy_c["id"]), "the removal on C")
    async with b.api() as api:
        log = json_of(await api.get("/modlog"))["items"]
    assert [e["type"] for e in log] == ["uphold", "hide", "rule_change"]
    assert log[1]["detail"]["counted"] == 3 and log[0]["reason"] == "Reclame"
    # Anna flagged from A: she sees there that her report was upheld.
    async with a.api("anna") as api:
        mine = json_of(await api.get("/me/flags"))["items"]
    assert [f["state"] for f in mine] == ["upheld"]


async def test_restore_shows_the_post_again_and_keeps_it_everywhere(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    on_a, on_c, rule_id = await _set_up(instances)
    post_id, copy_a, copy_c = await _post_everywhere(instances, on_a, on_c, "Mest en water")
    await _flag_from_everywhere(instances, post_id, copy_a, copy_c, rule_id)
    async with b.api("bert") as api:
        restored = json_of(await api.post(f"/posts/{post_id}/restore", json={"reason": "Mag"}))
    assert restored["type"] == "restore"
    async with b.api() as api:
        post = json_of(await api.get(f"/posts/{post_id}"))
    assert post["hidden"] is False and post["title"] == "Mest en water"
    async with b.api("bert") as api:
        assert json_of(await api.get(f"/groups/{SLUG}/reports"))["items"] == []
    for instance, copy in ((a, copy_a), (c, copy_c)):
        async with instance.api() as api:
            assert json_of(await api.get(f"/posts/{copy['id']}"))["deleted"] is False
