"""What a thread page shows about moderation: hidden and removed items, the reader's own
reports, and for an author of a hidden item which rules were named (never by whom)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from moderation import items, log
from server.models import Flag, FlagState, ModLogEntry, NoteKind, Post, ReportNote, User


@dataclass(frozen=True)
class AuthorView:
    key: str
    rules_cited: list[tuple[int, str, int]]
    appeals: list[ReportNote]


@dataclass
class ThreadView:
    is_moderator: bool = False
    # The post's own words and files, when it is hidden (see items.may_see_hidden).
    sees_post: bool = False
    mine: dict[str, Flag] = field(default_factory=dict)
    removed: dict[str, ModLogEntry] = field(default_factory=dict)
    author: dict[str, AuthorView] = field(default_factory=dict)


async def thread(user: User | None, post: Post, replies: list[dict[str, Any]]) -> ThreadView:
    """One query each for the reader's flags, the removal entries and the author's notes."""
    post_key = f"post:{post.id}"
    keys = [post_key] + [f"reply:{row['id']}" for row in replies]
    removed = [f"reply:{row['id']}" for row in replies if row.get("removed_at")]
    if post.removed_at is not None:
        removed.append(post_key)
    view = ThreadView(removed=await log.for_items(removed))
    if user is None:
        return view
    group = await post.group
    view.is_moderator = await items.is_moderator(user, group)
    view.sees_post = post.hidden_at is None or await items.may_see_hidden(
        user, group, post.author_id
    )
    found = await Flag.filter(flagger_id=user.id, item_key__in=keys)
    view.mine = {flag.item_key: flag for flag in found}
    own_hidden = [
        f"reply:{row['id']}"
        for row in replies
        if row.get("hidden_at") and row["author__username"] == user.username
    ]
    if post.hidden_at is not None and post.author_id == user.id:
        own_hidden.append(post_key)
    view.author = await _author_views(own_hidden)
    return view


async def _author_views(keys: list[str]) -> dict[str, AuthorView]:
    if not keys:
        return {}
    flags = await Flag.filter(item_key__in=keys, state=FlagState.OPEN).values(
        "item_key", "rule_position", "rule_title"
    )
    notes = await ReportNote.filter(item_key__in=keys, kind=NoteKind.APPEAL).order_by("id")
    views = {}
    for key in keys:
        counts = Counter(
            (row["rule_position"], row["rule_title"]) for row in flags if row["item_key"] == key
        )
        cited = [(pos, title, n) for (pos, title), n in counts.most_common()]
        views[key] = AuthorView(key, cited, [n for n in notes if n.item_key == key])
    return views
