"""Removing a member from a group for a time or for good, and lifting that; both logged."""

from __future__ import annotations

from datetime import timedelta

from tortoise.expressions import Q

from moderation import items, log
from server.db import transaction
from server.models import Group, GroupRemoval, GroupRole, LogAction, Membership, User
from server.services.clock import now
from server.services.errors import N_, Conflict, Forbidden, Invalid, NotFound

MAX_DAYS = 3650


async def active(user_id: int, group_id: int) -> GroupRemoval | None:
    return await GroupRemoval.filter(
        Q(until__isnull=True) | Q(until__gt=now()),
        group_id=group_id,
        user_id=user_id,
        lifted_at__isnull=True,
    ).first()


async def _target(group: Group, username: str) -> User:
    user = await User.get_or_none(username=username.strip().lower())
    if user is None:
        raise NotFound(N_("This person does not exist."))
    return user


async def _may_remove(moderator: User, group: Group, target: User) -> None:
    await items.require_moderator(moderator, group)
    if target.id == moderator.id:
        raise Forbidden(N_("You cannot remove yourself; leave the group instead."))
    theirs = await Membership.get_or_none(group_id=group.id, user_id=target.id)
    if theirs is None or moderator.is_admin:
        return
    mine = await Membership.get_or_none(group_id=group.id, user_id=moderator.id)
    protected = (GroupRole.MODERATOR, GroupRole.OWNER)
    if theirs.role in protected and (mine is None or mine.role != GroupRole.OWNER):
        raise Forbidden(N_("Only owners can remove a moderator or an owner."))


async def remove(
    moderator: User, group: Group, username: str, days: int | None, reason: str = ""
) -> GroupRemoval:
    """`days` None removes for good."""
    if days is not None and not 1 <= days <= MAX_DAYS:
        message = N_("Choose a number from %(min)s to %(max)s.")
        raise Invalid({"days": (message, {"min": 1, "max": MAX_DAYS})})
    reason = items.check_text("reason", reason)
    target = await _target(group, username)
    await _may_remove(moderator, group, target)
    moment = now()
    until = moment + timedelta(days=days) if days is not None else None
    async with transaction():
        if await active(target.id, group.id) is not None:
            raise Conflict(N_("This person is removed from the group already."))
        await Membership.filter(group_id=group.id, user_id=target.id).delete()
        removal = await GroupRemoval.create(
            group=group, user=target, moderator=moderator, until=until, reason=reason,
            created_at=moment,
        )  # fmt: skip
        await log.append(
            LogAction.REMOVE_MEMBER, group=group, moderator=moderator, target=target,
            reason=reason, until=until,
        )  # fmt: skip
    return removal


async def lift(moderator: User, group: Group, username: str, reason: str = "") -> None:
    await items.require_moderator(moderator, group)
    reason = items.check_text("reason", reason)
    target = await _target(group, username)
    async with transaction():
        removal = await active(target.id, group.id)
        if removal is None:
            raise NotFound(N_("This person is not removed from the group."))
        await GroupRemoval.filter(id=removal.id, lifted_at__isnull=True).update(lifted_at=now())
        await log.append(
            LogAction.LIFT_REMOVAL, group=group, moderator=moderator, target=target, reason=reason
        )


async def removals(group: Group) -> list[GroupRemoval]:
    """Removals still in force, newest first."""
    return (
        await GroupRemoval.filter(
            Q(until__isnull=True) | Q(until__gt=now()), group_id=group.id, lifted_at__isnull=True
        )
        .select_related("user")
        .order_by("-created_at")
    )
