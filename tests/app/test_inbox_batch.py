"""Group commit of the inbox: activities received at the same moment are stored together, and
each request still gets its own answer: stored, blocked or a repeat."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError

from federation import inbox_batch
from server.models import InboxMessage, RemoteInstance

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class _Statements(logging.Handler):
    """Tortoise logs every statement it sends at DEBUG."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.sent: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.sent.append(record.getMessage())


@pytest.fixture
def statements() -> Iterator[_Statements]:
    handler = _Statements()
    logger = logging.getLogger("tortoise.db_client")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def activity(host: str, n: int) -> tuple[str, dict[str, Any], str, datetime, frozenset[str]]:
    ap_id = f"https://{host}/activities/{n}"
    document = {"id": ap_id, "type": "Create", "actor": f"https://{host}/users/a"}
    return ap_id, document, f"https://{host}/users/a#main-key", NOW, frozenset({host})


async def outcome(args: tuple[str, dict[str, Any], str, datetime, frozenset[str]]) -> str:
    try:
        stored = await inbox_batch.insert_unless_blocked(*args)
    except IntegrityError:
        return "repeat"
    return "stored" if stored else "blocked"


async def test_activities_at_the_same_moment_are_stored_in_one_insert(
    statements: _Statements,
) -> None:
    await RemoteInstance.create(host="blocked.example", blocked=True)
    assert await outcome(activity("a.example", 0)) == "stored"  # alone: the one-row insert
    statements.sent.clear()

    at_once = [
        activity("a.example", 1),
        activity("b.example", 1),
        activity("a.example", 1),  # the same activity twice at once
        activity("blocked.example", 1),
        activity("a.example", 0),  # stored before
        activity("c.example", 1),
    ]
    answers = await asyncio.gather(*(outcome(args) for args in at_once))

    assert answers == ["stored", "stored", "repeat", "blocked", "repeat", "stored"]
    assert len(statements.sent) == 2  # the blocked hosts, then one INSERT of the rest
    stored = await InboxMessage.all().order_by("id").values_list("ap_id", flat=True)
    assert stored == [
        "https://a.example/activities/0",
        "https://a.example/activities/1",
        "https://b.example/activities/1",
        "https://c.example/activities/1",
    ]
    row = await InboxMessage.get(ap_id="https://c.example/activities/1")
    assert (row.state, row.attempts, row.next_attempt_at, row.payload["type"]) == (
        "queued", 0, NOW, "Create",
    )  # fmt: skip


async def test_a_failed_write_is_every_waiting_requests_error_and_the_next_write_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def broken(rows: object) -> set[str]:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(inbox_batch, "_insert_new", broken)
        answers = await asyncio.gather(
            *(outcome(activity(f"h{n}.example", n)) for n in range(3)), return_exceptions=True
        )
    assert [str(answer) for answer in answers] == ["disk full"] * 3
    assert await InboxMessage.all().count() == 0

    assert (
        await asyncio.gather(*(outcome(activity(f"h{n}.example", n)) for n in range(3)))
        == ["stored"] * 3
    )


async def test_more_activities_at_once_than_one_insert_takes_are_all_stored(
    monkeypatch: pytest.MonkeyPatch, statements: _Statements
) -> None:
    monkeypatch.setattr(inbox_batch, "MAX_BATCH", 4)
    answers = await asyncio.gather(*(outcome(activity(f"h{n}.example", n)) for n in range(10)))
    assert answers == ["stored"] * 10
    inserts = [sql for sql in statements.sent if sql.startswith('INSERT INTO "inbox_messages"')]
    assert len(inserts) == 3  # 4 + 4 + 2
    assert await InboxMessage.all().count() == 10
