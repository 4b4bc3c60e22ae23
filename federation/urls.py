"""The addresses of this instance's actors, objects and activities.

Ids are page addresses (`/g/{slug}`, `/u/{username}`, `/p/{id}`, `/c/{id}`), answered as HTML or
ActivityStreams by the `Accept` header; everything else hangs below them.
"""

from __future__ import annotations

import hashlib
import uuid
from urllib.parse import quote


class Urls:
    def __init__(self, base_url: str) -> None:
        self.base = base_url.rstrip("/")

    # Actors
    def person(self, username: str) -> str:
        return f"{self.base}/u/{username}"

    def group(self, slug: str) -> str:
        return f"{self.base}/g/{slug}"

    def instance_actor(self) -> str:
        return f"{self.base}/actor"

    def inbox(self, actor_url: str) -> str:
        return f"{actor_url}/inbox"

    def outbox(self, actor_url: str) -> str:
        return f"{actor_url}/outbox"

    def followers(self, actor_url: str) -> str:
        return f"{actor_url}/followers"

    def key_id(self, actor_url: str) -> str:
        return f"{actor_url}#main-key"

    def shared_inbox(self) -> str:
        return f"{self.base}/inbox"

    def group_moderators(self, slug: str) -> str:
        return f"{self.group(slug)}/moderators"

    def group_featured(self, slug: str) -> str:
        return f"{self.group(slug)}/featured"

    def group_modlog(self, slug: str) -> str:
        return f"{self.group(slug)}/modlog"

    # Objects
    def post(self, post_id: int) -> str:
        return f"{self.base}/p/{post_id}"

    def reply(self, reply_id: int) -> str:
        return f"{self.base}/c/{reply_id}"

    def event(self, event_id: int) -> str:
        return f"{self.base}/e/{event_id}"

    def file(self, attachment_id: int, filename: str) -> str:
        return f"{self.base}/files/{attachment_id}/{quote(filename)}"

    def new_activity(self) -> str:
        return f"{self.base}/activities/{uuid.uuid4()}"

    def derived_activity(self, kind: str, source: str) -> str:
        """A stable id for our answer to `source`: answering the same thing twice names the
        same activity, which the outbox queues once."""
        digest = hashlib.sha256(source.encode()).hexdigest()[:32]
        return f"{self.base}/activities/{kind}/{digest}"

    def is_local(self, url: str) -> bool:
        return url == self.base or url.startswith(self.base + "/")
