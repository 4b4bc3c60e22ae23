"""Notification mails through a durable queue: queued in the transaction of what they tell
about, sent by the worker (`federation.worker.BackgroundWorker`), retried while the mail
server is away, given up after about a day."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar

from federation.queue import Backoff, Doorbell, JobMachine, Outcome
from server.config import Settings
from server.models import JobState, OutgoingMail
from server.services import mail
from server.services.clock import now

DOORBELL = Doorbell()
_MIN = timedelta(minutes=1)
MAIL_BACKOFF = Backoff(delays=(_MIN, 5 * _MIN, 30 * _MIN, 2 * 60 * _MIN, 12 * 60 * _MIN))


async def enqueue(
    to: str, subject: str, text: str, html: str = "", headers: Mapping[str, str] | None = None
) -> OutgoingMail:
    # A header cannot hold a line break (the mail would fail on every try); names and titles
    # in subjects come from people and from other servers.
    subject = " ".join(subject.split())[:200]
    queued = await OutgoingMail.create(
        to_address=to, subject=subject, text_body=text, html_body=html,
        headers=dict(headers or {}), state=JobState.QUEUED, next_attempt_at=now(),
    )  # fmt: skip
    DOORBELL.ring()
    return queued


class MailMachine(JobMachine[OutgoingMail]):
    model = OutgoingMail
    doorbell: ClassVar[Doorbell] = DOORBELL

    def __init__(self, settings: Settings, *, backoff: Backoff = MAIL_BACKOFF) -> None:
        self.settings = settings
        self.backoff = backoff

    async def handle_in_flight(self, message: OutgoingMail, now: datetime) -> Outcome:
        sent = await mail.send_mail(
            self.settings, message.to_address, message.subject, message.text_body,
            html=message.html_body or None, headers=message.headers,
        )  # fmt: skip
        if sent:
            return Outcome(JobState.DONE)
        return Outcome(JobState.RETRY, "the mail server did not take it")

    def finish_fields(self, outcome: Outcome, now: datetime) -> dict[str, Any]:
        return {"done_at": now} if outcome.state is JobState.DONE else {}
