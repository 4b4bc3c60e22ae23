"""Direct query timings: the feed's keyset page against an OFFSET page at the same depth, and
the query plans that show which index each one uses."""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tortoise import Tortoise
from tortoise.expressions import Q

from bench.fill import deep_cursor
from server import db
from server.models import Group, Post
from server.services import posts as post_service

RUNS = 30
PAGE = 20


@dataclass(frozen=True)
class DepthTiming:
    depth: int
    keyset_ms: float
    orm_keyset_ms: float
    offset_ms: float
    keyset_sql_ms: float
    offset_sql_ms: float


class _Capture(logging.Handler):
    """Tortoise logs each statement with its values at DEBUG; keep the last SELECT."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.last: tuple[str, list[Any]] = ("", [])

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if isinstance(args, tuple) and len(args) == 2 and str(args[0]).startswith("SELECT"):
            values: Any = args[1] or []
            self.last = (str(args[0]), list(values))


async def _captured(work: Callable[[], Awaitable[Any]]) -> tuple[str, list[Any]]:
    logger = logging.getLogger("tortoise.db_client")
    handler, level = _Capture(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        await work()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return handler.last


async def _median_ms(work: Callable[[], Awaitable[Any]]) -> float:
    await work()
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        await work()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _offset_page(group: Group, depth: int) -> Callable[[], Awaitable[Any]]:
    def query() -> Awaitable[Any]:
        return (
            Post.filter(group_id=group.id, deleted_at__isnull=True)
            .order_by("-created_at", "-id")
            .offset(depth)
            .limit(PAGE + 1)
            .values(*post_service.FEED_FIELDS)
        )

    return query


def _orm_keyset_page(group: Group, cursor: str | None) -> Callable[[], Awaitable[Any]]:
    """The feed as first written, through Tortoise's query builder: the "before" figure."""

    def query() -> Awaitable[Any]:
        rows = Post.filter(group_id=group.id, deleted_at__isnull=True)
        if cursor:
            moment, last_id = post_service.decode_cursor(cursor)
            rows = rows.filter(created_at__lte=moment).filter(
                Q(created_at__lt=moment) | Q(id__lt=last_id)
            )
        return rows.order_by("-created_at", "-id").limit(PAGE + 1).values(*post_service.FEED_FIELDS)

    return query


def _keyset_page(group: Group, cursor: str | None) -> Callable[[], Awaitable[Any]]:
    def query() -> Awaitable[Any]:
        return post_service.feed(group, cursor)

    return query


def _raw(sql: str, values: list[Any]) -> Callable[[], Awaitable[Any]]:
    conn = Tortoise.get_connection("default")

    def query() -> Awaitable[Any]:
        return conn.execute_query(sql, values)

    return query


async def depth_timings(slug: str, depths: list[int]) -> list[DepthTiming]:
    group = await Group.get(slug=slug)
    out = []
    for depth in depths:
        cursor = await deep_cursor(group, depth) if depth else None
        keyset, offset = _keyset_page(group, cursor), _offset_page(group, depth)
        keyset_sql, offset_sql = await _captured(keyset), await _captured(offset)
        out.append(
            DepthTiming(
                depth=depth,
                keyset_ms=await _median_ms(keyset),
                orm_keyset_ms=await _median_ms(_orm_keyset_page(group, cursor)),
                offset_ms=await _median_ms(offset),
                keyset_sql_ms=await _median_ms(_raw(*keyset_sql)),
                offset_sql_ms=await _median_ms(_raw(*offset_sql)),
            )
        )
    return out


async def plans(slug: str, depth: int) -> dict[str, str]:
    """EXPLAIN QUERY PLAN (SQLite) or EXPLAIN ANALYZE (PostgreSQL) of the feed's queries."""
    group = await Group.get(slug=slug)
    cursor = await deep_cursor(group, depth)
    conn = Tortoise.get_connection("default")
    postgres = db.dialect() == "postgres"
    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if postgres else "EXPLAIN QUERY PLAN "
    out = {}
    for name, work in (
        ("keyset, first page", _keyset_page(group, None)),
        (f"keyset, {depth} deep", _keyset_page(group, cursor)),
        (f"OFFSET {depth}", _offset_page(group, depth)),
    ):
        sql, values = await _captured(work)
        _, rows = await conn.execute_query(prefix + sql, values)
        lines = [str(row["QUERY PLAN"] if postgres else row["detail"]) for row in rows]
        out[name] = sql + "\n" + "\n".join(lines)
    return out
