"""Reports reach a group's moderators on other instances, in-process: a report in a local group
is forwarded as the group's Flag to each remote moderator (never naming the reporter); a
forwarded Flag for one of our people waits on their "elsewhere" page, and deciding there sends
their Delete to the group; a forwarded Flag for someone who is not a member is refused."""

from __future__ import annotations

import httpx
import pytest

from federation import moderator_publish, publish
from federation.handlers import Rejected
from moderation import flags, forwarding
from server.config import Settings
from server.models import (
    Activity,
    Flag,
    FlagState,
    ForwardedReport,
    GroupRole,
    Membership,
    Post,
    User,
)
from server.services.clock import now
from tests.app.moderation_setup import scene
from tests.app.test_handlers_social import activity, apply, remote_group, remote_user
from tests.conftest import csrf_token, login, make_user


async def test_a_report_is_forwarded_to_remote_moderators_without_the_reporter(
    settings: Settings,
) -> None:
    s = await scene(settings)
    mia = await remote_user("mia", "polder.example")
    await Membership.create(group_id=s.group.id, user=mia, role=GroupRole.MODERATOR)
    await Membership.create(group_id=s.group.id, user=await remote_user("jan", "lemmy.example"))
    await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id, "Geen bron.")
    [forwarded] = await Activity.filter(type="Flag")
    payload = forwarded.payload
    assert payload["actor"] == "http://testserver/g/gelderse-vallei"
    assert payload["to"] == [mia.ap_id] and payload["object"] == f"http://testserver/p/{s.post.id}"
    assert payload["summary"] == s.rule.title and payload["content"] == "Geen bron."
    assert s.members[0].username not in str(payload)
    assert [d.inbox_url for d in await forwarded.deliveries] == [mia.inbox_url]


async def test_a_report_and_its_forwards_commit_together(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = await scene(settings)
    mia = await remote_user("mia", "polder.example")
    await Membership.create(group_id=s.group.id, user=mia, role=GroupRole.MODERATOR)

    async def broken(*args: object, **kwargs: object) -> str:
        raise OSError("the disk is full")

    monkeypatch.setattr(moderator_publish, "report_forwarded", broken)
    with pytest.raises(OSError):
        await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id, "Geen bron.")
    # Neither the report nor a forward stands: the person can simply report again.
    assert not await Flag.exists(post_id=s.post.id)
    monkeypatch.undo()
    await flags.record(settings, s.members[0], "post", s.post.id, s.rule.id, "Geen bron.")
    assert await Flag.filter(post_id=s.post.id).count() == 1
    assert await Activity.filter(type="Flag").count() == 1


async def _remote_post(author: User, group_host: str) -> tuple[Post, dict[str, object]]:
    group = await remote_group("water", group_host)
    post = await Post.create(
        group=group, author=author, title="Koop mest", body="x", body_html="<p>x</p>",
        ap_id=f"https://{group_host}/post/7", created_at=now(),
    )  # fmt: skip
    return post, {"group": group}


async def test_a_forwarded_report_is_decided_here_and_the_delete_goes_to_the_group(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    mia = await make_user(settings, "mia")
    post, parts = await _remote_post(await remote_user("sam", "lemmy.example"), "lemmy.example")
    group = parts["group"]
    await Membership.create(group=group, user=mia, accepted=True)
    flag = activity("Flag", group, post.ap_id, to=["http://testserver/u/mia"],
                    summary="Blijf bij het onderwerp", content="Reclame")  # fmt: skip
    await apply(settings, flag)
    await apply(settings, flag)  # the same Flag again keeps one report
    [report] = await ForwardedReport.all()
    assert report.moderator_id == mia.id and report.note == "Reclame"
    await login(client, "mia")
    page = await client.get("/reports/elsewhere")
    assert "Koop mest" in page.text and "Reclame" in page.text
    token = await csrf_token(client, "/reports/elsewhere")
    sent = await client.post(
        f"/reports/elsewhere/{report.id}",
        data={"csrf_token": token, "decision": "uphold", "reason": "Spam"},
    )
    assert sent.status_code == 303
    [delete] = await Activity.filter(type="Delete")
    assert delete.payload["actor"] == "http://testserver/u/mia"
    assert delete.payload["object"] == post.ap_id and delete.payload["summary"] == "Spam"
    assert [d.inbox_url for d in await delete.deliveries] == [group.inbox_url]
    assert "Koop mest" not in (await client.get("/reports/elsewhere")).text


async def test_a_forwarded_report_for_someone_who_is_not_a_member_is_refused(
    settings: Settings,
) -> None:
    await make_user(settings, "mia")
    post, parts = await _remote_post(await remote_user("sam", "lemmy.example"), "lemmy.example")
    flag = activity("Flag", parts["group"], post.ap_id, to=["http://testserver/u/mia"],
                    summary="Regel", content="Reclame")  # fmt: skip
    with pytest.raises(Rejected):
        await apply(settings, flag)
    assert await ForwardedReport.all().count() == 0


async def test_a_refused_decision_is_answered_with_the_groups_reject(settings: Settings) -> None:
    """On the group's instance: a Delete or an Undo of the group's Flag by someone who does
    not moderate the group is refused, and they hear it once, with the reason."""
    s = await scene(settings)
    mia = await remote_user("mia", "polder.example")
    await Membership.create(group_id=s.group.id, user=mia)  # a member, no moderator
    post_url = f"http://testserver/p/{s.post.id}"
    delete = activity("Delete", mia, post_url, summary="Spam")
    for _ in range(2):
        with pytest.raises(Rejected):
            await apply(settings, delete)
    undo = activity("Undo", mia, {"id": "http://testserver/activities/flag/1", "type": "Flag",
                                  "actor": "http://testserver/g/gelderse-vallei",
                                  "object": post_url})  # fmt: skip
    with pytest.raises(Rejected):
        await apply(settings, undo)
    assert (await Post.get(id=s.post.id)).deleted_at is None
    rejects = await Activity.filter(type="Reject").order_by("id")
    assert [r.payload["object"]["id"] for r in rejects] == [delete["id"], undo["id"]]
    for reject in rejects:
        assert reject.payload["actor"] == "http://testserver/g/gelderse-vallei"
        assert reject.payload["to"] == [mia.ap_id]
        assert reject.payload["summary"] == moderator_publish.NOT_A_MODERATOR
        assert [d.inbox_url for d in await reject.deliveries] == [mia.inbox_url]


async def test_the_groups_reject_opens_the_report_again_with_its_reason(
    settings: Settings, client: httpx.AsyncClient
) -> None:
    """On the moderator's instance: the group refused Mia's restore; her report is open again
    and says why. A Reject from another group, or of something she did not send, does nothing."""
    publish.configure(settings)
    mia = await make_user(settings, "mia")
    post, parts = await _remote_post(await remote_user("sam", "lemmy.example"), "lemmy.example")
    group = parts["group"]
    await Membership.create(group=group, user=mia, accepted=True)
    mia_url = "http://testserver/u/mia"
    flag = activity("Flag", group, post.ap_id, to=[mia_url],
                    summary="Blijf bij het onderwerp", content="Reclame")  # fmt: skip
    await apply(settings, flag)
    [report] = await ForwardedReport.all()
    await forwarding.decide(mia, report.id, "restore", "Mag blijven")
    [undo] = await Activity.filter(type="Undo")
    refused = {"id": undo.ap_id, "type": "Undo", "actor": mia_url, "object": flag["id"]}
    other = await remote_group("mest", "other.example")
    await apply(settings, activity("Reject", other, refused, summary="Nee"))
    await apply(settings, activity("Reject", group, {**refused, "id": f"{undo.ap_id}x"}))
    assert (await ForwardedReport.get(id=report.id)).state == FlagState.DISMISSED

    await apply(settings, activity("Reject", group, refused, summary="Not a moderator"))
    again = await ForwardedReport.get(id=report.id)
    assert again.state == FlagState.OPEN and again.decided_at is None
    assert again.refusal == "Not a moderator"
    await login(client, "mia")
    page = await client.get("/reports/elsewhere")
    assert "nam je besluit niet aan" in page.text and "Not a moderator" in page.text
    # Deciding again clears it.
    await forwarding.decide(mia, report.id, "uphold", "Toch spam")
    assert (await ForwardedReport.get(id=report.id)).refusal == ""
    publish.configure(None)
