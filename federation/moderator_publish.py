"""Moderators who live on another instance: the activities between a group's instance and
theirs (see docs/architecture.md, "Moderators on another instance").

- The group's instance forwards every report about an item in a local group as a `Flag` by the
  group, addressed to one remote moderator at a time and sent to that person's own inbox, so
  that their instance knows whose queue it belongs in. It carries the item (`object`), the rule
  (`summary`) and the note (`content`), as Lemmy and Mastodon shape a Flag; never the reporter.
- The moderator's instance answers with the moderator's own activity to the group's inbox:
  `Delete` of the item (the reason in `summary`) to uphold, `Undo` of the group's `Flag` to
  restore. The group's instance checks that the signer moderates the group before applying,
  and answers a refused decision with the group's `Reject` of it, with the reason in `summary`.
"""

from __future__ import annotations

from federation import documents, outbox, vocab
from federation.publish import item_url
from federation.urls import Urls
from server.config import Settings
from server.models import Group, Post, Reply, User

# The summary of the group's `Reject` of a refused decision (English: it goes between servers;
# the person's instance shows its own words with it).
NOT_A_MODERATOR = "You do not moderate this group (any more)."


async def report_forwarded(
    settings: Settings, group: Group, moderator: User, item: Post | Reply, *, rule_title: str,
    note: str,
) -> str | None:  # fmt: skip
    """Queues the group's `Flag` for `moderator` (a person of another instance); its id."""
    inbox = moderator.inbox_url or moderator.shared_inbox_url
    if group.domain or not moderator.domain or not moderator.ap_id or not inbox:
        return None
    urls = Urls(settings.base_url)
    activity = {
        "@context": vocab.CONTEXT,
        "type": "Flag",
        "id": urls.new_activity(),
        "actor": documents.group_id(urls, group),
        "object": item_url(urls, item),
        "to": [moderator.ap_id],
        "summary": rule_title,
        "content": note,
    }
    await outbox.enqueue(settings, activity, signer=f"group:{group.id}", inboxes=[inbox])
    return str(activity["id"])


def _group_inbox(group: Group) -> str:
    if not group.domain or not group.inbox_url or not group.ap_id:
        raise ValueError("only a group of another instance is moderated from here")
    return group.inbox_url


async def uphold_sent(
    settings: Settings, moderator: User, group: Group, item: Post | Reply, reason: str
) -> None:
    """The moderator removes the item from here: their `Delete` of it, to the group."""
    inbox = _group_inbox(group)
    urls = Urls(settings.base_url)
    delete = documents.delete_activity(
        urls, documents.person_id(urls, moderator), item_url(urls, item), audience=group.ap_id
    )
    if reason:
        delete["summary"] = reason
    await outbox.enqueue(settings, delete, signer=f"user:{moderator.id}", inboxes=[inbox])


async def restore_sent(
    settings: Settings, moderator: User, group: Group, item: Post | Reply, flag_id: str,
    reason: str,
) -> None:  # fmt: skip
    """The moderator restores the item from here: their `Undo` of the group's `Flag`."""
    inbox = _group_inbox(group)
    urls = Urls(settings.base_url)
    undo = {
        "@context": vocab.CONTEXT,
        "type": "Undo",
        "id": urls.new_activity(),
        "actor": documents.person_id(urls, moderator),
        "object": {"id": flag_id, "type": "Flag", "actor": group.ap_id,
                   "object": item_url(urls, item)},
        "to": [group.ap_id],
    }  # fmt: skip
    if reason:
        undo["summary"] = reason
    await outbox.enqueue(settings, undo, signer=f"user:{moderator.id}", inboxes=[inbox])


async def decision_refused(
    settings: Settings, group: Group, moderator: User, decision: vocab.Activity, reason: str
) -> None:
    """The group refuses a remote person's decision (they do not moderate it here): its
    `Reject` of their `Delete` or `Undo`, to them, so that their instance does not show the
    report as decided. Its id follows from the decision's, so a repeat queues nothing more."""
    inbox = moderator.inbox_url or moderator.shared_inbox_url
    if group.domain or not moderator.domain or not moderator.ap_id or not inbox:
        return
    urls = Urls(settings.base_url)
    reject = {
        "@context": vocab.CONTEXT,
        "type": "Reject",
        "id": urls.derived_activity("reject", decision.id),
        "actor": documents.group_id(urls, group),
        "to": [moderator.ap_id],
        "object": {"id": decision.id, "type": decision.type, "actor": decision.actor,
                   "object": decision.object_id},
        "summary": reason,
    }  # fmt: skip
    await outbox.enqueue(settings, reject, signer=f"group:{group.id}", inboxes=[inbox])


async def join_accepted(
    settings: Settings, group: Group, person: User, follow_id: str | None
) -> None:
    """A moderator let a person of a limited instance join: the group's `Accept` of their
    `Follow` (rebuilt from its stored id, as the inbox message may be pruned)."""
    inbox = person.inbox_url or person.shared_inbox_url
    if not inbox or not person.ap_id or not follow_id:
        return
    urls = Urls(settings.base_url)
    group_url = documents.group_id(urls, group)
    accept = {
        "@context": vocab.CONTEXT,
        "type": "Accept",
        "id": urls.new_activity(),
        "actor": group_url,
        "to": [person.ap_id],
        "object": {"id": follow_id, "type": "Follow", "actor": person.ap_id, "object": group_url},
    }
    await outbox.enqueue(settings, accept, signer=f"group:{group.id}", inboxes=[inbox])
