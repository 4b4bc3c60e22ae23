"""A group's moderator who lives on another instance, across three real instances: the group is
on A, its moderator Mia lives on B, Cees on C reports a post. A forwards the report to Mia's
inbox on B; Mia decides on B; A applies her decision as a local moderator's (or refuses it when
she no longer moderates the group) and the group's Delete removes the post everywhere."""

from __future__ import annotations

import json
from typing import Any

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import db_rows, find_post, join_remote_group

SLUG = "gelderse-vallei"


async def _set_up(instances: dict[str, Instance], title: str) -> tuple[int, str, dict[str, Any]]:
    """Mia (B) and Cees (C) join A's group, Bert makes Mia moderator, Dirk posts on A, Cees
    reports the post from C. Returns A's post id, Mia's name on A and Mia's report on B."""
    a, b, c = instances["a"], instances["b"], instances["c"]
    a.add_person("bert")
    a.add_person("dirk", organisation="Boerderij de Hoeve")
    a.add_vallei("bert")
    b.add_person("mia", organisation="Waterschap Vallei en Veluwe")
    c.add_person("cees", organisation="Natuurmonumenten")
    async with a.api("dirk") as api:
        json_of(await api.put(f"/groups/{SLUG}/membership"))
    on_b = await join_remote_group("mia", b, a)
    on_c = await join_remote_group("cees", c, a)
    mia = f"mia@{b.domain}"
    async with a.api("bert") as api:
        role = json_of(
            await api.put(f"/groups/{SLUG}/members/{mia}/role", json={"role": "moderator"})
        )
    assert role["role"] == "moderator" and role["username"] == mia
    async with a.api("dirk") as api:
        post = json_of(await api.post(f"/groups/{SLUG}/posts", json={"title": title, "body": "x"}))
    await wait_for(lambda: find_post(b, on_b, title), f"{title} on B")
    copy_c = await wait_for(lambda: find_post(c, on_c, title), f"{title} on C")
    async with c.api("cees") as api:
        json_of(await api.post(f"/posts/{copy_c['id']}/flags", json={"note": "Reclame"}))

    async def forwarded() -> dict[str, Any] | None:
        async with b.api("mia") as api:
            found = json_of(await api.get("/me/reports-elsewhere"))["items"]
        return next((r for r in found if r["title"] == title), None)

    report = await wait_for(forwarded, "the report forwarded to Mia on B")
    assert report["group"] == on_b and report["note"] == "Reclame" and report["state"] == "open"
    assert "cees" not in json.dumps(report)  # the reporter is not named to moderators
    return post["id"], mia, report


async def _deleted(instance: Instance, group: str, title: str) -> bool:
    """The post is a tombstone here (it keeps its place; its title is gone)."""
    async with instance.api() as api:
        response = await api.get(f"/groups/{group}/posts")
    return title not in [item["title"] for item in json_of(response)["items"]]


async def _log(instance: Instance) -> list[dict[str, Any]]:
    async with instance.api() as api:
        return list(json_of(await api.get("/modlog"))["items"])


async def test_a_moderator_on_b_upholds_a_report_from_c_and_the_post_goes_everywhere(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    post_id, mia, report = await _set_up(instances, "Koop mijn mest")
    async with b.api("mia") as api:
        decided = json_of(
            await api.post(f"/me/reports-elsewhere/{report['id']}/uphold", json={"reason": "Spam"})
        )
        assert decided["state"] == "upheld"
        assert json_of(await api.get("/me/reports-elsewhere"))["items"] == []

    async def gone_on_a() -> bool:
        async with a.api() as api:
            return bool(json_of(await api.get(f"/posts/{post_id}"))["deleted"])

    await wait_for(gone_on_a, "the removal on A")
    await wait_for(lambda: _deleted(b, f"{SLUG}@{a.domain}", "Koop mijn mest"), "removal on B")
    await wait_for(lambda: _deleted(c, f"{SLUG}@{a.domain}", "Koop mijn mest"), "removal on C")
    log = await _log(a)
    assert [e["type"] for e in log] == ["uphold", "role_change"]
    assert log[0]["moderator"]["username"] == mia and log[0]["reason"] == "Spam"
    assert log[1]["person"] == "Mia Jansen" and log[1]["detail"] == {
        "from": "member", "to": "moderator"
    }  # fmt: skip


async def test_a_moderator_on_b_restores_and_the_post_stays_everywhere(
    instances: dict[str, Instance],
) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    post_id, mia, report = await _set_up(instances, "Mest en water")
    async with b.api("mia") as api:
        decided = json_of(
            await api.post(f"/me/reports-elsewhere/{report['id']}/restore", json={"reason": "Mag"})
        )
    assert decided["state"] == "dismissed"

    async def restored_on_a() -> list[dict[str, Any]] | None:
        log = await _log(a)
        return log if log[0]["type"] == "restore" else None

    log = await wait_for(restored_on_a, "Mia's restore in A's log")
    assert log[0]["moderator"]["username"] == mia and log[0]["reason"] == "Mag"
    async with a.api("bert") as api:
        assert json_of(await api.get(f"/groups/{SLUG}/reports"))["items"] == []
    async with a.api() as api:
        assert json_of(await api.get(f"/posts/{post_id}"))["deleted"] is False
    for instance in (b, c):
        assert not await _deleted(instance, f"{SLUG}@{a.domain}", "Mest en water")


async def test_a_decision_from_b_by_someone_who_no_longer_moderates_is_refused(
    instances: dict[str, Instance],
) -> None:
    a, b = instances["a"], instances["b"]
    post_id, mia, report = await _set_up(instances, "Weer mest")
    async with a.api("bert") as api:
        json_of(await api.put(f"/groups/{SLUG}/members/{mia}/role", json={"role": "member"}))
    async with b.api("mia") as api:
        json_of(await api.post(f"/me/reports-elsewhere/{report['id']}/uphold", json={}))

    def refused() -> list[tuple[Any, ...]]:
        return db_rows(
            a, "SELECT state, last_error FROM inbox_messages WHERE payload LIKE '%\"Delete\"%'"
        )

    async def refused_now() -> list[tuple[Any, ...]] | None:
        rows = refused()
        return rows if rows and rows[0][0] == "dead" else None

    rows = await wait_for(refused_now, "A to refuse Mia's Delete")
    assert "may not delete" in rows[0][1]
    async with a.api() as api:
        post = json_of(await api.get(f"/posts/{post_id}"))
    assert post["deleted"] is False and post["title"] == "Weer mest"
    assert [e["type"] for e in await _log(a)] == ["role_change", "role_change"]
    # A tells B with the group's Reject: Mia's report is open again there, saying why.

    async def open_again() -> dict[str, Any] | None:
        async with b.api("mia") as api:
            found = json_of(await api.get("/me/reports-elsewhere"))["items"]
        return next((r for r in found if r["id"] == report["id"] and r["refusal"]), None)

    reopened = await wait_for(open_again, "the Reject to reopen Mia's report on B")
    assert reopened["state"] == "open" and "moderate" in reopened["refusal"]
