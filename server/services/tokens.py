"""Personal API tokens: only a hash is stored, so a token is shown once when it is made."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from server.models import ApiToken, User
from server.services.accounts import is_local
from server.services.clock import now
from server.services.errors import N_, FieldErrors, NotFound

TOKEN_PREFIX = "pld_"  # noqa: S105 — a visible prefix, not a secret
# Write at most once an hour: reading the feed must not turn into a write per request.
LAST_USED_PRECISION = timedelta(hours=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_token(user: User, name: str = "") -> str:
    """Returns the token itself; only its hash is stored, so it is shown once."""
    if not is_local(user):
        raise NotFound(N_("This person does not exist."))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    await ApiToken.create(user=user, name=name[:100], token_hash=token_hash(token))
    return token


async def new_token(user: User, name: str) -> str:
    """`create_token` with a checked name, so people can tell their tokens apart."""
    errors = FieldErrors()
    name = errors.text("token_name", name, max_length=100)
    errors.raise_if_any()
    return await create_token(user, name)


async def user_for_token(token: str) -> User | None:
    """The local person a token belongs to; None for unknown tokens and for people from other
    instances, who can never act here through the API."""
    record = await ApiToken.get_or_none(token_hash=token_hash(token)).select_related("user")
    if record is None or not is_local(record.user):
        return None
    moment = now()
    if record.last_used_at is None or moment - record.last_used_at > LAST_USED_PRECISION:
        record.last_used_at = moment
        await record.save(update_fields=["last_used_at"])
    return record.user


async def tokens_of(user: User) -> list[ApiToken]:
    return await ApiToken.filter(user_id=user.id).order_by("-created_at", "-id")


async def revoke_token(user: User, token_id: int) -> None:
    deleted = await ApiToken.filter(id=token_id, user_id=user.id).delete()
    if not deleted:
        raise NotFound(N_("This token does not exist."))
