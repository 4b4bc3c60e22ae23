"""`polder keys rotate` on a running instance: the other instance learns the new key from the
signed `Update`, and what the person sends afterwards is accepted there."""

from __future__ import annotations

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import db_rows, find_post, join_remote_group


def _key(instance: Instance, username: str) -> str:
    ((pem,),) = db_rows(instance, "SELECT public_key_pem FROM users WHERE username = ?", username)
    return str(pem)


async def test_rotated_key_reaches_the_other_instance(instances: dict[str, Instance]) -> None:
    a, b = instances["a"], instances["b"]
    b.add_person("bert")
    b.add_vallei()
    a.add_person("anna")
    group_on_a = await join_remote_group("anna", a, b)
    remote_anna = f"anna@{a.domain}"
    old = _key(a, "anna")
    assert _key(b, remote_anna) == old

    said = a.cli("keys", "rotate", "--user", "anna")
    assert "1 server(s)" in said
    new = _key(a, "anna")
    assert new != old and "BEGIN PUBLIC KEY" in new

    async def b_knows_the_new_key() -> bool:
        return _key(b, remote_anna) == new

    await wait_for(b_knows_the_new_key, "B to learn Anna's new key")

    async with a.api("anna") as api:
        json_of(
            await api.post(
                f"/groups/{group_on_a}/posts", json={"title": "Na de nieuwe sleutel", "body": "."}
            )
        )
    await wait_for(
        lambda: find_post(b, "gelderse-vallei", "Na de nieuwe sleutel"), "the post signed anew"
    )
