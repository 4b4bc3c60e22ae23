"""Logging set-up: plain lines for people (the default) or one JSON object per line for a log
collector (`POLDER_LOG_FORMAT=json`).

Access lines come from `server.telemetry` on the logger `polder.access` with the request's
fields in `extra`; the JSON format puts them beside time, level, logger and message.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

ACCESS_FIELDS = ("request_id", "method", "path", "status", "duration_ms")
# `polder serve --workers N` hands its --log-level to the web processes through this variable.
LOG_LEVEL_ENV = "POLDER_LOG_LEVEL"
PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in ACCESS_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


QUIET_LOGGERS = ("aiosqlite", "asyncpg", "tortoise")


def configure_logging(log_format: str = "plain", level: str = "info") -> None:
    """Route every logger (uvicorn's too) through one handler on stderr in the chosen format."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(PLAIN_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        # uvicorn's own handlers would print a second, differently formatted line.
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    # Our access line replaces uvicorn's (it has the request id and the duration).
    logging.getLogger("uvicorn.access").disabled = True
    # At debug level the database drivers log every query with its values: e-mail and client
    # addresses, password hashes. Those stay out of logs at any level.
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
