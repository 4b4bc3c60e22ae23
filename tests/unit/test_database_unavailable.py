"""Which exceptions mean "the database is away" (a 503) and which are faults of ours (a 500)."""

from __future__ import annotations

import asyncpg
import pytest
from tortoise.exceptions import DBConnectionError, OperationalError

from server.web.unavailable import database_unavailable


def _raised_in(module: str, exc: BaseException) -> BaseException:
    """`exc` as raised by code of `module` (what the traceback check looks at)."""
    namespace = {"__name__": module}
    exec("def fail(exc):\n    raise exc\n", namespace)  # a function whose module is `module`
    try:
        namespace["fail"](exc)
    except BaseException as raised:
        return raised
    raise AssertionError("not raised")


@pytest.mark.parametrize(
    "exc",
    [
        asyncpg.exceptions.CannotConnectNowError("the database system is shutting down"),
        asyncpg.exceptions.AdminShutdownError("terminating connection"),
        asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed"),
        asyncpg.exceptions.TooManyConnectionsError("too many clients"),
        DBConnectionError("cannot connect"),
    ],
)
def test_the_drivers_outage_errors_are_unavailable(exc: BaseException) -> None:
    assert database_unavailable(exc)


def test_a_refused_connection_counts_only_when_the_driver_met_it() -> None:
    assert database_unavailable(_raised_in("asyncpg.connect_utils", ConnectionRefusedError(111)))
    # The same error from elsewhere (a remote server, the file store) is not the database.
    assert not database_unavailable(_raised_in("federation.fetch", ConnectionRefusedError(111)))


def test_a_wrapped_cause_is_found() -> None:
    cause = asyncpg.exceptions.CannotConnectNowError("starting up")
    try:
        raise OperationalError("query failed") from cause
    except OperationalError as wrapped:
        assert database_unavailable(wrapped)


def test_faults_of_ours_stay_server_errors() -> None:
    assert not database_unavailable(asyncpg.exceptions.QueryCanceledError("statement timeout"))
    assert not database_unavailable(OperationalError("syntax error at or near"))
    assert not database_unavailable(ValueError("bug"))
