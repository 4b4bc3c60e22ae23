"""Profile one endpoint in-process (cProfile, ASGI calls without sockets) against a data folder
that `bench/feed.py --data DIR --keep` filled.

    python bench/profile_endpoint.py --data /tmp/bench-sqlite --path /g/{slug} --requests 200
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench import tuning
from server.app import create_app
from server.config import load_settings


async def _drive(args: argparse.Namespace) -> None:
    settings = load_settings({"data_dir": str(args.data), "database_url": args.database_url})
    state = json.loads((args.data / "bench.json").read_text())
    path = args.path.replace("{slug}", state["slug"]).replace("{cursor}", state["deep_cursor"])
    headers = {"Authorization": f"Bearer {state['token']}"} if path.startswith("/api/") else {}
    app = create_app(settings)
    if args.tuned:
        tuning.apply(app)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client,
    ):
        first = await client.get(path, headers=headers)
        print(f"{path}: HTTP {first.status_code}, {len(first.content)} bytes", file=sys.stderr)
        profiler = cProfile.Profile()
        began = time.perf_counter()
        profiler.enable()
        for _ in range(args.requests):
            await client.get(path, headers=headers)
        profiler.disable()
        spent = (time.perf_counter() - began) / args.requests * 1000
        print(f"{spent:.2f} ms per request (with profiler)", file=sys.stderr)
    stats = pstats.Stats(profiler).sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--database-url", default=None)
    p.add_argument("--path", default="/g/{slug}")
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--sort", default="cumulative")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--callers", default="", help="also show who calls functions matching this")
    p.add_argument("--tuned", action="store_true", help="apply bench/tuning.py")
    asyncio.run(_drive(p.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
