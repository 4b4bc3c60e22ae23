"""The clock another process moves: the time in a file, whole or refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from server import dev_clock


def test_the_clock_reads_what_was_written_last(tmp_path: Path) -> None:
    path = tmp_path / "clock"
    clock = dev_clock.FileClock(path)
    dev_clock.write(path, datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    assert clock() == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    dev_clock.write(path, datetime(2026, 3, 6, 9, 30, tzinfo=UTC))
    assert clock() == datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
    assert [p.name for p in tmp_path.iterdir()] == ["clock"]  # nothing half-written left


def test_a_time_without_its_offset_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "clock"
    path.write_text("2026-03-02T08:00:00")
    with pytest.raises(ValueError, match="offset"):
        dev_clock.FileClock(path)()
