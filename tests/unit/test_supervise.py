"""The supervisor with real child processes: a child that keeps dying is started again and
again; stop() ends the running child and starts no new one."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from server.supervise import Supervisor

DEADLINE = 30.0


def _wait(condition: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        # Polling another process's state; the condition is what we wait on.
        time.sleep(0.02)


def test_a_dying_child_is_started_again_until_stopped(tmp_path: Path) -> None:
    starts = tmp_path / "starts"
    script = f"open({str(starts)!r}, 'a').write('started\\n'); raise SystemExit(3)"
    supervisor = Supervisor(
        "dier", [sys.executable, "-c", script], dict(os.environ), first_delay=0.01, max_delay=0.05
    )
    supervisor.start()
    _wait(lambda: starts.exists() and len(starts.read_text().splitlines()) >= 4, "4 starts")
    supervisor.stop(grace=5)
    # Nothing is left that could start another, and the last child is not running.
    assert not supervisor._thread.is_alive()
    assert supervisor.pid is not None and not Path(f"/proc/{supervisor.pid}").exists()


def test_stop_ends_the_running_child(tmp_path: Path) -> None:
    # The child waits for a long time; stop() must not wait for it to end by itself.
    command = [sys.executable, "-c", "import time; time.sleep(600)"]
    supervisor = Supervisor("sleeper", command, dict(os.environ))
    supervisor.start()
    _wait(lambda: supervisor.pid is not None, "the child started")
    pid = supervisor.pid
    started = time.monotonic()
    supervisor.stop(grace=10)
    assert time.monotonic() - started < 10  # SIGTERM ended it, not the SIGKILL after grace
    assert not Path(f"/proc/{pid}").exists()
    assert not supervisor._thread.is_alive()
