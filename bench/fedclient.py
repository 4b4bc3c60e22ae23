"""The inbox benchmark's load client: a process of its own that signs every request first (in a
small process pool, before the clock starts), then POSTs them from `--connections` keep-alive
connections and writes the figures as JSON.

    python bench/fedclient.py --spec keys.json --inbox http://127.0.0.1:8001/inbox \
        --group http://127.0.0.1:8001/g/bench-vallei --kind create --count 2000 \
        --connections 10 --tag run1 --out result.json

`--spec` is JSON: {"actors": [[actor id, private key PEM], ...]}. Activities go round-robin
over the actors; ids live on each actor's host and carry `--tag`, so that every run is new.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `federation` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp

from federation.signatures import load_private_key, sign_request

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
SIGN_PROCESSES = 2
_KEYS: dict[str, Any] = {}


def activity(kind: str, actor: str, group: str, tag: str, n: int) -> dict[str, Any]:
    if kind == "follow":
        return {"@context": "https://www.w3.org/ns/activitystreams", "type": "Follow",
                "id": f"{actor}/follows/{tag}", "actor": actor, "object": group,
                "to": [group]}  # fmt: skip
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    obj = {
        "id": f"{actor}/objects/{tag}-{n}",
        "type": "Page" if n % 2 == 0 else "Note",
        "attributedTo": actor,
        "name": f"Meting stikstof {tag} {n}",
        "content": f"<p>Bench post {n}: we meten de <strong>stikstof</strong> bij de sloot.</p>",
        "mediaType": "text/html",
        "published": now,
        "to": [group, PUBLIC],
        "cc": [],
        "audience": group,
    }
    if obj["type"] == "Note":
        obj.pop("name")
    return {"@context": "https://www.w3.org/ns/activitystreams", "type": "Create",
            "id": f"{actor}/activities/{tag}-{n}", "actor": actor, "object": obj,
            "to": [group, PUBLIC], "cc": [], "audience": group}  # fmt: skip


def _init(actors: list[list[str]]) -> None:
    for actor, pem in actors:
        _KEYS[actor] = load_private_key(pem)


def _sign(job: tuple[str, str, bytes]) -> dict[str, str]:
    url, actor, body = job
    return sign_request(method="POST", url=url, key_id=f"{actor}#main-key",
                        private_key=_KEYS[actor], now=datetime.now(UTC), body=body)  # fmt: skip


def prepare(args: argparse.Namespace) -> list[tuple[bytes, dict[str, str]]]:
    actors: list[list[str]] = json.loads(args.spec.read_text())["actors"]
    count = len(actors) if args.kind == "follow" else args.count
    jobs = []
    for n in range(count):
        actor = actors[n % len(actors)][0]
        body = json.dumps(activity(args.kind, actor, args.group, args.tag, n)).encode()
        jobs.append((args.inbox, actor, body))
    with ProcessPoolExecutor(SIGN_PROCESSES, initializer=_init, initargs=(actors,)) as pool:
        signed = list(pool.map(_sign, jobs, chunksize=256))
    return [(body, {**headers, "Content-Type": "application/activity+json"})
            for (_, _, body), headers in zip(jobs, signed, strict=True)]  # fmt: skip


async def send(
    url: str, requests: list[tuple[bytes, dict[str, str]]], connections: int
) -> dict[str, Any]:
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    queue = iter(requests)
    connector = aiohttp.TCPConnector(limit=connections)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one_connection() -> None:
            for body, headers in queue:
                began = time.perf_counter()
                try:
                    async with session.post(url, data=body, headers=headers) as response:
                        await response.read()
                        statuses[str(response.status)] += 1
                except (aiohttp.ClientError, TimeoutError) as exc:
                    statuses[type(exc).__name__] += 1
                latencies.append(time.perf_counter() - began)

        cpu, began = time.process_time(), time.perf_counter()
        await asyncio.gather(*(one_connection() for _ in range(connections)))
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))]

    return {"requests": len(latencies), "seconds": seconds, "statuses": dict(statuses),
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": 1000 * latencies[-1],
            "client_cpu_s": cpu, "connections": connections}  # fmt: skip


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--spec", type=Path, required=True)
    p.add_argument("--inbox", required=True)
    p.add_argument("--group", required=True)
    p.add_argument("--kind", choices=["create", "follow"], default="create")
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--connections", type=int, default=10)
    p.add_argument("--tag", required=True)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    began = time.perf_counter()
    requests = prepare(args)
    signing = time.perf_counter() - began
    result = asyncio.run(send(args.inbox, requests, args.connections))
    result["signing_s"] = signing
    args.out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
