"""Fan-out benchmark: one post in a local group with remote followers on many instances.

    flock /tmp/bench.lock .venv/bin/python bench/fanout.py                # 1,000 on 50
    flock /tmp/bench.lock .venv/bin/python bench/fanout.py --large        # also 10,000 on 1,000

Per scenario: loopback receivers (`bench/receivers.py`, one process, one port per instance), a
fresh data folder whose group has the followers as remote `User` rows with accepted memberships
(written directly, each instance's people sharing its shared inbox), the real `polder serve`
(dev mode, SQLite, its in-process delivery worker). A post is written through the API, so
`federation.publish` queues the group's Announce; the bench times until every receiver host has
it, and counts the deliveries and distinct signatures the receivers saw. First post: cold
(first connection to each host); second: warm; then a burst of `--burst` posts for
deliveries per second and requests in flight per host. Prints markdown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import signal
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `server` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import fedsetup, receivers
from bench.inbox import raw_rsa
from bench.server import Server
from server import db
from server.models import Group, Membership, User

BATCH = 2_000
# Fewer instances than the worker has deliveries in flight (32), so that with slow answers
# several deliveries to one instance are due at once: the per-host limit (4) then shows.
SLOW_INSTANCES = 5


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--followers", type=int, default=1_000)
    p.add_argument("--instances", type=int, default=50)
    p.add_argument("--large", action="store_true", help="also 10,000 followers on 1,000")
    p.add_argument("--burst", type=int, default=20, help="posts written at once after the first")
    p.add_argument("--timeout", type=float, default=120.0)
    p.add_argument("--json", type=Path, help="also write all figures to this file")
    p.add_argument(
        "--slow",
        type=int,
        default=0,
        metavar="MS",
        help=f"also the followers on {SLOW_INSTANCES} instances, each answering after MS ms",
    )
    p.add_argument(
        "--profile", type=Path, help="cProfile polder serve to FILE.<followers> per scenario"
    )
    return p


async def _followers(remote: receivers.Receivers, followers: int) -> None:
    group = await Group.get(slug=fedsetup.SLUG)
    now = datetime.now(UTC)
    users = []
    for n in range(followers):
        host = remote.host(n)
        actor = f"http://{host}/users/f{n}"
        users.append(User(
            username=f"f{n}@{host}", name=f"Volger {n}", domain=host, ap_id=actor,
            inbox_url=f"{actor}/inbox", shared_inbox_url=f"http://{host}/inbox", fetched_at=now,
        ))  # fmt: skip
    for start in range(0, len(users), BATCH):
        await User.bulk_create(users[start : start + BATCH])
    ids = (
        await User.filter(username__startswith="f").exclude(domain="").values_list("id", flat=True)
    )
    rows = [Membership(group_id=group.id, user_id=uid, accepted=True) for uid in ids]
    for start in range(0, len(rows), BATCH):
        await Membership.bulk_create(rows[start : start + BATCH])


def _post(server: Server, token: str, title: str) -> None:
    request = urllib.request.Request(
        f"{server.base}/api/v1/groups/{fedsetup.SLUG}/posts",
        data=json.dumps(
            {"title": title, "body": "Het waterpeil gaat omhoog. Kom je dinsdag?"}
        ).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 201:
            raise RuntimeError(f"writing a post answered {response.status}")


def _wait(remote: receivers.Receivers, per_host: int, timeout: float) -> dict[str, Any]:
    began = time.monotonic()
    while True:
        stats = remote.stats()
        hosts = stats["hosts"].values()
        if all(h["count"] >= per_host for h in hosts) or time.monotonic() - began > timeout:
            return stats
        time.sleep(0.01)


def _one_round(
    remote: receivers.Receivers, server: Server, token: str, posts: int, timeout: float
) -> dict[str, Any]:
    remote.reset()
    cpu = fedsetup.cpu_seconds(server)
    began = time.time()
    for n in range(posts):
        _post(server, token, f"Waterpeil {n} {began}")
    written = time.time()
    stats = _wait(remote, posts, timeout)
    hosts = list(stats["hosts"].values())
    reached = sum(1 for h in hosts if h["count"] >= posts)
    last = max(h["last"] for h in hosts)
    first = min((h["first"] for h in hosts if h["first"]), default=last)
    deliveries = stats["posts"]
    return {
        "posts": posts, "instances": len(hosts), "instances_reached": reached,
        "deliveries": deliveries, "signatures": stats["signatures"],
        "unsigned": stats["unsigned"], "types": stats["types"],
        "api_s": written - began, "all_have_it_s": last - began,
        "delivery_window_s": last - first,
        "deliveries_per_s": deliveries / (last - began) if last > began else 0.0,
        "max_in_flight_per_host": max(h["max_in_flight"] for h in hosts),
        "verified": stats["verified"], "verify_failures": stats["verify_failures"],
        "verify_failed": stats["verify_failed"],
        "server_cpu_s": fedsetup.cpu_seconds(server) - cpu, "load": fedsetup.load_average(),
    }  # fmt: skip


def scenario(
    args: argparse.Namespace, folder: Path, followers: int, hosts: int, delay_ms: int = 0
) -> dict[str, Any]:
    with receivers.running(hosts, delay_ms=delay_ms) as remote:
        instance = fedsetup.new_instance(folder / f"polder-{followers}-{delay_ms}")

        async def prepare() -> fedsetup.Seeded:
            await db.connect(instance.settings)
            try:
                seeded = await fedsetup.seed(instance)
                await _followers(remote, followers)
                return seeded
            finally:
                await db.disconnect()

        seeded = asyncio.run(prepare())
        out: dict[str, Any] = {
            "followers": followers, "hosts": hosts, "delay_ms": delay_ms, "rounds": []
        }  # fmt: skip
        profile = args.profile and args.profile.with_suffix(f".{followers}-{delay_ms}")
        with fedsetup.serving(instance, 1, profile) as server:
            for name, posts in (("cold", 1), ("warm", 1), ("burst", args.burst)):
                result = _one_round(remote, server, seeded.token, posts, args.timeout)
                result["name"] = name
                print(f"  {followers}/{hosts} {name}: {json.dumps(result)}", file=sys.stderr)
                out["rounds"].append(result)
            out["rss_mb"] = server.rss_mb()
        out["db_deliveries"] = fedsetup.counts(instance, "deliveries")
    return out


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through every `finally` that stops a process


def main(argv: list[str] | None = None) -> int:
    from bench import fedreport

    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    folder = Path(tempfile.mkdtemp(prefix="polder-bench-fanout-"))
    outcome: dict[str, Any] = {"load_start": fedsetup.load_average(), "rsa": raw_rsa()}
    try:
        outcome["scenarios"] = [scenario(args, folder, args.followers, args.instances)]
        if args.large:
            outcome["scenarios"].append(scenario(args, folder, 10_000, 1_000))
        if args.slow:
            slow = scenario(args, folder, args.followers, SLOW_INSTANCES, args.slow)
            outcome["scenarios"].append(slow)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    outcome["load_end"] = fedsetup.load_average()
    if args.json:
        args.json.write_text(json.dumps(outcome, indent=2, default=str))
    print(fedreport.fanout_markdown(outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
