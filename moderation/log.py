"""The public moderation log: append-only, every decision with who made it and why.

An entry copies the names it shows (group, rule, moderator, person) so that it reads the same
after they change, and never the removed content itself. The table refuses updates (a trigger
in the migration, and `ModLogEntry.save`); nothing here edits or deletes an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from server.models import Group, LogAction, ModLogEntry, Rule, User
from server.services.clock import now
from server.services.errors import N_, Invalid

MAX_PAGE = 100
MAX_GROUP_SLUG = ModLogEntry._meta.fields_map["group_slug"].max_length  # type: ignore[attr-defined]
ACTIONS = tuple(action.value for action in LogAction)


@dataclass(frozen=True)
class LogPage:
    entries: list[ModLogEntry]
    next_cursor: str | None


async def append(
    action: LogAction,
    *,
    group: Group | None,
    moderator: User | None = None,
    item_key: str = "",
    rule: Rule | None = None,
    rule_title: str = "",
    rule_position: int | None = None,
    target: User | None = None,
    reason: str = "",
    detail: dict[str, Any] | None = None,
    until: datetime | None = None,
) -> ModLogEntry:
    """Call inside the transaction of the change it records: both stand or neither."""
    if rule is not None:
        rule_title, rule_position = rule.title, rule.position
    return await ModLogEntry.create(
        created_at=now(),
        action=action,
        group_id=group.id if group else None,
        group_slug=group.slug if group else "",
        group_title=group.title if group else "",
        item_key=item_key,
        rule_title=rule_title,
        rule_position=rule_position,
        moderator_username=moderator.username if moderator else "",
        moderator_name=moderator.name if moderator else "",
        target_username=target.username if target else "",
        target_name=target.name if target else "",
        reason=reason,
        detail=detail or {},
        until=until,
    )


def _cursor(value: str | None) -> int | None:
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 10):
        raise Invalid({"cursor": (N_("This page link is not valid."), {})})
    return int(value)


async def entries(
    *,
    group_slug: str | None = None,
    action: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> LogPage:
    """Newest first. Ids only grow, so the id alone is the keyset."""
    if action and action not in ACTIONS:
        raise Invalid({"type": (N_("Choose a type from the list."), {})})
    if not 1 <= limit <= MAX_PAGE:
        raise Invalid({"limit": (N_("Choose a number from 1 to %(max)s."), {"max": MAX_PAGE})})
    query = ModLogEntry.all()
    if group_slug and len(group_slug) > MAX_GROUP_SLUG:
        # No group has such a slug; handed to the ORM it would fail its length check (a 500).
        return LogPage([], None)
    if group_slug:
        query = query.filter(group_slug=group_slug.lower())
    if action:
        query = query.filter(action=action)
    before = _cursor(cursor)
    if before is not None:
        query = query.filter(id__lt=before)
    found = await query.order_by("-id").limit(limit + 1)
    more = len(found) > limit
    found = found[:limit]
    return LogPage(found, str(found[-1].id) if more and found else None)


async def for_items(keys: list[str]) -> dict[str, ModLogEntry]:
    """The latest removal entry of each of these items (for the notice in their place)."""
    if not keys:
        return {}
    found = await ModLogEntry.filter(item_key__in=keys, action=LogAction.UPHOLD).order_by("id")
    return {entry.item_key: entry for entry in found}
