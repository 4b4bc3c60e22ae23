from __future__ import annotations

import httpx

from server.config import Settings
from server.models import InstanceSettings, Rule
from tests.conftest import csrf_token, login, make_user

FORM = {
    "instance_name": "Polder Gelderland",
    "region": "Provincie Gelderland",
    "description": "Voor de gebiedsprocessen in Gelderland.",
    "group_creation": "members",
    "open_registration": "on",
    "rules": "Wees respectvol\nPraat over ideeën, niet over mensen.\n\nNoem je bronnen",
}


async def test_admin_changes_instance_settings_and_rules(client: httpx.AsyncClient) -> None:
    await login(client, "beheer")
    token = await csrf_token(client, "/admin")
    response = await client.post("/admin", data={**FORM, "csrf_token": token})
    assert response.status_code == 303
    instance = await InstanceSettings.get(id=1)
    assert (instance.region, instance.group_creation) == ("Provincie Gelderland", "members")
    rules = await Rule.filter(group_id=None).order_by("position")
    assert [(r.position, r.title, r.body) for r in rules] == [
        (1, "Wees respectvol", "Praat over ideeën, niet over mensen."),
        (2, "Noem je bronnen", ""),
    ]
    page = await client.get("/admin")
    assert "Noem je bronnen" in page.text


async def test_invalid_settings_keep_input_and_change_nothing(client: httpx.AsyncClient) -> None:
    await login(client, "beheer")
    token = await csrf_token(client, "/admin")
    bad = {**FORM, "instance_name": "", "region": "x" * 101, "csrf_token": token}
    response = await client.post("/admin", data=bad)
    assert response.status_code == 422
    assert 'aria-invalid="true"' in response.text
    # What the admin typed stays in the form.
    assert "x" * 101 in response.text and "Noem je bronnen" in response.text
    instance = await InstanceSettings.get(id=1)
    assert instance.name == "Polder Gelderland" and instance.group_creation == "admins"


async def test_only_admins_reach_the_settings(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    assert (await client.get("/admin")).headers["location"] == "/login?next=/admin"
    await make_user(settings, "piet")
    await login(client, "piet")
    assert (await client.get("/admin")).status_code == 403
    token = await csrf_token(client, "/settings")
    response = await client.post("/admin", data={**FORM, "csrf_token": token})
    assert response.status_code == 403
    assert (await InstanceSettings.get(id=1)).group_creation == "admins"


async def test_settings_form_needs_csrf(client: httpx.AsyncClient) -> None:
    await login(client, "beheer")
    response = await client.post("/admin", data={**FORM, "csrf_token": "wrong"})
    assert response.status_code == 403
    assert (await InstanceSettings.get(id=1)).group_creation == "admins"
