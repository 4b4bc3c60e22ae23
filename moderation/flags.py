"""Flags: a member reports that a post or reply breaks a rule; enough of them hide it.

Recording a flag, evaluating the policy and hiding happen in one transaction that first locks
the item's row (PostgreSQL; SQLite has one writer at a time anyway). Two flags that cross the
threshold at the same moment are therefore decided one after the other: the second finds the
item hidden, and the conditional update that hides (`hidden_at IS NULL`) changes nothing, so
there is exactly one hide and one log entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tortoise.exceptions import IntegrityError

from federation import publish
from federation.urls import Urls
from moderation import forwarding, items, log, thresholds
from moderation.items import Item
from moderation.policy import Decision, FlagFacts, decide
from server.config import Settings
from server.db import transaction
from server.models import Flag, FlagState, LogAction, Membership, Post, Reply, Rule, User
from server.services import notifications, ratelimit
from server.services.clock import now
from server.services.errors import N_, Conflict, Forbidden, NotFound, RateLimited

FLAGS_PER_HOUR = 20


@dataclass(frozen=True)
class Recorded:
    flag: Flag
    decision: Decision | None  # None for an item in a group of another instance
    hidden_now: bool


async def _require_flagger(user: User, item: Item) -> None:
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))
    if await items.member(user, item.group) is None:
        raise Forbidden(N_("Only members of this group can report."))
    if item.author_id == user.id:
        raise Forbidden(N_("You cannot report what you wrote yourself."))
    if item.gone:
        raise NotFound(N_("This was removed or deleted already."))


async def _limit(user: User) -> None:
    if await ratelimit.attempt(f"flag:{user.id}", FLAGS_PER_HOUR, timedelta(hours=1)) is None:
        raise RateLimited(N_("You reported many things in a short time. Try again in an hour."))


async def record(
    settings: Settings, user: User, kind: str, item_id: int, rule_id: int | None, note: str = ""
) -> Recorded:
    """One flag by `user`; hides the item when the policy says so."""
    item = await items.load(kind, item_id)
    note = items.check_text("note", note)
    await _require_flagger(user, item)
    # A group of another instance keeps its rules there; the report's note says what is wrong.
    remote = bool(item.group.domain)
    rule = None if remote and rule_id is None else await items.rule_of(item.group, rule_id)
    await _limit(user)
    try:
        # The report and what it sends (to the group's instance, or to the group's moderators
        # elsewhere) commit together: a crash cannot keep one without the other.
        async with publish.transaction():
            item = await items.load(kind, item_id)  # locked until the end of the transaction
            if item.gone:
                raise NotFound(N_("This was removed or deleted already."))
            flag = await _store(user, item, _cited(rule), note)
            decision, hidden = (None, False) if remote else await evaluate(settings, item)
            if remote:
                await _send(settings, user, item, flag)
            else:
                await forwarding.forward(settings, item, flag)
    except IntegrityError:
        # A double click raced us: the other request stored this person's flag.
        raise Conflict(N_("You have already reported this.")) from None
    return Recorded(flag, decision, hidden)


def _cited(rule: Rule | None, fallback: str = "") -> dict[str, Any]:
    if rule is None:
        return {"rule": None, "rule_title": fallback[:200], "rule_position": 0,
                "rule_scope": "remote"}  # fmt: skip
    return {"rule": rule, "rule_title": rule.title, "rule_position": rule.position,
            "rule_scope": items.rule_scope(rule)}  # fmt: skip


async def _send(settings: Settings, user: User, item: Item, flag: Flag) -> None:
    """Publishes the report to the group's instance, after it is stored here."""
    flag_id = Urls(settings.base_url).new_activity()
    await Flag.filter(id=flag.id).update(ap_id=flag_id)
    await publish.flag_sent(
        settings, user, item.group, item.target, flag_id, rule_title=flag.rule_title,
        note=flag.note,
    )  # fmt: skip


async def _store(
    user: User, item: Item, cited: dict[str, Any], note: str, ap_id: str | None = None
) -> Flag:
    existing = await Flag.get_or_none(item_key=item.key, flagger_id=user.id)
    values: dict[str, Any] = {**cited, "note": note, "created_at": now()}
    if existing is None:
        return await Flag.create(
            item_key=item.key,
            group=item.group,
            post=item.post,
            reply=item.reply,
            flagger=user,
            state=FlagState.OPEN,
            ap_id=ap_id,
            **values,
        )
    if existing.state == FlagState.OPEN:
        raise Conflict(N_("You have already reported this."))
    if existing.state != FlagState.WITHDRAWN:
        # A moderator decided on this person's flag; asking again would undo a restore.
        raise Conflict(N_("You reported this before and a moderator has decided."))
    await Flag.filter(id=existing.id, state=FlagState.WITHDRAWN).update(
        state=FlagState.OPEN, decided_at=None, **values
    )
    await existing.refresh_from_db()
    return existing


async def receive(
    settings: Settings, person: User, kind: str, item_id: int, *, reason: str, note: str, ap_id: str
) -> Recorded | None:
    """A `Flag` from another instance about an item here. It is kept as a report whoever sent
    it; the policy counts it only when the sender is a member (as any local flag). Receiving
    the same activity again, or a second report by the same person, changes nothing."""
    item = await items.load(kind, item_id)
    if item.gone or item.group.domain or await Flag.exists(ap_id=ap_id):
        return None
    rule = await items.rule_titled(item.group, reason)
    cited = _cited(rule, fallback=reason)
    note = plain(note)
    async with publish.transaction():
        item = await items.load(kind, item_id)
        if item.gone or await Flag.exists(item_key=item.key, flagger_id=person.id):
            return None
        flag = await _store(person, item, cited, note, ap_id)
        decision, hidden = await evaluate(settings, item)
        await forwarding.forward(settings, item, flag)
    return Recorded(flag, decision, hidden)


def plain(text: str) -> str:
    """A remote report's note, as plain text of a sane length (Mastodon sends its comment)."""
    return text.replace("\x00", "").strip()[: items.MAX_NOTE]


async def withdraw(user: User, kind: str, item_id: int) -> None:
    """A withdrawn flag no longer counts; an item it helped hide stays hidden until a
    moderator decides (see docs/architecture.md)."""
    item = await items.load(kind, item_id)
    async with transaction():
        flag = await Flag.get_or_none(item_key=item.key, flagger_id=user.id, state=FlagState.OPEN)
        changed = flag is not None and await Flag.filter(id=flag.id, state=FlagState.OPEN).update(
            state=FlagState.WITHDRAWN, decided_at=now()
        )
    if not changed or flag is None:
        raise NotFound(N_("You have no open report about this."))
    settings = publish.configured()  # None in a bare command line: nothing federates
    if item.group.domain and flag.ap_id and settings is not None:
        await publish.flag_withdrawn(settings, user, item.group, item.target, flag.ap_id)


async def withdraw_received(person: User, flag_ap_id: str) -> bool:
    """An `Undo` of a person's `Flag` from another instance; False when there is no such open
    report of theirs."""
    changed = await Flag.filter(
        ap_id=flag_ap_id, flagger_id=person.id, state=FlagState.OPEN
    ).update(state=FlagState.WITHDRAWN, decided_at=now())
    return bool(changed)


async def facts(item: Item) -> list[FlagFacts]:
    """What the policy needs to know of each open flag on the item."""
    flags = await Flag.filter(item_key=item.key, state=FlagState.OPEN).select_related("flagger")
    flagger_ids = [flag.flagger_id for flag in flags]
    members = {
        m.user_id: m
        for m in await Membership.filter(
            group_id=item.group.id, user_id__in=flagger_ids, accepted=True
        )
    }
    return [
        FlagFacts(
            flagger=str(flag.flagger_id),
            organisation=flag.flagger.organisation,
            is_member=flag.flagger_id in members,
            # A remote person's row is made when this instance first sees them.
            account_created_at=flag.flagger.created_at,
            joined_at=members[flag.flagger_id].joined_at if flag.flagger_id in members else None,
        )
        for flag in flags
    ]


async def current(settings: Settings, item: Item) -> Decision:
    active = await Membership.filter(group_id=item.group.id, accepted=True).count()
    return decide(
        await facts(item),
        posted_at=item.created_at,
        active_members=active,
        thresholds=await thresholds.for_group(settings, item.group),
        now=now(),
    )


async def evaluate(settings: Settings, item: Item) -> tuple[Decision, bool]:
    """Call inside the transaction that holds the item's lock. Returns the decision and
    whether this call hid the item."""
    decision = await current(settings, item)
    if not decision.hide or item.target.hidden_at is not None:
        return decision, False
    model = Post if item.reply is None else Reply
    moment = now()
    changed = await model.filter(
        id=item.target.id, hidden_at__isnull=True, removed_at__isnull=True, deleted_at__isnull=True
    ).update(hidden_at=moment)
    if not changed:
        return decision, False
    item.target.hidden_at = moment
    title, position = await most_cited(item)
    await log.append(
        LogAction.HIDE,
        group=item.group,
        item_key=item.key,
        rule_title=title,
        rule_position=position,
        detail={
            "counted": decision.counted,
            "needed": decision.needed,
            "organisations": decision.organisations,
            "organisations_needed": decision.organisations_needed,
        },
    )
    await _tell_author(settings, item, hidden=True)
    return decision, True


async def _tell_author(settings: Settings, item: Item, *, hidden: bool) -> None:
    """The author hears it by e-mail when they asked for that (queued in this transaction)."""
    author = await User.get(id=item.author_id)
    await notifications.moderation_decided(settings, author, _title(item), hidden, item.path)


def _title(item: Item) -> str:
    return item.post.title if item.reply is None else f"{item.post.title} (…)"


async def most_cited(item: Item) -> tuple[str, int | None]:
    rows = await Flag.filter(item_key=item.key, state=FlagState.OPEN).values(
        "rule_title", "rule_position"
    )
    if not rows:
        return "", None
    counts = Counter((row["rule_title"], row["rule_position"]) for row in rows)
    (title, position), _ = counts.most_common(1)[0]
    return title, position


async def flags_of(user: User, limit: int = 100) -> list[Flag]:
    """A flagger's own reports, newest first, to follow what became of them."""
    return (
        await Flag.filter(flagger_id=user.id)
        .select_related("group", "post", "reply")
        .order_by("-created_at", "-id")
        .limit(limit)
    )


async def my_flag(user: User | None, item: Item) -> Flag | None:
    if user is None:
        return None
    return await Flag.get_or_none(item_key=item.key, flagger_id=user.id)
