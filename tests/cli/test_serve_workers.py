"""`polder serve --workers N`: N web processes and one delivery worker beside them, not one
inside each (on SQLite several would fight over the write lock); stopping serve stops it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx

from tests.servers import clean_env, free_port, start_serve, stop, wait_until_answering


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(child) for child in text)
    return found


def _descendants(pid: int) -> list[int]:
    result: list[int] = []
    for child in _children(pid):
        result.append(child)
        try:
            result.extend(_descendants(child))
        except FileNotFoundError:
            continue  # it ended while we looked
    return result


def _command(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().rstrip("\0").split("\0")


def _environment(pid: int) -> dict[str, str]:
    pairs = Path(f"/proc/{pid}/environ").read_bytes().decode().split("\0")
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def test_several_web_processes_share_one_delivery_worker(tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(dev="1", domain=f"127.0.0.1:{port}", metrics_token=TOKEN, log_format="json")
    log = (tmp_path / "serve.log").open("wb")
    process = start_serve(tmp_path / "data", port, env, log, options=("--workers", "2"))
    try:
        url = f"http://127.0.0.1:{port}/.well-known/nodeinfo"
        wait_until_answering(process, url, lambda: (tmp_path / "serve.log").read_text())
        family = _descendants(process.pid)
        delivering = [pid for pid in family if _command(pid)[-1:] == ["worker"]]
        assert len(delivering) == 1, [_command(pid) for pid in family]
        web = [pid for pid in family if "spawn_main" in " ".join(_command(pid))]
        assert len(web) == 2, [_command(pid) for pid in family]
        for pid in web:
            assert _environment(pid).get("POLDER_RUN_WORKER") == "false"
        _check_metrics_sum_all_processes(port)
    finally:
        stop(process)
    access = _json_access_lines(tmp_path / "serve.log")
    assert any(e["path"] == "/metrics" and e["status"] == 200 for e in access), access[-3:]
    assert all({"request_id", "method", "duration_ms", "time", "level"} <= set(e) for e in access)
    # The delivery worker went with serve.
    for pid in delivering:
        assert not Path(f"/proc/{pid}").exists() or _zombie(pid)


TOKEN = "metrics-token-for-the-test"
NODEINFO_SERIES = (
    'polder_http_requests_total{method="GET",route="/.well-known/nodeinfo",status="200"}'
)


def _check_metrics_sum_all_processes(port: int) -> None:
    """Whichever web process answers the scrape, it counts the requests of both."""
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=5) as client:
        for _ in range(20):  # new connections: the kernel spreads them over both processes
            assert httpx.get(base + "/.well-known/nodeinfo", timeout=5).status_code == 200
        for _ in range(3):
            text = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).text
            line = NODEINFO_SERIES
            counted = [row for row in text.splitlines() if row.startswith(line)]
            assert counted and float(counted[0].rsplit(" ", 1)[1]) == 21, text


def _json_access_lines(log: Path) -> list[dict[str, object]]:
    entries = []
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            entries.append(json.loads(line))
    return [entry for entry in entries if entry.get("logger") == "polder.access"]


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except FileNotFoundError:
        return True


def test_one_web_process_runs_the_worker_inside(tmp_path: Path) -> None:
    port = free_port()
    env = clean_env(dev="1", domain=f"127.0.0.1:{port}")
    process = start_serve(tmp_path / "data", port, env, subprocess.DEVNULL)
    try:
        wait_until_answering(process, f"http://127.0.0.1:{port}/.well-known/nodeinfo")
        assert not [pid for pid in _descendants(process.pid) if _command(pid)[-1:] == ["worker"]]
    finally:
        stop(process)
