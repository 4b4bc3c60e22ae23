"""HTTP Signatures (draft-cavage-12) as Mastodon, Lemmy, PieFed and Mbin use them.

Outgoing requests are signed with RSA PKCS#1 v1.5 over SHA-256 (`rsa-sha256`), covering
`(request-target) host date` and, when there is a body, `digest`. Incoming requests are checked
in two steps so that the caller can look up the key in between:

    params = check_request(request, now=now)            # cheap: headers, digest, clock window
    key = await keys.public_key_for(params.key_id)      # the caller's cache / fetch
    verify_signature(request, params, key)              # RSA

`verify_request` does all three when the key is already at hand. Nothing here reads a clock:
`now` is always passed in.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

# Keys and digests live in federation.crypto; re-exported so callers need one module.
from federation.crypto import MIN_KEY_BITS as MIN_KEY_BITS
from federation.crypto import body_digest as body_digest
from federation.crypto import check_content_digest as check_content_digest
from federation.crypto import check_digest as check_digest
from federation.crypto import content_digest as content_digest
from federation.crypto import generate_key_pair as generate_key_pair
from federation.crypto import generate_private_key as generate_private_key
from federation.crypto import load_private_key as load_private_key
from federation.crypto import load_public_key as load_public_key
from federation.crypto import private_key_to_pem as private_key_to_pem
from federation.crypto import public_key_to_pem as public_key_to_pem
from federation.errors import (
    BadSignature,
    DateOutOfRange,
    MalformedSignature,
    MissingHeader,
    UnsupportedAlgorithm,
)

# Mastodon accepts a Date up to 5 minutes old plus one hour of clock skew, and up to one hour
# in the future (signed_request.rb: default expiry 5 min, CLOCK_SKEW_MARGIN 1 h; its 12 h limit
# only caps an explicit `expires`). Accepting the same window means every sender Mastodon
# accepts works with us too; replays inside it are harmless because the inbox deduplicates by
# activity id, and our own deliveries are re-signed on every attempt.
DEFAULT_MAX_AGE = timedelta(hours=1, minutes=5)
DEFAULT_MAX_FUTURE = timedelta(hours=1)

# hs2019 means "look at the key": for the RSA keys of the fediverse that is PKCS#1 v1.5 SHA-256,
# which is how Mastodon reads it. An absent algorithm is treated the same way.
ACCEPTED_ALGORITHMS = frozenset({"rsa-sha256", "hs2019"})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_PARAM = re.compile(r'\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*("(?:[^"\\]|\\.)*"|[^,"\s]*)\s*(?:,|$)')


# Parsing ------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SignatureParams:
    """The parameters of one `Signature` header."""

    key_id: str
    signature: bytes
    headers: tuple[str, ...] = ("date",)
    algorithm: str | None = None
    created: int | None = None
    expires: int | None = None


@dataclass(frozen=True, kw_only=True)
class IncomingRequest:
    """What verification needs of a received request.

    `path` is the request target exactly as received, query string included (in Starlette:
    `scope["raw_path"]` plus `?` and `scope["query_string"]`), because the sender signed those
    bytes and any re-encoding breaks the signature.
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes = b""
    _lower: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lower", _normalise_headers(self.headers))

    def header(self, name: str) -> str | None:
        return self._lower.get(name.lower())


def _normalise_headers(headers: Mapping[str, str]) -> dict[str, str]:
    # Multi-dicts (Starlette, aiohttp) list repeated headers in .items(); the draft joins
    # repeated values with ", " in the order they were sent.
    merged: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        merged[key] = f"{merged[key]}, {value.strip()}" if key in merged else value.strip()
    return merged


def parse_signature_header(value: str) -> SignatureParams:
    """Parse `keyId="…",algorithm="…",headers="…",signature="…"` (order and spacing free)."""
    params = _split_params(value)
    key_id, encoded = params.get("keyid"), params.get("signature")
    if not key_id:
        raise MalformedSignature("Signature has no keyId")
    if not encoded:
        raise MalformedSignature("Signature has no signature value")
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedSignature("signature value is not valid base64") from exc
    names = tuple(params.get("headers", "date").lower().split())
    if not names:
        raise MalformedSignature("Signature lists no headers")
    return SignatureParams(
        key_id=key_id,
        signature=signature,
        headers=names,
        algorithm=params["algorithm"].lower() if "algorithm" in params else None,
        created=_int_param(params, "created"),
        expires=_int_param(params, "expires"),
    )


def _split_params(value: str) -> dict[str, str]:
    params: dict[str, str] = {}
    position, text = 0, value.strip()
    while position < len(text):
        match = _PARAM.match(text, position)
        if match is None or match.end() == position:
            raise MalformedSignature(f"cannot parse Signature header near {text[position:][:20]!r}")
        name, raw = match.group(1).lower(), match.group(2)
        if name in params:
            raise MalformedSignature(f"Signature repeats {name!r}")
        params[name] = re.sub(r"\\(.)", r"\1", raw[1:-1]) if raw.startswith('"') else raw
        position = match.end()
    return params


def _int_param(params: dict[str, str], name: str) -> int | None:
    if name not in params:
        return None
    try:
        return int(params[name])
    except ValueError as exc:
        raise MalformedSignature(f"{name} is not an integer") from exc


def read_signature(request: IncomingRequest) -> SignatureParams:
    """The signature parameters, from `Signature` or else `Authorization: Signature …`."""
    value = request.header("signature")
    if value is None:
        authorization = request.header("authorization") or ""
        scheme, _, rest = authorization.partition(" ")
        if scheme.lower() != "signature":
            raise MissingHeader("Signature")
        value = rest
    return parse_signature_header(value)


# Signing string -----------------------------------------------------------------------------


def signing_string(
    method: str, path: str, headers: Mapping[str, str], params: SignatureParams
) -> str:
    """The text that is signed: one `name: value` line per signed header, in the listed order."""
    lower = _normalise_headers(headers)
    lines = []
    for name in params.headers:
        if name == "(request-target)":
            value = f"{method.lower()} {path}"
        elif name in ("(created)", "(expires)"):
            number = params.created if name == "(created)" else params.expires
            if number is None:
                raise MalformedSignature(f"{name} is signed but has no parameter")
            value = str(number)
        elif name in lower:
            value = lower[name]
        else:
            raise MissingHeader(name, "is signed but absent")
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


def format_http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def host_header(url: str) -> str:
    """The Host header for a URL: lower-case host, port only when not the scheme's default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


def request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


# Signing ------------------------------------------------------------------------------------


def sign_request(
    *,
    method: str,
    url: str,
    key_id: str,
    private_key: rsa.RSAPrivateKey,
    now: datetime,
    body: bytes | None = None,
) -> dict[str, str]:
    """The headers to add to a request: Host, Date, Digest (with a body) and Signature."""
    method = method.upper()
    if body is None and method in BODY_METHODS:
        body = b""
    headers = {"Host": host_header(url), "Date": format_http_date(now)}
    names = ["(request-target)", "host", "date"]
    if body is not None:
        headers["Digest"] = body_digest(body)
        names.append("digest")
    params = SignatureParams(key_id=key_id, signature=b"", headers=tuple(names))
    text = signing_string(method, request_target(url), headers, params)
    signature = private_key.sign(text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    encoded = base64.b64encode(signature).decode("ascii")
    headers["Signature"] = (
        f'keyId="{key_id}",algorithm="rsa-sha256",headers="{" ".join(names)}",signature="{encoded}"'
    )
    return headers


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RequestSigner:
    """A ready-made signing hook for `federation.fetch` (the clock lives here, not above)."""

    key_id: str
    private_key: rsa.RSAPrivateKey
    clock: Callable[[], datetime] = _utcnow

    def __call__(self, method: str, url: str, body: bytes | None) -> dict[str, str]:
        return sign_request(
            method=method,
            url=url,
            key_id=self.key_id,
            private_key=self.private_key,
            now=self.clock(),
            body=body,
        )


# Verifying ----------------------------------------------------------------------------------


def check_request(
    request: IncomingRequest,
    *,
    now: datetime,
    max_age: timedelta = DEFAULT_MAX_AGE,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> SignatureParams:
    """Everything but the RSA check: parse, required headers, algorithm, digest, clock window."""
    params = read_signature(request)
    if params.algorithm is not None and params.algorithm not in ACCEPTED_ALGORITHMS:
        raise UnsupportedAlgorithm(f"algorithm {params.algorithm!r} is not supported")
    _require_signed(request, params)
    _check_signed_digest(request, params)
    _check_clock(request, params, now, max_age, max_future)
    return params


def _require_signed(request: IncomingRequest, params: SignatureParams) -> None:
    # Without these a signature could be lifted from one request and replayed on another
    # path, host or (via the digest) with another body.
    for name in ("(request-target)", "host", "date"):
        if name not in params.headers:
            raise MissingHeader(name, "must be signed")
    has_body = bool(request.body) or request.method.upper() in BODY_METHODS
    if has_body and "digest" not in params.headers and "content-digest" not in params.headers:
        raise MissingHeader("digest", "must be signed for a request with a body")


def _check_signed_digest(request: IncomingRequest, params: SignatureParams) -> None:
    for name, check in (("digest", check_digest), ("content-digest", check_content_digest)):
        if name in params.headers:
            value = request.header(name)
            if value is None:
                raise MissingHeader(name, "is signed but absent")
            check(value, request.body)


def _check_clock(
    request: IncomingRequest,
    params: SignatureParams,
    now: datetime,
    max_age: timedelta,
    max_future: timedelta,
) -> None:
    raw = request.header("date")
    if raw is None:
        raise MissingHeader("date")
    _check_moment(_parse_http_date(raw), "Date", now, max_age, max_future)
    if params.created is not None:
        created = datetime.fromtimestamp(params.created, UTC)
        _check_moment(created, "created", now, max_age, max_future)
    if params.expires is not None and now > datetime.fromtimestamp(params.expires, UTC):
        raise DateOutOfRange("signature has expired")


def _check_moment(
    moment: datetime, label: str, now: datetime, max_age: timedelta, max_future: timedelta
) -> None:
    if now - moment > max_age:
        raise DateOutOfRange(f"{label} is more than {max_age} old")
    if moment - now > max_future:
        raise DateOutOfRange(f"{label} is more than {max_future} in the future")


def _parse_http_date(value: str) -> datetime:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as exc:
        raise DateOutOfRange(f"Date {value!r} is not an HTTP date") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def verify_signature(
    request: IncomingRequest, params: SignatureParams, public_key: rsa.RSAPublicKey
) -> None:
    """The RSA check of a signature whose other conditions `check_request` already passed."""
    text = signing_string(request.method, request.path, request.headers, params)
    try:
        public_key.verify(
            params.signature, text.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256()
        )
    except InvalidSignature as exc:
        raise BadSignature(f"signature by {params.key_id} does not verify") from exc


def verify_request(
    request: IncomingRequest,
    public_key: rsa.RSAPublicKey,
    *,
    now: datetime,
    max_age: timedelta = DEFAULT_MAX_AGE,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> str:
    """Check and verify in one go; returns the keyId that signed the request."""
    params = check_request(request, now=now, max_age=max_age, max_future=max_future)
    verify_signature(request, params, public_key)
    return params.key_id
