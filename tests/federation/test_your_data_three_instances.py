"""Download my data and delete my account across three real instances: Anna on A takes part
in a group on B, which C follows. Her zip on A names the group on B and holds what she posted
there; when she deletes her account, A tells B, B passes it on to C (FEP-1b12), and on both
her posts become tombstones and her name and organisation are gone."""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile

import httpx

from tests.federation.conftest import Instance, json_of, wait_for
from tests.federation.test_three_instances import find_post, vallei_on_b

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "a long enough password"  # what Instance.add_person gives everyone


async def _logged_in(client: httpx.AsyncClient, username: str) -> None:
    token = CSRF_RE.search((await client.get("/login")).text)
    assert token
    form = {"csrf_token": token[1], "login": username, "password": PASSWORD, "next": "/"}
    assert (await client.post("/login", data=form)).status_code == 303


def _person_row(instance: Instance, ap_id: str) -> tuple[str, str, object]:
    with sqlite3.connect(instance.data_dir / "polder.sqlite3") as db:
        row = db.execute(
            "SELECT name, organisation, deleted_at FROM users WHERE ap_id = ?", (ap_id,)
        ).fetchone()
    assert row is not None, ap_id
    return row


async def _post_gone(instance: Instance, post_id: int) -> bool:
    async with instance.api() as api:
        response = await api.get(f"/posts/{post_id}")
    return response.status_code == 404 or bool(response.json().get("deleted"))


async def test_export_and_deletion_reach_every_instance(instances: dict[str, Instance]) -> None:
    a, b, c = instances["a"], instances["b"], instances["c"]
    group_on_a, group_on_c = await vallei_on_b(a, b, c)
    async with a.api("anna") as api:
        json_of(
            await api.post(
                f"/groups/{group_on_a}/posts",
                json={"title": "Slootpeil in april", "body": "Het peil zakt snel."},
            )
        )
    on_b = await wait_for(lambda: find_post(b, "gelderse-vallei", "Slootpeil in april"), "on B")
    on_c = await wait_for(lambda: find_post(c, group_on_c, "Slootpeil in april"), "on C")
    anna = f"{a.base_url}/u/anna"
    assert _person_row(c, anna)[:2] == ("Anna Jansen", "LTO Noord")

    async with httpx.AsyncClient(base_url=a.base_url, timeout=20) as web:
        await _logged_in(web, "anna")
        # Her zip names the group where it lives (on B) and holds her post there.
        download = await web.get("/settings/data/export")
        assert download.status_code == 200
        archive = zipfile.ZipFile(io.BytesIO(download.content))
        [membership] = json.loads(archive.read("memberships.json"))
        assert membership["id"] == f"{b.base_url}/g/gelderse-vallei"
        [post] = json.loads(archive.read("posts.json"))
        assert post["name"] == "Slootpeil in april"
        assert post["audience"] == f"{b.base_url}/g/gelderse-vallei"

        token = CSRF_RE.search((await web.get("/settings/data")).text)
        assert token
        form = {"csrf_token": token[1], "password": PASSWORD, "confirm": "on"}
        assert (await web.post("/settings/data/delete", data=form)).status_code == 200

    # B hears it from A, C from B: on both her post is a tombstone, her name is gone.
    await wait_for(lambda: _post_gone(b, on_b["id"]), "her post gone on B")
    await wait_for(lambda: _post_gone(c, on_c["id"]), "her post gone on C")
    for instance in (b, c):
        name, organisation, deleted_at = _person_row(instance, anna)
        assert (name, organisation) == ("", "") and deleted_at is not None, instance.name
    async with b.api() as api:
        members = json_of(await api.get("/groups/gelderse-vallei/members"))
    assert f"anna@{a.domain}" not in {m["username"] for m in members["items"]}
