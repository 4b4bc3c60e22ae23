"""Fixtures for tests with real `polder` processes on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.deploy.processes import Polder, Receiver, database_url, fresh_database, start_receiver
from tests.servers import free_port


@pytest.fixture
async def polder(tmp_path: Path) -> AsyncIterator[Polder]:
    url = database_url()
    await fresh_database(url)
    instance = Polder(tmp_path / "data", free_port(), url)
    instance.data_dir.mkdir()
    try:
        yield instance
    finally:
        instance.stop_all()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async for started in start_receiver():
        yield started
