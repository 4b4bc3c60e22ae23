"""HTTP Message Signatures (RFC 9421), as newer Mastodon releases and Fedify-based servers send
them before falling back to draft-cavage (`federation.signatures`).

Verification has the same two steps as draft-cavage, so that the caller can fetch the key in
between:

    signature = read_message_signature(request, now=now)       # parse, coverage, digest, clock
    key = await keys.public_key_for(signature.key_id)          # the caller's cache / fetch
    verify_message_signature(request, signature, key, target_uri=...)

Building the signature base and the RSA check are done by `http_message_signatures`; this
module decides what a signature must cover before we trust it, as `_require_signed` does for
draft-cavage: the method, the full target (so it cannot be replayed on another server or path),
a creation time inside our window and, with a body, a checked `Content-Digest`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import http_message_signatures as hms
import http_sf
from cryptography.hazmat.primitives.asymmetric import rsa
from http_message_signatures import algorithms

from federation.crypto import check_content_digest
from federation.errors import (
    BadSignature,
    DateOutOfRange,
    MalformedSignature,
    MissingHeader,
    UnsupportedAlgorithm,
)
from federation.signatures import (
    BODY_METHODS,
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_FUTURE,
    IncomingRequest,
)

# Without `alg` the key decides; the fediverse's keys are RSA and Mastodon signs them with
# PKCS#1 v1.5 over SHA-256, the same as its draft-cavage signatures.
_ALGORITHMS: dict[str, type[hms.HTTPSignatureAlgorithm]] = {
    "rsa-v1_5-sha256": algorithms.RSA_V1_5_SHA256,
    "rsa-pss-sha512": algorithms.RSA_PSS_SHA512,
}
_DEFAULT_ALGORITHM = "rsa-v1_5-sha256"
# Either the whole target URI, or its authority with the path: both pin server and path.
_TARGETS = ({"@target-uri"}, {"@authority", "@path"}, {"@authority", "@request-target"})


@dataclass(frozen=True, kw_only=True)
class MessageSignature:
    """One checked `Signature-Input` member, waiting for its key."""

    label: str
    key_id: str
    algorithm: str
    components: tuple[str, ...]
    created: int


def is_message_signature(request: IncomingRequest) -> bool:
    return request.header("signature-input") is not None


def read_message_signature(
    request: IncomingRequest,
    *,
    now: datetime,
    max_age: timedelta = DEFAULT_MAX_AGE,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> MessageSignature:
    """Everything but the cryptography: parse, required coverage, algorithm, digest, clock."""
    label, inner, params = _only_member(request.header("signature-input") or "")
    signature = _signatures(request.header("signature"))
    if label not in signature:
        raise MalformedSignature(f"Signature has no member {label!r}")
    components = _component_names(inner)
    key_id = params.get("keyid")
    if not isinstance(key_id, str) or not key_id:
        raise MalformedSignature("Signature-Input has no keyid")
    algorithm = params.get("alg", _DEFAULT_ALGORITHM)
    if algorithm not in _ALGORITHMS:
        raise UnsupportedAlgorithm(f"algorithm {algorithm!r} is not supported")
    _require_covered(request, components)
    if "content-digest" in components:
        value = request.header("content-digest")
        if value is None:
            raise MissingHeader("content-digest", "is signed but absent")
        check_content_digest(value, request.body)
    created = _check_times(params, now, max_age, max_future)
    return MessageSignature(
        label=label, key_id=key_id, algorithm=algorithm, components=components, created=created
    )


def _parse_dictionary(value: str, header: str) -> dict[str, Any]:
    try:
        parsed = http_sf.parse(value.encode("latin-1"), tltype="dictionary")
    except (ValueError, UnicodeEncodeError) as exc:
        raise MalformedSignature(f"{header} is not a structured dictionary: {exc}") from exc
    if not isinstance(parsed, dict) or not parsed:
        raise MalformedSignature(f"{header} is empty")
    return parsed


def _only_member(value: str) -> tuple[str, list[Any], dict[str, Any]]:
    members = _parse_dictionary(value, "Signature-Input")
    if len(members) != 1:
        # Several signatures need an agreed tag to choose from; fediverse senders send one.
        raise MalformedSignature("Signature-Input carries more than one signature")
    label, (inner, params) = next(iter(members.items()))
    if not isinstance(inner, list):
        raise MalformedSignature("Signature-Input member is not an inner list")
    return label, inner, params


def _signatures(value: str | None) -> dict[str, Any]:
    if value is None:
        raise MissingHeader("Signature")
    members = _parse_dictionary(value, "Signature")
    for member, _params in members.values():
        if not isinstance(member, bytes):
            raise MalformedSignature("Signature member is not a byte sequence")
    return members


def _component_names(inner: Iterable[Any]) -> tuple[str, ...]:
    names = []
    for name, params in inner:
        if not isinstance(name, str):
            raise MalformedSignature("Signature-Input components must be strings")
        # Parameterised components (`;req`, `;key`, `;bs`) are not needed for a request from
        # one server to another; refusing them keeps the coverage check below exact.
        if params:
            raise MalformedSignature(f"component {name!r} carries parameters")
        names.append(name)
    return tuple(names)


def _require_covered(request: IncomingRequest, components: tuple[str, ...]) -> None:
    covered = set(components)
    if "@method" not in covered:
        raise MissingHeader("@method", "must be signed")
    if not any(target <= covered for target in _TARGETS):
        raise MissingHeader("@target-uri", "must be signed")
    has_body = bool(request.body) or request.method.upper() in BODY_METHODS
    if has_body and "content-digest" not in covered:
        raise MissingHeader("content-digest", "must be signed for a request with a body")


def _check_times(
    params: dict[str, Any], now: datetime, max_age: timedelta, max_future: timedelta
) -> int:
    # Compared as numbers: a structured-field integer may have 15 digits, far past any date
    # `datetime` can hold.
    created = params.get("created")
    if type(created) is not int:
        raise MalformedSignature("Signature-Input has no integer created")
    seconds = now.timestamp()
    if seconds - created > max_age.total_seconds():
        raise DateOutOfRange(f"created is more than {max_age} old")
    if created - seconds > max_future.total_seconds():
        raise DateOutOfRange(f"created is more than {max_future} in the future")
    expires = params.get("expires")
    if expires is not None:
        if type(expires) is not int:
            raise MalformedSignature("expires is not an integer")
        if seconds > expires:
            raise DateOutOfRange("signature has expired")
    return created


@dataclass(frozen=True)
class _Message:
    """The request as `http_message_signatures` reads it: method, absolute URL, header lines."""

    method: str
    url: str
    headers: _Headers


@dataclass(frozen=True)
class _Headers:
    lines: tuple[tuple[str, str], ...]

    def items(self) -> tuple[tuple[str, str], ...]:
        return self.lines


class _Verifier(hms.HTTPMessageVerifier):
    # The clock window was checked above with our own bounds (as wide as Mastodon's); the
    # library's five-second skew would refuse senders whose clocks drift a little.
    max_clock_skew = DEFAULT_MAX_FUTURE


def verify_message_signature(
    request: IncomingRequest,
    signature: MessageSignature,
    public_key: rsa.RSAPublicKey,
    *,
    target_uri: str,
) -> None:
    """The cryptographic check. `target_uri` is the absolute URL the sender posted to: our
    public base URL and the request target, as our actor documents advertise it."""
    message = _Message(
        method=request.method.upper(),
        url=target_uri,
        headers=_Headers(tuple((name, value) for name, value in request.headers.items())),
    )
    verifier = _Verifier(
        signature_algorithm=_ALGORITHMS[signature.algorithm],
        key_resolver=hms.MappingKeyResolver(
            public_keys={signature.key_id: public_key}, private_keys={}
        ),
    )
    try:
        verifier.verify(message, max_age=None, expect_label=None)
    except hms.HTTPMessageSignaturesException as exc:
        detail = f": {exc}" if str(exc) else ""
        raise BadSignature(f"signature by {signature.key_id} does not verify{detail}") from exc
