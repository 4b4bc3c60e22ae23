"""People: registration, login, e-mail confirmation, password reset and profile.

API tokens live in `server.services.tokens`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from tortoise.exceptions import IntegrityError

from server.config import LANGUAGES, Settings
from server.db import transaction
from server.i18n import gettext
from server.models import InstanceSettings, Role, User
from server.services import mail, ratelimit
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, Invalid, NotFound, RateLimited
from server.services.passwords import hash_password, needs_rehash, verify_dummy, verify_password

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,30}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10
MAX_NAME = 255  # the username column: remote people are stored as name@host
MAX_EMAIL = 254
MAX_PASSWORD = 1024
CONFIRM_MAX_AGE = int(timedelta(days=7).total_seconds())
RESET_MAX_AGE = int(timedelta(hours=2).total_seconds())
LOGIN_WINDOW = timedelta(minutes=15)
PASSWORD_CHECKS_PER_15_MIN = 10
CONFIRM_MAILS_PER_HOUR = 3
RESET_MAILS_PER_HOUR = 5
_HOUR = timedelta(hours=1)
BAD_LINK = N_("This link is not valid or has expired.")
TOO_MANY_LOGINS = N_("Too many attempts. Wait 15 minutes and try again.")


def is_local(user: User) -> bool:
    """People from other instances are stored as `name@host` with their domain."""
    return user.domain == "" and "@" not in user.username


@dataclass(frozen=True)
class Registration:
    username: str
    name: str
    organisation: str
    private_person: bool
    role: str
    email: str
    password: str
    agree_rules: bool
    language: str | None = None


def _check_registration(form: Registration) -> FieldErrors:
    errors = FieldErrors()
    username = form.username.strip().lower()
    if not USERNAME_RE.match(username):
        errors.add(
            "username",
            N_("Use 3 to 30 characters: small letters, digits or _ (no spaces)."),
        )
    errors.text("name", form.name, max_length=100)
    if not form.private_person:
        errors.text("organisation", form.organisation, max_length=120)
    if form.role not in Role.__members__.values():
        errors.add("role", N_("Choose how you take part."))
    _check_email(errors, form.email)
    _check_password(errors, form.password)
    if not form.agree_rules:
        errors.add("agree_rules", N_("You can only join when you agree to the rules of conduct."))
    return errors


def _check_email(errors: FieldErrors, email: str) -> None:
    email = email.strip()
    if not email:
        errors.add("email", N_("Please fill this in."))
    elif len(email) > MAX_EMAIL or not EMAIL_RE.match(email):
        errors.add("email", N_("This is not a valid e-mail address."))


def _check_password(errors: FieldErrors, password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        errors.add(field, N_("Use at least %(min)s characters."), min=MIN_PASSWORD)
    elif len(password) > MAX_PASSWORD:
        errors.add(field, N_("This is too long: at most %(max)s characters."), max=MAX_PASSWORD)


async def register(
    settings: Settings, form: Registration, *, admin: bool = False, confirmed: bool = False
) -> User:
    user = await _create_account(form, admin=admin, confirmed=confirmed)
    if not confirmed:
        await send_confirmation(settings, user)
    return user


async def _create_account(form: Registration, *, admin: bool, confirmed: bool) -> User:
    errors = _check_registration(form)
    username = form.username.strip().lower()
    email = form.email.strip().lower()
    if not errors.fields:
        if await User.filter(username=username).exists():
            errors.add("username", N_("This username is taken. Choose another one."))
        if await User.filter(email=email).exists():
            errors.add("email", N_("There is already an account with this e-mail address."))
    errors.raise_if_any()
    # Hashed before the transaction: a slow hash must not hold a database transaction open.
    password_hash = await hash_password(form.password)
    try:
        async with transaction():
            user = await User.create(
                username=username,
                name=form.name.strip(),
                organisation="" if form.private_person else form.organisation.strip(),
                role=Role(form.role),
                email=email,
                password_hash=password_hash,
                is_admin=admin,
                email_confirmed_at=now() if confirmed else None,
                language=form.language if form.language in LANGUAGES else None,
            )
    except IntegrityError:
        # Two registrations raced for the same name or address; the other one won.
        raise Invalid({"username": (N_("This username or e-mail address is taken."), {})}) from None
    return user


def _serializer(settings: Settings, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt=salt)


async def send_confirmation(settings: Settings, user: User) -> bool:
    """False when the mail could not be sent (or the person has no address here)."""
    if user.email is None:  # people from other instances have no address here
        return False
    token = _serializer(settings, "confirm-email").dumps({"u": user.id, "e": user.email})
    lang = user.language or settings.default_language
    link = f"{settings.base_url}/confirm/{token}"
    body = gettext(
        "Hello %(name)s,\n\nPlease confirm your e-mail address by opening this link:\n"
        "%(link)s\n\nThe link works for 7 days. Did you not sign up? Then you can ignore this "
        "mail.",
        lang,
    ) % {"name": user.name, "link": link}
    subject = gettext("Confirm your e-mail address", lang)
    return await mail.send_mail(settings, user.email, subject, body)


async def read_confirmation(settings: Settings, token: str) -> User:
    """The person a confirmation link is for, changing nothing: opening the link (GET) only
    shows a button, so that a mail scanner following it does not confirm for them."""
    try:
        data = _serializer(settings, "confirm-email").loads(token, max_age=CONFIRM_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise NotFound(BAD_LINK) from None
    if not isinstance(data, dict):
        raise NotFound(BAD_LINK)
    user = await User.get_or_none(id=data.get("u"), email=data.get("e"))
    if user is None:
        raise NotFound(BAD_LINK)
    return user


async def confirm_email(settings: Settings, token: str) -> User:
    user = await read_confirmation(settings, token)
    if user.email_confirmed_at is None:
        user.email_confirmed_at = now()
        await user.save(update_fields=["email_confirmed_at"])
    return user


async def authenticate(settings: Settings, login: str, password: str, client: str) -> User:
    """Check a login; attempts per client and per account are rate-limited.

    Every attempt is recorded before it is counted (see `ratelimit`), so parallel guesses
    cannot slip past the limit. Right logins are taken back: only wrong ones use it up.
    """
    login = login.strip().lower()
    user = await _login_user(login)
    limit = settings.login_attempts_per_15_min
    client_hit = await ratelimit.attempt(f"login:client:{client}", limit, LOGIN_WINDOW)
    if client_hit is None:
        raise RateLimited(TOO_MANY_LOGINS)
    # By id once known: the username and the e-mail address share one allowance.
    account_key = _account_key(user, login)
    if await ratelimit.attempt(account_key, limit, LOGIN_WINDOW) is None:
        await ratelimit.forget(client_hit)
        raise RateLimited(TOO_MANY_LOGINS)
    if user is None:
        # As slow as a wrong password, so timing does not tell which accounts exist.
        await verify_dummy(password)
    if user is None or not await verify_password(user.password_hash, password):
        raise Invalid({"password": (N_("The username or password is not right."), {})})
    await ratelimit.clear(account_key)
    await ratelimit.forget(client_hit)
    if needs_rehash(user.password_hash):
        user.password_hash = await hash_password(password)
        await user.save(update_fields=["password_hash"])
    return user


async def _login_user(login: str) -> User | None:
    """Only local people log in: rows for people from other instances have no password."""
    if len(login) > MAX_NAME:
        return None  # longer than any stored name or address; the ORM would refuse the query
    if "@" in login:
        return await User.get_or_none(email=login, domain="")
    user = await User.get_or_none(username=login, domain="")
    return user if user is not None and is_local(user) else None


def _account_key(user: User | None, login: str) -> str:
    if user is not None:
        return f"login:account:{user.id}"
    # Hashed: the key column is short, and typed logins need not be kept in the clear.
    return "login:unknown:" + hashlib.sha256(login.encode()).hexdigest()[:40]


async def request_password_reset(settings: Settings, email: str) -> None:
    """Send a reset link if the address is known; say nothing either way (no account probing)."""
    email = email.strip().lower()
    user = await User.get_or_none(email=email) if len(email) <= MAX_EMAIL else None
    if user is None or user.email is None:
        return
    token = _serializer(settings, "reset-password").dumps(
        {"u": user.id, "h": user.password_hash[-16:]}
    )
    lang = user.language or settings.default_language
    link = f"{settings.base_url}/reset/{token}"
    body = gettext(
        "Hello %(name)s,\n\nYou asked for a new password. Open this link to choose one:\n"
        "%(link)s\n\nThe link works for 2 hours and only once. Did you not ask for this? Then "
        "you can ignore this mail.",
        lang,
    ) % {"name": user.name, "link": link}
    await mail.send_mail(settings, user.email, gettext("Choose a new password", lang), body)


async def reset_password(
    settings: Settings, token: str, password: str, repeat: str | None = None
) -> User:
    """Sets the new password of a reset link (typed twice when `repeat` is given)."""
    user = await reset_token_user(settings, token)
    errors = FieldErrors()
    _check_password(errors, password)
    if repeat is not None:
        _check_repeat(errors, password, repeat, "password")
    errors.raise_if_any()
    old_hash = user.password_hash
    user.password_hash = await hash_password(password)
    # The link reached the inbox, so the address is confirmed too.
    user.email_confirmed_at = user.email_confirmed_at or now()
    # Only if the password is still the old one: a link works once, also when used twice at once.
    changed = await User.filter(id=user.id, password_hash=old_hash).update(
        password_hash=user.password_hash, email_confirmed_at=user.email_confirmed_at
    )
    if not changed:
        raise NotFound(BAD_LINK)
    return user


async def set_password(user: User, password: str) -> None:
    errors = FieldErrors()
    _check_password(errors, password)
    errors.raise_if_any()
    user.password_hash = await hash_password(password)
    await user.save(update_fields=["password_hash"])


async def update_profile(
    user: User,
    *,
    name: str,
    organisation: str,
    private_person: bool,
    role: str,
    bio: str,
    language: str | None,
) -> User:
    errors = FieldErrors()
    name = errors.text("name", name, max_length=100)
    if not private_person:
        organisation = errors.text("organisation", organisation, max_length=120)
    if role not in Role.__members__.values():
        errors.add("role", N_("Choose how you take part."))
    bio = errors.text("bio", bio, max_length=2000, required=False)
    if language not in (None, "", *LANGUAGES):
        errors.add("language", N_("Choose a language from the list."))
    errors.raise_if_any()
    user.name = name
    user.organisation = "" if private_person else organisation
    user.role = Role(role)
    user.bio = bio
    user.language = language or None
    await user.save(update_fields=["name", "organisation", "role", "bio", "language"])
    return user


async def get_user(username: str) -> User:
    username = username.lower()
    user = await User.get_or_none(username=username) if len(username) <= MAX_NAME else None
    if user is None:
        raise NotFound(N_("This person does not exist."))
    return user


async def get_local_user(username: str) -> User:
    """A person with an account here: only they log in, get API tokens or become admin."""
    username = username.strip().lower()
    found = USERNAME_RE.match(username)  # never name@host
    user = await User.get_or_none(username=username, domain="") if found else None
    if user is None:
        raise NotFound(N_("This person does not exist."))
    return user


async def promote(username: str) -> User:
    user = await get_local_user(username)
    user.is_admin = True
    await user.save(update_fields=["is_admin"])
    return user


async def admin_exists() -> bool:
    return await User.filter(is_admin=True).exists()


def check_registration(form: Registration) -> dict[str, tuple[str, dict[str, Any]]]:
    """The form's own problems, without the database: lets the set-up page show them together
    with the instance fields, which `instance.setup` checks first."""
    return _check_registration(form).fields


class Resent(StrEnum):
    SENT = "sent"
    ALREADY_CONFIRMED = "already_confirmed"
    FAILED = "failed"


async def register_member(settings: Settings, form: Registration) -> tuple[User, bool]:
    """Self-service sign-up: only while the instance accepts new accounts. Also says whether
    the confirmation mail went out; when not, the person asks for a new one in settings."""
    instance = await InstanceSettings.get_or_none(id=1)
    if instance is not None and not instance.open_registration:
        raise Forbidden(N_("This instance does not take new accounts right now."))
    user = await _create_account(form, admin=False, confirmed=False)
    return user, await send_confirmation(settings, user)


async def resend_confirmation(settings: Settings, user: User) -> Resent:
    """Sends the confirmation mail again, a few times an hour at most."""
    if user.email_confirmed_at is not None:
        return Resent.ALREADY_CONFIRMED
    if await ratelimit.attempt(f"confirm-mail:{user.id}", CONFIRM_MAILS_PER_HOUR, _HOUR) is None:
        raise RateLimited(N_("We already sent you several mails. Wait an hour and try again."))
    return Resent.SENT if await send_confirmation(settings, user) else Resent.FAILED


async def ask_password_reset(settings: Settings, email: str, client: str) -> None:
    """`request_password_reset` with a limit per client, so nobody can flood an inbox."""
    if await ratelimit.attempt(f"reset-mail:{client}", RESET_MAILS_PER_HOUR, _HOUR) is None:
        raise RateLimited(N_("Too many requests. Wait an hour and try again."))
    await request_password_reset(settings, email)


async def reset_token_user(settings: Settings, token: str) -> User:
    """The person a reset link belongs to, without using the link up."""
    try:
        data = _serializer(settings, "reset-password").loads(token, max_age=RESET_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise NotFound(BAD_LINK) from None
    user = await User.get_or_none(id=data.get("u"), domain="")
    # The token carries a piece of the old hash: once the password changed, it is spent.
    if user is None or user.password_hash[-16:] != data.get("h"):
        raise NotFound(BAD_LINK)
    return user


def _check_repeat(errors: FieldErrors, password: str, repeat: str, field: str) -> None:
    if field not in errors.fields and password != repeat:
        errors.add(field + "_repeat", N_("The two passwords are not the same."))


async def change_password(user: User, current: str, new: str, repeat: str) -> User:
    """A logged-in change: the current password proves it is really this person."""
    key = f"password-check:{user.id}"
    hit = await ratelimit.attempt(key, PASSWORD_CHECKS_PER_15_MIN, LOGIN_WINDOW)
    if hit is None:
        raise RateLimited(TOO_MANY_LOGINS)
    errors = FieldErrors()
    if await verify_password(user.password_hash, current):
        await ratelimit.forget(hit)  # only wrong guesses use up the allowance
    else:
        errors.add("current_password", N_("This is not your current password."))
    _check_password(errors, new, "new_password")
    _check_repeat(errors, new, repeat, "new_password")
    errors.raise_if_any()
    await ratelimit.clear(key)
    await set_password(user, new)
    return user
