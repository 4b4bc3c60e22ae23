"""Flags through the moderation services: who may flag, what counts, hiding exactly once."""

from __future__ import annotations

import asyncio

import pytest

from moderation import flags, review
from server.config import Settings
from server.models import (
    AppendOnly,
    Flag,
    FlagState,
    LogAction,
    ModLogEntry,
    Post,
    Reply,
    Rule,
    User,
)
from server.services import groups, posts
from server.services.errors import Conflict, Forbidden, Invalid, NotFound, RateLimited
from tests.app.moderation_setup import age, scene
from tests.conftest import make_group, make_user


async def _flag(settings: Settings, user: User, post: Post, rule: Rule) -> flags.Recorded:
    return await flags.record(settings, user, "post", post.id, rule.id, "Dit klopt niet.")


async def test_three_members_hide_a_post_with_one_log_entry(settings: Settings) -> None:
    s = await scene(settings)
    first = await _flag(settings, s.members[0], s.post, s.rule)
    assert first.decision is not None and not first.decision.hide
    assert first.decision.explain().startswith("1 of 3 needed")
    await _flag(settings, s.members[1], s.post, s.rule)
    third = await _flag(settings, s.members[2], s.post, s.rule)
    assert third.hidden_now and third.decision is not None and third.decision.hide
    await s.post.refresh_from_db()
    assert s.post.hidden_at is not None
    [entry] = await ModLogEntry.filter(action=LogAction.HIDE)
    assert entry.item_key == f"post:{s.post.id}"
    assert entry.rule_title == "Blijf bij het onderwerp"
    assert entry.detail["counted"] == 3 and entry.detail["needed"] == 3
    assert entry.moderator_name == ""  # nobody decided: the members' flags did
    # A fourth flag does not hide again.
    fourth = await _flag(settings, s.members[3], s.post, s.rule)
    assert not fourth.hidden_now
    assert await ModLogEntry.filter(action=LogAction.HIDE).count() == 1


async def test_non_member_cannot_flag(settings: Settings) -> None:
    s = await scene(settings)
    outsider = await make_user(settings, "buiten")
    with pytest.raises(Forbidden):
        await _flag(settings, outsider, s.post, s.rule)
    assert await Flag.all().count() == 0


async def test_double_flag_is_refused_and_withdraw_then_again_works(settings: Settings) -> None:
    s = await scene(settings)
    await _flag(settings, s.members[0], s.post, s.rule)
    with pytest.raises(Conflict):
        await _flag(settings, s.members[0], s.post, s.rule)
    assert await Flag.filter(flagger_id=s.members[0].id).count() == 1
    await flags.withdraw(s.members[0], "post", s.post.id)
    flag = await Flag.get(flagger_id=s.members[0].id)
    assert flag.state == FlagState.WITHDRAWN
    with pytest.raises(NotFound):
        await flags.withdraw(s.members[0], "post", s.post.id)
    await _flag(settings, s.members[0], s.post, s.rule)
    await flag.refresh_from_db()
    assert flag.state == FlagState.OPEN


async def test_withdrawn_flags_do_not_count(settings: Settings) -> None:
    s = await scene(settings)
    await _flag(settings, s.members[0], s.post, s.rule)
    await _flag(settings, s.members[1], s.post, s.rule)
    await flags.withdraw(s.members[1], "post", s.post.id)
    third = await _flag(settings, s.members[2], s.post, s.rule)
    assert third.decision is not None and third.decision.counted == 2
    assert not third.hidden_now


async def test_flag_on_missing_or_removed_item(settings: Settings) -> None:
    s = await scene(settings)
    with pytest.raises(NotFound):
        await flags.record(settings, s.members[0], "post", 999_999, s.rule.id)
    with pytest.raises(NotFound):
        await flags.record(settings, s.members[0], "reply", 999_999, s.rule.id)
    with pytest.raises(NotFound):
        await flags.record(settings, s.members[0], "event", 1, s.rule.id)
    await review.uphold(s.owner, "post", s.post.id, s.rule.id, "Off topic")
    with pytest.raises(NotFound):
        await _flag(settings, s.members[0], s.post, s.rule)
    deleted = await posts.create_post(s.author, s.group, "Weg", "Straks weg.")
    await posts.delete_post(s.author, deleted)
    with pytest.raises(NotFound):
        await _flag(settings, s.members[0], deleted, s.rule)
    assert await Flag.all().count() == 0


async def test_flag_citing_another_groups_rule_is_refused(settings: Settings) -> None:
    s = await scene(settings)
    other = await make_group(None, slug="achterhoek")
    foreign = await Rule.get(group_id=other.id, position=1)
    with pytest.raises(Invalid) as caught:
        await _flag(settings, s.members[0], s.post, foreign)
    assert "rule" in caught.value.fields
    with pytest.raises(Invalid):
        await flags.record(settings, s.members[0], "post", s.post.id, None)
    assert await Flag.all().count() == 0


async def test_instance_rules_may_be_cited(settings: Settings) -> None:
    s = await scene(settings)
    rule = await Rule.create(group=None, position=1, title="Wees beleefd")
    recorded = await _flag(settings, s.members[0], s.post, rule)
    assert recorded.flag.rule_scope == "instance"


async def test_author_cannot_flag_own_post(settings: Settings) -> None:
    s = await scene(settings)
    with pytest.raises(Forbidden):
        await _flag(settings, s.author, s.post, s.rule)


async def test_mass_of_new_accounts_does_not_count(settings: Settings) -> None:
    s = await scene(settings, members=1)
    newcomers = []
    for i in range(8):
        person = await make_user(settings, f"nieuw{i}", organisation=f"Org {i}")
        await groups.join(person, s.group)
        newcomers.append(person)
    for person in newcomers:
        recorded = await _flag(settings, person, s.post, s.rule)
        assert recorded.decision is not None and recorded.decision.counted == 0
    await s.post.refresh_from_db()
    assert s.post.hidden_at is None
    assert await ModLogEntry.all().count() == 0


async def test_members_who_joined_after_the_post_do_not_count(settings: Settings) -> None:
    s = await scene(settings, members=0)
    late = []
    for i in range(4):
        person = await make_user(settings, f"laat{i}", organisation=f"Org {i}")
        await groups.join(person, s.group)
        await User.filter(id=person.id).update(created_at=s.post.created_at.replace(year=2020))
        late.append(person)
    for person in late:
        recorded = await _flag(settings, person, s.post, s.rule)
        assert recorded.decision is not None and recorded.decision.counted == 0


async def test_concurrent_flags_crossing_the_threshold_hide_once(settings: Settings) -> None:
    s = await scene(settings, members=6)
    results = await asyncio.gather(
        *(_flag(settings, person, s.post, s.rule) for person in s.members)
    )
    assert sum(result.hidden_now for result in results) == 1
    assert await ModLogEntry.filter(action=LogAction.HIDE).count() == 1
    assert await Flag.filter(state=FlagState.OPEN).count() == 6


async def test_replies_can_be_flagged_and_hidden(settings: Settings) -> None:
    s = await scene(settings)
    reply = await posts.create_reply(s.author, s.post, "Een reactie.")
    for person in s.members[:3]:
        await flags.record(settings, person, "reply", reply.id, s.rule.id)
    await reply.refresh_from_db()
    assert reply.hidden_at is not None
    await s.post.refresh_from_db()
    assert s.post.hidden_at is None
    assert (await ModLogEntry.get(action=LogAction.HIDE)).item_key == f"reply:{reply.id}"
    assert await Reply.filter(hidden_at__isnull=False).count() == 1


async def test_flagging_is_rate_limited(settings: Settings) -> None:
    s = await scene(settings, members=1)
    flagger = s.members[0]
    made = [
        await posts.create_post(s.author, s.group, f"Bericht {i}", "Tekst")
        for i in range(flags.FLAGS_PER_HOUR + 1)
    ]
    for post in made[:-1]:
        await _flag(settings, flagger, post, s.rule)
    with pytest.raises(RateLimited):
        await _flag(settings, flagger, made[-1], s.rule)
    assert await Flag.filter(flagger_id=flagger.id).count() == flags.FLAGS_PER_HOUR


async def test_log_entries_cannot_be_changed(settings: Settings) -> None:
    s = await scene(settings)
    for person in s.members[:3]:
        await _flag(settings, person, s.post, s.rule)
    entry = await ModLogEntry.get(action=LogAction.HIDE)
    entry.reason = "anders"
    with pytest.raises(AppendOnly):
        await entry.save()
    with pytest.raises(AppendOnly):
        await entry.delete()
    # Also below the ORM's objects: the database refuses the update itself.
    with pytest.raises(Exception, match="append-only"):
        await ModLogEntry.filter(id=entry.id).update(reason="anders")
    await entry.refresh_from_db()
    assert entry.reason == ""


async def test_stricter_group_policy_needs_more_flags(settings: Settings) -> None:
    from moderation import thresholds

    s = await scene(settings, members=5)
    form = thresholds.PolicyForm(min_flags=4, share_percent=5, min_account_age_days=7)
    await thresholds.set_policy(settings, s.owner, s.group, form)
    for person in s.members[:3]:
        await _flag(settings, person, s.post, s.rule)
    await s.post.refresh_from_db()
    assert s.post.hidden_at is None
    fourth = await _flag(settings, s.members[3], s.post, s.rule)
    assert fourth.hidden_now
    assert await ModLogEntry.filter(action=LogAction.POLICY_CHANGE).count() == 1
    # Below the instance's bounds is refused.
    with pytest.raises(Invalid):
        low = thresholds.PolicyForm(min_flags=1, share_percent=5, min_account_age_days=7)
        await thresholds.set_policy(settings, s.owner, s.group, low)
    with pytest.raises(Forbidden):
        await thresholds.set_policy(settings, s.members[0], s.group, form)


async def test_organisations_requirement(settings: Settings) -> None:
    from moderation import thresholds

    s = await scene(settings, members=4)
    for person in s.members:
        await User.filter(id=person.id).update(organisation="LTO Noord")
    form = thresholds.PolicyForm(
        min_flags=3, share_percent=5, min_account_age_days=7, min_organisations=2
    )
    await thresholds.set_policy(settings, s.owner, s.group, form)
    for person in s.members:
        result = await _flag(settings, person, s.post, s.rule)
        assert not result.hidden_now
    assert result.decision is not None and result.decision.organisations == 1
    await age(s.owner)
    other = await flags.record(settings, s.owner, "post", s.post.id, s.rule.id)
    assert other.hidden_now
