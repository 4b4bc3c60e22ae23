"""Moderators decide: uphold (remove, citing a rule), restore (the flags are dismissed and
never count again), notes for each other, and the author's appeal.

Each decision locks the item, changes it and writes the log entry in one transaction, so a
decision is never half-made and two moderators cannot both decide the same report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from federation import publish
from moderation import flags, items, log
from moderation.items import Item
from moderation.policy import Decision
from server.config import Settings
from server.db import transaction
from server.models import (
    Flag,
    FlagState,
    LogAction,
    ModLogEntry,
    NoteKind,
    Post,
    Reply,
    ReportNote,
    User,
)
from server.services import attachments, notifications
from server.services.clock import now
from server.services.errors import N_, Conflict, Forbidden

MAX_QUEUE = 200


@dataclass
class Report:
    item: Item
    decision: Decision
    flags: list[Flag]
    notes: list[ReportNote] = field(default_factory=list)

    @property
    def rules_cited(self) -> list[tuple[int, str, int]]:
        """(position, rule, how many cited it), most cited first; never who."""
        counts = Counter((f.rule_position, f.rule_title) for f in self.flags)
        return [(pos, title, n) for (pos, title), n in counts.most_common()]

    @property
    def appeals(self) -> list[ReportNote]:
        return [note for note in self.notes if note.kind == NoteKind.APPEAL]


async def queue(settings: Settings, user: User, group_id: int | None = None) -> list[Report]:
    """Hidden items first (oldest hide first), then items flagged below the threshold."""
    group_ids = await items.moderated_group_ids(user)
    if group_id is not None:
        if group_id not in group_ids:
            raise Forbidden(N_("Only moderators of this group can do this."))
        group_ids = [group_id]
    if not group_ids:
        return []
    open_flags = (
        await Flag.filter(group_id__in=group_ids, state=FlagState.OPEN)
        .select_related("flagger")
        .order_by("created_at", "id")
        .limit(MAX_QUEUE * 10)
    )
    keys = list(dict.fromkeys(flag.item_key for flag in open_flags))
    keys += await _hidden_keys(group_ids, set(keys))
    reports = [await _report(settings, key, open_flags) for key in keys[:MAX_QUEUE]]
    live = [report for report in reports if not report.item.gone]
    live.sort(key=lambda r: (not r.item.hidden, r.item.target.hidden_at or r.flags[0].created_at))
    return live


async def _hidden_keys(group_ids: list[int], known: set[str]) -> list[str]:
    """Hidden items whose flags were all withdrawn still wait for a moderator."""
    posts = await Post.filter(
        group_id__in=group_ids, hidden_at__isnull=False, deleted_at__isnull=True
    ).values_list("id", flat=True)
    replies = await Reply.filter(
        post__group_id__in=group_ids, hidden_at__isnull=False, deleted_at__isnull=True
    ).values_list("id", flat=True)
    keys = [f"post:{i}" for i in posts] + [f"reply:{i}" for i in replies]
    return [key for key in keys if key not in known]


async def _report(settings: Settings, key: str, open_flags: list[Flag]) -> Report:
    item = await items.load_key(key)
    mine = [flag for flag in open_flags if flag.item_key == key]
    notes = await ReportNote.filter(item_key=key).select_related("author").order_by("id")
    return Report(item, await flags.current(settings, item), mine, notes)


async def report(settings: Settings, user: User, kind: str, item_id: int) -> Report:
    item = await items.load(kind, item_id)
    await items.require_moderator(user, item.group)
    open_flags = await Flag.filter(item_key=item.key, state=FlagState.OPEN).order_by("id")
    notes = await ReportNote.filter(item_key=item.key).select_related("author").order_by("id")
    return Report(item, await flags.current(settings, item), list(open_flags), notes)


async def uphold(
    moderator: User, kind: str, item_id: int, rule_id: int | None, reason: str = ""
) -> ModLogEntry:
    """Removes the item citing a rule. Its words and files go at once, as when an author
    deletes; the log keeps the rule and the reason, never the content."""
    item = await items.load(kind, item_id)
    await items.require_moderator(moderator, item.group)
    rule = await items.rule_of(item.group, rule_id)
    reason = items.check_text("reason", reason)
    return await _remove(moderator, kind, item_id, (rule.title, rule.position), reason)


async def uphold_from_elsewhere(
    moderator: User, kind: str, item_id: int, reason: str
) -> ModLogEntry | None:
    """A moderator of another instance removed the item with their `Delete`; it names no rule
    of ours, so the entry cites the rule the open reports cite most. None when the item is
    gone already (the same Delete again)."""
    item = await items.load(kind, item_id)
    await items.require_moderator(moderator, item.group)
    if item.gone:
        return None
    cited = await flags.most_cited(item)
    try:
        return await _remove(moderator, kind, item_id, cited, flags.plain(reason))
    except Conflict:
        return None


async def _remove(
    moderator: User, kind: str, item_id: int, rule: tuple[str, int | None], reason: str
) -> ModLogEntry:
    async with transaction():
        item = await items.load(kind, item_id)
        if item.gone:
            raise Conflict(N_("This was removed or deleted already."))
        moment = now()
        wipe: dict[str, object] = {"body": "", "body_html": ""}
        if item.reply is None:
            wipe["title"] = ""
        model = Post if item.reply is None else Reply
        await model.filter(id=item.target.id, removed_at__isnull=True).update(
            removed_at=moment, deleted_at=moment, **wipe
        )
        if item.reply is None:
            await attachments.withdraw_of_post(item.post.id)
        await Flag.filter(item_key=item.key, state=FlagState.OPEN).update(
            state=FlagState.UPHELD, decided_at=moment
        )
        entry = await log.append(
            LogAction.UPHOLD, group=item.group, moderator=moderator, item_key=item.key,
            rule_title=rule[0], rule_position=rule[1], target=await User.get(id=item.author_id),
            reason=reason,
        )  # fmt: skip
    settings = publish.configured()  # None in a bare command line: nothing federates
    if settings is not None:
        await publish.item_removed(settings, item.group, item.target)
        await attachments.prune(settings)
    return entry


async def restore(moderator: User, kind: str, item_id: int, reason: str = "") -> ModLogEntry:
    """Shows the item again; its open flags are dismissed and never count again."""
    item = await items.load(kind, item_id)
    await items.require_moderator(moderator, item.group)
    reason = items.check_text("reason", reason)
    async with publish.transaction():
        item = await items.load(kind, item_id)
        if item.gone:
            raise Conflict(N_("This was removed or deleted; it cannot be restored."))
        open_flags = Flag.filter(item_key=item.key, state=FlagState.OPEN)
        if not item.hidden and not await open_flags.exists():
            raise Conflict(N_("There is nothing to restore: no open reports."))
        moment = now()
        model = Post if item.reply is None else Reply
        await model.filter(id=item.target.id).update(hidden_at=None)
        await open_flags.update(state=FlagState.DISMISSED, decided_at=moment)
        author = await User.get(id=item.author_id)
        settings = publish.configured()
        if settings is not None and item.target.ap_id:
            # Held when it came (its instance is limited): the group passes it on only now.
            await publish.release_held(settings, item.group, item.target.ap_id)
        if settings is not None and item.hidden:
            await notifications.moderation_decided(
                settings, author, item.post.title, False, item.path
            )
        return await log.append(
            LogAction.RESTORE, group=item.group, moderator=moderator, item_key=item.key,
            target=author, reason=reason,
        )  # fmt: skip


async def add_note(moderator: User, kind: str, item_id: int, body: str) -> ReportNote:
    item = await items.load(kind, item_id)
    await items.require_moderator(moderator, item.group)
    body = items.check_text("body", body, required=True)
    return await ReportNote.create(
        item_key=item.key, group=item.group, author=moderator, kind=NoteKind.MODERATOR,
        body=body, created_at=now(),
    )  # fmt: skip


async def appeal(author: User, kind: str, item_id: int, body: str) -> ReportNote:
    """The author's reply to the moderators about their hidden item."""
    item = await items.load(kind, item_id)
    if item.author_id != author.id:
        raise Forbidden(N_("Only the author can ask the moderators to look again."))
    if not item.hidden:
        raise Conflict(N_("This is not hidden: there is nothing to appeal."))
    body = items.check_text("body", body, required=True)
    return await ReportNote.create(
        item_key=item.key, group=item.group, author=author, kind=NoteKind.APPEAL,
        body=body, created_at=now(),
    )  # fmt: skip
