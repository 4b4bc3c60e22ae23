"""Receiving activities: check everything that needs the request itself, store, answer 202.

    body = await read_body(request.stream(), content_length)      # 413 past the limit
    received = await receive(settings, IncomingRequest(...), keys)  # 400 / 401 / 403

The checks, in order: the body is a JSON object with an `id`, `type` and `actor` (400); the
HTTP signature's headers, digest and clock window — RFC 9421 (`federation.message_signatures`)
when `Signature-Input` is present, else draft-cavage (401); the sender's instance is not blocked
(403); the RSA check with the signer's key, fetched once more when it fails because the actor
may have a new key (401); the key belongs to the activity's actor (401); the activity's id lives
on its actor's host (403). Then the activity is stored as an `InboxMessage`, once per id, and
the answer is given only after that write: a 202 is a promise that the activity will be applied.

Nothing is applied here: handlers may need remote fetches and retries, which the worker
(`federation.inbox_processing`) does. An FEP-1b12 `Announce` is signed by the group that is its
actor, so it passes the ownership check like any other activity; the inner activity's author is
checked by the `Announce` handler.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from tortoise.exceptions import IntegrityError

from federation import inbox_batch, inbox_processing, message_signatures, remote_actors, vocab
from federation.errors import (
    FetchError,
    HTTPStatusError,
    InvalidKey,
    ParseError,
    SignatureError,
)
from federation.fetch import is_json
from federation.queue import utcnow
from federation.signatures import IncomingRequest, check_request, load_public_key
from federation.signatures import verify_signature as rsa_verify
from federation.vocab.fields import first_id, required_url
from server.config import Settings
from server.models import Group, InboxMessage, JobState, RemoteInstance, User

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
MAX_ID_LENGTH = 500  # the column's size
# Real activities nest a few levels (an Announce of a Create of a Note with tags: about 6);
# deeper ones are refused before anything walks them recursively.
MAX_DEPTH = 32


class InboxRefusal(Exception):
    """Why an incoming activity is refused: an HTTP status, a code and an English message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Received:
    ap_id: str
    stored: bool  # False: already had it, or nothing to keep (see `receive`)


# Body ---------------------------------------------------------------------------------------


async def read_body(
    chunks: AsyncIterator[bytes], content_length: str | None, limit: int = MAX_BODY_BYTES
) -> bytes:
    """The request body, refused (413) as soon as it is known to pass `limit`: from its
    declared length before reading anything, else while streaming."""
    if content_length is not None:
        try:
            declared = int(content_length)
        except ValueError:
            raise InboxRefusal(400, "bad_request", "Content-Length is not a number") from None
        if declared > limit:
            raise _too_large(limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        parts.append(chunk)
    return b"".join(parts)


def _too_large(limit: int) -> InboxRefusal:
    return InboxRefusal(413, "too_large", f"an activity may be at most {limit} bytes")


def parse_body(request: IncomingRequest) -> dict[str, Any]:
    content_type = request.header("content-type")
    if content_type is not None and not is_json(content_type):
        raise InboxRefusal(400, "bad_request", f"expected JSON, got {content_type!r}")
    try:
        document = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        raise InboxRefusal(400, "bad_request", "the body is not valid JSON") from None
    except RecursionError:
        raise _too_deep() from None
    if not isinstance(document, dict):
        raise InboxRefusal(400, "bad_request", "the body is not a JSON object")
    if nesting_depth(document) > MAX_DEPTH:
        raise _too_deep()
    return document


def _too_deep() -> InboxRefusal:
    return InboxRefusal(400, "bad_request", f"JSON nested deeper than {MAX_DEPTH} levels")


def nesting_depth(value: Any) -> int:
    """How deep lists and objects nest (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_DEPTH:
            return deepest  # enough to refuse; no need to walk the rest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def identify(document: dict[str, Any]) -> tuple[str, str]:
    """(id, actor) of an activity; the full parse happens when it is applied."""
    try:
        ap_id = required_url(document, "id")
        actor = first_id(document.get("actor"), "actor")
    except ParseError as exc:
        raise InboxRefusal(400, "bad_request", str(exc)) from None
    kind = document.get("type")
    if actor is None or not isinstance(kind, (str, list)) or not kind:
        raise InboxRefusal(400, "bad_request", "an activity needs an id, a type and an actor")
    if len(ap_id) > MAX_ID_LENGTH:
        raise InboxRefusal(400, "bad_request", f"ids longer than {MAX_ID_LENGTH} are refused")
    return ap_id, actor


# Receiving ----------------------------------------------------------------------------------


async def receive(
    settings: Settings,
    request: IncomingRequest,
    keys: remote_actors.KeyCache,
    *,
    now: datetime | None = None,
) -> Received:
    """Check and store one incoming activity (see the module docstring); raises `InboxRefusal`.

    `stored` is False for an activity already received, and for the `Delete` of an actor we
    never knew and whose server no longer serves it: there is nothing of theirs to remove.
    The `Delete` of a known actor whose server answers 410 for it is stored and applied.
    """
    moment = now or utcnow()
    document = parse_body(request)
    ap_id, actor = identify(document)
    try:
        signature = _read_signature(settings, request, moment)
    except SignatureError as exc:
        raise InboxRefusal(401, "unauthorized", f"signature: {exc}") from None
    # A known key needs no fetch, so the blocked check can ride on the INSERT (one round trip
    # instead of two); anything that fetches from the sender's host checks first.
    blocked = _BlockCheck(_hosts(signature.key_id, actor))
    known = keys.get(signature.key_id, utcnow())  # the clock `key_for` reads
    if known is None:
        await blocked.refuse()
    try:
        key = await _verified_key(settings, signature, keys, known, blocked)
    except _GoneActor:
        if _deletes_itself(document, actor):
            stored = await _gone_actor_deleted(ap_id, document, actor, signature)
            return Received(ap_id, stored=stored)
        raise InboxRefusal(401, "unauthorized", f"the key {signature.key_id} is gone") from None
    if key.owner != actor:
        raise InboxRefusal(
            401, "unauthorized", f"signed by {key.owner}, but the activity's actor is {actor}"
        )
    if not vocab.same_host(ap_id, actor):
        raise InboxRefusal(403, "forbidden", f"{actor} cannot speak for the id {ap_id}")
    if blocked.checked:
        return Received(ap_id, stored=await store(ap_id, document, signature.key_id, moment))
    return Received(
        ap_id, stored=await _store_unless_blocked(ap_id, document, signature, blocked, moment)
    )


@dataclass(frozen=True)
class _Signature:
    """A signature whose headers, digest and clock passed; `verify` is the key check."""

    key_id: str
    verify: Callable[[rsa.RSAPublicKey], None]


def _read_signature(settings: Settings, request: IncomingRequest, now: datetime) -> _Signature:
    # RFC 9421 first, as newer Mastodon and Fedify send it; a 401 on either scheme makes those
    # senders retry with the other one.
    if message_signatures.is_message_signature(request):
        checked = message_signatures.read_message_signature(request, now=now)
        target = settings.base_url + request.path
        return _Signature(
            checked.key_id,
            lambda key: message_signatures.verify_message_signature(
                request, checked, key, target_uri=target
            ),
        )
    params = check_request(request, now=now)
    return _Signature(params.key_id, lambda key: rsa_verify(request, params, key))


class _BlockCheck:
    """Whether the sender's instance (the key's host, the actor's host) is blocked, asked at
    most once per request."""

    def __init__(self, hosts: frozenset[str]) -> None:
        self.hosts = hosts
        self.checked = False

    async def refuse(self) -> None:
        if not self.checked:
            self.checked = True
            if self.hosts and await RemoteInstance.exists(host__in=self.hosts, blocked=True):
                raise _blocked()


def _blocked() -> InboxRefusal:
    return InboxRefusal(403, "forbidden", "this server does not accept activities from yours")


def _hosts(key_id: str, actor: str) -> frozenset[str]:
    return frozenset({_host(key_id), _host(actor)} - {""})


def _host(url: str) -> str:
    try:
        return vocab.host_of(url)
    except ParseError:
        return ""


class _GoneActor(Exception):
    """The signer's actor document answers 404 or 410."""


async def _verified_key(
    settings: Settings,
    signature: _Signature,
    keys: remote_actors.KeyCache,
    known: remote_actors.SignerKey | None,
    blocked: _BlockCheck,
) -> remote_actors.SignerKey:
    """The key that verifies the signature: `known` (cached) or fetched, and fetched again
    once if that one does not verify, because the actor may have a new key."""
    key = known or await _fetched_key(settings, signature, keys, refresh=False)
    if _fails(signature, key) is None:
        return key
    keys.forget(signature.key_id)
    await blocked.refuse()  # a fetch follows: never from a blocked instance
    key = await _fetched_key(settings, signature, keys, refresh=True)
    failure = _fails(signature, key)
    if failure is not None:
        raise InboxRefusal(401, "unauthorized", f"signature: {failure}")
    return key


def _fails(signature: _Signature, key: remote_actors.SignerKey) -> str | None:
    try:
        signature.verify(key.public_key)
    except SignatureError as exc:
        return str(exc)
    return None


async def _fetched_key(
    settings: Settings, signature: _Signature, keys: remote_actors.KeyCache, *, refresh: bool
) -> remote_actors.SignerKey:
    try:
        return await remote_actors.key_for(settings, signature.key_id, keys, refresh=refresh)
    except HTTPStatusError as exc:
        if exc.status in (404, 410):
            raise _GoneActor from exc
        raise _no_key(signature.key_id, exc) from None
    except FetchError as exc:
        raise _no_key(signature.key_id, exc) from None


def _no_key(key_id: str, exc: Exception) -> InboxRefusal:
    return InboxRefusal(401, "unauthorized", f"cannot get the key {key_id}: {exc}")


async def _gone_actor_deleted(
    ap_id: str, document: dict[str, Any], actor: str, signature: _Signature
) -> bool:
    """A `Delete` of itself by a known actor whose own address now answers 404/410: checked
    against the key we stored for the actor before it went (the key a server signs its
    account's last `Delete` with), since none can be fetched any more. Mastodon tells every
    server it knows about each deleted account; for actors we never knew there is nothing to
    remove, and a request that does not verify against the stored key is refused."""
    if remote_actors.actor_of_key(signature.key_id) != actor or not vocab.same_host(ap_id, actor):
        return False
    known = await User.get_or_none(ap_id=actor)
    if known is None or not known.public_key_pem:
        return False
    try:
        signature.verify(load_public_key(known.public_key_pem))
    except (SignatureError, InvalidKey):
        raise InboxRefusal(401, "unauthorized", "signature: does not verify") from None
    return await store(ap_id, document, signature.key_id, utcnow())


def _deletes_itself(document: dict[str, Any], actor: str) -> bool:
    if document.get("type") != "Delete":
        return False
    try:
        return first_id(document.get("object"), "object") == actor
    except ParseError:
        return False


async def store(ap_id: str, document: dict[str, Any], key_id: str, now: datetime) -> bool:
    """Queue the activity once; False when it was already there. Rings the worker.

    One INSERT, its unique id deciding: a check first would cost every new activity a second
    round trip, and repeats are the exception."""
    try:
        await InboxMessage.create(
            ap_id=ap_id, payload=document, signer_key_id=key_id[:500],
            state=JobState.QUEUED, next_attempt_at=now,
        )  # fmt: skip
    except IntegrityError:
        return False  # the same activity arrived twice at once
    inbox_processing.DOORBELL.ring()
    return True


async def _store_unless_blocked(
    ap_id: str,
    document: dict[str, Any],
    signature: _Signature,
    blocked: _BlockCheck,
    now: datetime,
) -> bool:
    """`store`, with the blocked check in the same statement (`federation.inbox_store`), stored
    together with the activities of requests answered at the same moment (`inbox_batch`)."""
    try:
        inserted = await inbox_batch.insert_unless_blocked(
            ap_id, document, signature.key_id[:500], now, blocked.hosts
        )
    except IntegrityError:
        await blocked.refuse()  # a blocked sender's repeat is refused like its first try
        return False
    if not inserted:
        raise _blocked()
    inbox_processing.DOORBELL.ring()
    return True


async def require_local_actor(*, username: str | None = None, slug: str | None = None) -> None:
    """A personal inbox exists only for a person or group of this instance (else 404)."""
    if username is not None and not await User.exists(username=username.lower(), domain=""):
        raise InboxRefusal(404, "not_found", "there is no such person here")
    if slug is not None and not await Group.exists(slug=slug.lower(), domain=""):
        raise InboxRefusal(404, "not_found", "there is no such group here")
