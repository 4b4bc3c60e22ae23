"""Feed benchmark: one group with 100,000 posts, its HTML page and API feed under load.

    python bench/feed.py --database sqlite
    python bench/feed.py --database postgres

Fills a fresh database, starts the real server (uvicorn, production settings) in its own
processes, measures idle memory, then drives each endpoint with wrk at 1 and 10 connections,
first page and a page 1,000 posts deep, and a bare Starlette endpoint on the same server
settings as the floor. Prints markdown tables; see docs/performance.md for the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import asdict
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `server` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fill, load, queries, report
from bench.server import running
from server import db
from server.config import Settings, load_settings

PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PG_DATABASE = "polder_bench"
STATE = "bench.json"
DEPTHS = [1_000, 10_000, 50_000, 99_000]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--posts", type=int, default=100_000)
    p.add_argument("--members", type=int, default=1_000)
    p.add_argument("--replies", type=int, default=100_000)
    p.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    p.add_argument("--warmup", type=int, default=2, help="seconds of load before each")
    p.add_argument("--workers", type=int, default=2, help="uvicorn --workers (default 2)")
    p.add_argument("--connections", default="1,10", help="comma-separated, e.g. 1,10")
    p.add_argument("--data", type=Path, help="data folder; reused if it holds a filled bench")
    p.add_argument("--keep", action="store_true", help="keep the data folder afterwards")
    p.add_argument("--sqlite-options", default="", help="URL query, e.g. synchronous=NORMAL")
    p.add_argument("--pg-options", default="", help="URL query, e.g. maxsize=10")
    p.add_argument("--only", default="", help="comma-separated scenario keys (see report.py)")
    p.add_argument("--json", type=Path, help="also write all figures to this file")
    p.add_argument("--tuned", action="store_true", help="serve with bench/tuning.py applied")
    return p


async def _recreate_pg_database() -> None:
    import asyncpg  # only needed for PostgreSQL

    conn = await asyncpg.connect(PG_ADMIN)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        await conn.execute(f"CREATE DATABASE {PG_DATABASE}")
    finally:
        await conn.close()


def _database_url(args: argparse.Namespace, data: Path) -> str:
    if args.database == "postgres":
        url = f"postgres://postgres@127.0.0.1:5432/{PG_DATABASE}"
        return f"{url}?{args.pg_options}" if args.pg_options else url
    url = f"sqlite://{data / 'polder.sqlite3'}"
    return f"{url}?{args.sqlite_options}" if args.sqlite_options else url


async def _prepare(args: argparse.Namespace, settings: Settings, state: Path) -> dict[str, object]:
    """Fill (unless the folder holds a filled bench already), then time the queries directly."""
    reuse = state.exists()  # noqa: ASYNC240 — once, before any load
    if not reuse and args.database == "postgres":
        await _recreate_pg_database()
    await db.connect(settings)
    try:
        if reuse:
            filled = json.loads(state.read_text())  # noqa: ASYNC240
        else:
            await db.migrate(settings)
            done = await fill.fill(
                settings, posts=args.posts, members=args.members, replies=args.replies
            )
            filled = asdict(done)
            state.write_text(json.dumps(filled))  # noqa: ASYNC240
        depths = [d for d in DEPTHS if d < int(filled["posts"])]
        filled["depths"] = [asdict(t) for t in await queries.depth_timings(filled["slug"], depths)]
        filled["plans"] = await queries.plans(filled["slug"], fill.DEEP)
    finally:
        await db.disconnect()
    filled["reused"] = reuse
    return filled


def _status(url: str, headers: dict[str, str]) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _measure(
    args: argparse.Namespace, base: str, scenarios: list[report.Scenario]
) -> list[load.Result | report.Skipped]:
    conns = [int(c) for c in args.connections.split(",")]
    out: list[load.Result | report.Skipped] = []
    for sc in scenarios:
        status = _status(base + sc.path, sc.headers)
        if status != 200:
            out.append(report.Skipped(sc.name, f"HTTP {status} for {sc.path.split('?')[0]}"))
            continue
        for c in conns:
            load.run(sc.name, base + sc.path, max(conns), args.warmup, sc.headers)
            result = load.run(sc.name, base + sc.path, c, args.duration, sc.headers)
            out.append(result)
            print(f"  {report.line(result)}", file=sys.stderr, flush=True)
    return out


def _run(args: argparse.Namespace, data: Path) -> dict[str, object]:
    load.require_wrk()
    url = _database_url(args, data)
    settings = load_settings({"data_dir": str(data), "database_url": url})
    print(f"bench: preparing {args.database} in {data}", file=sys.stderr, flush=True)
    filled = asyncio.run(_prepare(args, settings, data / STATE))
    env = {"POLDER_DATA_DIR": str(data), "POLDER_DATABASE_URL": url}
    scenarios = report.scenarios(filled, args.only)
    factory = "bench.apps:polder_app_tuned" if args.tuned else "bench.apps:polder_app"
    with running(factory, env, args.workers, "/") as server:
        idle = server.rss_mb()
        print(f"bench: polder up, idle RSS {idle} MB", file=sys.stderr, flush=True)
        results = _measure(args, server.base, [s for s in scenarios if not s.bare])
        after = server.rss_mb()
    with running("bench.apps:bare_app", {}, args.workers, "/bare") as server:
        bare_idle = server.rss_mb()
        results += _measure(args, server.base, [s for s in scenarios if s.bare])
    return {
        "load_average": os.getloadavg(),
        "database": args.database,
        "workers": args.workers,
        "tuned": args.tuned,
        "fill": filled,
        "rss_idle_mb": idle,
        "rss_after_mb": after,
        "rss_bare_mb": bare_idle,
        "results": [asdict(r) for r in results],
    }


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through the `finally` that stops the server


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    data = args.data or Path(tempfile.mkdtemp(prefix=f"polder-bench-{args.database}-"))
    data.mkdir(parents=True, exist_ok=True)
    try:
        outcome = _run(args, data)
    finally:
        if not args.keep and args.data is None:
            shutil.rmtree(data, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(outcome, indent=2, default=str))
    print(report.markdown(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
