"""People: registration, login, e-mail confirmation, password reset, profile, API tokens."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from tortoise.exceptions import IntegrityError

from server.config import LANGUAGES, Settings
from server.db import transaction
from server.i18n import gettext
from server.models import ApiToken, InstanceSettings, Role, User
from server.services import mail, ratelimit
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, Invalid, NotFound, RateLimited

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,30}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
CONFIRM_MAX_AGE = int(timedelta(days=7).total_seconds())
RESET_MAX_AGE = int(timedelta(hours=2).total_seconds())
LOGIN_WINDOW = timedelta(minutes=15)
TOKEN_PREFIX = "pld_"  # noqa: S105 — a visible prefix, not a secret

_hasher = PasswordHasher()
# A hash to verify against when the account does not exist, so timing does not reveal it.
_DUMMY_HASH = _hasher.hash("not a real password")


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
    elif len(email) > 254 or not EMAIL_RE.match(email):
        errors.add("email", N_("This is not a valid e-mail address."))


def _check_password(errors: FieldErrors, password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        errors.add(field, N_("Use at least %(min)s characters."), min=MIN_PASSWORD)
    elif len(password) > MAX_PASSWORD:
        errors.add(field, N_("This is too long: at most %(max)s characters."), max=MAX_PASSWORD)


async def register(
    settings: Settings, form: Registration, *, admin: bool = False, confirmed: bool = False
) -> User:
    errors = _check_registration(form)
    username = form.username.strip().lower()
    email = form.email.strip().lower()
    if not errors.fields:
        if await User.filter(username=username).exists():
            errors.add("username", N_("This username is taken. Choose another one."))
        if await User.filter(email=email).exists():
            errors.add("email", N_("There is already an account with this e-mail address."))
    errors.raise_if_any()
    try:
        async with transaction():
            user = await User.create(
                username=username,
                name=form.name.strip(),
                organisation="" if form.private_person else form.organisation.strip(),
                role=Role(form.role),
                email=email,
                password_hash=_hasher.hash(form.password),
                is_admin=admin,
                email_confirmed_at=now() if confirmed else None,
                language=form.language if form.language in LANGUAGES else None,
            )
    except IntegrityError:
        # Two registrations raced for the same name or address; the other one won.
        raise Invalid({"username": (N_("This username or e-mail address is taken."), {})}) from None
    if not confirmed:
        await send_confirmation(settings, user)
    return user


def _serializer(settings: Settings, salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt=salt)


async def send_confirmation(settings: Settings, user: User) -> None:
    if user.email is None:  # people from other instances have no address here
        return
    token = _serializer(settings, "confirm-email").dumps({"u": user.id, "e": user.email})
    lang = user.language or settings.default_language
    link = f"{settings.base_url}/confirm/{token}"
    body = gettext(
        "Hello %(name)s,\n\nPlease confirm your e-mail address by opening this link:\n"
        "%(link)s\n\nThe link works for 7 days. Did you not sign up? Then you can ignore this "
        "mail.",
        lang,
    ) % {"name": user.name, "link": link}
    await mail.send_mail(settings, user.email, gettext("Confirm your e-mail address", lang), body)


async def confirm_email(settings: Settings, token: str) -> User:
    try:
        data = _serializer(settings, "confirm-email").loads(token, max_age=CONFIRM_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise NotFound(N_("This link is not valid or has expired.")) from None
    user = await User.get_or_none(id=data.get("u"), email=data.get("e"))
    if user is None:
        raise NotFound(N_("This link is not valid or has expired."))
    if user.email_confirmed_at is None:
        user.email_confirmed_at = now()
        await user.save(update_fields=["email_confirmed_at"])
    return user


async def authenticate(settings: Settings, login: str, password: str, client: str) -> User:
    """Check a login; failed attempts per client and per account are rate-limited."""
    login = login.strip().lower()
    keys = [f"login:client:{client}", f"login:account:{login}"]
    limit = settings.login_attempts_per_15_min
    for key in keys:
        if await ratelimit.too_many(key, limit, LOGIN_WINDOW):
            raise RateLimited(N_("Too many attempts. Wait 15 minutes and try again."))
    if "@" in login:
        user = await User.get_or_none(email=login)
    else:
        user = await User.get_or_none(username=login)
    if user is None or not _verify(user.password_hash, password):
        for key in keys:
            await ratelimit.hit(key, LOGIN_WINDOW)
        raise Invalid({"password": (N_("The username or password is not right."), {})})
    await ratelimit.clear(f"login:account:{login}")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        await user.save(update_fields=["password_hash"])
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_dummy(password: str) -> None:
    _verify(_DUMMY_HASH, password)


async def request_password_reset(settings: Settings, email: str) -> None:
    """Send a reset link if the address is known; say nothing either way (no account probing)."""
    user = await User.get_or_none(email=email.strip().lower())
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


async def reset_password(settings: Settings, token: str, password: str) -> User:
    try:
        data = _serializer(settings, "reset-password").loads(token, max_age=RESET_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise NotFound(N_("This link is not valid or has expired.")) from None
    user = await User.get_or_none(id=data.get("u"))
    # The token carries a piece of the old hash: once the password changed, it is spent.
    if user is None or user.password_hash[-16:] != data.get("h"):
        raise NotFound(N_("This link is not valid or has expired."))
    errors = FieldErrors()
    _check_password(errors, password)
    errors.raise_if_any()
    user.password_hash = _hasher.hash(password)
    if user.email_confirmed_at is None:
        # The link reached the inbox, so the address is confirmed too.
        user.email_confirmed_at = now()
    await user.save(update_fields=["password_hash", "email_confirmed_at"])
    return user


async def set_password(user: User, password: str) -> None:
    errors = FieldErrors()
    _check_password(errors, password)
    errors.raise_if_any()
    user.password_hash = _hasher.hash(password)
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
    user = await User.get_or_none(username=username.lower())
    if user is None:
        raise NotFound(N_("This person does not exist."))
    return user


async def promote(username: str) -> User:
    user = await get_user(username)
    user.is_admin = True
    await user.save(update_fields=["is_admin"])
    return user


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_token(user: User, name: str = "") -> str:
    """Returns the token itself; only its hash is stored, so it is shown once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    await ApiToken.create(user=user, name=name[:100], token_hash=_token_hash(token))
    return token


async def user_for_token(token: str) -> User | None:
    record = await ApiToken.get_or_none(token_hash=_token_hash(token)).select_related("user")
    if record is None:
        return None
    moment = now()
    # Write at most once an hour: reading the feed must not turn into a write per request.
    if record.last_used_at is None or moment - record.last_used_at > timedelta(hours=1):
        record.last_used_at = moment
        await record.save(update_fields=["last_used_at"])
    return record.user


async def admin_exists() -> bool:
    return await User.filter(is_admin=True).exists()


# --- Added for the web pages (web-accounts) -------------------------------------------------

CONFIRM_MAILS_PER_HOUR = 3
RESET_MAILS_PER_HOUR = 5
PASSWORD_CHECKS_PER_15_MIN = 10
_HOUR = timedelta(hours=1)


def check_registration(form: Registration) -> dict[str, tuple[str, dict[str, Any]]]:
    """The form's own problems, without the database: lets the set-up page show them together
    with the instance fields, which `instance.setup` checks first."""
    return _check_registration(form).fields


async def register_member(settings: Settings, form: Registration) -> User:
    """Self-service sign-up: only while the instance accepts new accounts."""
    instance = await InstanceSettings.get_or_none(id=1)
    if instance is not None and not instance.open_registration:
        raise Forbidden(N_("This instance does not take new accounts right now."))
    return await register(settings, form)


async def resend_confirmation(settings: Settings, user: User) -> bool:
    """Sends the confirmation mail again; False when the address is already confirmed."""
    if user.email_confirmed_at is not None:
        return False
    key = f"confirm-mail:{user.id}"
    if await ratelimit.too_many(key, CONFIRM_MAILS_PER_HOUR, _HOUR):
        raise RateLimited(N_("We already sent you several mails. Wait an hour and try again."))
    await ratelimit.hit(key, _HOUR)
    await send_confirmation(settings, user)
    return True


async def ask_password_reset(settings: Settings, email: str, client: str) -> None:
    """`request_password_reset` with a limit per client, so nobody can flood an inbox."""
    key = f"reset-mail:{client}"
    if await ratelimit.too_many(key, RESET_MAILS_PER_HOUR, _HOUR):
        raise RateLimited(N_("Too many requests. Wait an hour and try again."))
    await ratelimit.hit(key, _HOUR)
    await request_password_reset(settings, email)


async def reset_token_user(settings: Settings, token: str) -> User:
    """The person a reset link belongs to, without using the link up."""
    try:
        data = _serializer(settings, "reset-password").loads(token, max_age=RESET_MAX_AGE)
    except (BadSignature, SignatureExpired):
        raise NotFound(N_("This link is not valid or has expired.")) from None
    user = await User.get_or_none(id=data.get("u"))
    if user is None or user.password_hash[-16:] != data.get("h"):
        raise NotFound(N_("This link is not valid or has expired."))
    return user


def _check_repeat(errors: FieldErrors, password: str, repeat: str, field: str) -> None:
    if field not in errors.fields and password != repeat:
        errors.add(field + "_repeat", N_("The two passwords are not the same."))


async def reset_password_twice(settings: Settings, token: str, password: str, repeat: str) -> User:
    """The reset form: the new password typed twice."""
    await reset_token_user(settings, token)
    errors = FieldErrors()
    _check_password(errors, password)
    _check_repeat(errors, password, repeat, "password")
    errors.raise_if_any()
    return await reset_password(settings, token, password)


async def change_password(user: User, current: str, new: str, repeat: str) -> User:
    """A logged-in change: the current password proves it is really this person."""
    key = f"password-check:{user.id}"
    if await ratelimit.too_many(key, PASSWORD_CHECKS_PER_15_MIN, LOGIN_WINDOW):
        raise RateLimited(N_("Too many attempts. Wait 15 minutes and try again."))
    errors = FieldErrors()
    if not _verify(user.password_hash, current):
        await ratelimit.hit(key, LOGIN_WINDOW)
        errors.add("current_password", N_("This is not your current password."))
    _check_password(errors, new, "new_password")
    _check_repeat(errors, new, repeat, "new_password")
    errors.raise_if_any()
    await ratelimit.clear(key)
    await set_password(user, new)
    return user


async def tokens_of(user: User) -> list[ApiToken]:
    return await ApiToken.filter(user_id=user.id).order_by("-created_at", "-id")


async def new_token(user: User, name: str) -> str:
    """`create_token` with a checked name, so people can tell their tokens apart."""
    errors = FieldErrors()
    name = errors.text("token_name", name, max_length=100)
    errors.raise_if_any()
    return await create_token(user, name)


async def revoke_token(user: User, token_id: int) -> None:
    deleted = await ApiToken.filter(id=token_id, user_id=user.id).delete()
    if not deleted:
        raise NotFound(N_("This token does not exist."))
