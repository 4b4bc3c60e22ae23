"""Starting and stopping the delivery worker: in the web process and as `polder worker`."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from federation import outbox
from federation.worker import BackgroundWorker, Limits
from server.config import Settings
from server.models import Delivery, JobState
from tests.conftest import make_user

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def inbox() -> AsyncIterator[tuple[str, asyncio.Event, asyncio.Event]]:
    arrived, answer = asyncio.Event(), asyncio.Event()

    async def receive(request: web.Request) -> web.Response:
        arrived.set()
        await answer.wait()  # hold the request open while the test stops the worker
        return web.Response(status=202)

    app = web.Application()
    app.router.add_post("/inbox", receive)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield f"http://127.0.0.1:{server.port}/inbox", arrived, answer
    finally:
        answer.set()
        await server.close()


async def test_stopping_lets_a_delivery_in_flight_finish(
    settings: Settings, inbox: tuple[str, asyncio.Event, asyncio.Event]
) -> None:
    url, arrived, answer = inbox
    anna = await make_user(settings, "anna")
    background = BackgroundWorker(settings, limits=Limits(poll_interval=60))
    await background.start()
    activity = {"id": "http://testserver/activities/1", "type": "Like", "actor": "http://x/a"}
    await outbox.enqueue(settings, activity, signer=f"user:{anna.pk}", inboxes=[url])
    await asyncio.wait_for(arrived.wait(), 10)

    # Stopping waits for the answer instead of cutting the delivery off mid-request.
    stopping = asyncio.create_task(background.stop())
    answer.set()
    await asyncio.wait_for(stopping, 10)

    delivery = await Delivery.get()
    assert (delivery.state, delivery.attempts) == (JobState.DONE, 1)


async def test_polder_worker_runs_until_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "POLDER_DEV": "1", "POLDER_DOMAIN": "127.0.0.1:8009"}
    env.pop("POLDER_DATABASE_URL", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server.cli", "--data", str(tmp_path), "worker", "--per-host", "2",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 60)
    assert line.startswith(b"Polder delivers for http://127.0.0.1:8009")
    process.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err
    assert out == b"delivery worker stopped\n"
    assert (tmp_path / "polder.sqlite3").exists()


async def test_polder_worker_refuses_bad_limits(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "server.cli", "--data", str(tmp_path), "worker", "--per-host", "0",
        cwd=ROOT, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 2
    assert b"--per-host must be 1 or more" in err
