"""Moderation in the browser, without JavaScript: flag, hidden notice, review, log, Atom."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator

import httpx
import pytest

from moderation import flags
from server.app import create_app
from server.config import Settings
from server.models import Flag, FlagState, GroupRemoval, LogAction, ModLogEntry, User
from server.services import groups, posts
from tests.app.moderation_setup import Scene, scene
from tests.conftest import csrf_token, login

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
async def other(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser with its own cookies."""
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def _post(client: httpx.AsyncClient, path: str, **fields: str) -> httpx.Response:
    token = await csrf_token(client, "/groups")
    return await client.post(path, data={"csrf_token": token, **fields})


async def _hide(settings: Settings, s: Scene) -> None:
    for person in s.members[:3]:
        await flags.record(settings, person, "post", s.post.id, s.rule.id, "Geen bron.")


async def test_member_flags_through_the_form_and_withdraws(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await login(client, s.members[0].username)
    page = await client.get(f"/p/{s.post.id}")
    assert f'href="/p/{s.post.id}/flag"' in page.text
    form = await client.get(f"/p/{s.post.id}/flag")
    assert form.status_code == 200
    assert "Blijf bij het onderwerp" in form.text and "Noem je bronnen" in form.text
    assert "Welke regel" in form.text  # Dutch by default
    sent = await _post(client, f"/p/{s.post.id}/flag", rule=str(s.rule.id), note="Off topic")
    assert sent.status_code == 303
    flag = await Flag.get(flagger_id=s.members[0].id)
    assert flag.note == "Off topic" and flag.state == FlagState.OPEN
    page = await client.get(f"/p/{s.post.id}")
    assert "Je hebt dit gemeld." in page.text
    mine = await client.get("/reports/mine")
    assert "Wacht op een moderator" in mine.text
    back = await _post(client, f"/p/{s.post.id}/unflag", next=f"/p/{s.post.id}")
    assert back.status_code == 303 and back.headers["location"] == f"/p/{s.post.id}"
    await flag.refresh_from_db()
    assert flag.state == FlagState.WITHDRAWN


async def test_flag_form_without_a_rule_shows_the_error(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await login(client, s.members[0].username)
    sent = await _post(client, f"/p/{s.post.id}/flag", rule="", note="")
    assert sent.status_code == 422
    assert "Kies een van de regels" in sent.text
    assert await Flag.all().count() == 0


async def test_form_without_csrf_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    await login(client, s.members[0].username)
    sent = await client.post(f"/p/{s.post.id}/flag", data={"rule": str(s.rule.id)})
    assert sent.status_code == 403
    assert await Flag.all().count() == 0


async def test_non_member_sees_no_form_and_cannot_post(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await login(client, "beheer")  # the admin is no member of the group
    await groups.leave(await User.get(username="beheer"), s.group)
    form = await client.get(f"/p/{s.post.id}/flag")
    assert "Alleen leden van deze groep kunnen melden." in form.text
    sent = await _post(client, f"/p/{s.post.id}/flag", rule=str(s.rule.id))
    assert sent.status_code == 403
    assert await Flag.all().count() == 0


async def test_hidden_post_is_collapsed_for_others_and_explained_to_the_author(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await _hide(settings, s)
    anonymous = await other.get(f"/p/{s.post.id}")
    assert "Een gewoon bericht." not in anonymous.text
    assert "verborgen na meldingen" in anonymous.text
    feed = await other.get(f"/g/{s.group.slug}")
    assert "Mest en water" not in feed.text and "Verborgen bericht" in feed.text
    await login(client, s.author.username)
    own = await client.get(f"/p/{s.post.id}")
    assert "Een gewoon bericht." in own.text
    assert "regel 1: Blijf bij het onderwerp" in own.text and "3 meldingen" in own.text
    # The author never learns who flagged.
    for person in s.members[:3]:
        assert person.name not in own.text
    sent = await _post(client, f"/p/{s.post.id}/appeal", body="Dit gaat wel over stikstof.")
    assert sent.status_code == 303
    own = await client.get(f"/p/{s.post.id}")
    assert "Dit gaat wel over stikstof." in own.text


async def test_moderator_reviews_and_upholds(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    lower = await posts.create_post(s.author, s.group, "Tweede", "Nog een bericht.")
    await flags.record(settings, s.members[0], "post", lower.id, s.rule.id, "Twijfel")
    await _hide(settings, s)
    await login(client, s.owner.username)
    queue = await client.get(f"/g/{s.group.slug}/reports")
    assert queue.status_code == 200
    # Hidden first, then flagged below the threshold.
    assert queue.text.index("Mest en water") < queue.text.index("Tweede")
    assert "Geen bron." in queue.text and "3 van 3 meldingen nodig" in queue.text
    sent = await _post(
        client,
        f"/reports/post/{s.post.id}/uphold",
        rule=str(s.rule.id),
        reason="Niet over het gebied",
        next=f"/g/{s.group.slug}/reports",
    )
    assert sent.status_code == 303
    await s.post.refresh_from_db()
    assert s.post.removed_at is not None and s.post.body == ""
    entry = await ModLogEntry.get(action=LogAction.UPHOLD)
    assert entry.moderator_name == s.owner.name
    log = await other.get("/modlog")
    assert "Verwijderd door een moderator" in log.text and s.owner.name in log.text
    assert "Niet over het gebied" in log.text and "Een gewoon bericht." not in log.text
    page = await other.get(f"/p/{s.post.id}")
    assert "verwijderd door een moderator" in page.text


async def test_non_moderator_gets_403_on_queue_and_decisions(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await _hide(settings, s)
    await login(client, s.members[3].username)
    assert (await client.get(f"/g/{s.group.slug}/reports")).status_code == 403
    sent = await _post(client, f"/reports/post/{s.post.id}/uphold", rule=str(s.rule.id))
    assert sent.status_code == 403
    sent = await _post(client, f"/reports/post/{s.post.id}/restore")
    assert sent.status_code == 403
    assert (await client.get(f"/g/{s.group.slug}/removals")).status_code == 403
    await s.post.refresh_from_db()
    assert s.post.removed_at is None and s.post.hidden_at is not None
    assert await ModLogEntry.filter(action__in=[LogAction.UPHOLD, LogAction.RESTORE]).count() == 0


async def test_restore_dismisses_the_flags_for_good(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await _hide(settings, s)
    await login(client, s.owner.username)
    sent = await _post(client, f"/reports/post/{s.post.id}/restore", reason="Valt mee")
    assert sent.status_code == 303
    await s.post.refresh_from_db()
    assert s.post.hidden_at is None
    assert await Flag.filter(state=FlagState.DISMISSED).count() == 3
    # The same three cannot flag again, and a fourth alone does not hide it.
    fourth = await flags.record(settings, s.members[3], "post", s.post.id, s.rule.id)
    assert fourth.decision is not None and fourth.decision.counted == 1 and not fourth.hidden_now
    mine = await client.get("/modlog?type=restore")
    assert "Teruggezet door een moderator" in mine.text


async def test_member_removal_and_lifting(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    target = s.members[0]
    await login(client, s.owner.username)
    sent = await _post(
        client, f"/g/{s.group.slug}/removals", action="remove", username=target.username,
        days="7", reason="Schelden",
    )  # fmt: skip
    assert sent.status_code == 303
    assert await groups.membership(target, s.group) is None
    with pytest.raises(Exception, match="removed you"):
        await groups.join(target, s.group)
    page = await client.get(f"/g/{s.group.slug}/removals")
    assert target.name in page.text
    sent = await _post(
        client,
        f"/g/{s.group.slug}/removals",
        action="lift",
        username=target.username,
        reason="Excuses",
    )
    assert sent.status_code == 303
    assert (await GroupRemoval.get(user_id=target.id)).lifted_at is not None
    await groups.join(target, s.group)
    actions = await ModLogEntry.all().order_by("id").values_list("action", flat=True)
    assert actions == [LogAction.REMOVE_MEMBER, LogAction.LIFT_REMOVAL]


async def test_modlog_filters_and_atom_feed_is_valid_xml(
    other: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    t = await scene(settings, slug="achterhoek")
    await _hide(settings, s)
    await _hide(settings, t)
    by_group = await other.get("/g/achterhoek/modlog")
    assert by_group.status_code == 200
    assert by_group.text.count('class="card" id="log-') == 1
    assert (await other.get("/modlog?type=nonsense")).status_code == 400
    feed = await other.get("/modlog.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    stamps = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert all(re.match(r"\d{4}-\d\d-\d\dT.*Z$", stamp) for stamp in stamps)
    one = ET.fromstring((await other.get("/modlog.atom?group=achterhoek")).content)
    assert len(one.findall(f"{ATOM}entry")) == 1


async def test_pages_in_english(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    await _hide(settings, s)
    await client.get("/lang/en")
    page = await client.get(f"/p/{s.post.id}")
    assert "hidden after reports from members" in page.text
    log = await client.get("/modlog")
    assert "Moderation log" in log.text and "Hidden after reports" in log.text
    await login(client, s.members[3].username)
    form = await client.get(f"/p/{s.post.id}/flag")
    assert "Which rule does this break?" in form.text


async def test_reply_flag_queue_and_my_reports(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    reply = await posts.create_reply(s.author, s.post, "Koop mijn *mest*.")
    await login(other, s.members[0].username)
    form = await other.get(f"/c/{reply.id}/flag")
    assert form.status_code == 200 and "Een reactie melden" in form.text
    sent = await _post(other, f"/c/{reply.id}/flag", rule=str(s.rule.id), note="Reclame")
    assert sent.status_code == 303 and sent.headers["location"] == f"/c/{reply.id}"
    for person in s.members[1:3]:
        await flags.record(settings, person, "reply", reply.id, s.rule.id)
    thread = await other.get(f"/p/{s.post.id}")
    assert "Koop mijn" not in thread.text and "verborgen na meldingen" in thread.text
    mine = await other.get("/reports/mine")
    assert f'href="/c/{reply.id}"' in mine.text and "Wacht op een moderator" in mine.text
    await login(client, s.owner.username)
    queue = await client.get("/reports")
    assert "Reactie bij “Mest en water”" in queue.text and "Koop mijn" in queue.text
    sent = await _post(
        client, f"/reports/reply/{reply.id}/note", body="Lijkt reclame", next="/reports"
    )
    assert sent.status_code == 303
    queue = await client.get("/reports")
    assert "Lijkt reclame" in queue.text
    sent = await _post(client, f"/reports/reply/{reply.id}/uphold", rule=str(s.rule.id))
    assert sent.status_code == 303
    thread = await other.get(f"/p/{s.post.id}")
    assert "Deze reactie is verwijderd door een moderator." in thread.text
    assert "regel 1: Blijf bij het onderwerp" in thread.text
    mine = await other.get("/reports/mine")
    assert "Melding terecht: verwijderd" in mine.text


async def test_owner_sets_thresholds_within_the_instance_bounds(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await login(client, s.owner.username)
    page = await client.get(f"/g/{s.group.slug}/moderation")
    assert page.status_code == 200 and 'value="3"' in page.text
    fields = {"min_flags": "2", "share_percent": "5", "min_account_age_days": "7",
              "min_organisations": "1"}  # fmt: skip
    refused = await _post(client, f"/g/{s.group.slug}/moderation", **fields)
    assert refused.status_code == 422 and "Kies een getal van 3 tot en met 100." in refused.text
    fields["min_flags"] = "5"
    saved = await _post(client, f"/g/{s.group.slug}/moderation", **fields)
    assert saved.status_code == 303
    assert (await ModLogEntry.get(action=LogAction.POLICY_CHANGE)).detail["min_flags"] == 5
    await login(other, s.members[0].username)
    assert (await other.get(f"/g/{s.group.slug}/moderation")).status_code == 403


async def test_rule_change_is_logged(client: httpx.AsyncClient, settings: Settings) -> None:
    s = await scene(settings)
    form = groups.GroupForm(
        slug=s.group.slug, title=s.group.title, area=s.group.area, topic="stikstof",
        rules=("Blijf bij het onderwerp", "Noem je bronnen", "Geen reclame"),
    )  # fmt: skip
    await groups.update_group(s.owner, s.group, form)
    entry = await ModLogEntry.get(action=LogAction.RULE_CHANGE)
    assert entry.moderator_name == s.owner.name
    # Saving the same rules again is no change.
    await groups.update_group(s.owner, s.group, form)
    assert await ModLogEntry.filter(action=LogAction.RULE_CHANGE).count() == 1
    page = await client.get(f"/g/{s.group.slug}/modlog?type=rule_change")
    assert "Gedragsregels veranderd" in page.text


async def test_admin_blocks_an_instance_in_public(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    from server.models import RemoteInstance

    s = await scene(settings)
    await login(other, s.owner.username)  # owner of a group, not an admin
    assert (await other.get("/admin/instances")).status_code == 403
    await login(client, "beheer")
    refused = await _post(client, "/admin/instances", action="block", host="testserver")
    assert refused.status_code == 422
    sent = await _post(
        client, "/admin/instances", action="block", host="https://Spam.Example/", reason="Spam"
    )
    assert sent.status_code == 303
    assert (await RemoteInstance.get(host="spam.example")).blocked
    log = await other.get("/modlog?type=instance_block")
    assert "spam.example" in log.text and "Server geblokkeerd" in log.text
    sent = await _post(client, "/admin/instances", action="unblock", host="spam.example")
    assert sent.status_code == 303
    assert not (await RemoteInstance.get(host="spam.example")).blocked
    assert await ModLogEntry.filter(action=LogAction.INSTANCE_UNBLOCK).count() == 1


async def test_modlog_with_odd_filters(other: httpx.AsyncClient, settings: Settings) -> None:
    assert (await other.get("/modlog?group=bestaat-niet")).status_code == 404
    assert (await other.get("/modlog?group=a%00b")).status_code == 404
    assert (await other.get("/modlog?cursor=abc")).status_code == 400
    empty = await other.get("/modlog.atom")
    assert ET.fromstring(empty.content).findall(f"{ATOM}entry") == []


async def test_flag_page_never_shows_hidden_or_removed_words(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    s = await scene(settings)
    await _hide(settings, s)
    await login(client, s.members[3].username)
    page = await client.get(f"/p/{s.post.id}/flag")
    assert page.status_code == 200
    assert "Een gewoon bericht." not in page.text and "verborgen na meldingen" in page.text
    await _post(client, f"/p/{s.post.id}/flag", rule=str(s.rule.id))
    from moderation import review

    await review.uphold(s.owner, "post", s.post.id, s.rule.id)
    page = await client.get(f"/p/{s.post.id}/flag")
    assert "Dit is al verwijderd." in page.text and 'name="rule"' not in page.text


async def test_admin_limits_an_instance_in_public(
    client: httpx.AsyncClient, other: httpx.AsyncClient, settings: Settings
) -> None:
    from server.models import RemoteInstance

    await scene(settings)
    await login(client, "beheer")
    sent = await _post(
        client, "/admin/instances", action="limit", host="spam.example", reason="Reclame"
    )
    assert sent.status_code == 303
    found = await RemoteInstance.get(host="spam.example")
    assert found.limited and not found.blocked
    page = await client.get("/admin/instances")
    assert "spam.example" in page.text.split("Nu beperkt")[1]
    log = await other.get("/modlog?type=instance_limit")
    assert "spam.example" in log.text and "Server beperkt" in log.text
    again = await _post(client, "/admin/instances", action="limit", host="spam.example")
    assert again.status_code == 409
    sent = await _post(client, "/admin/instances", action="unlimit", host="spam.example")
    assert sent.status_code == 303
    assert not (await RemoteInstance.get(host="spam.example")).limited
    assert await ModLogEntry.filter(action=LogAction.INSTANCE_UNLIMIT).count() == 1
