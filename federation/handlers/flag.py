"""`Flag`: a report about a post or reply here (Lemmy and Mbin name one post or comment;
Mastodon lists the account and its statuses).

A report about an item in one of our groups becomes a flag exactly like a local one
(`moderation.flags.receive`): kept for the moderators whoever sent it, counted toward the
threshold only when the sender is a member of the group. The inbox has already checked that the
signer owns the actor, so a forged Flag never gets here. A report that names only a person here,
or content of a group elsewhere, is kept as a logged inbox message; one about nothing of ours is
refused.
"""

from __future__ import annotations

import logging

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles
from moderation import flags
from server.models import Post

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
    person = await _social.remote_person(context, activity.actor)
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
