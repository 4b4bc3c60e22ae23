"""Group commit for the inbox: the activities of requests answered at the same moment are
stored together, and each request gets its answer after that commit.

One web process has one SQLite connection, and each statement on it is one commit that syncs
the log. Under load the requests then queue for the connection, one INSERT and one sync each,
while the event loop could answer others. Here a request hands its row to the process's
writer and waits: the writer stores whatever waits in one multi-row INSERT (one commit), and
meanwhile the next requests gather for the following one. No 202 is sent before its row is
committed, so nothing is answered that is not durable.

A lone row keeps the one-statement insert of `inbox_store`; several ask for their blocked
hosts once and are inserted with `ON CONFLICT (ap_id) DO NOTHING RETURNING ap_id`, so that a
repeat fails no statement (and no other row with it). The answer per row is the contract of
`inbox_store.insert_unless_blocked`: stored, blocked, or a repeat (`IntegrityError`).
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from tortoise.exceptions import IntegrityError

from federation import inbox_store
from server.models import InboxMessage, RemoteInstance
from server.rows import values_tuples

# Rows per INSERT: both databases cap the values one statement binds (8 per row here).
MAX_BATCH = 500


class Stored(Enum):
    STORED = "stored"
    BLOCKED = "blocked"
    REPEAT = "repeat"


@dataclass
class _Waiting:
    ap_id: str
    document: dict[str, Any]
    key_id: str
    now: datetime
    hosts: frozenset[str]
    answer: asyncio.Future[Stored] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class _Writer:
    def __init__(self) -> None:
        self._waiting: list[_Waiting] = []
        self._writing: asyncio.Task[None] | None = None

    async def store(self, row: _Waiting) -> Stored:
        self._waiting.append(row)
        if self._writing is None:
            self._writing = asyncio.create_task(self._write_all())
        return await asyncio.shield(row.answer)

    async def _write_all(self) -> None:
        try:
            await asyncio.sleep(0)  # the requests of this turn of the loop join the first batch
            while self._waiting:
                batch = self._waiting[:MAX_BATCH]
                del self._waiting[:MAX_BATCH]
                try:
                    answers = await _write(batch)
                except Exception as exc:  # each request answers it as its own error
                    for row in batch:
                        row.answer.set_exception(exc)
                    continue
                for row, answer in zip(batch, answers, strict=True):
                    row.answer.set_result(answer)
        finally:
            self._writing = None


# One writer per event loop: tests run many loops in one process.
_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Writer] = (
    weakref.WeakKeyDictionary()
)


async def insert_unless_blocked(
    ap_id: str, document: dict[str, Any], key_id: str, now: datetime, hosts: Collection[str]
) -> bool:
    """As `inbox_store.insert_unless_blocked`, stored together with the activities of other
    requests answered at the same moment: True when stored, False when the sender's instance
    is blocked; raises `IntegrityError` for an activity already stored."""
    loop = asyncio.get_running_loop()
    writer = _writers.get(loop)
    if writer is None:
        writer = _writers[loop] = _Writer()
    answer = await writer.store(_Waiting(ap_id, document, key_id, now, frozenset(hosts)))
    if answer is Stored.REPEAT:
        raise IntegrityError(f"{ap_id} is already stored")
    return answer is Stored.STORED


async def _write(batch: list[_Waiting]) -> list[Stored]:
    if len(batch) == 1:
        row = batch[0]
        try:
            stored = await inbox_store.insert_unless_blocked(
                row.ap_id, row.document, row.key_id, row.now, row.hosts
            )
        except IntegrityError:
            return [Stored.REPEAT]
        return [Stored.STORED if stored else Stored.BLOCKED]
    blocked = await _blocked_hosts({host for row in batch for host in row.hosts})
    allowed = [row for row in batch if not row.hosts & blocked]
    inserted = await _insert_new(allowed)
    answers = []
    for row in batch:
        if row.hosts & blocked:
            answers.append(Stored.BLOCKED)
        elif row.ap_id in inserted:
            inserted.discard(row.ap_id)  # the same activity twice in one batch: once stored
            answers.append(Stored.STORED)
        else:
            answers.append(Stored.REPEAT)
    return answers


async def _blocked_hosts(hosts: set[str]) -> frozenset[str]:
    if not hosts:
        return frozenset()
    found = RemoteInstance.filter(host__in=hosts, blocked=True).values_list("host", flat=True)
    return frozenset(str(host) for host in await found)


async def _insert_new(rows: list[_Waiting]) -> set[str]:
    """Insert the rows whose `ap_id` is not stored yet; the ids inserted."""
    if not rows:
        return set()
    conn = InboxMessage._meta.db
    columns = inbox_store.COLUMNS
    tuples = values_tuples(conn.capabilities.dialect, len(rows), len(columns))
    params = [
        value
        for row in rows
        for value in inbox_store.db_values(row.ap_id, row.document, row.key_id, row.now)
    ]
    names = ", ".join(f'"{c}"' for c in columns)
    # Only constant names and placeholders are put together here; every value is bound.
    sql = (
        f'INSERT INTO "inbox_messages" ({names}) VALUES {tuples} '  # noqa: S608
        'ON CONFLICT ("ap_id") DO NOTHING RETURNING "ap_id"'
    )
    return {str(found["ap_id"]) for found in await conn.execute_query_dict(sql, params)}
