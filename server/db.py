"""Database set-up: Tortoise configuration, aerich migrations and the transaction helper."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from aerich import Command
from tortoise import Tortoise
from tortoise.backends.base.client import TransactionContext
from tortoise.backends.sqlite.client import (
    SqliteClient,
    SqliteTransactionContext,
    SqliteTransactionWrapper,
)
from tortoise.exceptions import TransactionManagementError
from tortoise.transactions import in_transaction

from server.config import Settings

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MODEL_MODULES = ["server.models", "aerich.models"]


# How long a SQLite connection waits for another process's write lock before it gives up with
# "database is locked" (sqlite3's own default is 5 s): the web processes, the worker and the
# operator's commands all write to the one file.
SQLITE_BUSY_TIMEOUT_MS = 30_000


def _with_busy_timeout(url: str) -> str:
    if not url.startswith("sqlite://") or "busy_timeout=" in url:
        return url
    return f"{url}{'&' if '?' in url else '?'}busy_timeout={SQLITE_BUSY_TIMEOUT_MS}"


def tortoise_config(database_url: str) -> dict[str, Any]:
    # Tortoise runs each query parameter of a SQLite address as a PRAGMA on connecting.
    url = _with_busy_timeout(database_url.replace("postgresql://", "postgres://", 1))
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def _ensure_sqlite_folder(database_url: str) -> None:
    if database_url.startswith("sqlite://"):
        path = database_url.removeprefix("sqlite://").split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)


async def connect(settings: Settings) -> None:
    _ensure_sqlite_folder(settings.database_url)
    # The global fallback lets request tasks see the connection opened in the lifespan task.
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)


async def disconnect() -> None:
    await Tortoise.close_connections()


async def migrate(settings: Settings) -> list[str]:
    """Apply every migration not yet applied; returns the applied file names.

    Call after `connect()`: aerich then reuses the open connection instead of its own.
    """
    command = Command(
        tortoise_config=tortoise_config(settings.database_url),
        app="models",
        location=str(MIGRATIONS_DIR),
    )
    await command.init()
    return await command.upgrade(run_in_transaction=True)


def transaction() -> TransactionContext:
    """One unit of work: everything inside commits together or not at all."""
    return in_transaction("default")


class _ImmediateWrapper(SqliteTransactionWrapper):
    """A SQLite transaction that takes the write lock when it begins.

    A plain (deferred) transaction that reads and then writes must upgrade its lock; if another
    process wrote in between, SQLite refuses at once with "database is locked", without
    waiting out the busy timeout. `BEGIN IMMEDIATE` waits for the lock (up to the busy timeout)
    before the first read, so what was read stays true until the commit.
    """

    async def begin(self) -> None:
        try:
            await self._connection.commit()
            await self._connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise TransactionManagementError(exc) from exc


def write_transaction() -> TransactionContext:
    """A transaction that reads and then writes, e.g. claiming jobs.

    On SQLite it holds the write lock from the start; elsewhere it is `transaction()` and
    the queries lock their rows themselves (`FOR UPDATE`). Inside another transaction it is a
    savepoint of that one, which already decided how it locks.
    """
    client = Tortoise.get_connection("default")
    nested = isinstance(client, SqliteTransactionWrapper)
    if isinstance(client, SqliteClient) and not nested:
        # The transaction lock of the client: transactions in this process take turns.
        return SqliteTransactionContext(_ImmediateWrapper(client), client._lock)
    return transaction()


def dialect() -> str:
    return Tortoise.get_connection("default").capabilities.dialect
