"""Blocking holds when the sender's key is already known: the inbox then asks "blocked?" inside
the INSERT (`federation.inbox_store`) instead of before it, and must still refuse every
activity of a blocked instance — a new one, a repeat, one signed with a new key — with 403,
storing nothing and fetching nothing from it."""

from __future__ import annotations

import httpx

from server.models import Group, InboxMessage, JobState, RemoteInstance
from tests.app.test_inbox import (
    RemoteServer,
    assert_error,
    follow_of,
    group,
    group_url,
    post_signed,
    remote,
)

__all__ = ["group", "remote"]  # fixtures, imported to be used here


async def _known_then_blocked(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    """jan's first activity is accepted (its key now cached), then his instance is blocked."""
    actor = remote.actors["jan"]
    assert (
        await post_signed(client, actor, follow_of(actor, group_url(group), 1))
    ).status_code == 202
    await RemoteInstance.filter(host=remote.host).update(blocked=True)  # noted at the fetch


async def test_a_known_key_of_a_blocked_instance_is_refused(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    await _known_then_blocked(client, remote, group)
    assert_error(await post_signed(client, actor, follow_of(actor, group_url(group), 2)), 403)
    assert await InboxMessage.all().values_list("ap_id", flat=True) == [
        f"{actor.base}/activities/follow/1"
    ]
    assert remote.fetches == ["/users/jan"]


async def test_a_repeat_from_a_blocked_instance_is_refused(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    await _known_then_blocked(client, remote, group)
    assert_error(await post_signed(client, actor, follow_of(actor, group_url(group), 1)), 403)
    assert await InboxMessage.all().count() == 1


async def test_a_new_key_of_a_blocked_instance_is_not_fetched(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    await _known_then_blocked(client, remote, group)
    actor.rotate()  # the cached key no longer verifies: a fetch would follow
    assert_error(await post_signed(client, actor, follow_of(actor, group_url(group), 2)), 403)
    assert remote.fetches == ["/users/jan"]


async def test_a_known_key_of_an_open_instance_stores_the_row_as_create_did(
    client: httpx.AsyncClient, remote: RemoteServer, group: Group
) -> None:
    actor = remote.add("jan")
    await RemoteInstance.create(host="elsewhere.example", blocked=True)  # not jan's
    first, second = follow_of(actor, group_url(group), 1), follow_of(actor, group_url(group), 2)
    assert (await post_signed(client, actor, first)).status_code == 202  # key fetched
    assert (await post_signed(client, actor, second)).status_code == 202  # one statement
    assert (await post_signed(client, actor, second)).status_code == 202  # a repeat
    rows = await InboxMessage.all().order_by("id")
    assert [row.ap_id for row in rows] == [first["id"], second["id"]]
    one, two = rows
    assert two.payload == second and two.signer_key_id == actor.key_id
    assert (two.state, two.attempts, two.last_error) == (JobState.QUEUED, 0, "")
    assert one.next_attempt_at <= two.next_attempt_at and two.received_at is not None
    assert remote.fetches == ["/users/jan"]
