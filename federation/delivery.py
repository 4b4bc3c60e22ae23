"""Deliveries: one stored activity POSTed, signed, to one inbox, retried until it lands or dies.

The state machine (`DeliveryMachine.handle_in_flight`) decides from the answer:

- 2xx → done. Only a 2xx marks a delivery done, so nothing is lost; a retry after an answer we
  never saw may send twice, which receivers absorb by deduplicating on the activity id.
- 410 Gone, 3xx and any other 4xx → dead, with the reason. Exceptions: 401 is retried once more
  later (the sender's key may be rotating at the receiver), 408 and 429 are retried.
- 5xx, timeouts and broken connections → retry on the backoff, and count against the host.

A host whose failures keep coming for more than a day is marked unreachable
(`RemoteInstance.unreachable_since`); its deliveries then wait at least `slow_interval` between
attempts until one succeeds, which clears the mark.

Sending goes through a `Sender`, a one-method protocol (as an httpx transport), so that the state
machine can be exercised without a network; `HttpSender` is the real one, built on
`federation.fetch.GuardedClient`.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, ClassVar, Protocol

from cryptography.hazmat.primitives.asymmetric import rsa
from tortoise.expressions import F, Q

from federation import local_keys
from federation.errors import (
    FetchError,
    ForbiddenAddress,
    ForbiddenURL,
    HTTPStatusError,
    InvalidKey,
)
from federation.fetch import FetchPolicy, GuardedClient, Signer
from federation.queue import DEFAULT_BACKOFF, Backoff, Doorbell, JobMachine, Outcome
from federation.signatures import RequestSigner, load_private_key
from server import __version__
from server.config import Settings
from server.models import Activity, Delivery, JobState, RemoteInstance
from server.services.errors import NotFound

# Rings after `federation.outbox.enqueue` so that this process's worker starts at once.
DOORBELL = Doorbell()

SIGNER_KINDS = ("user", "group", "instance")
KEY_CACHE_TTL = timedelta(minutes=1)
ANSWER_WRITE_INTERVAL = timedelta(minutes=1)


# Signers and keys -------------------------------------------------------------------------


def parse_signer(signer: str) -> tuple[str, int | None]:
    """`user:<id>` / `group:<id>` → (kind, id); `instance` → ("instance", None)."""
    if signer == "instance":
        return "instance", None
    kind, _, number = signer.partition(":")
    if kind not in ("user", "group") or not number.isdigit() or int(number) < 1:
        raise ValueError(f"signer must be user:<id>, group:<id> or instance, not {signer!r}")
    return kind, int(number)


# (settings, kind, id) → (key id, private key PEM), as `federation.local_keys.signer_for`.
KeySource = Callable[[Settings, str, int | None], Awaitable[tuple[str, str]]]


async def local_signer_key(settings: Settings, kind: str, id: int | None) -> tuple[str, str]:
    return await local_keys.signer_for(settings, kind, id)


@dataclass
class _CachedKey:
    key_id: str
    private_key: rsa.RSAPrivateKey
    fetched_at: datetime


class SigningKeys:
    """Parsed private keys per signer, kept for a minute: parsing a PEM costs more than
    signing, and a fan-out signs with the same key many times in a row."""

    def __init__(self, settings: Settings, source: KeySource) -> None:
        self.settings = settings
        self.source = source
        self._cache: dict[str, _CachedKey] = {}

    async def get(self, signer: str, now: datetime) -> tuple[str, rsa.RSAPrivateKey]:
        cached = self._cache.get(signer)
        if cached is None or now - cached.fetched_at > KEY_CACHE_TTL:
            kind, id = parse_signer(signer)
            key_id, pem = await self.source(self.settings, kind, id)
            cached = _CachedKey(key_id, load_private_key(pem), now)
            self._cache[signer] = cached
        return cached.key_id, cached.private_key


# Sending ------------------------------------------------------------------------------------


class Sender(Protocol):
    async def post(self, url: str, body: bytes, signer: Signer) -> int:
        """POST `body` as activity+json signed by `signer`; the HTTP status.

        Raises a `FetchError` when there is no answer (timeout, connection, refused address).
        """
        ...


_current_signer: contextvars.ContextVar[Signer | None] = contextvars.ContextVar(
    "delivery_signer", default=None
)


def _sign_with_current(method: str, url: str, body: bytes | None) -> Mapping[str, str]:
    signer = _current_signer.get()
    return {} if signer is None else signer(method, url, body)


class HttpSender:
    """The real sender: one guarded client (one connection pool) for every signer; the key of
    each POST is chosen through a context variable, since each delivery runs in its own task."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.client = GuardedClient(policy, signer=_sign_with_current)

    @classmethod
    def for_settings(cls, settings: Settings) -> HttpSender:
        agent = f"Polder/{__version__} (+{settings.base_url})"
        return cls(FetchPolicy(dev=settings.dev, user_agent=agent))

    async def __aenter__(self) -> HttpSender:
        await self.client.__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.client.close()

    async def post(self, url: str, body: bytes, signer: Signer) -> int:
        token = _current_signer.set(signer)
        try:
            return (await self.client.post(url, body)).status
        except HTTPStatusError as exc:
            return exc.status
        finally:
            _current_signer.reset(token)


# Hosts --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostPolicy:
    """When a host counts as unreachable, and how often it is tried then.

    Failures are counted at most once per `over / (failures - 1)`, so that `failures` counted
    failures always span `over`: fifty deliveries failing in the same minute are one failure.
    """

    failures: int = 10
    over: timedelta = timedelta(days=1)
    slow_interval: timedelta = timedelta(hours=6)

    @property
    def spacing(self) -> timedelta:
        return self.over / max(self.failures - 1, 1)


async def _instance(host: str) -> None:
    await RemoteInstance.get_or_create(host=host)


async def host_answered(host: str, now: datetime) -> None:
    """The host is alive: its failure count starts again and an unreachable mark goes.

    One upsert: the first answer of a new host (a fan-out meets hundreds at once) makes its
    row in the same round trip."""
    answered = RemoteInstance(host=host, failures=0, unreachable_since=None, last_success_at=now)
    await RemoteInstance.bulk_create(
        [answered],
        on_conflict=["host"],
        update_fields=["failures", "unreachable_since", "last_success_at"],
    )


async def host_failed(host: str, now: datetime, policy: HostPolicy) -> bool:
    """Count a failure (see `HostPolicy`); True when the host is (now) marked unreachable."""
    if not await RemoteInstance.exists(host=host):
        await _instance(host)
    counts = Q(last_failure_at__isnull=True) | Q(last_failure_at__lte=now - policy.spacing)
    await RemoteInstance.filter(counts, host=host).update(
        failures=F("failures") + 1, last_failure_at=now
    )
    await RemoteInstance.filter(
        host=host, failures__gte=policy.failures, unreachable_since__isnull=True
    ).update(unreachable_since=now)
    return await RemoteInstance.exists(host=host, unreachable_since__isnull=False)


# The machine --------------------------------------------------------------------------------


def _encoded(activity: Activity) -> bytes:
    return json.dumps(activity.payload, ensure_ascii=False).encode()


def verdict(status: int, last_error: str) -> Outcome:
    """The next state for an HTTP answer (see the module docstring)."""
    error = f"HTTP {status}"
    if 200 <= status < 300:
        return Outcome(JobState.DONE)
    if status == 401:
        # Once more, later: the receiver may not have our new key yet.
        retried = last_error.startswith("HTTP 401")
        return Outcome(JobState.DEAD if retried else JobState.RETRY, error)
    if status in (408, 429) or status >= 500:
        return Outcome(JobState.RETRY, error)
    if status == 410:
        return Outcome(JobState.DEAD, f"{error}: the inbox is gone")
    if 300 <= status < 400:
        return Outcome(JobState.DEAD, f"{error}: an inbox does not redirect")
    return Outcome(JobState.DEAD, f"{error}: refused")


def host_is_failing(status: int) -> bool:
    return status >= 500


class DeliveryMachine(JobMachine[Delivery]):
    model = Delivery
    group_field = "host"
    doorbell: ClassVar[Doorbell] = DOORBELL

    def __init__(
        self,
        settings: Settings,
        sender: Sender,
        *,
        keys: KeySource = local_signer_key,
        backoff: Backoff = DEFAULT_BACKOFF,
        hosts: HostPolicy | None = None,
    ) -> None:
        self.settings = settings
        self.sender = sender
        self.keys = SigningKeys(settings, keys)
        self.backoff = backoff
        self.hosts = hosts or HostPolicy()
        self._blocked: set[str] = set()
        # host → when this machine last wrote that the host answered (see `_answered`).
        self._answered_at: dict[str, datetime] = {}
        self._bodies: dict[int, bytes] = {}  # claimed delivery id → its activity's JSON

    async def load(self, jobs: list[Delivery]) -> None:
        if jobs:
            await Delivery.fetch_for_list(jobs, "activity")
            hosts = {job.host for job in jobs}
            # Once per claimed batch, not once per delivery: a fan-out claims many at a time.
            blocked = RemoteInstance.filter(host__in=hosts, blocked=True)
            self._blocked = {str(host) for host in await blocked.values_list("host", flat=True)}
            # A fan-out claims many deliveries of one activity: encode it once per claim, as
            # it reads now (an account deletion blanks its stored activities).
            encoded: dict[int, bytes] = {}
            for job in jobs:
                activity = job.activity
                if activity.pk not in encoded:
                    encoded[activity.pk] = _encoded(activity)
                self._bodies[job.pk] = encoded[activity.pk]

    def finish_fields(self, outcome: Outcome, now: datetime) -> dict[str, Any]:
        return {"done_at": now} if outcome.state is JobState.DONE else {}

    async def handle_in_flight(self, delivery: Delivery, now: datetime) -> Outcome:
        body = self._bodies.pop(delivery.pk, None)
        if delivery.host in self._blocked:
            return Outcome(JobState.DEAD, "the instance is blocked")
        try:
            key_id, private_key = await self.keys.get(delivery.signer, now)
        except (ValueError, LookupError, InvalidKey, NotFound) as exc:
            return Outcome(JobState.DEAD, f"no key to sign with ({delivery.signer}): {exc}")
        body = body or _encoded(delivery.activity)
        signer = RequestSigner(key_id, private_key, clock=lambda: now)
        try:
            status = await self.sender.post(delivery.inbox_url, body, signer)
        except (ForbiddenURL, ForbiddenAddress) as exc:
            return Outcome(JobState.DEAD, str(exc))
        except FetchError as exc:
            return await self._failed(delivery.host, now, Outcome(JobState.RETRY, str(exc)))
        outcome = verdict(status, delivery.last_error)
        if host_is_failing(status):
            return await self._failed(delivery.host, now, outcome)
        if status not in (408, 429):
            await self._answered(delivery.host, now)
        return outcome

    async def _answered(self, host: str, now: datetime) -> None:
        # A fan-out gets many answers from one host a second; writing each costs a round trip
        # and tells nothing new. Another process's failure count is reset at the next write,
        # at most `ANSWER_WRITE_INTERVAL` later, long before it could mark the host unreachable.
        last = self._answered_at.get(host)
        if last is not None and timedelta(0) <= now - last < ANSWER_WRITE_INTERVAL:
            return
        await host_answered(host, now)
        self._answered_at[host] = now

    async def _failed(self, host: str, now: datetime, outcome: Outcome) -> Outcome:
        self._answered_at.pop(host, None)
        if await host_failed(host, now, self.hosts):
            return Outcome(outcome.state, outcome.error, now + self.hosts.slow_interval)
        return outcome
