"""Applying received activities: the `InboxMessage` job machine, run by the worker.

    queued ──claim──▶ in_flight ──▶ done            applied (or nothing to do)
                                 ├─▶ dead           cannot be parsed, or a handler refused it
                                 └─▶ retry ──▶ ...  anything else (a fetch failed, a bug)

Each message is parsed with `federation.vocab` and handed to `federation.handlers.apply`. The
handlers are idempotent, so a message applied again after a lost lease does no harm.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import ClassVar

from federation import handlers, vocab
from federation.errors import FetchError, ParseError
from federation.queue import Backoff, Doorbell, JobMachine, Outcome
from federation.urls import Urls
from server.config import Settings
from server.models import InboxMessage, JobState

log = logging.getLogger(__name__)

# Rings after `federation.inbox.store` so that this process's worker applies it at once.
DOORBELL = Doorbell()

_MIN = timedelta(minutes=1)
# An activity that still cannot be applied after a day (its object's server is gone) is
# dropped: senders have moved on long before.
INBOX_BACKOFF = Backoff(delays=(_MIN, 5 * _MIN, 30 * _MIN, 2 * 60 * _MIN, 12 * 60 * _MIN))


class InboxMachine(JobMachine[InboxMessage]):
    model = InboxMessage
    doorbell: ClassVar[Doorbell] = DOORBELL

    def __init__(self, settings: Settings, *, backoff: Backoff = INBOX_BACKOFF) -> None:
        self.settings = settings
        self.urls = Urls(settings.base_url)
        self.backoff = backoff

    async def handle_in_flight(self, message: InboxMessage, now: datetime) -> Outcome:
        try:
            activity = vocab.parse_activity(message.payload)
        except ParseError as exc:
            return Outcome(JobState.DEAD, f"cannot be parsed: {exc}")
        context = handlers.Context(self.settings, self.urls, message)
        try:
            await handlers.apply(context, activity)
        except handlers.Rejected as exc:
            log.info("inbox %s (%s) refused: %s", message.ap_id, activity.type, exc)
            return Outcome(JobState.DEAD, str(exc))
        except ParseError as exc:
            return Outcome(JobState.DEAD, f"cannot be parsed: {exc}")
        except FetchError as exc:
            return Outcome(JobState.RETRY, f"fetch failed: {exc}")
        return Outcome(JobState.DONE)
