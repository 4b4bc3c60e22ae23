"""People and groups of other servers: fetched once, stored as rows, refreshed after a day.

A remote actor is a `User` (Person, Service, Application, Organization) or a `Group` named
`name@host`; the `@` keeps those names apart from local ones. Its public key is stored on the row,
and the parsed key is also kept in memory (`KeyCache`), because parsing a PEM costs more than
the RSA check it serves.

Fetches are signed as the instance actor (servers with "authorized fetch" refuse unsigned ones)
and go through `GuardedClient`. Actors of this instance are never fetched or stored: their keys
are read from their local rows.
"""

from __future__ import annotations

import contextlib
import html
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from cryptography.hazmat.primitives.asymmetric import rsa
from tortoise.exceptions import IntegrityError

from federation import local_keys, vocab
from federation.errors import FetchError, InvalidKey, ParseError
from federation.fetch import FetchPolicy, GuardedClient, is_activity_json
from federation.queue import utcnow
from federation.signatures import RequestSigner, load_private_key, load_public_key
from federation.urls import Urls
from server import __version__, i18n
from server.config import LANGUAGES, Settings
from server.labels import ROLE_LABELS, TOPIC_LABELS
from server.models import Group, InstanceSettings, RemoteInstance, Role, Topic, User

log = logging.getLogger(__name__)

ACTOR_TTL = timedelta(days=1)
USER_TYPES = frozenset({"Person", "Service", "Application", "Organization"})
ActorRow = User | Group

# Profile field names as Polder (in either language), Mastodon and Lemmy users write them.
_ORGANISATION_NAMES = {"organisation", "organization", "organisatie"} | {
    i18n.gettext("Organisation", lang).lower() for lang in LANGUAGES
}
_ROLE_NAMES = {"role", "rol"} | {i18n.gettext("Takes part as", lang).lower() for lang in LANGUAGES}
_AREA_NAMES = {"area"} | {i18n.gettext("Area", lang).lower() for lang in LANGUAGES}
_TOPIC_NAMES = {"topic"} | {i18n.gettext("Topic", lang).lower() for lang in LANGUAGES}
_ROLES = {i18n.gettext(label, lang).lower(): Role(role) for role, label in ROLE_LABELS.items()
          for lang in LANGUAGES}  # fmt: skip
_TOPICS = {i18n.gettext(label, lang).lower(): Topic(topic) for topic, label in TOPIC_LABELS.items()
           for lang in LANGUAGES}  # fmt: skip


class UnknownActor(FetchError):
    """The actor cannot be found here nor fetched, or its document is not acceptable."""


# Fetching -----------------------------------------------------------------------------------


async def instance_client(settings: Settings, *, seconds: float | None = None) -> GuardedClient:
    """A guarded client that signs as the instance actor; use as `async with`. `seconds`
    bounds each request, for reads a person waits on that can do without the answer."""
    key_id, pem = await local_keys.instance_signer(settings)
    agent = f"Polder/{__version__} (+{settings.base_url})"
    signer = RequestSigner(key_id, load_private_key(pem))
    policy = FetchPolicy(dev=settings.dev, user_agent=agent)
    if seconds is not None:
        policy = replace(policy, total_timeout=seconds, connect_timeout=min(seconds, 3.0))
    return GuardedClient(policy, signer=signer)


async def fetch_actor(settings: Settings, url: str) -> vocab.Actor:
    """Fetch and parse an actor document; a key document (`{id, owner, publicKeyPem}`, as
    some servers serve at a key id) leads on to its owner."""
    async with await instance_client(settings) as client:
        document = await client.get_activity(url)
        if "publicKeyPem" in document and isinstance(document.get("owner"), str):
            url = document["owner"]
            document = await client.get_activity(url)
    try:
        actor = vocab.parse_actor(document)
    except ParseError as exc:
        raise UnknownActor(f"{url} is not an actor: {exc}") from exc
    _check_actor(url, actor)
    return actor


def _check_actor(url: str, actor: vocab.Actor) -> None:
    # A server speaks only for its own host: its actor, inbox and key must live there.
    if not vocab.same_host(actor.id, url):
        raise UnknownActor(f"{url} answered with an actor of another host: {actor.id}")
    key = actor.public_key
    if key is not None and (key.owner != actor.id or not vocab.same_host(key.id, actor.id)):
        raise UnknownActor(f"the key of {actor.id} belongs to someone else")


async def resolve_handle(settings: Settings, handle: str) -> ActorRow:
    """`name@host` (with or without a leading `@` or `!`) via WebFinger → stored actor."""
    name, _, host = handle.strip().lstrip("@!").partition("@")
    if not name or not host or any(c in handle for c in " /?#"):
        raise UnknownActor(f"{handle!r} is not a handle like name@host")
    resource = quote(f"acct:{name}@{host}", safe=":@")
    url = f"{'http' if settings.dev else 'https'}://{host}/.well-known/webfinger"
    async with await instance_client(settings) as client:
        jrd = await client.get_json(f"{url}?resource={resource}", accept="application/jrd+json")
    links = jrd.get("links")
    for link in links if isinstance(links, list) else []:
        if (
            isinstance(link, dict)
            and link.get("rel") == "self"
            and vocab.is_http_url(link.get("href"))
            and is_activity_json(str(link.get("type", "")))
        ):
            return await get_actor(settings, link["href"])
    raise UnknownActor(f"WebFinger names no ActivityPub actor for {handle}")


# Storing ------------------------------------------------------------------------------------


def _plain(text: str | None, limit: int) -> str:
    """Profile text from HTML: tags dropped, entities decoded, cut to the column size."""
    flat = html.unescape(re.sub(r"<[^>]*>", " ", text or ""))
    return " ".join(flat.split())[:limit]


def _row_name(actor: vocab.Actor) -> str:
    host = vocab.host_of(actor.id)
    name = actor.preferred_username or urlsplit(actor.id).path.rstrip("/").rsplit("/", 1)[-1]
    return f"{(name or host).lower()}@{host}"[:255]


def _field(actor: vocab.Actor, names: set[str]) -> str:
    return next((f.value for f in actor.fields if f.name.strip().lower() in names), "")


def _person_fields(actor: vocab.Actor) -> dict[str, Any]:
    role_text = _plain(_field(actor, _ROLE_NAMES), 100).lower()
    return {
        "name": _plain(actor.name, 100) or _row_name(actor).split("@", 1)[0],
        "organisation": _plain(_field(actor, _ORGANISATION_NAMES), 120),
        "role": _ROLES.get(role_text, Role.OTHER),
        "bio": _plain(actor.summary, 5000),
    }


def _group_fields(actor: vocab.Actor) -> dict[str, Any]:
    topic_text = _plain(_field(actor, _TOPIC_NAMES), 100).lower()
    return {
        "title": _plain(actor.name, 120) or _row_name(actor).split("@", 1)[0],
        "area": _plain(_field(actor, _AREA_NAMES), 120),
        "topic": _TOPICS.get(topic_text, Topic.OTHER),
        "description": _plain(actor.summary, 5000),
        "followers_url": actor.followers,
        # Only the group's own host speaks for its moderators' decisions.
        "moderation_log_url": actor.moderation_log
        if actor.moderation_log and vocab.same_host(actor.moderation_log, actor.id)
        else None,
    }


async def upsert_actor(settings: Settings, actor: vocab.Actor, now: datetime) -> ActorRow:
    """Store (or update) a remote actor by its id; never one of this instance's."""
    host = vocab.host_of(actor.id)
    if host == settings.domain.lower():
        raise UnknownActor(f"{actor.id} is on this server; it is not stored as remote")
    await note_instance(host)
    common: dict[str, Any] = {
        "domain": host,
        "inbox_url": actor.inbox,
        "shared_inbox_url": actor.shared_inbox,
        "public_key_pem": actor.public_key.pem if actor.public_key else None,
        "fetched_at": now,
    }
    if actor.type == "Group":
        return await _save(Group, "slug", actor, {**common, **_group_fields(actor)})
    if actor.type in USER_TYPES:
        return await _save(User, "username", actor, {**common, **_person_fields(actor)})
    raise UnknownActor(f"{actor.id} is a {actor.type}, not a person or group")


async def _save(
    model: type[User] | type[Group], name_field: str, actor: vocab.Actor, values: dict[str, Any]
) -> ActorRow:
    name = _row_name(actor)
    named: dict[str, Any] = {name_field: name}
    row = await model.get_or_none(ap_id=actor.id)
    if row is None:
        # Same host, same name, another id: the host renamed its actor; it owns both names.
        row = await model.filter(**named).first()
    if row is None:
        try:
            return await model.create(ap_id=actor.id, **named, **values)
        except IntegrityError:
            # Another process stored it first.
            row = await model.get(ap_id=actor.id)
    row.update_from_dict({"ap_id": actor.id, name_field: name, **values})
    await row.save()
    return row


async def note_instance(host: str) -> None:
    """A `RemoteInstance` row for every host we hear from."""
    if not await RemoteInstance.exists(host=host):
        with contextlib.suppress(IntegrityError):
            await RemoteInstance.create(host=host)


# Looking up ---------------------------------------------------------------------------------


async def stored_actor(ap_id: str) -> ActorRow | None:
    user = await User.get_or_none(ap_id=ap_id)
    return user if user is not None else await Group.get_or_none(ap_id=ap_id)


async def get_actor(settings: Settings, ap_id: str, *, refresh: bool = False) -> ActorRow:
    """The stored remote actor, fetched when unknown, older than a day, or `refresh`.

    A stale actor whose server does not answer is used as stored (servers go down for a while;
    its key still verifies what it signed).
    """
    if Urls(settings.base_url).is_local(ap_id):
        raise UnknownActor(f"{ap_id} is on this server; look it up locally")
    row = await stored_actor(ap_id)
    now = utcnow()
    fresh = row is not None and row.fetched_at is not None and now - row.fetched_at < ACTOR_TTL
    if row is not None and fresh and not refresh:
        return row
    try:
        actor = await fetch_actor(settings, ap_id)
    except FetchError:
        if row is not None and not refresh:
            log.warning("could not refresh %s; using the stored actor", ap_id, exc_info=True)
            return row
        raise
    # Another id on the same host (`_check_actor`) is that host's word: a key document names
    # its owner, and an actor may be fetched by an alias.
    return await upsert_actor(settings, actor, now)


def actor_of_key(key_id: str) -> str:
    """The actor URL a key id points at: Mastodon's `actor#main-key` loses its fragment."""
    parts = urlsplit(key_id)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


# Keys ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignerKey:
    key_id: str
    owner: str  # the actor's id
    public_key: rsa.RSAPublicKey
    loaded_at: datetime


class KeyCache:
    """Parsed public keys by key id, least recently used dropped first, each kept a day."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._keys: OrderedDict[str, SignerKey] = OrderedDict()

    def get(self, key_id: str, now: datetime) -> SignerKey | None:
        key = self._keys.get(key_id)
        if key is None or now - key.loaded_at > ACTOR_TTL:
            return None
        self._keys.move_to_end(key_id)
        return key

    def put(self, key: SignerKey) -> None:
        self._keys[key.key_id] = key
        self._keys.move_to_end(key.key_id)
        while len(self._keys) > self.size:
            self._keys.popitem(last=False)

    def forget(self, key_id: str) -> None:
        self._keys.pop(key_id, None)


async def key_for(
    settings: Settings, key_id: str, cache: KeyCache, *, refresh: bool = False
) -> SignerKey:
    """The public key named by a signature's keyId, and who owns it.

    `refresh` fetches the actor again (the signature did not verify with what we had: the
    actor may have a new key). Raises `UnknownActor`/`FetchError` when there is no key.
    """
    now = utcnow()
    cached = None if refresh else cache.get(key_id, now)
    if cached is not None:
        return cached
    actor_url = actor_of_key(key_id)
    if Urls(settings.base_url).is_local(actor_url):
        owner, pem = actor_url, await _local_public_key(settings, actor_url)
    else:
        row = await get_actor(settings, actor_url, refresh=refresh)
        owner, pem = row.ap_id or actor_url, row.public_key_pem
    if not pem:
        raise UnknownActor(f"{owner} has no public key")
    try:
        key = SignerKey(key_id, owner, load_public_key(pem), now)
    except InvalidKey as exc:
        raise UnknownActor(f"the key of {owner} cannot be used: {exc}") from exc
    cache.put(key)
    return key


async def _local_public_key(settings: Settings, actor_url: str) -> str | None:
    urls = Urls(settings.base_url)
    path = actor_url.removeprefix(urls.base).strip("/").split("/")
    if path == ["actor"]:
        instance = await InstanceSettings.first()
        return instance.public_key_pem if instance else None
    if len(path) == 2 and path[0] == "u":
        user = await User.get_or_none(username=path[1].lower(), domain="")
        return user.public_key_pem if user else None
    if len(path) == 2 and path[0] == "g":
        group = await Group.get_or_none(slug=path[1].lower(), domain="")
        return group.public_key_pem if group else None
    raise UnknownActor(f"{actor_url} is not an actor of this server")
