"""What the bench requests, and the markdown it prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench.load import Result

TARGET_P50_MS = 5.0
TARGET_P99_MS = 25.0
TARGET_RATE = 1_000.0
TARGET_DEEP_RATIO = 1.5
TARGET_RSS_MB = 80.0


@dataclass(frozen=True)
class Scenario:
    key: str
    name: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    bare: bool = False


@dataclass(frozen=True)
class Skipped:
    name: str
    reason: str


def scenarios(filled: dict[str, Any], only: str) -> list[Scenario]:
    slug, cursor, token = filled["slug"], filled["deep_cursor"], filled["token"]
    auth = {"Authorization": f"Bearer {token}"}
    api = f"/api/v1/groups/{slug}/posts"
    every = [
        Scenario("api", "API feed, first page", api, auth),
        Scenario("api-deep", "API feed, 1,000 deep", f"{api}?cursor={cursor}", auth),
        Scenario("html", "Group page, first page", f"/g/{slug}"),
        Scenario("html-deep", "Group page, 1,000 deep", f"/g/{slug}?cursor={cursor}"),
        Scenario("bare", "Bare Starlette", "/bare", bare=True),
    ]
    keys = {k.strip() for k in only.split(",") if k.strip()}
    return [s for s in every if not keys or s.key in keys or s.bare]


def line(r: Result) -> str:
    return (
        f"{r.name} c={r.connections}: p50 {r.p50_ms:.2f} ms, p99 {r.p99_ms:.2f} ms, "
        f"{r.rate:,.0f} req/s, {r.errors} errors"
    )


def _results(outcome: dict[str, Any]) -> tuple[list[Result], list[Skipped]]:
    done, skipped = [], []
    for raw in outcome["results"]:
        if "reason" in raw:
            skipped.append(Skipped(**raw))
        else:
            done.append(Result(**raw))
    return done, skipped


def _latency_table(done: list[Result]) -> list[str]:
    bare = {r.connections: r for r in done if r.name == "Bare Starlette"}
    rows = [
        "| Endpoint | Conns | p50 ms | p99 ms | req/s | p50 ÷ bare | req/s ÷ bare | errors |",
        "|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in done:
        floor = bare.get(r.connections)
        p50x = f"{r.p50_ms / floor.p50_ms:.1f}×" if floor and floor.p50_ms else "–"
        ratex = f"{r.rate / floor.rate:.2f}" if floor and floor.rate else "–"
        rows.append(
            f"| {r.name} | {r.connections} | {r.p50_ms:.2f} | {r.p99_ms:.2f} | "
            f"{r.rate:,.0f} | {p50x} | {ratex} | {r.errors} |"
        )
    return rows


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def _targets(done: list[Result], rss: list[float]) -> list[str]:
    by = {(r.name, r.connections): r for r in done}
    first = by.get(("API feed, first page", 10))
    out = [
        f"- idle RSS of the largest process {max(rss):.0f} MB ≤ {TARGET_RSS_MB:.0f}: "
        f"{_verdict(max(rss) <= TARGET_RSS_MB)}; all processes together {sum(rss):.0f} MB"
    ]
    if first is None:
        return [*out, "- API feed at 10 connections: not measured"]
    out += [
        f"- API feed p50 {first.p50_ms:.2f} ms ≤ {TARGET_P50_MS:.0f}: "
        f"{_verdict(first.p50_ms <= TARGET_P50_MS)}",
        f"- API feed p99 {first.p99_ms:.2f} ms ≤ {TARGET_P99_MS:.0f}: "
        f"{_verdict(first.p99_ms <= TARGET_P99_MS)}",
        f"- API feed {first.rate:,.0f} req/s ≥ {TARGET_RATE:,.0f}: "
        f"{_verdict(first.rate >= TARGET_RATE)}",
    ]
    for name in ("API feed", "Group page"):
        a, b = by.get((f"{name}, first page", 10)), by.get((f"{name}, 1,000 deep", 10))
        if a and b:
            ratio = b.p50_ms / a.p50_ms
            out.append(
                f"- {name} deep/first p50 {ratio:.2f}× ≤ {TARGET_DEEP_RATIO}: "
                f"{_verdict(ratio <= TARGET_DEEP_RATIO)}"
            )
    return out


def _depth_table(depths: list[dict[str, Any]]) -> list[str]:
    rows = [
        "| Depth (posts) | posts.feed() ms | keyset via ORM ms | OFFSET via ORM ms | "
        "keyset, SQL only ms | OFFSET, SQL only ms |",
        "|--:|--:|--:|--:|--:|--:|",
    ]
    for d in depths:
        rows.append(
            f"| {d['depth']:,} | {d['keyset_ms']:.2f} | {d['orm_keyset_ms']:.2f} | "
            f"{d['offset_ms']:.2f} | {d['keyset_sql_ms']:.2f} | {d['offset_sql_ms']:.2f} |"
        )
    return rows


def markdown(outcome: dict[str, Any]) -> str:
    done, skipped = _results(outcome)
    fill = outcome["fill"]
    idle = outcome["rss_idle_mb"]
    lines = [
        f"## {outcome['database']}: {fill['posts']:,} posts, {fill['replies']:,} replies, "
        f"{fill['members']:,} members, {outcome['workers']} uvicorn worker(s)"
        + (", with bench/tuning.py" if outcome.get("tuned") else ""),
        "",
        f"Fill: {fill['seconds']:.0f} s"
        + (" (reused)" if fill.get("reused") else "")
        + f"; load average after the run: {', '.join(f'{x:.2f}' for x in outcome['load_average'])}",
        f"Idle RSS per process (MB): {', '.join(f'{m:.0f}' for m in idle)}; "
        f"after load: {', '.join(f'{m:.0f}' for m in outcome['rss_after_mb'])}; "
        f"bare server: {', '.join(f'{m:.0f}' for m in outcome['rss_bare_mb'])}",
        "",
        *_latency_table(done),
        "",
        *[f"- {s.name}: not measured ({s.reason})" for s in skipped],
        "Targets (API feed, 10 connections):",
        *_targets(done, idle),
        "",
        "Direct query timings (median of 30, one connection, no HTTP):",
        "",
        *_depth_table(fill["depths"]),
        "",
    ]
    for name, plan in fill["plans"].items():
        lines += [f"Plan, {name}:", "", "```", plan, "```", ""]
    return "\n".join(lines)
