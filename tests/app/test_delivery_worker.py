"""The delivery state machine step by step: an in-memory sender and a clock the test moves."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import Tortoise

from federation import outbox, queue
from federation.delivery import (
    DeliveryMachine,
    HostPolicy,
    host_answered,
    host_failed,
    local_signer_key,
)
from federation.errors import ConnectionFailed, FetchTimeout, ForbiddenAddress
from federation.fetch import Signer
from federation.queue import Backoff, claim, finish, run_due
from federation.signatures import generate_key_pair
from federation.worker import Limits, Worker
from server.config import Settings
from server.models import Activity, Delivery, JobState, RemoteInstance
from tests.conftest import make_user

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
MIN, HOUR = timedelta(minutes=1), timedelta(hours=1)
PLAIN = Backoff(delays=(MIN, 5 * MIN, 30 * MIN), jitter=0)
LEASE = timedelta(minutes=2)


class Clock:
    """Injected time: tests move it instead of sleeping."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, by: timedelta) -> None:
        self.now += by


@functools.cache
def key_pair() -> tuple[str, str]:
    return generate_key_pair()


async def fixed_key(settings: Settings, kind: str, id: int | None) -> tuple[str, str]:
    return "http://testserver/u/anna#main-key", key_pair()[0]


Answer = int | Exception


@dataclass
class ScriptedSender:
    """Answers from a script per inbox; records every POST with its signed headers."""

    script: dict[str, list[Answer]]
    sent: list[tuple[str, bytes, Mapping[str, str]]] = field(default_factory=list)

    async def post(self, url: str, body: bytes, signer: Signer) -> int:
        self.sent.append((url, body, signer("POST", url, body)))
        answer = self.script[url].pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def machine(
    settings: Settings, script: dict[str, list[Answer]], **kwargs: object
) -> tuple[DeliveryMachine, ScriptedSender]:
    sender = ScriptedSender(script)
    options: dict[str, object] = {"keys": fixed_key, "backoff": PLAIN, **kwargs}
    return DeliveryMachine(settings, sender, **options), sender  # type: ignore[arg-type]


async def queue_one(settings: Settings, inbox: str = "https://a.example/inbox") -> Delivery:
    activity = {
        "id": "http://testserver/activities/1",
        "type": "Create",
        "actor": "http://testserver/u/anna",
    }
    await outbox.enqueue(settings, activity, signer="user:1", inboxes=[inbox], now=START)
    return await Delivery.get(inbox_url=inbox)


async def step(m: DeliveryMachine, clock: Clock, **kwargs: object) -> list[JobState]:
    results = await run_due(m, clock, lease=LEASE, **kwargs)  # type: ignore[arg-type]
    return [outcome.state for _, outcome in results]


async def test_success_is_done_after_one_signed_attempt(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, sender = machine(settings, {delivery.inbox_url: [202]})
    clock = Clock()

    assert await step(m, clock) == [JobState.DONE]

    await delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.done_at) == (JobState.DONE, 1, START)
    assert delivery.lease_until is None and delivery.last_error == ""
    _, body, headers = sender.sent[0]
    assert (
        body
        == b'{"id": "http://testserver/activities/1", "type": "Create", "actor": "http://testserver/u/anna"}'
    )
    assert 'keyId="http://testserver/u/anna#main-key"' in headers["Signature"]
    assert 'headers="(request-target) host date digest"' in headers["Signature"]
    assert (await RemoteInstance.get(host="a.example")).last_success_at == START
    assert await step(m, clock) == []  # nothing left to do


async def test_server_errors_follow_the_backoff_exactly_and_end_dead(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, sender = machine(settings, {delivery.inbox_url: [500, 502, 503, 500]})
    clock = Clock()
    expected_waits = [MIN, 5 * MIN, 30 * MIN]

    for attempt, wait in enumerate(expected_waits, start=1):
        assert await step(m, clock) == [JobState.RETRY]
        await delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts) == (JobState.RETRY, attempt)
        assert delivery.next_attempt_at == clock.now + wait
        assert delivery.last_error.startswith("HTTP 5")
        clock.advance(wait - timedelta(seconds=1))
        assert await step(m, clock) == []  # not due yet
        clock.advance(timedelta(seconds=1))

    assert await step(m, clock) == [JobState.DEAD]
    await delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (JobState.DEAD, 4)
    assert delivery.last_error == "gave up after 4 attempts: HTTP 500"
    assert len(sender.sent) == 4
    clock.advance(timedelta(days=30))
    assert await step(m, clock) == []


async def test_timeouts_and_broken_connections_are_retried(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, _ = machine(
        settings,
        {delivery.inbox_url: [FetchTimeout("slow"), ConnectionFailed("reset"), 200]},
    )
    clock = Clock()
    assert await step(m, clock) == [JobState.RETRY]
    await delivery.refresh_from_db()
    assert delivery.last_error == "slow"
    assert delivery.next_attempt_at == START + MIN
    clock.advance(MIN)
    assert await step(m, clock) == [JobState.RETRY]
    clock.advance(5 * MIN)
    assert await step(m, clock) == [JobState.DONE]
    await delivery.refresh_from_db()
    assert delivery.attempts == 3 and delivery.last_error == ""


async def test_gone_is_dead_at_once(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [410]})
    assert await step(m, Clock()) == [JobState.DEAD]
    await delivery.refresh_from_db()
    assert (delivery.attempts, delivery.last_error) == (1, "HTTP 410: the inbox is gone")
    assert delivery.done_at is None


async def test_unauthorised_is_tried_once_more_then_dead(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [401, 401]})
    clock = Clock()
    assert await step(m, clock) == [JobState.RETRY]
    clock.advance(MIN)
    assert await step(m, clock) == [JobState.DEAD]
    await delivery.refresh_from_db()
    assert (delivery.attempts, delivery.last_error) == (2, "HTTP 401")


async def test_unauthorised_then_accepted_is_done(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [401, 202]})
    clock = Clock()
    assert await step(m, clock) == [JobState.RETRY]
    clock.advance(MIN)
    assert await step(m, clock) == [JobState.DONE]


async def test_a_refusal_is_dead_with_the_reason_and_a_forbidden_address_too(
    settings: Settings,
) -> None:
    first = await queue_one(settings, "https://a.example/inbox")
    second = await queue_one(settings, "https://b.example/inbox")
    m, _ = machine(
        settings,
        {first.inbox_url: [400], second.inbox_url: [ForbiddenAddress("10.0.0.1 is private")]},
    )
    assert sorted(await step(m, Clock())) == [JobState.DEAD, JobState.DEAD]
    assert (await Delivery.get(pk=first.pk)).last_error == "HTTP 400: refused"
    assert (await Delivery.get(pk=second.pk)).last_error == "10.0.0.1 is private"


async def test_too_many_requests_is_retried_without_counting_against_the_host(
    settings: Settings,
) -> None:
    await RemoteInstance.create(host="a.example", failures=2, last_failure_at=START - HOUR)
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [429]})
    assert await step(m, Clock()) == [JobState.RETRY]
    host = await RemoteInstance.get(host="a.example")
    assert (host.failures, host.last_success_at) == (2, None)


async def test_a_host_blocked_after_queueing_gets_nothing(settings: Settings) -> None:
    delivery = await queue_one(settings)
    await RemoteInstance.create(host="a.example", blocked=True)
    m, sender = machine(settings, {delivery.inbox_url: [202]})
    assert await step(m, Clock()) == [JobState.DEAD]
    assert sender.sent == []
    assert (await Delivery.get(pk=delivery.pk)).last_error == "the instance is blocked"


async def test_a_signer_without_a_key_is_dead(settings: Settings) -> None:
    async def no_key(settings: Settings, kind: str, id: int | None) -> tuple[str, str]:
        raise LookupError(f"{kind} {id} does not exist")

    delivery = await queue_one(settings)
    m, sender = machine(settings, {delivery.inbox_url: [202]}, keys=no_key)
    assert await step(m, Clock()) == [JobState.DEAD]
    assert sender.sent == []
    assert "user 1 does not exist" in (await Delivery.get(pk=delivery.pk)).last_error


async def test_a_crashing_handler_is_retried_not_lost(settings: Settings) -> None:
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [RuntimeError("bug")]})
    assert await step(m, Clock()) == [JobState.RETRY]
    await delivery.refresh_from_db()
    assert delivery.state is JobState.RETRY
    assert delivery.last_error == "internal error: RuntimeError('bug')"


# Claiming -----------------------------------------------------------------------------------


async def queue_many(settings: Settings, hosts: list[str], *, number: int = 1) -> None:
    activity = {
        "id": f"http://testserver/activities/{number}",
        "type": "Create",
        "actor": "http://testserver/u/anna",
    }
    inboxes = [f"https://{host}/inbox/{n}" for n, host in enumerate(hosts)]
    await outbox.enqueue(settings, activity, signer="user:1", inboxes=inboxes, now=START)


@pytest.mark.parametrize("per_group", [None, 100])
async def test_concurrent_claimers_never_take_the_same_row(
    settings: Settings, per_group: int | None
) -> None:
    await queue_many(settings, [f"h{n}.example" for n in range(60)])
    m, _ = machine(settings, {})

    async def claimer() -> list[int]:
        taken: list[int] = []
        while jobs := await claim(m, now=START, lease=LEASE, limit=7, per_group=per_group):
            taken += [job.pk for job in jobs]
            await asyncio.sleep(0)  # let the other claimers in between batches
        return taken

    results = await asyncio.gather(*(claimer() for _ in range(5)))
    every = [pk for taken in results for pk in taken]
    assert len(every) == len(set(every)) == 60
    assert await Delivery.filter(state=JobState.IN_FLIGHT, attempts=1).count() == 60


async def test_the_claim_is_a_conditional_update(settings: Settings) -> None:
    await queue_one(settings)
    stale = await Delivery.get()  # what a second claimer saw before the first one took it
    m, _ = machine(settings, {})
    assert len(await claim(m, now=START, lease=LEASE, limit=10)) == 1
    conn = Tortoise.get_connection("default")
    with pytest.raises(queue.ClaimConflict):
        await queue._take(Delivery, [stale], START + LEASE, conn)
    assert (await Delivery.get()).attempts == 1


async def test_an_expired_lease_is_claimed_again_and_the_old_result_is_dropped(
    settings: Settings,
) -> None:
    await queue_one(settings)
    m, _ = machine(settings, {})
    [crashed] = await claim(m, now=START, lease=LEASE, limit=10)
    assert crashed.lease_until == START + LEASE

    assert await claim(m, now=START + LEASE - timedelta(seconds=1), lease=LEASE, limit=10) == []
    [again] = await claim(m, now=START + LEASE, lease=LEASE, limit=10)
    assert again.pk == crashed.pk and again.attempts == 2

    # The first worker wakes up late: its result must not overwrite the second attempt.
    late = queue.Outcome(JobState.DONE)
    assert not await finish(m, crashed, late, START + LEASE, START + LEASE)
    assert (await Delivery.get(pk=again.pk)).state is JobState.IN_FLIGHT
    assert await finish(m, again, queue.Outcome(JobState.DONE), START, START + LEASE)
    assert (await Delivery.get(pk=again.pk)).state is JobState.DONE


async def test_at_most_the_host_limit_is_in_flight_per_host(settings: Settings) -> None:
    await queue_many(settings, ["busy.example"] * 10 + ["calm.example"] * 3)
    m, _ = machine(settings, {})

    first = await claim(m, now=START, lease=LEASE, limit=100, per_group=4)
    assert sorted(j.host for j in first) == ["busy.example"] * 4 + ["calm.example"] * 3
    assert await claim(m, now=START, lease=LEASE, limit=100, per_group=4) == []

    busy = next(j for j in first if j.host == "busy.example")
    await finish(m, busy, queue.Outcome(JobState.DONE), START, START)
    [next_one] = await claim(m, now=START, lease=LEASE, limit=100, per_group=4)
    assert next_one.host == "busy.example"


async def test_expired_leases_do_not_count_against_the_host_limit(settings: Settings) -> None:
    await queue_many(settings, ["busy.example"] * 6)
    m, _ = machine(settings, {})
    assert len(await claim(m, now=START, lease=LEASE, limit=100, per_group=4)) == 4
    later = START + LEASE
    again = await claim(m, now=later, lease=LEASE, limit=100, per_group=4)
    assert len(again) == 4  # the four abandoned ones, or two of them and the two waiting


async def test_the_worker_loop_respects_the_overall_limit(settings: Settings) -> None:
    hosts = [f"h{n}.example" for n in range(6)]
    await queue_many(settings, hosts)
    release, four_sent = asyncio.Event(), asyncio.Event()
    in_flight: list[str] = []

    class SlowSender(ScriptedSender):
        async def post(self, url: str, body: bytes, signer: Signer) -> int:
            in_flight.append(url)
            if len(in_flight) == 4:
                four_sent.set()
            await release.wait()
            return 202

    m = DeliveryMachine(settings, SlowSender({}), keys=fixed_key, backoff=PLAIN)
    done: asyncio.Queue[JobState] = asyncio.Queue()
    worker = Worker(
        m,
        clock=Clock(),
        limits=Limits(max_in_flight=4, poll_interval=60),
        on_finished=lambda job, outcome: done.put_nowait(outcome.state),
    )
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(four_sent.wait(), 10)
    assert worker.running == 4 and len(in_flight) == 4
    assert await Delivery.filter(state=JobState.IN_FLIGHT).count() == 4
    release.set()
    states = [await asyncio.wait_for(done.get(), 10) for _ in range(6)]
    assert states == [JobState.DONE] * 6
    worker.stop()
    await asyncio.wait_for(task, 10)
    assert await Delivery.filter(state=JobState.DONE).count() == 6


# Unreachable hosts --------------------------------------------------------------------------


async def test_a_host_failing_for_a_day_is_marked_and_tried_slowly_until_it_answers(
    settings: Settings,
) -> None:
    policy = HostPolicy(failures=3, over=2 * HOUR, slow_interval=6 * HOUR)
    host = "down.example"
    assert not await host_failed(host, START, policy)
    # A burst of failures in the same hour counts once: fifty deliveries are one outage.
    assert not await host_failed(host, START + 10 * MIN, policy)
    assert (await RemoteInstance.get(host=host)).failures == 1
    assert not await host_failed(host, START + HOUR, policy)
    assert await host_failed(host, START + 2 * HOUR, policy)
    marked = await RemoteInstance.get(host=host)
    assert (marked.failures, marked.unreachable_since) == (3, START + 2 * HOUR)

    # Its deliveries now wait at least six hours, even where the backoff says a minute.
    delivery = await queue_one(settings, f"https://{host}/inbox")
    m, _ = machine(settings, {delivery.inbox_url: [503, 202]}, hosts=policy)
    clock = Clock(START + 3 * HOUR)
    assert await step(m, clock) == [JobState.RETRY]
    await delivery.refresh_from_db()
    assert delivery.next_attempt_at == clock.now + 6 * HOUR
    assert (await RemoteInstance.get(host=host)).unreachable_since == START + 2 * HOUR

    clock.advance(6 * HOUR)
    assert await step(m, clock) == [JobState.DONE]
    cleared = await RemoteInstance.get(host=host)
    assert (cleared.failures, cleared.unreachable_since) == (0, None)
    assert cleared.last_success_at == clock.now


async def test_any_answer_below_500_shows_the_host_is_alive(settings: Settings) -> None:
    await RemoteInstance.create(host="a.example", failures=4, unreachable_since=START)
    delivery = await queue_one(settings)
    m, _ = machine(settings, {delivery.inbox_url: [404]})
    assert await step(m, Clock()) == [JobState.DEAD]
    host = await RemoteInstance.get(host="a.example")
    assert (host.failures, host.unreachable_since) == (0, None)


async def test_host_answered_creates_the_instance_row(settings: Settings) -> None:
    await host_answered("new.example", START)
    assert (await RemoteInstance.get(host="new.example")).last_success_at == START


async def test_by_default_a_local_persons_own_key_signs(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    activity = {
        "id": "http://testserver/activities/9",
        "type": "Like",
        "actor": "http://testserver/u/anna",
    }
    inbox = "https://a.example/inbox"
    await outbox.enqueue(settings, activity, signer=f"user:{anna.pk}", inboxes=[inbox])
    m, sender = machine(settings, {inbox: [202]}, keys=local_signer_key)
    assert await step(m, Clock(datetime.now(UTC))) == [JobState.DONE]
    assert 'keyId="http://testserver/u/anna#main-key"' in sender.sent[0][2]["Signature"]


async def test_a_signer_that_no_longer_exists_is_dead(settings: Settings) -> None:
    activity = {
        "id": "http://testserver/activities/9",
        "type": "Like",
        "actor": "http://testserver/u/x",
    }
    inbox = "https://a.example/inbox"
    await outbox.enqueue(settings, activity, signer="user:999", inboxes=[inbox])
    m, sender = machine(settings, {inbox: [202]}, keys=local_signer_key)
    assert await step(m, Clock(datetime.now(UTC))) == [JobState.DEAD]
    assert sender.sent == []
    assert (await Delivery.get()).last_error.startswith("no key to sign with (user:999)")


async def test_each_claim_sends_the_activity_as_it_is_stored_then(settings: Settings) -> None:
    # One activity to many inboxes is encoded once per claim, never kept across claims: an
    # account deletion blanks the stored activity, and what is sent after must be blank too.
    inboxes = [f"https://h{n}.example/inbox" for n in range(3)]
    activity = {"id": "http://testserver/activities/1", "type": "Create",
                "actor": "http://testserver/u/anna", "content": "Mijn woorden"}  # fmt: skip
    await outbox.enqueue(settings, activity, signer="user:1", inboxes=inboxes, now=START)
    m, sender = machine(settings, {url: [202] for url in inboxes})
    clock = Clock()
    assert await step(m, clock, limit=2) == [JobState.DONE, JobState.DONE]
    await Activity.filter(ap_id=activity["id"]).update(payload={})
    assert await step(m, clock, limit=2) == [JobState.DONE]
    bodies = [body for _, body, _ in sender.sent]
    assert bodies[0] == bodies[1] and b"Mijn woorden" in bodies[0]
    assert bodies[2] == b"{}"
