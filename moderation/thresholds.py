"""A group's thresholds within the instance's bounds.

The instance settings (`POLDER_FLAG_*`) are a floor: a group may ask for more flags, a larger
share of its members or older accounts, never for less. So no owner can make one person's
flag enough to silence someone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from moderation import log
from moderation.policy import Thresholds
from server.config import Settings
from server.db import transaction
from server.models import Group, GroupPolicy, GroupRole, LogAction, User
from server.services import groups as group_service
from server.services.errors import N_, FieldErrors

MAX_MIN_FLAGS = 100
MAX_SHARE_PERCENT = 50
MAX_AGE_DAYS = 365
MAX_ORGANISATIONS = 10


@dataclass(frozen=True)
class PolicyForm:
    min_flags: int
    share_percent: int
    min_account_age_days: int
    min_organisations: int = 1


def instance_thresholds(settings: Settings) -> Thresholds:
    return Thresholds(
        min_flags=settings.flag_min_flags,
        share=settings.flag_share,
        min_account_age=timedelta(days=settings.flag_min_account_age_days),
        min_organisations=1,
    )


def bounded(settings: Settings, policy: GroupPolicy | None) -> Thresholds:
    """The group's thresholds, never below the instance's (the settings may have been raised
    after the group chose)."""
    floor = instance_thresholds(settings)
    if policy is None:
        return floor
    return Thresholds(
        min_flags=max(floor.min_flags, policy.min_flags),
        share=max(floor.share, policy.share_percent / 100),
        min_account_age=max(floor.min_account_age, timedelta(days=policy.min_account_age_days)),
        min_organisations=max(1, policy.min_organisations),
    )


async def for_group(settings: Settings, group: Group) -> Thresholds:
    return bounded(settings, await GroupPolicy.get_or_none(group_id=group.id))


def _check(settings: Settings, form: PolicyForm) -> None:
    errors = FieldErrors()
    floor_share = round(settings.flag_share * 100)
    if not settings.flag_min_flags <= form.min_flags <= MAX_MIN_FLAGS:
        errors.add("min_flags", N_("Choose a number from %(min)s to %(max)s."),
                   min=settings.flag_min_flags, max=MAX_MIN_FLAGS)  # fmt: skip
    if not floor_share <= form.share_percent <= MAX_SHARE_PERCENT:
        errors.add("share_percent", N_("Choose a number from %(min)s to %(max)s."),
                   min=floor_share, max=MAX_SHARE_PERCENT)  # fmt: skip
    if not settings.flag_min_account_age_days <= form.min_account_age_days <= MAX_AGE_DAYS:
        errors.add("min_account_age_days", N_("Choose a number from %(min)s to %(max)s."),
                   min=settings.flag_min_account_age_days, max=MAX_AGE_DAYS)  # fmt: skip
    if not 1 <= form.min_organisations <= MAX_ORGANISATIONS:
        errors.add("min_organisations", N_("Choose a number from %(min)s to %(max)s."),
                   min=1, max=MAX_ORGANISATIONS)  # fmt: skip
    errors.raise_if_any()


async def set_policy(settings: Settings, actor: User, group: Group, form: PolicyForm) -> None:
    """Owners (and admins) set the group's thresholds; the change is publicly logged."""
    await group_service.require_role(actor, group, GroupRole.OWNER)
    _check(settings, form)
    values = {
        "min_flags": form.min_flags,
        "share_percent": form.share_percent,
        "min_account_age_days": form.min_account_age_days,
        "min_organisations": form.min_organisations,
    }
    async with transaction():
        await GroupPolicy.update_or_create(defaults=values, group_id=group.id)
        await log.append(LogAction.POLICY_CHANGE, group=group, moderator=actor, detail=values)
