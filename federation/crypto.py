"""RSA keys for actors, and body digests (`Digest`, RFC 9530 `Content-Digest`).

Kept apart from `federation.signatures`, which re-exports all of this, so that the signature
logic reads on its own.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable
from functools import lru_cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from federation.errors import BadDigest, InvalidKey, UnsupportedAlgorithm

MIN_KEY_BITS = 2048
_DIGESTS: dict[str, Callable[[bytes], bytes]] = {
    "sha-256": lambda body: hashlib.sha256(body).digest(),
    "sha-512": lambda body: hashlib.sha512(body).digest(),
}


# Keys ---------------------------------------------------------------------------------------


def generate_private_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key_to_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def public_key_to_pem(key: rsa.RSAPublicKey | rsa.RSAPrivateKey) -> str:
    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def generate_key_pair(bits: int = 2048) -> tuple[str, str]:
    """A new (private PEM, public PEM) pair for an actor."""
    key = generate_private_key(bits)
    return private_key_to_pem(key), public_key_to_pem(key)


@lru_cache(maxsize=1024)
def load_private_key(pem: str) -> rsa.RSAPrivateKey:
    """Parsing checks the key's consistency and costs tens of milliseconds; our own keys never
    change while the process runs, so each is parsed once (the cache holds local keys only)."""
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise InvalidKey(f"cannot load private key: {exc}") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InvalidKey("private key is not an RSA key")
    return key


def load_public_key(pem: str, *, min_bits: int = MIN_KEY_BITS) -> rsa.RSAPublicKey:
    """Load a remote actor's `publicKeyPem`; weak keys are refused, not silently trusted."""
    try:
        key = serialization.load_pem_public_key(pem.strip().encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise InvalidKey(f"cannot load public key: {exc}") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise UnsupportedAlgorithm("only RSA public keys are supported")
    if key.key_size < min_bits:
        raise InvalidKey(f"RSA key of {key.key_size} bits is below {min_bits}")
    return key


# Digests ------------------------------------------------------------------------------------


def body_digest(body: bytes) -> str:
    """The `Digest` header value (RFC 3230) that Mastodon and Lemmy expect."""
    return "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode("ascii")


def content_digest(body: bytes) -> str:
    """The RFC 9530 `Content-Digest` header value."""
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode("ascii") + ":"


def check_digest(value: str, body: bytes) -> None:
    """Check a `Digest` header: every entry in an algorithm we know must match the body."""
    entries = []
    for item in value.split(","):
        name, sep, encoded = item.strip().partition("=")
        if sep:
            entries.append((name.strip().lower(), encoded.strip()))
    _match_entries(entries, body, "Digest")


def check_content_digest(value: str, body: bytes) -> None:
    """Check an RFC 9530 `Content-Digest` header (`sha-256=:base64:`)."""
    entries = []
    for item in value.split(","):
        name, sep, encoded = item.strip().partition("=")
        encoded = encoded.strip()
        if sep and len(encoded) >= 2 and encoded[0] == encoded[-1] == ":":
            entries.append((name.strip().lower(), encoded[1:-1]))
    _match_entries(entries, body, "Content-Digest")


def _match_entries(entries: list[tuple[str, str]], body: bytes, header: str) -> None:
    known = [(name, encoded) for name, encoded in entries if name in _DIGESTS]
    if not known:
        raise BadDigest(f"{header} has no SHA-256 or SHA-512 value")
    for name, encoded in known:
        try:
            claimed = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise BadDigest(f"{header} is not valid base64") from exc
        if not hmac.compare_digest(claimed, _DIGESTS[name](body)):
            raise BadDigest(f"{header} does not match the body")
