""" "Download my data" for large accounts: the zip is built by the worker, not in the request.

A person asks (`request_export`); that queues a `DataExport` job row, run by the worker like the
delivery and mail queues (`federation.queue`). The worker builds the same zip as the immediate
download (`export_files.build`), keeps it in the file store under its SHA-256 (so the web
process and the worker need not share a disk when the store is S3), and mails the person a
link when their address is confirmed. The zip can be downloaded by its owner only, for
`KEPT_FOR`; after that the worker removes the bytes and the row (`remove_expired`).

Small accounts keep the immediate download (`is_small`): building their zip takes less than a
second, and one click that gives the file is simpler for people than a wait and a second visit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any, ClassVar, cast

from federation.queue import Backoff, Doorbell, JobMachine, Outcome
from server.config import Settings
from server.db import transaction
from server.files.storage import open_chunks
from server.i18n import gettext
from server.models import Attachment, DataExport, JobState, Post, Reply, StoredBlob, User
from server.services import attachments, export_files, notifications, ratelimit
from server.services.clock import now
from server.services.errors import N_, NotFound, RateLimited

DOORBELL = Doorbell()
KEPT_FOR = timedelta(days=7)
# Below both, the zip is built in the request: a few hundred rows (`export_at_once_items`)
# and a few files.
SMALL_BYTES = 10 * 1024 * 1024
REQUESTS_PER_DAY = 5
_MIN = timedelta(minutes=1)
EXPORT_BACKOFF = Backoff(delays=(_MIN, 5 * _MIN, 30 * _MIN))
PENDING = (JobState.QUEUED, JobState.IN_FLIGHT, JobState.RETRY)
NOT_FOUND = N_("This download does not exist (any more).")


async def is_small(settings: Settings, user: User) -> bool:
    """Few enough posts, replies and shared bytes to build the zip while the person waits."""
    items = await Post.filter(author_id=user.id).count()
    items += await Reply.filter(author_id=user.id).count()
    if items >= settings.export_at_once_items:
        return False
    sizes = await Attachment.filter(uploader_id=user.id).values_list("size", flat=True)
    return sum(cast(list[int], sizes)) < SMALL_BYTES


async def current(user: User, moment: datetime | None = None) -> DataExport | None:
    """The person's latest export that has not expired: being prepared, ready or failed."""
    moment = moment or now()
    return (
        await DataExport.filter(user_id=user.id)
        .exclude(expires_at__lte=moment)
        .order_by("-id")
        .first()
    )


async def request_export(user: User) -> DataExport:
    """Queue an export; one that is being prepared already is returned instead."""
    pending = await DataExport.filter(user_id=user.id, state__in=PENDING).order_by("-id").first()
    if pending is not None:
        return pending
    key = f"data-export:{user.id}"
    if await ratelimit.attempt(key, REQUESTS_PER_DAY, timedelta(days=1)) is None:
        raise RateLimited(N_("You asked for your data several times today. Try again tomorrow."))
    job = await DataExport.create(user_id=user.id, state=JobState.QUEUED, next_attempt_at=now())
    DOORBELL.ring()
    return job


async def ready_archive(
    settings: Settings, user: User, export_id: int
) -> tuple[int, AsyncIterator[bytes]]:
    """The size and the bytes (in chunks) of a ready export, for its owner only: NotFound for
    anyone else, as for an export that does not exist, so that nobody learns whose exports
    there are."""
    job = await DataExport.get_or_none(id=export_id, user_id=user.id, state=JobState.DONE)
    if job is None or job.storage_key is None or job.expires_at is None:
        raise NotFound(NOT_FOUND)
    if job.expires_at <= now():
        raise NotFound(NOT_FOUND)
    try:
        pieces = await open_chunks(attachments.store_for(settings), job.storage_key)
    except FileNotFoundError:
        raise NotFound(NOT_FOUND) from None
    return job.size or 0, pieces


class ExportMachine(JobMachine[DataExport]):
    model = DataExport
    doorbell: ClassVar[Doorbell] = DOORBELL

    def __init__(self, settings: Settings, *, backoff: Backoff = EXPORT_BACKOFF) -> None:
        self.settings = settings
        self.backoff = backoff

    async def handle_in_flight(self, job: DataExport, now: datetime) -> Outcome:
        user = await User.get(id=job.user_id)
        if user.deleted_at is not None:
            return Outcome(JobState.DEAD, "the account was deleted")
        zip_path, size = await export_files.build(self.settings, user)
        try:
            sha256 = await export_files.sha256_of(zip_path)
            key = await attachments.store_for(self.settings).put_file(sha256, zip_path)
        finally:
            await export_files.discard(zip_path)
        older = await _older_ready(job)
        # The row and the mail commit together: a mail never names a download that is not there.
        async with transaction():
            kept = await DataExport.filter(id=job.id, attempts=job.attempts).update(
                storage_key=key, size=size, expires_at=now + KEPT_FOR
            )
            if kept:
                await DataExport.filter(id__in=[row.id for row in older]).delete()
                await _mail_ready(self.settings, user)
        if not kept:
            # The account was deleted meanwhile (its rows went), or the lease was lost.
            await _forget(self.settings, [key])
            return Outcome(JobState.DEAD, "the export row is no longer ours")
        await _forget(self.settings, [row.storage_key for row in older])
        return Outcome(JobState.DONE)

    def finish_fields(self, outcome: Outcome, now: datetime) -> dict[str, Any]:
        return {"done_at": now} if outcome.state is JobState.DONE else {}


async def _older_ready(job: DataExport) -> list[DataExport]:
    # A new zip replaces the person's earlier ones: one download link at a time.
    return await DataExport.filter(user_id=job.user_id, id__lt=job.id).exclude(state__in=PENDING)


async def _mail_ready(settings: Settings, user: User) -> None:
    language = user.language or settings.default_language
    days = KEPT_FOR.days
    letter = notifications.Letter(
        subject=gettext("Your data is ready to download", language),
        paragraphs=[
            gettext(
                "You asked for your data. The zip file is ready. "
                "You can download it for %(days)s days. Log in first.",
                language,
            )
            % {"days": days}
        ],
        link_text=gettext("Download my data", language),
        link=f"{settings.base_url}/settings/data",
    )
    await notifications.send_requested(settings, user, letter)


async def _forget(settings: Settings, keys: list[str | None]) -> None:
    """Removes the bytes of exports that are gone; after their rows went (committed), and
    never bytes that a shared file or another export still points to (kept by content)."""
    wanted = {key for key in keys if key}
    if not wanted:
        return
    shared = await StoredBlob.filter(storage_key__in=wanted).values_list("storage_key", flat=True)
    exported = await DataExport.filter(storage_key__in=wanted).values_list("storage_key", flat=True)
    store = attachments.store_for(settings)
    for key in wanted - set(shared) - set(exported):
        await store.delete(key)


async def remove_expired(settings: Settings, moment: datetime | None = None) -> int:
    """Removes exports whose time is up (bytes and rows); the number removed. The worker runs
    this every hour."""
    expired = await DataExport.filter(expires_at__lte=moment or now())
    await DataExport.filter(id__in=[row.id for row in expired]).delete()
    await _forget(settings, [row.storage_key for row in expired])
    await export_files.remove_stale(settings)
    return len(expired)


async def remove_rows_of(user: User) -> list[str | None]:
    """Deletes the person's exports (inside the deletion's transaction); the keys of their
    bytes, for `forget_bytes` once that committed."""
    rows = await DataExport.filter(user_id=user.id)
    await DataExport.filter(user_id=user.id).delete()
    return [row.storage_key for row in rows]


async def forget_bytes(settings: Settings, keys: list[str | None]) -> None:
    await _forget(settings, keys)
