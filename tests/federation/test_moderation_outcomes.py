"""What became of a report sent to another instance, over real HTTP and signatures: a member
on B reports two posts in a group on A (one written on A, one by another person on B); A's
moderator restores one and removes the other; on B her reports say restored and upheld (read
from A's moderation log), and B's page of the group's log shows A's decisions, with moderator
and reason, never the posts' words."""

from __future__ import annotations

import httpx

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import find_post, join_remote_group

SLUG = "gelderse-vallei"
# Dirk's post on A is removed, Bas's from B is restored.
POSTS = {"Koop mijn mest": "Goedkope mest.", "Mest en water": "Wij delen het water eerlijk."}


async def _flag_both_from_b(a: Instance, b: Instance) -> dict[str, int]:
    """Anna on B reports Dirk's post (written on A) and Bas's (written on B); returns the
    posts' ids on A by title."""
    group_on_b = await join_remote_group("anna", b, a)
    await join_remote_group("bas", b, a)
    (dirks, dirks_body), (bas, bas_body) = POSTS.items()
    async with a.api("dirk") as api:
        json_of(await api.post(f"/groups/{SLUG}/posts", json={"title": dirks, "body": dirks_body}))
    async with b.api("bas") as api:
        json_of(
            await api.post(f"/groups/{group_on_b}/posts", json={"title": bas, "body": bas_body})
        )
    on_a = {}
    for title in POSTS:
        copy = await wait_for(lambda t=title: find_post(b, group_on_b, t), f"{title} on B")
        async with b.api("anna") as api:
            json_of(await api.post(f"/posts/{copy['id']}/flags", json={"note": "Klopt niet"}))
        found = await wait_for(lambda t=title: find_post(a, SLUG, t), f"{title} on A")
        on_a[title] = found["id"]

    async def both_reported_on_a() -> bool:
        async with a.api("bert") as api:
            reports = json_of(await api.get(f"/groups/{SLUG}/reports"))["items"]
        return {r["item"]["id"] for r in reports} == set(on_a.values())

    await wait_for(both_reported_on_a, "Anna's two Flags on A")
    return on_a


async def test_a_remote_flagger_sees_restored_and_upheld_and_the_remote_log(
    instances: dict[str, Instance],
) -> None:
    a, b = instances["a"], instances["b"]
    a.add_person("bert")
    a.add_person("dirk", organisation="Boerenbond")
    a.add_vallei()
    async with a.api("bert") as api:
        rules = {"rules": [{"title": "Geen reclame"}]}
        rule_id = json_of(await api.patch(f"/groups/{SLUG}", json=rules))["rules"][0]["id"]
    async with a.api("dirk") as api:
        json_of(await api.put(f"/groups/{SLUG}/membership"))
    b.add_person("anna")
    b.add_person("bas", organisation="Waterschap")
    on_a = await _flag_both_from_b(a, b)

    async with a.api("bert") as api:
        restored = f"/posts/{on_a['Mest en water']}/restore"
        json_of(await api.post(restored, json={"reason": "Mag blijven"}))
        upheld = f"/posts/{on_a['Koop mijn mest']}/uphold"
        json_of(await api.post(upheld, json={"rule_id": rule_id, "reason": "Reclame"}))

    async def anna_sees_both_outcomes() -> dict[str, str] | None:
        async with b.api("anna") as api:
            mine = json_of(await api.get("/me/flags"))["items"]
        states = {flag["item"]["url"]: flag["state"] for flag in mine}
        return None if "open" in states.values() else states

    outcomes = await wait_for(anna_sees_both_outcomes, "the outcomes of Anna's reports on B")
    assert sorted(outcomes.values()) == ["dismissed", "upheld"]

    # B's page of A's group's log: A's decisions, from A, without the posts' words.
    async with httpx.AsyncClient(base_url=b.base_url, timeout=10) as web:
        page = await web.get(f"/g/{SLUG}@{a.domain}/modlog", headers={"Accept-Language": "en"})
    assert page.status_code == 200, page.text
    text = page.text
    assert "Restored by a moderator" in text and "Removed by a moderator" in text
    assert "Mag blijven" in text and "Reclame" in text and "Bert Jansen" in text
    assert "Geen reclame" in text  # the rule the removal cited
    assert f"from {a.domain}" in text
    # Both posts are linked where B keeps them, Bas's with B's own address.
    assert text.count("the post or reply here") == 2
    for title, body in POSTS.items():
        assert title not in text and body not in text
