"""The worker in the web process gives way to requests: while they keep coming it takes one
job at a time, and once they pause it takes full batches again."""

from __future__ import annotations

import asyncio

from federation.delivery import DeliveryMachine
from federation.fetch import Signer
from federation.worker import Limits, Worker
from server.config import Settings
from server.give_way import RequestsInFlight
from server.models import Delivery, JobState
from tests.app.test_delivery_worker import PLAIN, Clock, ScriptedSender, fixed_key, queue_many
from tests.federation.conftest import wait_for


async def _in_flight() -> int:
    return await Delivery.filter(state=JobState.IN_FLIGHT).count()


async def test_one_job_at_a_time_while_requests_keep_coming(settings: Settings) -> None:
    await queue_many(settings, [f"h{n}.example" for n in range(6)])
    requests = RequestsInFlight(quiet=0, longest_wait=0.01)
    requests.enter()  # a request in flight the whole first part of the test
    first, rest = asyncio.Event(), asyncio.Event()
    arrived: list[str] = []

    class HeldSender(ScriptedSender):
        async def post(self, url: str, body: bytes, signer: Signer) -> int:
            arrived.append(url)
            await (first if len(arrived) == 1 else rest).wait()
            return 202

    answers: list[bool] = []
    asked_twice = asyncio.Event()

    async def give_way() -> bool:
        answer = await requests.give_way()
        answers.append(answer)
        if len(answers) == 2:
            asked_twice.set()
        return answer

    machine = DeliveryMachine(settings, HeldSender({}), keys=fixed_key, backoff=PLAIN)
    worker = Worker(
        machine, clock=Clock(), limits=Limits(max_in_flight=4, poll_interval=60), give_way=give_way
    )
    task = asyncio.create_task(worker.run())
    try:
        # Busy twice: one job claimed, then no more while it runs.
        await asyncio.wait_for(asked_twice.wait(), 10)
        assert answers == [False, False]
        assert await _in_flight() == 1

        requests.leave()  # the requests pause: the next claim takes as many as the limit allows
        first.set()

        async def four_held() -> bool:
            return len(arrived) == 5 and await _in_flight() == 4

        await wait_for(four_held, "a full batch once the requests paused")
        rest.set()

        async def all_done() -> bool:
            return await Delivery.filter(state=JobState.DONE).count() == 6

        await wait_for(all_done, "every delivery done")
    finally:
        first.set()
        rest.set()
        worker.stop()
        await asyncio.wait_for(task, 10)
