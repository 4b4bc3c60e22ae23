"""The pure parts of delivery: backoff schedule, answers → states, signers, machine checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from federation.delivery import HostPolicy, parse_signer, verdict
from federation.queue import DEFAULT_BACKOFF, Backoff, JobMachine, Outcome
from server.models import Delivery, JobState

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
MIN, HOUR, DAY = timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)


def test_default_schedule_is_minutes_then_hours_then_daily_for_about_a_week() -> None:
    plain = Backoff(delays=DEFAULT_BACKOFF.delays, jitter=0)
    waits = [plain.next_attempt(n, NOW) for n in range(1, plain.max_attempts)]
    assert [w - NOW for w in waits if w] == [
        MIN, 5 * MIN, 30 * MIN, 2 * HOUR, 12 * HOUR, DAY, DAY, DAY, DAY, DAY, DAY,
    ]  # fmt: skip
    assert plain.max_attempts == 12
    assert plain.next_attempt(12, NOW) is None
    total = sum(DEFAULT_BACKOFF.delays, timedelta())
    assert 6 * DAY < total < 7 * DAY


def test_jitter_only_stretches_the_wait_and_at_most_by_its_fraction() -> None:
    longest = Backoff(delays=(10 * MIN,), jitter=0.1, random=lambda: 1.0)
    shortest = Backoff(delays=(10 * MIN,), jitter=0.1, random=lambda: 0.0)
    assert longest.next_attempt(1, NOW) == NOW + 11 * MIN
    assert shortest.next_attempt(1, NOW) == NOW + 10 * MIN


def test_attempt_numbers_outside_the_schedule_give_up() -> None:
    assert DEFAULT_BACKOFF.next_attempt(0, NOW) is None
    assert DEFAULT_BACKOFF.next_attempt(99, NOW) is None


@pytest.mark.parametrize(
    ("status", "last_error", "state"),
    [
        (200, "", JobState.DONE),
        (202, "HTTP 500", JobState.DONE),
        (204, "", JobState.DONE),
        (500, "", JobState.RETRY),
        (503, "", JobState.RETRY),
        (408, "", JobState.RETRY),
        (429, "", JobState.RETRY),
        (401, "", JobState.RETRY),
        (401, "HTTP 500", JobState.RETRY),
        (401, "HTTP 401", JobState.DEAD),
        (410, "", JobState.DEAD),
        (400, "", JobState.DEAD),
        (403, "", JobState.DEAD),
        (404, "", JobState.DEAD),
        (301, "", JobState.DEAD),
    ],
)
def test_answers_decide_the_next_state(status: int, last_error: str, state: JobState) -> None:
    outcome = verdict(status, last_error)
    assert outcome.state is state
    if state is not JobState.DONE:
        assert outcome.error.startswith(f"HTTP {status}")


def test_gone_says_why() -> None:
    assert verdict(410, "").error == "HTTP 410: the inbox is gone"


@pytest.mark.parametrize(
    ("signer", "parsed"),
    [("user:3", ("user", 3)), ("group:12", ("group", 12)), ("instance", ("instance", None))],
)
def test_signers_parse(signer: str, parsed: tuple[str, int | None]) -> None:
    assert parse_signer(signer) == parsed


@pytest.mark.parametrize("signer", ["", "user", "user:", "user:x", "user:0", "admin:1", "group:-1"])
def test_bad_signers_are_refused(signer: str) -> None:
    with pytest.raises(ValueError, match="signer must be"):
        parse_signer(signer)


def test_unreachable_failures_are_spread_over_the_period() -> None:
    assert HostPolicy(failures=10, over=DAY).spacing * 9 == DAY


def test_a_machine_without_the_handler_for_its_working_state_is_refused_at_definition() -> None:
    with pytest.raises(TypeError, match="needs an async handle_in_flight"):

        class Broken(JobMachine[Delivery]):
            model = Delivery


def test_a_machine_with_a_handler_for_a_waiting_state_is_refused() -> None:
    with pytest.raises(TypeError, match="is not worked on"):

        class Confused(JobMachine[Delivery]):
            model = Delivery

            async def handle_in_flight(self, job: Delivery, now: datetime) -> Outcome:
                return Outcome(JobState.DONE)

            async def handle_queued(self, job: Delivery, now: datetime) -> Outcome:
                return Outcome(JobState.DONE)


def test_a_graph_leading_to_an_undeclared_state_is_refused() -> None:
    with pytest.raises(TypeError, match="undeclared"):

        class Lost(JobMachine[Delivery]):
            model = Delivery
            graph = {
                JobState.QUEUED: frozenset({JobState.IN_FLIGHT}),
                JobState.IN_FLIGHT: frozenset({JobState.DONE}),
            }

            async def handle_in_flight(self, job: Delivery, now: datetime) -> Outcome:
                return Outcome(JobState.DONE)
