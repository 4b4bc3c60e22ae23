"""Area group pages: directory, group page, members, join and leave, start and change a group."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from server.app import create_app
from server.config import Settings
from server.models import Group, GroupRole, Membership, Rule, User
from server.services import groups
from server.services import instance as instance_service
from tests.conftest import csrf_token, login, make_group, make_user


@pytest.fixture
async def browser(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    """A second, separate browser (its own cookies) for a second person."""
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def _group_with_members(settings: Settings) -> tuple[Group, User]:
    owner = await make_user(settings, "anna", organisation="LTO Noord", role="farmer")
    group = await make_group(owner)
    for name, org, role in [
        ("bert", "Natuurmonumenten", "ngo"),
        ("carla", "Provincie Gelderland", "government"),
        ("dirk", "", "farmer"),
    ]:
        user = await make_user(settings, name, organisation=org, role=role)
        await groups.join(user, group)
    return group, owner


async def test_directory_lists_groups_with_topic_filter_and_search(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await _group_with_members(settings)
    water = groups.GroupForm(
        slug="peelvenen", title="Water in de Peel", area="De Peel", topic="water"
    )
    await groups.create_group(None, water)

    page = await client.get("/groups")
    assert page.status_code == 200
    assert "Stikstof Gelderse Vallei" in page.text and "Water in de Peel" in page.text
    assert "Gelderse Vallei" in page.text and "stikstof" in page.text
    assert "4 leden" in page.text and "0 leden" in page.text
    assert '<select id="f-topic" name="topic">' in page.text

    by_topic = await client.get("/groups", params={"topic": "water"})
    assert "Water in de Peel" in by_topic.text
    assert "Stikstof Gelderse Vallei" not in by_topic.text
    assert '<option value="water" selected>' in by_topic.text

    by_text = await client.get("/groups", params={"q": "vallei"})
    assert "Stikstof Gelderse Vallei" in by_text.text
    assert "Water in de Peel" not in by_text.text

    nothing = await client.get("/groups", params={"q": "vallei", "topic": "water"})
    assert "Geen groepen gevonden" in nothing.text

    unknown_topic = await client.get("/groups", params={"topic": "<b>x</b>"})
    assert unknown_topic.status_code == 200
    assert "Water in de Peel" in unknown_topic.text


async def test_start_group_link_only_for_people_who_may(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_user(settings, "anna")
    await login(client, "anna")
    page = await client.get("/groups")
    assert 'href="/groups/new"' not in page.text
    forbidden = await client.get("/groups/new")
    assert forbidden.status_code == 403
    assert "alleen beheerders" in forbidden.text

    instance = await instance_service.get_instance()
    assert instance is not None
    instance.group_creation = "members"
    await instance.save()
    page = await client.get("/groups")
    assert 'href="/groups/new"' in page.text
    assert (await client.get("/groups/new")).status_code == 200


async def test_group_page_shows_about_rules_role_counts_and_members(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, _ = await _group_with_members(settings)
    group.description = "Samen **minder** stikstof."
    await group.save()
    page = await client.get("/g/gelderse-vallei")
    assert page.status_code == 200
    text = page.text
    assert "<h1>Stikstof Gelderse Vallei</h1>" in text
    assert "Samen <strong>minder</strong> stikstof." in text
    assert re.search(r"<ol class=\"rules\">\s*<li><strong>Blijf bij het onderwerp</strong>", text)
    assert text.index("Blijf bij het onderwerp") < text.index("Noem je bronnen")
    assert "4 leden" in text
    assert "boer: 2" in text
    assert "natuur- of milieuorganisatie: 1" in text
    assert "overheid: 1" in text
    assert "kennisinstelling" not in text
    assert 'href="/g/gelderse-vallei/members"' in text
    assert 'href="/login?next=/g/gelderse-vallei"' in text

    members = await client.get("/g/gelderse-vallei/members")
    assert members.status_code == 200
    for expected in ("Anna Jansen", "LTO Noord", "Natuurmonumenten", "Provincie Gelderland"):
        assert expected in members.text
    assert "Dirk Jansen</a>, privépersoon (boer)" in members.text
    assert "In deze groep: eigenaar" in members.text
    assert "In deze groep: lid" in members.text
    assert 'name="role"' not in members.text


async def test_join_and_leave_with_one_click(client: httpx.AsyncClient, settings: Settings) -> None:
    group = await make_group()
    bert = await make_user(settings, "bert")
    await login(client, "bert")
    page = await client.get("/g/gelderse-vallei")
    assert 'action="/g/gelderse-vallei/join"' in page.text
    assert 'href="/g/gelderse-vallei/new"' not in page.text

    token = await csrf_token(client, "/g/gelderse-vallei")
    joined = await client.post("/g/gelderse-vallei/join", data={"csrf_token": token})
    assert joined.status_code == 303
    assert joined.headers["location"] == "/g/gelderse-vallei"
    assert await Membership.filter(group_id=group.id, user_id=bert.id).exists()
    page = await client.get("/g/gelderse-vallei")
    assert "Je bent nu lid van deze groep." in page.text
    assert 'href="/g/gelderse-vallei/new"' in page.text
    assert 'action="/g/gelderse-vallei/leave"' in page.text

    # A second click (double submit) changes nothing.
    await client.post("/g/gelderse-vallei/join", data={"csrf_token": token})
    assert await Membership.filter(group_id=group.id, user_id=bert.id).count() == 1

    left = await client.post("/g/gelderse-vallei/leave", data={"csrf_token": token})
    assert left.status_code == 303
    assert not await Membership.filter(group_id=group.id, user_id=bert.id).exists()
    assert "Je bent uit de groep gegaan." in (await client.get("/g/gelderse-vallei")).text


async def test_last_owner_cannot_leave_while_others_remain(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    group, owner = await _group_with_members(settings)
    await login(client, "anna")
    token = await csrf_token(client, "/g/gelderse-vallei")
    response = await client.post("/g/gelderse-vallei/leave", data={"csrf_token": token})
    assert response.status_code == 403
    assert "Je bent de enige eigenaar. Maak eerst iemand anders eigenaar." in response.text
    member = await Membership.get(group_id=group.id, user_id=owner.id)
    assert member.role == GroupRole.OWNER


async def test_unconfirmed_email_cannot_join(client: httpx.AsyncClient, settings: Settings) -> None:
    group = await make_group()
    await make_user(settings, "eva", confirmed=False)
    await login(client, "eva")
    token = await csrf_token(client, "/g/gelderse-vallei")
    response = await client.post("/g/gelderse-vallei/join", data={"csrf_token": token})
    assert response.status_code == 403
    assert "Bevestig eerst je e-mailadres" in response.text
    assert not await Membership.filter(group_id=group.id).exists()


async def test_join_when_logged_out_goes_to_login(client: httpx.AsyncClient) -> None:
    group = await make_group()
    token = await csrf_token(client, "/login")
    response = await client.post("/g/gelderse-vallei/join", data={"csrf_token": token})
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/g/gelderse-vallei"
    assert not await Membership.filter(group_id=group.id).exists()


async def test_join_without_csrf_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    group = await make_group()
    await make_user(settings, "bert")
    await login(client, "bert")
    missing = await client.post("/g/gelderse-vallei/join", data={})
    wrong = await client.post("/g/gelderse-vallei/join", data={"csrf_token": "nope"})
    assert missing.status_code == wrong.status_code == 403
    assert "formulier is verlopen" in missing.text
    assert not await Membership.filter(group_id=group.id).exists()


async def test_unknown_group_is_404(client: httpx.AsyncClient) -> None:
    for path in ("/g/bestaat-niet", "/g/bestaat-niet/members", "/g/bestaat-niet/new"):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert "Deze groep bestaat niet." in response.text


async def test_admin_starts_a_group_and_becomes_owner(
    client: httpx.AsyncClient, admin: User
) -> None:
    await login(client, "beheer")
    token = await csrf_token(client, "/groups/new")
    form = {
        "csrf_token": token,
        "slug": "rivierenland",
        "title": "Water in Rivierenland",
        "area": "Rivierenland",
        "topic": "water",
        "description": "Over *hoog* water.",
        "rules": "Wees op tijd\n\nDeel je bronnen\n",
    }
    response = await client.post("/groups/new", data=form)
    assert response.status_code == 303
    assert response.headers["location"] == "/g/rivierenland"
    group = await Group.get(slug="rivierenland")
    assert (await Membership.get(group_id=group.id, user_id=admin.id)).role == GroupRole.OWNER
    rules = await Rule.filter(group_id=group.id).order_by("position")
    assert [(r.position, r.title) for r in rules] == [(1, "Wees op tijd"), (2, "Deel je bronnen")]
    page = await client.get("/g/rivierenland")
    assert "Je groep is gemaakt." in page.text
    assert "Over <em>hoog</em> water." in page.text


async def test_start_group_with_bad_fields_stores_nothing(client: httpx.AsyncClient) -> None:
    await make_group()
    await login(client, "beheer")
    token = await csrf_token(client, "/groups/new")
    form = {"csrf_token": token, "slug": "Gelderse Vallei!", "title": "", "area": "Vallei"}
    response = await client.post("/groups/new", data=form | {"topic": "onbekend"})
    assert response.status_code == 422
    assert 'id="f-slug-error"' in response.text and 'id="f-title-error"' in response.text
    assert "Kies een onderwerp uit de lijst." in response.text
    assert 'value="Vallei"' in response.text
    taken = await client.post(
        "/groups/new", data=form | {"slug": "gelderse-vallei", "title": "X", "topic": "water"}
    )
    assert taken.status_code == 422
    assert "Dit adres is al in gebruik." in taken.text
    long_rule = await client.post(
        "/groups/new",
        data=form | {"slug": "nieuw", "title": "X", "topic": "water", "rules": "r" * 201},
    )
    assert long_rule.status_code == 422
    assert "De eerste regel van een gedragsregel mag maximaal 200 tekens hebben." in long_rule.text
    assert await Group.all().count() == 1


async def test_owner_edits_group_and_others_may_not(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, settings: Settings
) -> None:
    group, _ = await _group_with_members(settings)
    await login(browser, "bert")
    assert (await browser.get("/g/gelderse-vallei/edit")).status_code == 403
    token = await csrf_token(browser, "/g/gelderse-vallei")
    refused = await browser.post(
        "/g/gelderse-vallei/edit",
        data={"csrf_token": token, "title": "Gekaapt", "area": "X", "topic": "water"},
    )
    assert refused.status_code == 403
    assert "Alleen eigenaren van deze groep" in refused.text
    assert (await Group.get(id=group.id)).title == "Stikstof Gelderse Vallei"

    await login(client, "anna")
    edit = await client.get("/g/gelderse-vallei/edit")
    assert edit.status_code == 200
    assert "Blijf bij het onderwerp\n\nNoem je bronnen</textarea>" in edit.text
    token = await csrf_token(client, "/g/gelderse-vallei/edit")
    data = {
        "csrf_token": token,
        "title": "Vallei samen",
        "area": "Gelderse Vallei",
        "topic": "natuur",
        "description": "Nieuw",
        "rules": "Een regel",
    }
    response = await client.post("/g/gelderse-vallei/edit", data=data)
    assert response.status_code == 303
    group = await Group.get(id=group.id)
    assert (group.title, group.topic, group.description) == ("Vallei samen", "natuur", "Nieuw")
    assert [r.title for r in await groups.rules(group)] == ["Een regel"]

    bad = await client.post("/g/gelderse-vallei/edit", data=data | {"title": ""})
    assert bad.status_code == 422
    assert (await Group.get(id=group.id)).title == "Vallei samen"


async def test_owner_makes_a_member_moderator(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, settings: Settings
) -> None:
    group, _ = await _group_with_members(settings)
    await login(browser, "bert")
    token = await csrf_token(browser, "/g/gelderse-vallei")
    refused = await browser.post(
        "/g/gelderse-vallei/members/bert/role", data={"csrf_token": token, "role": "owner"}
    )
    assert refused.status_code == 403
    bert = await Membership.get(group_id=group.id, user__username="bert")
    assert bert.role == GroupRole.MEMBER

    await login(client, "anna")
    page = await client.get("/g/gelderse-vallei/members")
    assert 'action="/g/gelderse-vallei/members/bert/role"' in page.text
    token = await csrf_token(client, "/g/gelderse-vallei/members")
    response = await client.post(
        "/g/gelderse-vallei/members/bert/role", data={"csrf_token": token, "role": "moderator"}
    )
    assert response.status_code == 303
    assert (await Membership.get(id=bert.id)).role == GroupRole.MODERATOR
    bad = await client.post(
        "/g/gelderse-vallei/members/bert/role", data={"csrf_token": token, "role": "koning"}
    )
    assert bad.status_code == 400
    assert "Kies een rol uit de lijst." in bad.text
    assert (await Membership.get(id=bert.id)).role == GroupRole.MODERATOR


async def test_home_shows_instance_my_groups_and_rules(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    await make_group()
    await Rule.create(group=None, position=1, title="Wees respectvol", body="Geen beledigingen.")
    page = await client.get("/")
    assert page.status_code == 200
    assert "<h1>Polder Gelderland</h1>" in page.text
    assert "Regio: Gelderland" in page.text
    assert "Waar is deze plek voor?" in page.text
    assert 'href="/groups"' in page.text
    assert "Wees respectvol" in page.text
    assert "Mijn gebiedsgroepen" not in page.text

    await make_user(settings, "anna")
    await login(client, "anna")
    page = await client.get("/")
    assert "Je bent nog geen lid van een gebiedsgroep." in page.text
    await groups.join(await User.get(username="anna"), await Group.get(slug="gelderse-vallei"))
    page = await client.get("/")
    assert 'href="/g/gelderse-vallei"' in page.text


async def test_the_only_owner_cannot_step_down(settings: Settings) -> None:
    from server.services.errors import Forbidden

    owner = await make_user(settings, "eigenaar")
    group = await make_group(owner)
    with pytest.raises(Forbidden):
        await groups.set_role(owner, group, "eigenaar", "member")
    membership = await groups.membership(owner, group)
    assert membership is not None and membership.role == "owner"
