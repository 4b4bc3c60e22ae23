"""Instance defence: an admin blocks another instance (or lifts the block) and removes spam
accounts of other instances, in public.

A block is the `blocked` mark on the instance's row, which the inbox (refuses its activities)
and the outbox (sends it nothing) already honour; this module sets it and logs it.
"""

from __future__ import annotations

import re

from moderation import items, log
from server.config import Settings
from server.db import transaction
from server.models import (
    Flag,
    FlagState,
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


async def block(settings: Settings, admin: User, host: str, reason: str = "") -> RemoteInstance:
    _require_admin(admin)
    name = _host(settings, host)
    reason = items.check_text("reason", reason)
    async with transaction():
        found, _ = await RemoteInstance.get_or_create(host=name)
        if found.blocked:
            raise Conflict(N_("This instance is blocked already."))
        await RemoteInstance.filter(id=found.id).update(blocked=True)
        await log.append(
            LogAction.INSTANCE_BLOCK, group=None, moderator=admin, reason=reason,
            detail={"host": name},
        )  # fmt: skip
    found.blocked = True
    return found


async def unblock(settings: Settings, admin: User, host: str, reason: str = "") -> None:
    _require_admin(admin)
    name = _host(settings, host)
    reason = items.check_text("reason", reason)
    async with transaction():
        changed = await RemoteInstance.filter(host=name, blocked=True).update(blocked=False)
        if not changed:
            raise Conflict(N_("This instance is not blocked."))
        await log.append(
            LogAction.INSTANCE_UNBLOCK, group=None, moderator=admin, reason=reason,
            detail={"host": name},
        )  # fmt: skip


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
