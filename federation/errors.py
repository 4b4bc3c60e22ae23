"""Typed failures of the protocol layer.

Every function in `federation.signatures`, `federation.fetch` and `federation.vocab` raises only
these, so that the inbox can map a whole family to one HTTP answer (a `SignatureError` is a 401,
a `ParseError` a 400) without catching anything broader. Messages are for logs and for the remote
administrator reading our error response; they are English and never shown to people in the UI.
"""

from __future__ import annotations


class FederationError(Exception):
    """Base of every protocol-level failure."""


class ParseError(FederationError):
    """An ActivityStreams document is not something we understand or accept."""


class SignatureError(FederationError):
    """An HTTP signature is missing, malformed or does not verify (answer: 401)."""


class MissingHeader(SignatureError):
    """A header that must be present or signed is absent."""

    def __init__(self, header: str, detail: str = "is missing") -> None:
        super().__init__(f"header {header!r} {detail}")
        self.header = header


class MalformedSignature(SignatureError):
    """The Signature header cannot be parsed."""


class UnsupportedAlgorithm(SignatureError):
    """The signature names an algorithm or key type we do not verify."""


class BadDigest(SignatureError):
    """The body does not match its Digest / Content-Digest header."""


class DateOutOfRange(SignatureError):
    """The signed Date (or created/expires) is too old or too far in the future."""


class BadSignature(SignatureError):
    """The signature does not verify against the given public key."""


class InvalidKey(FederationError):
    """A PEM key cannot be loaded, or is not an RSA key of acceptable size."""


class FetchError(FederationError):
    """A remote fetch was refused or failed."""


class ForbiddenURL(FetchError):
    """The URL's scheme, form or host is not allowed (e.g. http outside development)."""


class ForbiddenAddress(FetchError):
    """The host is, or resolves to, an address we never connect to (SSRF guard)."""


class TooManyRedirects(FetchError):
    """More redirects than allowed."""


class ResponseTooLarge(FetchError):
    """The response body exceeds the size limit."""


class FetchTimeout(FetchError):
    """Connecting or reading took longer than allowed."""


class BadContentType(FetchError):
    """The response is not ActivityStreams JSON."""


class BadResponse(FetchError):
    """The response is not valid JSON, or not a JSON object."""


class HTTPStatusError(FetchError):
    """The remote answered with a non-success status (410 Gone means deleted)."""

    def __init__(self, status: int, url: str) -> None:
        super().__init__(f"{url} answered HTTP {status}")
        self.status = status
        self.url = url


class ConnectionFailed(FetchError):
    """The connection could not be made or broke off."""
