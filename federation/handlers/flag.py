"""`Flag`: a report about a post or reply here (Lemmy and Mbin name one post or comment;
Mastodon lists the account and its statuses).

A report about an item in one of our groups becomes a flag exactly like a local one
(`moderation.flags.receive`): kept for the moderators whoever sent it, counted toward the
threshold only when the sender is a member of the group. The inbox has already checked that the
signer owns the actor, so a forged Flag never gets here. A report that names only a person here,
or content of a group elsewhere, is kept as a logged inbox message; one about nothing of ours is
refused. A Flag by a group of another instance is that group forwarding a report to one of its
moderators here (`moderation.forwarding`).
"""

from __future__ import annotations

import logging

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles
from moderation import flags, forwarding
from server.models import Group, Post, User

log = logging.getLogger(__name__)


@handles("Flag")
async def flag(context: Context, activity: vocab.Activity) -> None:
    named = [vocab.object_id(thing) for thing in activity.objects or (activity.object,)]
    found = [(url, item) for url in named if (item := await _social.content(context, url))]
    if not found:
        if not [url for url in named if await _social.local_actor(context, url)]:
            raise Rejected("the report names nothing on this server")
        _keep(context, activity, named)
        return
    sender = await _social.remote_actor(context, activity.actor)
    if isinstance(sender, Group):
        await _forwarded(context, activity, sender, [item for _url, item in found])
        return
    person = sender
    for index, (_url, item) in enumerate(found):
        # A Mastodon report may name several statuses: one flag each, each with its own id.
        flag_id = activity.id if index == 0 else f"{activity.id}#{index}"
        kind = "post" if isinstance(item, Post) else "reply"
        recorded = await flags.receive(
            context.settings, person, kind, item.id, reason=activity.summary or "",
            note=activity.content or "", ap_id=flag_id,
        )  # fmt: skip
        if recorded is None:
            _keep(context, activity, named)


def _keep(context: Context, activity: vocab.Activity, named: list[str]) -> None:
    log.warning(
        "report %s by %s about %s: %s (kept as inbox message %s)",
        activity.id, activity.actor, ", ".join(named), activity.content or activity.summary or "",
        context.message.id,
    )  # fmt: skip


async def _forwarded(
    context: Context, activity: vocab.Activity, group: Group, found: list[_social.Content]
) -> None:
    """A group of another instance forwards a report to its moderators who live here."""
    addressed = [await _social.local_actor(context, url) for url in activity.to]
    people = [actor for actor in addressed if isinstance(actor, User)]
    # One Flag per moderator and item: its id is the forwarded report's.
    kept = bool(people) and await forwarding.receive(
        group, people[0], found[0], ap_id=activity.id, rule_title=activity.summary or "",
        note=activity.content or "",
    )  # fmt: skip
    if not kept and not await forwarding.known(activity.id):
        raise Rejected(f"{group.ap_id} forwarded a report to nobody who moderates it here")
