"""Keep a child process running: start it, start it again when it dies (waiting a little
longer after each quick death), stop it for good on request.

`polder serve --workers N` keeps its one delivery worker this way: without it, a worker that
crashed or was killed would leave deliveries and mails queued until serve itself restarts."""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from collections.abc import Sequence

log = logging.getLogger(__name__)


class Supervisor:
    """Runs `command` in a thread of its own, restarting it with a backoff when it exits."""

    def __init__(
        self,
        name: str,
        command: Sequence[str],
        env: dict[str, str],
        *,
        first_delay: float = 0.5,
        max_delay: float = 30.0,
        healthy_after: float = 60.0,
    ) -> None:
        self.name = name
        self.command = list(command)
        self.env = env
        self.first_delay, self.max_delay, self.healthy_after = first_delay, max_delay, healthy_after
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread = threading.Thread(target=self._run, name=f"supervise-{name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def pid(self) -> int | None:
        """The current child's process id (None before the first start)."""
        process = self._process
        return process.pid if process is not None else None

    def _spawn(self) -> subprocess.Popen[bytes] | None:
        with self._lock:  # stop() holds it too: no child is started after stop() took over
            if self._stopping.is_set():
                return None
            self._process = subprocess.Popen(self.command, env=self.env)  # noqa: S603
            return self._process

    def _run(self) -> None:
        delay = self.first_delay
        while (process := self._spawn()) is not None:
            started = time.monotonic()
            code = process.wait()
            if self._stopping.is_set():
                return
            if time.monotonic() - started >= self.healthy_after:
                delay = self.first_delay  # it had been running fine: this death is news
            log.warning(
                "%s (pid %d) exited with %s; starting it again in %.1f s",
                self.name, process.pid, code, delay,
            )  # fmt: skip
            # Waiting on the stop event, not sleeping: stop() ends the wait at once.
            if self._stopping.wait(delay):
                return
            delay = min(delay * 2, self.max_delay)

    def stop(self, grace: float = 30.0) -> None:
        """Stop supervising and end the child: SIGTERM, then SIGKILL after `grace` seconds."""
        with self._lock:
            self._stopping.set()
            process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._thread.is_alive():
            self._thread.join(timeout=grace)
