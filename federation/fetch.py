"""The one guarded HTTP client for every request to another server.

Every remote URL we touch comes from someone else (an actor document, an activity, a handle
typed by a person), so every request goes through here: http(s) only, https outside development,
no private/loopback/link-local/... addresses (checked after DNS resolution, and the connection is
pinned to the checked addresses so that a second lookup cannot return something else), bounded
time, bounded size, few redirects each re-checked, and for ActivityPub fetches only
ActivityStreams JSON.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from federation.errors import (
    BadContentType,
    BadResponse,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    ForbiddenAddress,
    ForbiddenURL,
    HTTPStatusError,
    ResponseTooLarge,
    TooManyRedirects,
)

AS_PROFILE = "https://www.w3.org/ns/activitystreams"
AP_ACCEPT = f'application/activity+json, application/ld+json; profile="{AS_PROFILE}"'
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# A signing hook: (method, url, body) -> headers to add. `signatures.RequestSigner` is one.
Signer = Callable[[str, str, bytes | None], Mapping[str, str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges Python's `is_global` does not already exclude, or that embed an IPv4 address which
# must itself be checked (NAT64 would route to the embedded private address).
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True, kw_only=True)
class FetchPolicy:
    """Limits for remote requests; `dev` (POLDER_DEV) allows http and loopback, nothing more."""

    dev: bool = False
    max_bytes: int = 1024 * 1024
    total_timeout: float = 10.0
    connect_timeout: float = 5.0
    max_redirects: int = 3
    user_agent: str = "Polder"  # callers add version and instance URL


@dataclass(frozen=True)
class Response:
    url: str
    status: int
    content_type: str
    body: bytes


# Address guard ------------------------------------------------------------------------------


def refusal_reason(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why we never connect to this address, or None when it is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return refusal_reason(embedded, allow_loopback=allow_loopback)
    if address.is_loopback:
        return None if allow_loopback else "loopback"
    checks = (
        ("unspecified", address.is_unspecified),
        ("multicast", address.is_multicast),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    )
    return next((reason for reason, hit in checks if hit), None)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def check_address(address: str, *, allow_loopback: bool = False) -> None:
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError as exc:
        raise ForbiddenAddress(f"{address!r} is not an IP address") from exc
    reason = refusal_reason(parsed, allow_loopback=allow_loopback)
    if reason is not None:
        raise ForbiddenAddress(f"refusing to connect to {address} ({reason})")


def check_url(url: str, *, dev: bool = False) -> None:
    """Scheme and form of a URL; a literal IP host is checked here because aiohttp connects to
    literal addresses without asking the resolver."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ForbiddenURL(f"{url!r} is not a valid URL") from exc
    allowed = ("http", "https") if dev else ("https",)
    if parts.scheme not in allowed:
        raise ForbiddenURL(f"scheme {parts.scheme!r} is not allowed for {url!r}")
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise ForbiddenURL(f"{url!r} has no host, or carries credentials")
    if port == 0:
        raise ForbiddenURL(f"{url!r} has port 0")
    try:
        literal = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return
    check_address(str(literal), allow_loopback=dev)


class GuardedResolver(AbstractResolver):
    """Resolves with the system resolver, then refuses the host if ANY address is forbidden.

    aiohttp connects to exactly the addresses returned here, so the check and the connection
    use the same answer (no DNS-rebinding window). A name with one public and one private
    address is refused outright: it is either a misconfiguration or an attack.
    """

    def __init__(self, *, allow_loopback: bool) -> None:
        self._inner = ThreadedResolver()
        self._allow_loopback = allow_loopback

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        if not results:
            raise ForbiddenAddress(f"{host} resolves to no address")
        for result in results:
            check_address(result["host"], allow_loopback=self._allow_loopback)
        return results

    async def close(self) -> None:
        await self._inner.close()


# Content type -------------------------------------------------------------------------------


def is_activity_json(content_type: str) -> bool:
    """`application/activity+json`, or `application/ld+json` with the ActivityStreams profile
    or without a profile (Mastodon accepts that too); never another ld+json profile."""
    media, _, rest = content_type.partition(";")
    media = media.strip().lower()
    if media == "application/activity+json":
        return True
    if media != "application/ld+json":
        return False
    profiles = [
        value.strip().strip('"')
        for name, _, value in (part.partition("=") for part in rest.split(";"))
        if name.strip().lower() == "profile"
    ]
    return not profiles or any(AS_PROFILE in profile.split() for profile in profiles)


def is_json(content_type: str) -> bool:
    """`application/json` or any `+json` type (WebFinger's jrd+json, NodeInfo's profile)."""
    media = content_type.partition(";")[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


# Client -------------------------------------------------------------------------------------


class GuardedClient:
    """Use as `async with GuardedClient(policy, signer=...) as client:`."""

    def __init__(self, policy: FetchPolicy, *, signer: Signer | None = None) -> None:
        self.policy = policy
        self.signer = signer
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> GuardedClient:
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(allow_loopback=self.policy.dev), use_dns_cache=False
        )
        timeout = aiohttp.ClientTimeout(
            total=self.policy.total_timeout,
            connect=self.policy.connect_timeout,
            sock_connect=self.policy.connect_timeout,
        )
        # trust_env=False: an HTTP(S)_PROXY from the environment would resolve names itself
        # and so bypass the address guard.
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=timeout,
            trust_env=False,
            headers={"User-Agent": self.policy.user_agent},
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get_activity(self, url: str, *, sign: bool = True) -> dict[str, Any]:
        """Fetch an ActivityStreams document and return it as a JSON object."""
        response = await self.get(url, accept=AP_ACCEPT, sign=sign, expect=is_activity_json)
        return parse_json_object(response)

    async def get_json(self, url: str, *, accept: str = "application/json") -> dict[str, Any]:
        """Any JSON document (WebFinger's jrd+json, NodeInfo), unsigned."""
        response = await self.get(url, accept=accept, sign=False, expect=is_json)
        return parse_json_object(response)

    async def get(
        self,
        url: str,
        *,
        accept: str,
        sign: bool = True,
        expect: Callable[[str], bool] | None = None,
    ) -> Response:
        """A GET that follows at most `max_redirects` redirects, re-checking each target.

        `expect` checks the Content-Type before the body is read, so a wrong type costs nothing.
        """
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                return await self._follow(url, accept, sign, expect)
        except TimeoutError as exc:
            raise FetchTimeout(f"{url} took longer than {self.policy.total_timeout}s") from exc

    async def post(
        self, url: str, body: bytes, *, content_type: str = "application/activity+json"
    ) -> Response:
        """A signed POST (deliveries); redirects are not followed: an inbox does not move."""
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                response = await self._request("POST", url, {"Content-Type": content_type}, body)
        except TimeoutError as exc:
            raise FetchTimeout(f"{url} took longer than {self.policy.total_timeout}s") from exc
        if response.status in REDIRECT_STATUSES:
            raise HTTPStatusError(response.status, url)
        return response

    async def _follow(
        self, url: str, accept: str, sign: bool, expect: Callable[[str], bool] | None
    ) -> Response:
        for _ in range(self.policy.max_redirects + 1):
            headers = {"Accept": accept}
            response = await self._request("GET", url, headers, None, sign=sign, expect=expect)
            if response.status not in REDIRECT_STATUSES:
                return response
            url = response.url
        raise TooManyRedirects(f"more than {self.policy.max_redirects} redirects")

    async def _request(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        sign: bool = True,
        expect: Callable[[str], bool] | None = None,
    ) -> Response:
        if self._session is None:
            raise FetchError("GuardedClient used outside `async with`")
        check_url(url, dev=self.policy.dev)
        # yarl normalises the URL (IDNA, percent-encoding); sign exactly what will be sent.
        try:
            target = str(URL(url))
        except ValueError as exc:
            raise ForbiddenURL(f"{url!r} is not a valid URL") from exc
        if sign and self.signer is not None:
            headers = {**headers, **self.signer(method, target, body)}
        try:
            async with self._session.request(
                method, URL(target, encoded=True), headers=headers, data=body,
                allow_redirects=False,
            ) as resp:  # fmt: skip
                return await self._read(target, resp, expect)
        except TimeoutError as exc:
            # aiohttp's connect/read timeouts are ClientErrors that are also TimeoutErrors.
            raise FetchTimeout(f"{method} {target} timed out: {exc}") from exc
        except aiohttp.ClientError as exc:
            raise ConnectionFailed(f"{method} {target} failed: {exc}") from exc

    async def _read(
        self, url: str, resp: aiohttp.ClientResponse, expect: Callable[[str], bool] | None
    ) -> Response:
        if resp.status in REDIRECT_STATUSES:
            location = resp.headers.get("Location")
            if not location:
                raise BadResponse(f"{url} redirects without a Location")
            return Response(urljoin(url, location), resp.status, "", b"")
        if not 200 <= resp.status < 300:
            raise HTTPStatusError(resp.status, url)
        content_type = resp.headers.get("Content-Type", "")
        if expect is not None and not expect(content_type):
            raise BadContentType(f"{url} is {content_type!r}, not the expected kind of JSON")
        body = await read_limited(resp, self.policy.max_bytes)
        return Response(url, resp.status, content_type, body)


async def read_limited(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    """Read at most `limit` bytes; refuse early on a large Content-Length, and stop streaming
    as soon as the limit is passed (the body is never held in full)."""
    declared = resp.content_length
    if declared is not None and declared > limit:
        raise ResponseTooLarge(f"response declares {declared} bytes, limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in resp.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise ResponseTooLarge(f"response exceeds {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_object(response: Response) -> dict[str, Any]:
    try:
        document = json.loads(response.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadResponse(f"{response.url} is not valid JSON") from exc
    if not isinstance(document, dict):
        raise BadResponse(f"{response.url} is not a JSON object")
    return document
