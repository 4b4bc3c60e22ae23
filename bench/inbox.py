"""Inbox benchmark: signed `Create`s from many remote actors POSTed to one instance's shared inbox.

    flock /tmp/bench.lock .venv/bin/python bench/inbox.py

Starts loopback remote hosts (`bench/receivers.py`) serving `--actors` actors with their keys,
measures raw RSA-2048 signing and verifying in-process, then the ceiling (`bench/inbox_floor.py`:
Starlette + digest + RSA verify with a cached key + one SQLite insert) and the real `polder serve`
(dev mode, fresh data folder, SQLite, in-process worker) with 1 and then 2 web processes. On each
Polder instance every actor first joins the group with a signed `Follow` (so Polder fetches and
caches its key, and answers with an `Accept`), then the load client (`bench/fedclient.py`, its own
process, all requests signed before the clock starts) POSTs `Create(Page/Note)`s at 1, 10 and 50
connections. After each level the bench waits until the worker has applied every message (post
stored, Announce queued) and delivered the Announces. Then memory: RSS before and after two
more runs of `--memory-requests`. Prints markdown; see docs/performance-federation.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `server` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from bench import fedsetup, receivers
from bench.server import ROOT, Server, running
from federation.crypto import generate_private_key, private_key_to_pem, public_key_to_pem
from server import db


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--actors", type=int, default=100)
    p.add_argument("--hosts", type=int, default=5, help="remote hosts the actors live on")
    p.add_argument("--levels", default="1:500,10:2000,50:2000", help="connections:requests,...")
    p.add_argument("--workers", default="1,2", help="polder serve --workers values to measure")
    p.add_argument("--memory-requests", type=int, default=5000, help="per memory run (2 runs)")
    p.add_argument("--drain-timeout", type=float, default=180.0)
    p.add_argument("--json", type=Path, help="also write all figures to this file")
    p.add_argument("--profile", type=Path, help="cProfile polder serve (1 worker) to this file")
    p.add_argument(
        "--worker-process",
        action="store_true",
        help="also measure one web process with the worker in a `polder worker` beside it",
    )
    return p


# Keys and raw RSA ----------------------------------------------------------------------------


def _key_pair(_: int) -> tuple[str, str]:
    key = generate_private_key()
    return private_key_to_pem(key), public_key_to_pem(key.public_key())


def make_keys(count: int) -> list[tuple[str, str]]:
    with ProcessPoolExecutor(2) as pool:
        return list(pool.map(_key_pair, range(count)))


def raw_rsa(seconds: float = 1.5) -> dict[str, float]:
    key = generate_private_key()
    public, message = key.public_key(), b"(request-target): post /inbox\nhost: x\ndate: y" * 2

    def rate(step: Callable[[], object]) -> float:
        n, began = 0, time.perf_counter()
        while time.perf_counter() - began < seconds:
            for _ in range(50):
                step()
            n += 50
        return n / (time.perf_counter() - began)

    signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return {
        "signs_per_s": rate(lambda: key.sign(message, padding.PKCS1v15(), hashes.SHA256())),
        "verifies_per_s": rate(
            lambda: public.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        ),
    }


# Load ----------------------------------------------------------------------------------------


def client(
    spec: Path, inbox: str, group: str, *, kind: str, count: int, connections: int, tag: str
) -> dict[str, Any]:
    out = spec.parent / f"client-{tag}.json"
    command = [sys.executable, str(ROOT / "bench" / "fedclient.py"), "--spec", str(spec),
               "--inbox", inbox, "--group", group, "--kind", kind, "--count", str(count),
               "--connections", str(connections), "--tag", tag, "--out", str(out)]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, timeout=900)
    result: dict[str, Any] = json.loads(out.read_text())
    result["load"] = fedsetup.load_average()
    result["rate"] = result["statuses"].get("202", 0) / result["seconds"]
    print(f"  {tag}: {json.dumps(result)}", file=sys.stderr, flush=True)
    return result


def levels(text: str) -> list[tuple[int, int]]:
    return [(int(c), int(n)) for c, n in (part.split(":") for part in text.split(","))]


def measure_floor(args: argparse.Namespace, spec: Path, folder: Path) -> list[dict[str, Any]]:
    env = {"BENCH_FLOOR_KEYS": str(spec), "BENCH_FLOOR_DB": str(folder / "floor.sqlite3")}
    results = []
    with running("bench.inbox_floor:floor_app", env, 1, "/health") as server:
        for connections, count in levels(args.levels):
            tag = f"floor-c{connections}"
            result = client(
                spec,
                server.base + "/inbox",
                "http://x/g/none",
                kind="create",
                count=count,
                connections=connections,
                tag=tag,
            )
            results.append(result)
        results[-1]["rss_mb"] = server.rss_mb()
    return results


def _drain(args: argparse.Namespace, instance: fedsetup.Instance) -> dict[str, Any]:
    applied_s, inbox_counts = fedsetup.wait_drained(instance, "inbox_messages", args.drain_timeout)
    delivered_s, delivery_counts = fedsetup.wait_drained(instance, "deliveries", args.drain_timeout)
    return {"applied_s": applied_s, "inbox": inbox_counts,
            "delivered_s": applied_s + delivered_s, "deliveries": delivery_counts}  # fmt: skip


def _follow_all(
    spec: Path, server: Server, seeded: fedsetup.Seeded, remote: receivers.Receivers, n: int
) -> dict[str, Any]:
    began = time.perf_counter()
    result = client(spec, server.base + "/inbox", seeded.group_url,
                    kind="follow", count=n, connections=10, tag="follow")  # fmt: skip
    while remote.stats()["types"].get("Accept", 0) < n:
        if time.perf_counter() - began > 120:
            raise RuntimeError(f"only {remote.stats()['types']} after 120 s of follows")
        time.sleep(0.05)
    result["all_accepted_s"] = time.perf_counter() - began
    result["actor_fetches"] = remote.stats()["actor_fetches"]
    return result


def measure_polder(
    args: argparse.Namespace,
    spec: Path,
    remote: receivers.Receivers,
    folder: Path,
    workers: int,
    *,
    worker_process: bool = False,
) -> dict[str, Any]:
    data = folder / f"polder-w{workers}{'-worker' if worker_process else ''}"
    instance = fedsetup.new_instance(data)

    async def prepare() -> fedsetup.Seeded:
        await db.connect(instance.settings)
        try:
            return await fedsetup.seed(instance)
        finally:
            await db.disconnect()

    seeded = asyncio.run(prepare())
    remote.reset()
    out: dict[str, Any] = {"workers": workers, "worker_process": worker_process, "levels": []}
    profile = None if worker_process else args.profile
    with fedsetup.serving(instance, workers, profile, worker_process=worker_process) as server:
        out["rss_idle_mb"] = server.rss_mb()
        out["follow"] = _follow_all(spec, server, seeded, remote, args.actors)
        inbox = server.base + "/inbox"
        for connections, count in levels(args.levels):
            cpu = fedsetup.cpu_seconds(server)
            result = client(spec, inbox, seeded.group_url, kind="create", count=count,
                            connections=connections, tag=f"w{workers}-c{connections}")  # fmt: skip
            result.update(_drain(args, instance))
            result["server_cpu_s"] = fedsetup.cpu_seconds(server) - cpu
            out["levels"].append(result)
        out["rss_before_memory_mb"] = server.rss_mb()
        if workers == 1 and not worker_process and args.memory_requests:
            out["memory"] = []
            for run in (1, 2):
                count = args.memory_requests
                result = client(spec, inbox, seeded.group_url, kind="create",
                                count=count, connections=50, tag=f"mem{run}")  # fmt: skip
                result.update(_drain(args, instance))
                result["rss_mb"] = server.rss_mb()
                out["memory"].append(result)
        out["receivers"] = remote.stats()
        out["receivers"].pop("hosts")
    return out


def _run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    outcome: dict[str, Any] = {"load_start": fedsetup.load_average()}
    outcome["rsa"] = raw_rsa()
    print(f"bench: raw RSA {outcome['rsa']}", file=sys.stderr, flush=True)
    keys = make_keys(args.actors)
    names = [f"a{n:04d}" for n in range(args.actors)]
    with receivers.running(
        args.hosts, {n: pub for n, (_, pub) in zip(names, keys, strict=True)}
    ) as remote:
        actors = [[f"http://{remote.host(i)}/users/{name}", keys[i][0]]
                  for i, name in enumerate(names)]  # fmt: skip
        spec = folder / "keys.json"
        spec.write_text(json.dumps({"actors": actors}))
        spec.chmod(0o600)
        outcome["floor"] = measure_floor(args, spec, folder)
        outcome["polder"] = [
            measure_polder(args, spec, remote, folder, int(w)) for w in args.workers.split(",")
        ]
        if args.worker_process:
            outcome["polder"].append(
                measure_polder(args, spec, remote, folder, 1, worker_process=True)
            )
    outcome["load_end"] = fedsetup.load_average()
    outcome["args"] = {k: str(v) for k, v in vars(args).items()}
    return outcome


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through every `finally` that stops a process


def main(argv: list[str] | None = None) -> int:
    from bench import fedreport

    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    folder = Path(tempfile.mkdtemp(prefix="polder-bench-inbox-"))
    try:
        outcome = _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(outcome, indent=2, default=str))
    print(fedreport.inbox_markdown(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
