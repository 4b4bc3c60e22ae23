"""A group's public moderation log as an ActivityStreams `OrderedCollection` (Polder's own
extension, advertised as `moderationLog` in the group's actor document).

Other Polder instances read it to show a remote group's log and to learn what became of the
reports their people sent (they pull; nothing is pushed, see docs/architecture.md). An entry
says what was decided (`decision`), about which post or reply (`object`, its ActivityPub id),
by whom (`actor`) and why (`reason`, `rule`), never the removed content, just as the log page.
Terms outside ActivityStreams are `polder:` terms, which other servers ignore.

Both sides of the format live here: `collection` writes it, `parse_collection` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from federation import vocab
from federation.errors import ParseError
from federation.urls import Urls
from federation.vocab.fields import date_field, optional_url, require_dict, text_field
from server.config import Settings
from server.models import Group, ModLogEntry, Post, Reply
from server.services.errors import N_, NotFound

PAGE_SIZE = 50
# The decisions that settle a report; the rest of the log (hides, rule changes) informs.
OUTCOMES = frozenset({"uphold", "restore"})
Document = dict[str, Any]

LOG_CONTEXT: list[Any] = [
    *vocab.CONTEXT[:-1],
    {
        **vocab.CONTEXT[-1],
        "ModerationDecision": "polder:ModerationDecision",
        "decision": "polder:decision",
        "reason": "polder:reason",
        "rule": "polder:rule",
        "rulePosition": "polder:rulePosition",
        "person": "polder:person",
        "until": "polder:until",
    },
]


@dataclass(frozen=True)
class RemoteEntry:
    """One entry of another instance's log, as far as it could be read."""

    decision: str
    published: datetime
    item: str | None
    moderator_name: str
    moderator_url: str | None
    rule_title: str
    rule_position: int | None
    reason: str
    person: str
    until: datetime | None


# Serving ------------------------------------------------------------------------------------


async def collection(settings: Settings, slug: str, item: str | None = None) -> Document:
    """The newest entries of a local group's log; with `item` (a post's or reply's id) only
    that item's entries, which is how another instance looks up the outcome of a report."""
    group = await Group.get_or_none(slug=slug.lower(), domain="")
    if group is None:
        raise NotFound(N_("This group does not exist."))
    urls = Urls(settings.base_url)
    query = ModLogEntry.filter(group_id=group.id)
    if item is not None:
        key = await _item_key(urls, item)
        query = query.filter(item_key=key or "-")  # an unknown item has no entries
    entries = await query.order_by("-id").limit(PAGE_SIZE)
    ids = await _item_ids(urls, [entry.item_key for entry in entries if entry.item_key])
    collection_id = urls.group_modlog(group.slug)
    return {
        "@context": LOG_CONTEXT,
        "type": "OrderedCollection",
        "id": collection_id,
        "attributedTo": urls.group(group.slug),
        "totalItems": len(entries),
        "orderedItems": [_entry(urls, collection_id, e, ids) for e in entries],
    }


def _entry(urls: Urls, collection_id: str, entry: ModLogEntry, ids: dict[str, str]) -> Document:
    document: Document = {
        "id": f"{collection_id}#log-{entry.id}",
        "type": "ModerationDecision",
        "decision": str(entry.action),
        "published": vocab.format_date(entry.created_at),
    }
    if entry.item_key in ids:
        document["object"] = ids[entry.item_key]
    if entry.moderator_username:
        moderator: Document = {"type": "Person", "name": entry.moderator_name}
        if "@" not in entry.moderator_username:  # a remote moderator's id is not ours to make
            moderator["id"] = urls.person(entry.moderator_username)
        document["actor"] = moderator
    if entry.rule_title:
        document["rule"] = entry.rule_title
        document["rulePosition"] = entry.rule_position
    optional = {"reason": entry.reason, "person": entry.target_name}
    document.update({key: value for key, value in optional.items() if value})
    if entry.until is not None:
        document["until"] = vocab.format_date(entry.until)
    return document


async def _item_key(urls: Urls, item: str) -> str | None:
    """`post:12` for the id of a post here (ours or a remote member's), else None."""
    if urls.is_local(item):
        kind, _, number = item.removeprefix(urls.base + "/").partition("/")
        if kind in ("p", "c") and number.isascii() and number.isdigit() and len(number) < 10:
            return f"{'post' if kind == 'p' else 'reply'}:{number}"
        return None
    post = await Post.get_or_none(ap_id=item)
    if post is not None:
        return f"post:{post.id}"
    reply = await Reply.get_or_none(ap_id=item)
    return f"reply:{reply.id}" if reply is not None else None


async def _item_ids(urls: Urls, keys: list[str]) -> dict[str, str]:
    """The ActivityPub id of each item: a remote member's post keeps the id its server gave."""
    numbers: dict[str, list[int]] = {"post": [], "reply": []}
    for key in keys:
        kind, _, number = key.partition(":")
        if kind in numbers and number.isdigit():
            numbers[kind].append(int(number))
    ids: dict[str, str] = {}
    for post_id, ap_id in await Post.filter(id__in=numbers["post"]).values_list("id", "ap_id"):
        ids[f"post:{post_id}"] = ap_id or urls.post(post_id)
    for reply_id, ap_id in await Reply.filter(id__in=numbers["reply"]).values_list("id", "ap_id"):
        ids[f"reply:{reply_id}"] = ap_id or urls.reply(reply_id)
    return ids


# Reading another instance's log -------------------------------------------------------------


def parse_collection(document: Document, group_ap_id: str) -> list[RemoteEntry]:
    """The readable entries of a remote group's log; entries that cannot be read are left
    out (one odd entry should not hide the rest). Raises ParseError when the document is not
    that group's log at all."""
    if document.get("type") != "OrderedCollection":
        raise ParseError("the moderation log is not an OrderedCollection")
    if not vocab.same_host(str(document.get("id", "")), group_ap_id):
        raise ParseError("the moderation log is not on the group's own host")
    raw = document.get("orderedItems")
    entries = []
    for item in raw[:PAGE_SIZE] if isinstance(raw, list) else []:
        try:
            entries.append(_parse_entry(require_dict(item, "log entry")))
        except ParseError:
            continue
    return entries


def _parse_entry(data: Document) -> RemoteEntry:
    decision = text_field(data, "decision")
    published = date_field(data, "published")
    if not decision or published is None:
        raise ParseError("a log entry needs a decision and a date")
    actor = data.get("actor")
    actor = actor if isinstance(actor, dict) else {}
    position = data.get("rulePosition")
    return RemoteEntry(
        decision=decision[:40],
        published=published,
        item=optional_url(data, "object"),
        moderator_name=(text_field(actor, "name") or "")[:100],
        moderator_url=optional_url(actor, "id"),
        rule_title=(text_field(data, "rule") or "")[:200],
        rule_position=position if isinstance(position, int) and 0 < position < 1000 else None,
        reason=(text_field(data, "reason") or "")[:2000],
        person=(text_field(data, "person") or "")[:100],
        until=date_field(data, "until"),
    )
