"""Readers for single JSON fields, each tolerant of the shapes real servers send.

They never raise anything but `ParseError`; optional fields that are malformed become None
(a broken `icon` should not cost us a reply), while the links we act on (ids, inbox, actor,
object) must be absolute http(s) URLs or the whole document is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeGuard
from urllib.parse import urlsplit

from federation.errors import ParseError

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
# Compacted JSON-LD forms of the public collection (Pleroma and older Mastodon send these).
_PUBLIC_ALIASES = frozenset({PUBLIC, "as:Public", "Public"})
_MAX_URL_LENGTH = 2048


def is_http_url(value: object) -> TypeGuard[str]:
    if not isinstance(value, str) or len(value) > _MAX_URL_LENGTH:
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def host_of(url: str) -> str:
    """The lower-case host (with a non-default port) of an absolute http(s) URL.

    Two instances on one machine in development differ only by port, so the port counts.
    """
    if not is_http_url(url):
        raise ParseError(f"{url!r} is not an absolute http(s) URL")
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    default = 443 if parts.scheme == "https" else 80
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


def same_host(a: str, b: str) -> bool:
    """The "object id host must match actor host" rule: False for anything unparseable."""
    try:
        return host_of(a) == host_of(b)
    except ParseError:
        return False


def require_dict(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ParseError(f"{what} is not a JSON object")
    return value


def required_url(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not is_http_url(value):
        raise ParseError(f"{key} is missing or not an absolute http(s) URL: {value!r:.80}")
    return value


def optional_url(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if is_http_url(value) else None


def first_id(value: object, what: str) -> str | None:
    """An id given as a URL, an object with an `id`, or a list of those (first wins)."""
    if value is None or value == [] or value == "":
        return None
    if isinstance(value, list):
        return first_id(value[0], what)
    if isinstance(value, dict):
        value = value.get("id")
    if not is_http_url(value):
        raise ParseError(f"{what} is not an absolute http(s) URL: {value!r:.80}")
    return value


def id_list(value: object) -> tuple[str, ...]:
    """Addressing (`to`, `cc`): one or many, ids or objects; the public collection normalised."""
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items:
        candidate = item.get("id") if isinstance(item, dict) else item
        if isinstance(candidate, str) and candidate in _PUBLIC_ALIASES:
            candidate = PUBLIC
        if is_http_url(candidate) and candidate not in found:
            found.append(candidate)
    return tuple(found)


def text_field(data: dict[str, Any], key: str, map_key: str | None = None) -> str | None:
    """A string field, or else the first value of its language map (`contentMap`)."""
    value = data.get(key)
    if isinstance(value, str):
        return value
    language_map = data.get(map_key) if map_key else None
    if isinstance(language_map, dict):
        return next((v for v in language_map.values() if isinstance(v, str)), None)
    return None


def date_field(data: dict[str, Any], key: str) -> datetime | None:
    """ISO 8601 as servers write it (`Z`, offsets, 3 or 6 fraction digits); no zone is UTC."""
    value = data.get(key)
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
