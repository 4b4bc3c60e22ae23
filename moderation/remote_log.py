"""What the moderators of a group on another Polder instance decided: that group's public
log, and the outcome of reports made here about its posts and replies.

Outcomes are pulled, not pushed. No standard activity says "your report was dismissed"
(Lemmy sends nothing); the group's log is public anyway and says it per item, so the
flagger's instance asks the log about an item while a report of it is open here, when the
person looks at their reports. An outcome once learnt is stored on the flag, so a settled
report costs no more requests; an instance that is away leaves the report waiting.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime

from federation import documents, remote_actors, remote_modlog
from federation.errors import FetchError
from federation.modlog import OUTCOMES, RemoteEntry
from federation.remote_modlog import LogUnavailable
from federation.urls import Urls
from moderation import flags
from server.config import Settings
from server.models import Flag, FlagState, Group, Post, Reply, User
from server.services.clock import now

# Reports looked up per view; the rest are looked up on a later view.
MAX_LOOKUPS = 10


@dataclass(frozen=True)
class RemoteLog:
    group: Group
    entries: list[RemoteEntry]
    failed: bool
    # False for a group whose instance publishes no log (Lemmy, or not yet refreshed).
    published: bool = True
    # Local addresses of the items we have a copy of, by their ActivityPub id.
    local_paths: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return self.group.domain


async def group_log(settings: Settings, group: Group) -> RemoteLog:
    """A remote group's newest log entries; `failed` when they could not be read now."""
    if not group.moderation_log_url:
        group = await _refreshed(settings, group)
    if not group.moderation_log_url:
        return RemoteLog(group, [], failed=False, published=False)
    try:
        entries = await remote_modlog.entries(settings, group)
    except LogUnavailable:
        return RemoteLog(group, [], failed=True)
    paths = await _local_paths(Urls(settings.base_url), entries)
    return RemoteLog(group, entries, failed=False, local_paths=paths)


async def _refreshed(settings: Settings, group: Group) -> Group:
    """A group stored before its instance named its log learns it when its row is next
    refreshed (a day old); a failure keeps the stored row."""
    try:
        row = await remote_actors.get_actor(settings, group.ap_id or "")
    except FetchError:
        return group
    return row if isinstance(row, Group) else group


async def _local_paths(urls: Urls, entries: list[RemoteEntry]) -> dict[str, str]:
    ids = [entry.item for entry in entries if entry.item]
    # What people of this instance wrote in the group has our own address.
    local = {ap_id: ap_id.removeprefix(urls.base) for ap_id in ids if urls.is_local(ap_id)}
    paths = {
        ap_id: f"/p/{i}" for i, ap_id in await Post.filter(ap_id__in=ids).values_list("id", "ap_id")
    }
    for i, ap_id in await Reply.filter(ap_id__in=ids).values_list("id", "ap_id"):
        paths[ap_id] = f"/c/{i}"
    return {**paths, **local}


async def reports_of(settings: Settings, user: User) -> list[Flag]:
    """A person's reports (`flags.flags_of`), with open reports about items in remote groups
    settled first when that group's log has decided them."""
    found = await flags.flags_of(user)
    waiting = [
        flag for flag in found
        if flag.state == FlagState.OPEN and flag.group.domain and flag.group.moderation_log_url
    ][:MAX_LOOKUPS]  # fmt: skip
    if not waiting:
        return found
    outcomes = await asyncio.gather(*(_outcome(settings, flag) for flag in waiting))
    settled = 0
    for flag, outcome in zip(waiting, outcomes, strict=True):
        if outcome is not None:
            state = FlagState.UPHELD if outcome.decision == "uphold" else FlagState.DISMISSED
            settled += await Flag.filter(id=flag.id, state=FlagState.OPEN).update(
                state=state, decided_at=now()
            )
    return await flags.flags_of(user) if settled else found


async def _outcome(settings: Settings, flag: Flag) -> RemoteEntry | None:
    urls = Urls(settings.base_url)
    # A post that a person of this instance wrote in the remote group has our id.
    if flag.reply_id:
        item = documents.reply_id(urls, await Reply.get(id=flag.reply_id))
    else:
        item = documents.post_id(urls, await Post.get(id=flag.post_id))
    try:
        entries = await remote_modlog.entries(settings, flag.group, item=item)
    except LogUnavailable:
        return None  # the report stays waiting; the next view asks again
    return first_outcome(entries, item, flag.created_at)


def first_outcome(entries: list[RemoteEntry], item: str, since: datetime) -> RemoteEntry | None:
    """The first uphold or restore of `item` decided after the report was made: a restore
    from before it dismissed other people's reports, not this one. (The two instances'
    clocks are trusted to agree to within the time a report takes to arrive.)"""
    decided = [
        entry for entry in entries
        if entry.item == item and entry.decision in OUTCOMES and entry.published >= since
    ]  # fmt: skip
    return min(decided, key=lambda entry: entry.published, default=None)
