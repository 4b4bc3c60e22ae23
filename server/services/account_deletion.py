"""Delete my account (AVG/GDPR art. 17): personal data and content go from this instance, and
every instance that knows the person is told with a `Delete` of the actor, through the durable
queue.

What stays is a tombstone row: the username (so nobody can take it and speak as the person
elsewhere, where their old posts may still be cached) and the key pair that signs the `Delete`
deliveries. Posts and replies become tombstones, as when deleted one by one, so threads keep
their shape. Everything else about the person is removed; the public moderation log names
moderators, never a flagger, and never repeats content.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise.expressions import Q

from federation import publish
from server.config import Settings
from server.models import (
    Activity,
    ApiToken,
    Attachment,
    Event,
    Flag,
    GroupRemoval,
    Like,
    Membership,
    OutgoingMail,
    PersonFollow,
    Post,
    Reply,
    ReportNote,
    User,
)
from server.services import attachments, data_exports, ratelimit, rsvp
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, RateLimited
from server.services.passwords import verify_password

CHECKS_PER_15_MIN = 5
_WINDOW = timedelta(minutes=15)


async def _check_password(user: User, password: str) -> None:
    key = f"delete-account:{user.id}"
    hit = await ratelimit.attempt(key, CHECKS_PER_15_MIN, _WINDOW)
    if hit is None:
        raise RateLimited(N_("Too many attempts. Wait 15 minutes and try again."))
    if not await verify_password(user.password_hash, password):
        errors = FieldErrors()
        errors.add("password", N_("This is not your password."))
        errors.raise_if_any()
    await ratelimit.clear(key)


async def delete_account(settings: Settings, user: User, password: str) -> None:
    if user.domain or user.deleted_at is not None:
        raise Forbidden(N_("Only people of this instance can do this here."))
    if (
        user.is_admin
        and not await User.filter(is_admin=True, deleted_at__isnull=True)
        .exclude(id=user.id)
        .exists()
    ):
        raise Forbidden(N_("You are the only admin. Make someone else admin first."))
    await _check_password(user, password)
    async with publish.transaction():
        # Where the person is known: worked out before their memberships and follows go.
        inboxes = await publish.inboxes_knowing(user)
        await _remove_content(settings, user)
        exported = await data_exports.remove_rows_of(user)
        await _anonymise(user)
        await publish.account_deleted(settings, user, inboxes)
    await attachments.prune(settings)
    await data_exports.forget_bytes(settings, exported)


async def _remove_content(settings: Settings, user: User) -> None:
    moment = now()
    await Post.filter(author_id=user.id, deleted_at__isnull=True).update(
        title="", body="", body_html="", deleted_at=moment
    )
    await Reply.filter(author_id=user.id, deleted_at__isnull=True).update(
        body="", body_html="", deleted_at=moment
    )
    await Attachment.filter(uploader_id=user.id).delete()
    await Membership.filter(user_id=user.id).delete()
    await PersonFollow.filter(Q(follower_id=user.id) | Q(followee_id=user.id)).delete()
    await Like.filter(actor_id=user.id).delete()
    await ApiToken.filter(user_id=user.id).delete()
    await rsvp.withdraw_everything(user)
    # Their reports and notes go; a hide they helped bring about stays until a moderator decides.
    await Flag.filter(flagger_id=user.id).delete()
    await ReportNote.filter(author_id=user.id).delete()
    await GroupRemoval.filter(user_id=user.id).delete()
    if user.email:
        await OutgoingMail.filter(to_address=user.email).delete()
    # What they sent to other servers stays known by its id, without their words.
    person = f"{settings.base_url}/u/{user.username}"
    await Activity.filter(actor_ap_id=person).update(payload={})
    # Meetings they organise are called off; the title stays so that those who planned to
    # come can read that it is cancelled.
    await Event.filter(organiser_id=user.id, cancelled_at__isnull=True).update(cancelled_at=moment)
    await Event.filter(organiser_id=user.id).update(description="", description_html="")


async def _anonymise(user: User) -> None:
    user.name, user.organisation, user.bio = "", "", ""
    user.email, user.email_confirmed_at, user.language = None, None, None
    # No password can match an empty hash, and a changed hash ends every session.
    user.password_hash, user.is_admin, user.deleted_at = "", False, now()
    await user.save(
        update_fields=[
            "name", "organisation", "bio", "email", "email_confirmed_at", "language",
            "password_hash", "is_admin", "deleted_at",
        ]
    )  # fmt: skip
