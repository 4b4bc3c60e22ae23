"""File bytes in an S3-compatible object store (AWS S3, MinIO, Garage, Ceph, Scaleway, OVH).

Why aiobotocore: it is botocore (AWS's own request signing, retries and error parsing, kept up
to date with every S3 dialect) on the aiohttp we already use, so requests never block the event
loop and no SigV4 code of our own has to be kept right. It adds only small pure-Python packages
beside botocore.

Objects are named `{prefix}{sha[:2]}/{sha}`, so the same bytes are one object. The storage key
recorded in the database stays the bare SHA-256, as with the local store: moving from one store
to the other (`polder files copy-to-s3`) copies bytes and changes no row.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import BotoCoreError, ClientError

from server.config import Settings
from server.files.storage import CHUNK, BlobMissing, StorageFull, StoreUnavailable

_MISSING = frozenset({"404", "NoSuchKey", "NotFound"})
_FULL = frozenset({"QuotaExceeded", "XMinioStorageFull", "EntityTooLarge", "InsufficientStorage"})
_REFUSED = frozenset(
    {"403", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken"}
)


@dataclass(frozen=True)
class S3Config:
    bucket: str
    access_key: str
    secret_key: str = field(repr=False)
    endpoint: str = ""  # empty: AWS itself, for the region
    region: str = "us-east-1"
    prefix: str = ""
    # An unreachable store must fail a request in seconds, not hang it: one retry at most.
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    attempts: int = 2

    @classmethod
    def of(cls, settings: Settings) -> S3Config:
        return cls(
            bucket=settings.s3_bucket,
            access_key=settings.s3_access_key,
            secret_key=settings.s3_secret_key,
            endpoint=settings.s3_endpoint,
            region=settings.s3_region,
            prefix=settings.s3_prefix,
        )

    @property
    def where(self) -> str:
        return f"{self.endpoint or 'AWS S3'} (bucket {self.bucket})"


@dataclass
class _Connection:
    """A client belongs to the event loop it was made on (its aiohttp session does)."""

    loop: asyncio.AbstractEventLoop
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    client: Any = None
    stack: contextlib.AsyncExitStack = field(default_factory=contextlib.AsyncExitStack)


class S3Store:
    def __init__(self, config: S3Config) -> None:
        self.config = config
        self._connection: _Connection | None = None

    def object_name(self, key: str) -> str:
        if not key.isalnum():
            raise ValueError(f"not a storage key: {key!r}")
        return f"{self.config.prefix}{key[:2]}/{key}"

    async def put(self, sha256: str, data: bytes) -> str:
        name = self.object_name(sha256)
        if await self._exists(name):
            return sha256
        await self._call(
            "put_object",
            Key=name,
            Body=data,
            ContentType="application/octet-stream",
        )
        return sha256

    async def put_file(self, sha256: str, source: Path) -> str:
        name = self.object_name(sha256)
        if await self._exists(name):
            return sha256
        with source.open("rb") as body:
            await self._call(
                "put_object",
                Key=name,
                Body=body,
                ContentLength=os.fstat(body.fileno()).st_size,
                ContentType="application/octet-stream",
            )
        return sha256

    async def chunks(self, key: str) -> AsyncIterator[bytes]:
        answer = await self._call("get_object", Key=self.object_name(key))
        try:
            async with answer["Body"] as body:
                while piece := await body.read(CHUNK):
                    yield bytes(piece)
        except (BotoCoreError, OSError, aiohttp.ClientError) as exc:
            raise StoreUnavailable(f"reading {key} from {self.config.where} failed: {exc}") from exc

    async def get(self, key: str) -> bytes:
        answer = await self._call("get_object", Key=self.object_name(key))
        try:
            async with answer["Body"] as body:
                return bytes(await body.read())
        except (BotoCoreError, OSError, aiohttp.ClientError) as exc:
            raise StoreUnavailable(f"reading {key} from {self.config.where} failed: {exc}") from exc

    async def delete(self, key: str) -> None:
        # S3 answers a delete of a missing object with success, as the local store does.
        await self._call("delete_object", Key=self.object_name(key))

    async def _exists(self, name: str) -> bool:
        try:
            await self._call("head_object", Key=name)
        except BlobMissing:
            return False
        return True

    async def _call(self, operation: str, **params: Any) -> Any:
        client = await self._client()
        try:
            return await getattr(client, operation)(Bucket=self.config.bucket, **params)
        except ClientError as exc:
            raise self._translate(exc, params.get("Key", "")) from exc
        except BotoCoreError as exc:  # connection refused, timeouts, DNS
            raise StoreUnavailable(f"{self.config.where} did not answer: {exc}") from exc

    def _translate(self, exc: ClientError, name: str) -> Exception:
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        if code in _MISSING:
            return BlobMissing(f"{name} is not in {self.config.where}")
        if code in _FULL:
            return StorageFull(f"{self.config.where} has no room: {code}")
        if code == "NoSuchBucket":
            return StoreUnavailable(f"{self.config.where}: the bucket does not exist")
        if code in _REFUSED:
            return StoreUnavailable(
                f"{self.config.where} refused the access key (POLDER_S3_ACCESS_KEY and "
                f"POLDER_S3_SECRET_KEY) or its rights: {code}"
            )
        return StoreUnavailable(f"{self.config.where} answered {code}: {error.get('Message')}")

    async def _client(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._connection is None or self._connection.loop is not loop:
            self._connection = _Connection(loop)
        connection = self._connection
        async with connection.lock:  # two first requests at once make one client
            if connection.client is None:
                connection.client = await connection.stack.enter_async_context(
                    _new_client(self.config)
                )
        return connection.client

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and connection.loop is asyncio.get_running_loop():
            await connection.stack.aclose()


def _new_client(config: S3Config) -> Any:
    custom = bool(config.endpoint)
    options = AioConfig(
        connect_timeout=config.connect_timeout,
        read_timeout=config.read_timeout,
        retries={"total_max_attempts": config.attempts, "mode": "standard"},
        # MinIO, Garage and Ceph serve buckets under the path; AWS under its own host name.
        s3={"addressing_style": "path" if custom else "auto"},
        # botocore's default checksums (CRC32 trailers, since 1.36) are refused by several
        # S3-compatible stores; send them only where an operation requires them.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    return get_session().create_client(
        "s3",
        endpoint_url=config.endpoint or None,
        region_name=config.region,
        aws_access_key_id=config.access_key,
        aws_secret_access_key=config.secret_key,
        config=options,
    )


_shared: dict[S3Config, S3Store] = {}


def shared_store(settings: Settings) -> S3Store:
    """One store (and so one connection pool) per process for the configured bucket."""
    config = S3Config.of(settings)
    if config not in _shared:
        _shared[config] = S3Store(config)
    return _shared[config]


async def close_shared() -> None:
    """Closes the connections of this process's stores (on app shutdown, after a command)."""
    stores = list(_shared.values())
    _shared.clear()
    for store in stores:
        await store.close()
