"""The inbox machine: stored messages are parsed, handed to their handler and end done, dead
(with the reason) or retry; the background worker applies what the inbox stores."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from federation.inbox import store
from federation.inbox_processing import InboxMachine
from federation.queue import Backoff, run_due
from federation.worker import BackgroundWorker, Limits
from server.config import Settings
from server.models import Group, InboxMessage, JobState, Membership, User
from tests.app.test_delivery_worker import Clock
from tests.app.test_handlers_social import remote_user
from tests.app.test_inbox import RemoteServer, follow_of, post_signed, remote  # noqa: F401
from tests.conftest import make_group, make_user

MIN = timedelta(minutes=1)


async def queued(payload: dict[str, Any], clock: Clock) -> InboxMessage:
    assert await store(payload["id"], payload, f"{payload['actor']}#main-key", clock())
    return await InboxMessage.get(ap_id=payload["id"])


async def run(settings: Settings, clock: Clock) -> list[tuple[InboxMessage, Any]]:
    machine = InboxMachine(settings, backoff=Backoff(delays=(MIN, 5 * MIN), jitter=0))
    return await run_due(machine, clock)


async def test_follow_is_applied_and_done(settings: Settings) -> None:
    clock = Clock(datetime.now(UTC))
    group = await make_group(await make_user(settings, "anna"))
    jan = await remote_user()
    follow = {"id": "https://lemmy.example/f/1", "type": "Follow", "actor": jan.ap_id,
              "object": f"http://testserver/g/{group.slug}"}  # fmt: skip
    message = await queued(follow, clock)
    [(_, outcome)] = await run(settings, clock)
    assert outcome.state == JobState.DONE
    assert (await InboxMessage.get(id=message.id)).state == JobState.DONE
    assert await Membership.exists(group=group, user=jan, accepted=True)
    assert await run(settings, clock) == []  # done is done


async def test_unparseable_message_is_dead_with_reason(settings: Settings) -> None:
    clock = Clock(datetime.now(UTC))
    add = {"id": "https://lemmy.example/a/1", "type": "Add", "actor": "https://lemmy.example/u/j",
           "object": "https://lemmy.example/post/1"}  # fmt: skip
    message = await queued(add, clock)
    await run(settings, clock)
    stored = await InboxMessage.get(id=message.id)
    assert stored.state == JobState.DEAD and "cannot be parsed" in stored.last_error


async def test_rejected_message_is_dead_with_the_reason(settings: Settings) -> None:
    clock = Clock(datetime.now(UTC))
    jan = await remote_user()
    dislike = {"id": "https://lemmy.example/d/1", "type": "Dislike", "actor": jan.ap_id,
               "object": "http://testserver/p/1"}  # fmt: skip
    message = await queued(dislike, clock)
    await run(settings, clock)
    stored = await InboxMessage.get(id=message.id)
    assert (stored.state, stored.last_error) == (JobState.DEAD, "dislikes are not counted here")


async def test_unreachable_actor_is_retried_then_dead(settings: Settings, instance: None) -> None:
    clock = Clock(datetime.now(UTC))
    group = await make_group()
    follow = {"id": "http://127.0.0.1:9/f/1", "type": "Follow", "actor": "http://127.0.0.1:9/u/x",
              "object": f"http://testserver/g/{group.slug}"}  # fmt: skip
    message = await queued(follow, clock)
    await run(settings, clock)
    stored = await InboxMessage.get(id=message.id)
    assert stored.state == JobState.RETRY and stored.last_error.startswith("fetch failed")
    assert stored.next_attempt_at == clock() + MIN
    clock.advance(MIN)
    await run(settings, clock)
    clock.advance(5 * MIN)
    await run(settings, clock)
    stored = await InboxMessage.get(id=message.id)
    assert stored.state == JobState.DEAD and stored.last_error.startswith("gave up after 3")
    assert not await User.filter(domain="127.0.0.1:9").exists()


async def wait_until_done(ap_id: str) -> InboxMessage:
    async with asyncio.timeout(10):
        while True:
            message = await InboxMessage.get(ap_id=ap_id)
            if message.state in (JobState.DONE, JobState.DEAD):
                return message
            # Polling the row another task writes; its state is the condition waited on.
            await asyncio.sleep(0.01)


async def test_background_worker_applies_what_the_inbox_stored(
    settings: Settings,
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
) -> None:
    group: Group = await make_group(await make_user(settings, "anna"))
    actor = remote.add("jan")
    background = BackgroundWorker(settings, limits=Limits(poll_interval=30))
    await background.start()
    try:
        activity = follow_of(actor, f"http://testserver/g/{group.slug}")
        assert (await post_signed(client, actor, activity)).status_code == 202
        # The doorbell wakes the worker long before its 30 s poll.
        message = await wait_until_done(activity["id"])
    finally:
        await background.stop()
    assert message.state == JobState.DONE, message.last_error
    assert await Membership.exists(group=group, user__ap_id=actor.id, accepted=True)
