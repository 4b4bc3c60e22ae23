"""Instance defence: an admin blocks or limits another instance (or lifts that) and removes
spam accounts of other instances, in public.

A block is the `blocked` mark on the instance's row, which the inbox (refuses its activities)
and the outbox (sends it nothing) already honour; this module sets it and logs it.
"""

from __future__ import annotations

import re

from federation import moderator_publish, publish
from moderation import items, log
from server.config import Settings
from server.db import transaction
from server.models import (
    Flag,
    FlagState,
    Group,
    LogAction,
    Membership,
    Post,
    RemoteInstance,
    Reply,
    User,
)
from server.services.clock import now
from server.services.errors import N_, Conflict, Forbidden, Invalid, NotFound

HOST_RE = re.compile(r"^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$")


def _host(settings: Settings, value: str) -> str:
    host = value.strip().lower().removeprefix("https://").removeprefix("http://").rstrip("/")
    if not HOST_RE.match(host):
        raise Invalid({"host": (N_("Fill in a host name, like lemmy.example.org."), {})})
    if host == settings.domain.lower():
        raise Invalid({"host": (N_("This is this instance itself."), {})})
    return host


def _require_admin(user: User) -> None:
    if not user.is_admin:
        raise Forbidden(N_("Only admins can change this."))


_MARKS = {
    # field: (log when set, log when lifted, already set, not set)
    "blocked": (LogAction.INSTANCE_BLOCK, LogAction.INSTANCE_UNBLOCK,
                N_("This instance is blocked already."), N_("This instance is not blocked.")),
    "limited": (LogAction.INSTANCE_LIMIT, LogAction.INSTANCE_UNLIMIT,
                N_("This instance is limited already."), N_("This instance is not limited.")),
}  # fmt: skip


async def _mark(
    settings: Settings, admin: User, host: str, mark: str, on: bool, reason: str
) -> RemoteInstance:
    """Sets or lifts `blocked` or `limited` on the instance's row, with its log entry."""
    _require_admin(admin)
    name = _host(settings, host)
    reason = items.check_text("reason", reason)
    set_action, lift_action, already, not_set = _MARKS[mark]
    async with transaction():
        found, _ = await RemoteInstance.get_or_create(host=name)
        changed = await RemoteInstance.filter(id=found.id, **{mark: not on}).update(**{mark: on})
        if not changed:
            raise Conflict(already if on else not_set)
        await log.append(
            set_action if on else lift_action, group=None, moderator=admin, reason=reason,
            detail={"host": name},
        )  # fmt: skip
    setattr(found, mark, on)
    return found


async def block(settings: Settings, admin: User, host: str, reason: str = "") -> RemoteInstance:
    return await _mark(settings, admin, host, "blocked", True, reason)


async def unblock(settings: Settings, admin: User, host: str, reason: str = "") -> None:
    await _mark(settings, admin, host, "blocked", False, reason)


async def limit(settings: Settings, admin: User, host: str, reason: str = "") -> RemoteInstance:
    """Softer than a block (Mastodon's "silence"): people of the instance may still join and
    read, but what they post in our groups waits, hidden, until a moderator restores it. Trust,
    not surveillance: nothing is hidden from their own view and nobody reads their messages
    elsewhere; a moderator looks only at what they ask our groups to show."""
    return await _mark(settings, admin, host, "limited", True, reason)


async def unlimit(settings: Settings, admin: User, host: str, reason: str = "") -> None:
    await _mark(settings, admin, host, "limited", False, reason)


async def is_limited(host: str) -> bool:
    return bool(host) and await RemoteInstance.exists(host=host, limited=True)


async def approve_join(settings: Settings, moderator: User, group: Group, username: str) -> None:
    """A person of a limited instance asked to join (their Follow waits): a moderator lets
    them in, and the group's `Accept` goes to their instance."""
    await items.require_moderator(moderator, group)
    found = await Membership.get_or_none(
        group_id=group.id, user__username=username.strip().lower(), accepted=False
    ).select_related("user")
    if found is None or group.domain or not found.user.domain:
        raise NotFound(N_("Nobody with this name is waiting to join."))
    async with publish.transaction():
        if not await Membership.filter(id=found.id, accepted=False).update(accepted=True):
            raise Conflict(N_("A decision about this was made already."))
        await moderator_publish.join_accepted(settings, group, found.user, found.follow_ap_id)


async def hold_if_limited(author: User, item: Post | Reply) -> bool:
    """A new post or reply by a person of a limited instance waits for a moderator: hidden, so
    that it is in the review queue and is not announced further. True when held."""
    if not await is_limited(author.domain):
        return False
    model = Post if isinstance(item, Post) else Reply
    return bool(await model.filter(id=item.id, hidden_at__isnull=True).update(hidden_at=now()))


async def remove_account(admin: User, username: str, reason: str = "") -> int:
    """A spam account of another instance: its memberships end, what it wrote becomes
    tombstones (threads keep their shape), its open reports are dismissed, and the removal is
    logged. Returns how many posts and replies went. Local accounts are not removed here."""
    _require_admin(admin)
    reason = items.check_text("reason", reason)
    person = await User.get_or_none(username=username.strip().lower())
    if person is None:
        raise NotFound(N_("This person does not exist."))
    if not person.domain:
        raise Forbidden(N_("Only accounts of other instances can be removed here."))
    moment = now()
    async with transaction():
        await Membership.filter(user_id=person.id).delete()
        gone = await Post.filter(author_id=person.id, deleted_at__isnull=True).update(
            title="", body="", body_html="", deleted_at=moment, removed_at=moment
        )
        gone += await Reply.filter(author_id=person.id, deleted_at__isnull=True).update(
            body="", body_html="", deleted_at=moment, removed_at=moment
        )
        await Flag.filter(flagger_id=person.id, state=FlagState.OPEN).update(
            state=FlagState.DISMISSED, decided_at=moment
        )
        await log.append(
            LogAction.ACCOUNT_REMOVAL, group=None, moderator=admin, target=person, reason=reason,
            detail={"items": gone},
        )  # fmt: skip
    return gone


async def blocked() -> list[RemoteInstance]:
    return await RemoteInstance.filter(blocked=True).order_by("host")


async def limited() -> list[RemoteInstance]:
    return await RemoteInstance.filter(limited=True, blocked=False).order_by("host")
