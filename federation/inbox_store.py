"""One statement that stores an incoming activity unless its sender's instance is blocked.

The inbox must refuse activities of blocked instances (403) and store the others once. Asking
first and inserting after costs every activity two database round trips; on SQLite each one
crosses to aiosqlite's thread and back, which is a large part of the 202 path's cost. So the
common case — the signer's key already known, nothing to fetch — asks both questions in one
`INSERT … SELECT … WHERE NOT EXISTS (blocked)`:

    inserted    → stored, 202
    no row      → the instance is blocked, 403
    IntegrityError (unique `ap_id`) → a repeat; the caller decides (it checks `blocked` then,
                                      so that a blocked sender's repeat still gets 403)

Values go through each field's own `to_db_value`, as Tortoise's own insert does, so the row
is the one `InboxMessage.create` would write on either database.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from server.models import InboxMessage, JobState, RemoteInstance
from server.rows import placeholders

COLUMNS = (
    "ap_id", "payload", "signer_key_id", "state", "attempts", "next_attempt_at", "last_error",
    "received_at",
)  # fmt: skip


def db_values(ap_id: str, document: dict[str, Any], key_id: str, now: datetime) -> list[Any]:
    """A new message's row, in the order of `COLUMNS`."""
    fields = InboxMessage._meta.fields_map
    values: dict[str, Any] = {
        "ap_id": ap_id, "payload": document, "signer_key_id": key_id, "state": JobState.QUEUED,
        "attempts": 0, "next_attempt_at": now, "last_error": "", "received_at": now,
    }  # fmt: skip
    return [fields[name].to_db_value(values[name], InboxMessage) for name in COLUMNS]


async def insert_unless_blocked(
    ap_id: str, document: dict[str, Any], key_id: str, now: datetime, hosts: Collection[str]
) -> bool:
    """Insert the message unless one of `hosts` is a blocked instance; True when inserted.
    Raises Tortoise's `IntegrityError` when a message with this id is already stored."""
    params = db_values(ap_id, document, key_id, now)
    blocked_field = RemoteInstance._meta.fields_map["blocked"]
    host_list = sorted(hosts) or [""]  # `IN ()` is not SQL; no instance has an empty host
    params += [*host_list, blocked_field.to_db_value(True, RemoteInstance)]
    conn = InboxMessage._meta.db
    dialect = conn.capabilities.dialect
    marks = placeholders(dialect, len(params))
    value_marks = ", ".join(marks[: len(COLUMNS)])
    host_marks = ", ".join(marks[len(COLUMNS) : -1])
    columns = ", ".join(f'"{c}"' for c in COLUMNS)
    # Only constant names and placeholders are put together here; every value is bound.
    sql = (
        f'INSERT INTO "inbox_messages" ({columns}) '  # noqa: S608
        f"SELECT {value_marks} WHERE NOT EXISTS ("
        f'SELECT 1 FROM "remote_instances" WHERE "host" IN ({host_marks}) '
        f'AND "blocked" = {marks[-1]}) RETURNING "id"'
    )
    rows = await conn.execute_query_dict(sql, params)
    return bool(rows)
