"""Mixed browsing benchmark: people reading group pages, threads, profiles and the API feed,
against PostgreSQL with several web processes (issue 8, "Load").

    .venv/bin/python bench/browse.py

Fills a fresh PostgreSQL database (`polder_bench_browse`) with one group of `--members`
people, `--posts` posts and `--replies` replies, starts the real app under uvicorn with each
`--workers` value in turn, and for each number of connections runs wrk for `--duration`
seconds with a request mix drawn at random per request (weights below). Records throughput,
latency percentiles, failed answers, and the RSS of every server process idle, halfway through
the heaviest level, and afterwards. Prints markdown; figures in docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `server` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fill, load
from bench.server import Server, running
from server import db
from server.config import load_settings
from server.models import Post, User

PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PG_DATABASE = "polder_bench_browse"
# What a visit asks for, in proportion: mostly threads and the group page, as people read.
MIX = {"thread": 45, "group": 25, "profile": 15, "api": 10, "group-deep": 5}
SAMPLE = 300  # distinct threads and profiles in the mix


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--posts", type=int, default=20_000)
    p.add_argument("--members", type=int, default=1_000)
    p.add_argument("--replies", type=int, default=40_000)
    p.add_argument("--workers", default="2,4", help="uvicorn --workers values to measure")
    p.add_argument("--connections", default="1,10,50")
    p.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--json", type=Path, help="also write all figures to this file")
    return p


async def _recreate_database() -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        await conn.execute(f"CREATE DATABASE {PG_DATABASE}")
    finally:
        await conn.close()


async def _prepare(args: argparse.Namespace, data: Path, url: str) -> dict[str, Any]:
    await _recreate_database()
    settings = load_settings({"data_dir": str(data), "database_url": url})
    await db.connect(settings)
    try:
        await db.migrate(settings)
        filled = await fill.fill(
            settings, posts=args.posts, members=args.members, replies=args.replies
        )
        posts = await Post.filter(deleted_at__isnull=True).values_list("id", flat=True)
        people = await User.filter(is_admin=False).values_list("username", flat=True)
    finally:
        await db.disconnect()
    rng = random.Random(11)
    return {
        "fill": asdict(filled),
        "threads": rng.sample(list(posts), min(SAMPLE, len(posts))),
        "profiles": rng.sample(list(people), min(SAMPLE, len(people))),
    }


def _paths(prepared: dict[str, Any]) -> list[tuple[str, bool]]:
    """(path, needs the API token) for each kind of request, repeated by its weight."""
    filled = prepared["fill"]
    slug = filled["slug"]
    kinds = {
        "thread": [(f"/p/{n}", False) for n in prepared["threads"]],
        "group": [(f"/g/{slug}", False)],
        "profile": [(f"/u/{name}", False) for name in prepared["profiles"]],
        "api": [(f"/api/v1/groups/{slug}/posts", True)],
        "group-deep": [(f"/g/{slug}?cursor={filled['deep_cursor']}", False)],
    }
    rng = random.Random(5)
    return [rng.choice(kinds[kind]) for kind, weight in MIX.items() for _ in range(weight * 4)]


def _script(folder: Path, paths: list[tuple[str, bool]], token: str) -> Path:
    """A wrk script that picks one request of the mix at random, then reports as latency.lua."""
    rows = ",\n".join(
        f"  {{{json.dumps(path)}, {'true' if auth else 'false'}}}" for path, auth in paths
    )
    lua = (
        f"local mix = {{\n{rows}\n}}\n"
        f'local auth = {{["Authorization"] = "Bearer {token}"}}\n'
        "math.randomseed(7)\n"
        "request = function()\n"
        "  local pick = mix[math.random(#mix)]\n"
        "  return wrk.format('GET', pick[1], pick[2] and auth or nil)\n"
        "end\n"
    ) + load.LUA.read_text()
    script = folder / "mix.lua"
    script.write_text(lua)
    return script


def _level(
    server: Server, script: Path, connections: int, args: argparse.Namespace
) -> dict[str, Any]:
    load.run("mix", server.base + "/", connections, args.warmup, script=script)
    halfway: list[list[float]] = []
    timer = threading.Timer(args.duration / 2, lambda: halfway.append(server.rss_mb()))
    timer.start()
    try:
        result = load.run("mix", server.base + "/", connections, args.duration, script=script)
    finally:
        timer.cancel()
    out = asdict(result) | {"rate": result.rate, "rss_halfway_mb": halfway[0] if halfway else []}
    out["load"] = os.getloadavg()
    print(f"  c={connections}: {json.dumps(out)}", file=sys.stderr, flush=True)
    return out


def _run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    load.require_wrk()
    url = f"postgres://postgres@127.0.0.1:5432/{PG_DATABASE}"
    print("bench: filling PostgreSQL", file=sys.stderr, flush=True)
    prepared = asyncio.run(_prepare(args, folder, url))
    script = _script(folder, _paths(prepared), prepared["fill"]["token"])
    env = {"POLDER_DATA_DIR": str(folder), "POLDER_DATABASE_URL": url}
    runs = []
    for workers in [int(w) for w in args.workers.split(",")]:
        with running("bench.apps:polder_app", env, workers, "/") as server:
            run: dict[str, Any] = {"workers": workers, "rss_idle_mb": server.rss_mb()}
            run["levels"] = [
                _level(server, script, int(c), args) for c in args.connections.split(",")
            ]
            run["rss_after_mb"] = server.rss_mb()
        runs.append(run)
    return {"fill": prepared["fill"], "mix": MIX, "runs": runs, "args": vars(args)}


def markdown(outcome: dict[str, Any]) -> str:
    fill_ = outcome["fill"]
    lines = [
        f"Data: {fill_['members']:,} members, {fill_['posts']:,} posts, "
        f"{fill_['replies']:,} replies; mix {outcome['mix']} (per cent).",
        "",
        "| Web processes | Conns | Requests | req/s | p50 / p90 / p99 / max ms | Failed |"
        " RSS idle MB | RSS under load MB | Load |",
        "|--:|--:|--:|--:|--:|--:|---|---|---|",
    ]
    for run in outcome["runs"]:
        for level in run["levels"]:
            lines.append(
                f"| {run['workers']} | {level['connections']} | {level['requests']:,} | "
                f"{level['rate']:,.0f} | {level['p50_ms']:.1f} / {level['p90_ms']:.1f} / "
                f"{level['p99_ms']:.1f} / {level['max_ms']:.0f} | {level['errors']} | "
                f"{_mb(run['rss_idle_mb'])} | {_mb(level['rss_halfway_mb'])} | "
                f"{' '.join(f'{x:.2f}' for x in level['load'])} |"
            )
    return "\n".join(lines)


def _mb(values: list[float]) -> str:
    return " / ".join(f"{v:.0f}" for v in values) or "–"


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the `finally` that stops the server


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    folder = Path(tempfile.mkdtemp(prefix="polder-bench-browse-"))
    try:
        outcome = _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(outcome, indent=2, default=str))
    print(markdown(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
