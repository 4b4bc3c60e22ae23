"""`Flag`: a report about a person, post or reply here (Mastodon lists the account and its
statuses; Lemmy and Mbin name one post or comment).

Reports are for moderation, which does not exist yet: until it does, a Flag that names
something of ours is accepted and logged (its `InboxMessage` ends `done`, payload kept), so that
no report is lost and none is refused to the sender. A Flag about nothing of ours is refused.
"""

from __future__ import annotations

import logging

from federation import vocab
from federation.handlers import Context, Rejected, _social, handles

log = logging.getLogger(__name__)


@handles("Flag")
async def flag(context: Context, activity: vocab.Activity) -> None:
    named = [vocab.object_id(thing) for thing in activity.objects or (activity.object,)]
    ours = [url for url in named if await _known(context, url)]
    if not ours:
        raise Rejected("the report names nothing on this server")
    log.warning(
        "report %s by %s about %s: %s (kept as inbox message %s; moderation will take it)",
        activity.id, activity.actor, ", ".join(ours), activity.content or activity.summary or "",
        context.message.id,
    )  # fmt: skip


async def _known(context: Context, url: str) -> bool:
    if await _social.content(context, url) is not None:
        return True
    return await _social.local_actor(context, url) is not None
