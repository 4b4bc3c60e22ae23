"""The JSON log format: one object per line with the access fields beside the message."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from server.logs import QUIET_LOGGERS, JsonFormatter, configure_logging


def _record(**extra: object) -> logging.LogRecord:
    record = logging.LogRecord("polder.access", logging.INFO, __file__, 1, "GET %s", ("/",), None)
    for name, value in extra.items():
        setattr(record, name, value)
    return record


def test_json_lines_carry_time_level_logger_and_message() -> None:
    line = JsonFormatter().format(_record())
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "info" and entry["logger"] == "polder.access"
    assert entry["message"] == "GET /" and entry["time"].endswith("+00:00")
    assert "status" not in entry


def test_access_fields_are_kept() -> None:
    fields = {"request_id": "abc", "method": "GET", "path": "/", "status": 200, "duration_ms": 1.5}
    entry = json.loads(JsonFormatter().format(_record(**fields)))
    assert {name: entry[name] for name in fields} == fields


def test_exceptions_stay_on_one_line() -> None:
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        record = logging.LogRecord(
            "polder", logging.ERROR, __file__, 1, "failed", (), sys.exc_info()
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line and "ValueError" in json.loads(line)["exception"]


def test_configure_logging_json_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("json", "info")
        logging.getLogger("polder.test").info("hallo %s", "wereld")
        entry = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert entry["message"] == "hallo wereld" and entry["logger"] == "polder.test"
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        logging.getLogger("uvicorn.access").disabled = False


def test_debug_level_leaves_out_the_queries_and_their_values() -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    quiet = [logging.getLogger(name) for name in QUIET_LOGGERS]
    levels = [logger.level for logger in quiet]
    try:
        configure_logging("plain", "debug")
        assert logging.getLogger("polder.federation").isEnabledFor(logging.DEBUG)
        for name in ("aiosqlite", "asyncpg", "tortoise.db_client"):
            assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
            assert logging.getLogger(name).isEnabledFor(logging.WARNING), name
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)
        logging.getLogger("uvicorn.access").disabled = False
