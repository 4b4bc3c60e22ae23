"""A person changes their own e-mail address: asked for with the current password, confirmed by
a link sent to the new address, told to the old one.

The link is a signed, timed token (as the confirmation at sign-up and the password reset): it
names the person, the new address and the address it replaces, so nothing is stored until it is
opened, and it stops working once the address changed (it works once). Opening it is the proof
that the new inbox is theirs, so the new address counts as confirmed.
"""

from __future__ import annotations

from datetime import timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from tortoise.exceptions import IntegrityError

from server.config import Settings
from server.i18n import gettext
from server.models import User
from server.services import mail, ratelimit
from server.services.accounts import (
    BAD_LINK,
    EMAIL_RE,
    LOGIN_WINDOW,
    MAX_EMAIL,
    PASSWORD_CHECKS_PER_15_MIN,
    TOO_MANY_LOGINS,
    is_local,
)
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, NotFound, RateLimited
from server.services.passwords import verify_password

CHANGE_MAX_AGE = int(timedelta(hours=24).total_seconds())
CHANGE_MAILS_PER_HOUR = 3
_SALT = "change-email"
TAKEN = N_("There is already an account with this e-mail address.")


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt=_SALT)


async def _check_password(user: User, password: str, errors: FieldErrors) -> None:
    """Wrong guesses count against the same allowance as the password change form."""
    hit = await ratelimit.attempt(
        f"password-check:{user.id}", PASSWORD_CHECKS_PER_15_MIN, LOGIN_WINDOW
    )
    if hit is None:
        raise RateLimited(TOO_MANY_LOGINS)
    if await verify_password(user.password_hash, password):
        await ratelimit.forget(hit)
    else:
        errors.add("email_password", N_("This is not your current password."))


async def _check_new_address(user: User, email: str, errors: FieldErrors) -> None:
    if not email:
        errors.add("new_email", N_("Please fill this in."))
    elif len(email) > MAX_EMAIL or not EMAIL_RE.match(email):
        errors.add("new_email", N_("This is not a valid e-mail address."))
    elif email == user.email:
        errors.add("new_email", N_("This is already your e-mail address."))
    elif await User.filter(email=email).exclude(id=user.id).exists():
        errors.add("new_email", TAKEN)


async def request_change(settings: Settings, user: User, password: str, new_email: str) -> bool:
    """Mails a confirmation link to `new_email` and a notice to the current address; nothing
    changes yet. False when the link could not be sent."""
    if not is_local(user) or user.deleted_at is not None:
        raise Forbidden(N_("Only people of this instance can do this here."))
    email = new_email.strip().lower()
    errors = FieldErrors()
    await _check_password(user, password, errors)
    await _check_new_address(user, email, errors)
    errors.raise_if_any()
    key = f"email-change-mail:{user.id}"
    if await ratelimit.attempt(key, CHANGE_MAILS_PER_HOUR, timedelta(hours=1)) is None:
        raise RateLimited(N_("We already sent you several mails. Wait an hour and try again."))
    token = _serializer(settings).dumps({"u": user.id, "e": email, "o": user.email})
    lang = user.language or settings.default_language
    link = f"{settings.base_url}/settings/email/{token}"
    body = gettext(
        "Hello %(name)s,\n\nYou want to use this e-mail address for your account. Open this "
        "link to confirm it:\n%(link)s\n\nThe link works for 24 hours. Did you not ask for "
        "this? Then you can ignore this mail.",
        lang,
    ) % {"name": user.name, "link": link}
    sent = await mail.send_mail(
        settings, email, gettext("Confirm your new e-mail address", lang), body
    )
    if sent and user.email:
        await _tell_old_address(settings, user, user.email, email)
    return sent


async def _tell_old_address(settings: Settings, user: User, old: str, new: str) -> None:
    lang = user.language or settings.default_language
    body = gettext(
        "Hello %(name)s,\n\nSomeone asked to change the e-mail address of your account to "
        "%(new)s. It changes only when the link we sent to that address is opened.\n\nWas this "
        "not you? Then change your password at once and tell the administrator.",
        lang,
    ) % {"name": user.name, "new": new}
    await mail.send_mail(settings, old, gettext("Your e-mail address is being changed", lang), body)


async def read_change(settings: Settings, token: str) -> tuple[User, str]:
    """The person and the new address of a link, changing nothing (opening it only shows a
    button); NotFound when forged, expired, already used, or when the address was taken by
    another account meanwhile."""
    try:
        data = _serializer(settings).loads(token, max_age=CHANGE_MAX_AGE)
        user_id, new, old = int(data["u"]), str(data["e"]), data["o"]
    except (BadSignature, SignatureExpired, KeyError, TypeError, ValueError):
        raise NotFound(BAD_LINK) from None
    user = await User.get_or_none(id=user_id, domain="", email=old, deleted_at__isnull=True)
    if user is None:
        raise NotFound(BAD_LINK)
    if await User.filter(email=new).exclude(id=user.id).exists():
        raise NotFound(N_("Another account uses this e-mail address now."))
    return user, new


async def confirm_change(settings: Settings, token: str) -> User:
    """Sets the new address of a link; NotFound as `read_change`."""
    user, new = await read_change(settings, token)
    old = user.email
    try:
        # Only while the address is still the old one: the link works once, also twice at once.
        changed = await User.filter(id=user.id, email=old).update(
            email=new, email_confirmed_at=now()
        )
    except IntegrityError:
        # Another account took the address between the check and the update.
        raise NotFound(N_("Another account uses this e-mail address now.")) from None
    if not changed:
        raise NotFound(BAD_LINK)
    await user.refresh_from_db()
    return user
