"""A known person whose server now answers 410 sends a Delete of themselves: no key can be
fetched any more, so it is checked against the key stored before; kept and applied when it
verifies. A forged one (another key, or a key that lives elsewhere) is not kept."""

from __future__ import annotations

from datetime import timedelta

import httpx

from federation.queue import utcnow
from server.models import Group, InboxMessage, User
from tests.app.test_inbox import (  # noqa: F401 (fixtures by name)
    RemoteServer,
    group,
    post_signed,
    remote,
)


async def _known(remote: RemoteServer, name: str) -> User:  # noqa: F811
    actor = remote.add(name)
    # Known here, but long ago: the stored key is stale, so the inbox asks the server again.
    return await User.create(
        username=f"{name}@{remote.host}", name=name, domain=remote.host, ap_id=actor.id,
        inbox_url=f"{actor.id}/inbox", public_key_pem=actor.public_pem,
        fetched_at=utcnow() - timedelta(days=30),
    )  # fmt: skip


async def test_a_known_gone_actor_deleting_itself_is_kept(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    await _known(remote, "jan")
    actor = remote.actors["jan"]
    del remote.actors["jan"]  # the stored copy is stale, and the server now says 410
    activity = {"id": f"{actor.id}#delete", "type": "Delete", "actor": actor.id, "object": actor.id}
    assert (await post_signed(client, actor, activity)).status_code == 202
    assert await InboxMessage.exists(ap_id=activity["id"])


async def test_a_delete_signed_with_a_gone_key_of_another_actor_is_refused(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    victim = await _known(remote, "jan")
    attacker = remote.add("mallory")
    del remote.actors["mallory"]  # the attacker's own key answers 410
    activity = {"id": f"{victim.ap_id}#delete", "type": "Delete", "actor": victim.ap_id,
                "object": victim.ap_id}  # fmt: skip
    response = await post_signed(client, attacker, activity)
    assert response.status_code == 202  # answered like any gone actor's Delete, but not kept
    assert not await InboxMessage.exists()


async def test_a_delete_not_signed_with_the_stored_key_is_refused(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    await _known(remote, "jan")
    actor = remote.actors["jan"]
    del remote.actors["jan"]
    actor.rotate()  # someone signs with a key that was never jan's
    activity = {"id": f"{actor.id}#delete", "type": "Delete", "actor": actor.id, "object": actor.id}
    assert (await post_signed(client, actor, activity)).status_code == 401
    assert not await InboxMessage.exists()
