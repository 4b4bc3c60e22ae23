"""Markdown tables for `bench/inbox.py` and `bench/fanout.py`."""

from __future__ import annotations

from typing import Any


def _rsa(outcome: dict[str, Any]) -> str:
    rsa = outcome["rsa"]
    return (
        f"Raw RSA-2048 in one process: {rsa['signs_per_s']:,.0f} signs/s, "
        f"{rsa['verifies_per_s']:,.0f} verifies/s. Load average at start "
        f"{outcome['load_start']}, at end {outcome['load_end']}.\n"
    )


def _level(name: str, r: dict[str, Any]) -> str:
    other = {k: v for k, v in r["statuses"].items() if k != "202"}
    cells = [
        name, str(r["connections"]), f"{r['requests']:,}", f"{r['rate']:,.0f}",
        f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f} / {r['max_ms']:.0f}",
        ", ".join(f"{k}: {v}" for k, v in other.items()) or "–",
        f"{r.get('applied_s', 0):.1f}" if "applied_s" in r else "–",
        f"{r.get('delivered_s', 0):.1f}" if "delivered_s" in r else "–",
        f"{r.get('server_cpu_s', 0):.1f}" if "server_cpu_s" in r else "–",
        f"{r['client_cpu_s']:.1f}", r["load"],
    ]  # fmt: skip
    return "| " + " | ".join(cells) + " |"


def _server_name(run: dict[str, Any]) -> str:
    name = f"polder serve --workers {run['workers']}"
    return name + " + polder worker" if run.get("worker_process") else name


def inbox_markdown(outcome: dict[str, Any]) -> str:
    lines = ["### Inbox", "", _rsa(outcome)]
    lines += [
        "| Server | Conns | Requests | 202/s | p50 / p99 / max ms | Other answers | "
        "All applied after s | All Announces delivered after s | Server CPU s | "
        "Client CPU s | Load |",
        "|---|--:|--:|--:|--:|---|--:|--:|--:|--:|---|",
    ]
    lines += [_level("floor (Starlette + verify + insert)", r) for r in outcome["floor"]]
    for run in outcome["polder"]:
        lines += [_level(_server_name(run), r) for r in run["levels"]]
    lines.append("")
    for run in outcome["polder"]:
        follow = run["follow"]
        lines.append(
            f"- {_server_name(run)}: {follow['requests']} Follows, all Accepts back after "
            f"{follow['all_accepted_s']:.1f} s, actor documents fetched {follow['actor_fetches']}"
            f" times; idle RSS {run['rss_idle_mb']} MB, after the levels "
            f"{run['rss_before_memory_mb']} MB; receivers saw {run['receivers']['types']}, "
            f"{run['receivers']['verified']} sampled signatures verified, "
            f"{run['receivers']['verify_failures']} failed."
        )
        for n, mem in enumerate(run.get("memory", []), 1):
            lines.append(
                f"- memory run {n}: {mem['requests']:,} requests at 50 connections, "
                f"{mem['rate']:,.0f}/s, p99 {mem['p99_ms']:.0f} ms, answers {mem['statuses']}; "
                f"RSS after {mem['rss_mb']} MB (load {mem['load']})."
            )
    return "\n".join(lines) + "\n"


def _scenario_name(scenario: dict[str, Any]) -> str:
    name = f"{scenario['followers']:,} / {scenario['hosts']:,}"
    delay = scenario.get("delay_ms")
    return f"{name}, answers after {delay} ms" if delay else name


def fanout_markdown(outcome: dict[str, Any]) -> str:
    lines = ["### Fan-out", "", _rsa(outcome)]
    lines += [
        "| Followers / instances | Round | Posts | Hosts reached | Deliveries | Signatures | "
        "API s | All hosts have it after s | Deliveries/s | Max in flight per host | "
        "Server CPU s | Sample verified | Load |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for sc in outcome["scenarios"]:
        for r in sc["rounds"]:
            cells = [
                _scenario_name(sc), r["name"], str(r["posts"]),
                f"{r['instances_reached']}/{r['instances']}", f"{r['deliveries']:,}",
                f"{r['signatures']:,}", f"{r['api_s']:.3f}", f"{r['all_have_it_s']:.3f}",
                f"{r['deliveries_per_s']:,.0f}", str(r["max_in_flight_per_host"]),
                f"{r['server_cpu_s']:.2f}", f"{r['verified']} ok / {r['verify_failures']} bad",
                r["load"],
            ]  # fmt: skip
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for sc in outcome["scenarios"]:
        lines.append(
            f"- {_scenario_name(sc)}: RSS after {sc['rss_mb']} MB; delivery "
            f"rows {sc['db_deliveries']}."
        )
    return "\n".join(lines) + "\n"
