"""Replacing a local actor's key pair (after a leak, or as routine), and telling the servers
that know the actor.

Other servers hold our public keys in a cache. The new pair and an `Update` of the actor are
stored in one transaction; the `Update` is signed with the new key, so a server that checks it
against its cached old key fails, fetches the actor again (Mastodon, Lemmy and Polder do so on a
failed check) and finds the new key. Deliveries still in the queue are signed when they are sent,
so they go out with the new key as well.
"""

from __future__ import annotations

import asyncio
from typing import Any

from federation import crypto, documents, outbox, publish, vocab
from federation.urls import Urls
from server.config import Settings
from server.models import Group, InstanceSettings, User

KeyedRow = User | Group | InstanceSettings


async def rotate(settings: Settings, row: KeyedRow) -> int:
    """Gives `row` a new key pair and queues its `Update`; returns how many servers are told."""
    if isinstance(row, User | Group) and row.domain:
        raise ValueError(f"{type(row).__name__} {row.id} is remote: its keys are not ours")
    private_pem, public_pem = await asyncio.to_thread(crypto.generate_key_pair)
    row.private_key_pem, row.public_key_pem = private_pem, public_pem
    urls = Urls(settings.base_url)
    document, signer = _actor(settings, urls, row)
    inboxes = await _knowing(row)
    async with outbox.transaction():
        await (
            type(row)
            .filter(id=row.id)
            .update(private_key_pem=private_pem, public_key_pem=public_pem)
        )
        if inboxes:
            update = {
                "@context": document.get("@context", vocab.CONTEXT),
                "type": "Update",
                "id": urls.new_activity(),
                "actor": document["id"],
                "to": [vocab.PUBLIC],
                "object": {k: v for k, v in document.items() if k != "@context"},
            }
            await outbox.enqueue(settings, update, signer=signer, inboxes=inboxes)
    return len(inboxes)


def _actor(settings: Settings, urls: Urls, row: KeyedRow) -> tuple[dict[str, Any], str]:
    language = settings.default_language
    if isinstance(row, User):
        return documents.person_document(urls, row, language=language), f"user:{row.id}"
    if isinstance(row, Group):
        return documents.group_document(urls, row, language=language), f"group:{row.id}"
    return documents.instance_document(urls, row), "instance"


async def _knowing(row: KeyedRow) -> list[str]:
    """The inboxes that may hold the actor's key: for a person everyone they deal with, for a
    group its remote members, for the instance every server it knows."""
    if isinstance(row, User):
        return await publish.inboxes_knowing(row)
    if isinstance(row, Group):
        return await outbox.group_follower_inboxes(row)
    rows = [
        *await User.exclude(domain="").values_list("shared_inbox_url", "inbox_url"),
        *await Group.exclude(domain="").values_list("shared_inbox_url", "inbox_url"),
    ]
    return outbox.distinct_inboxes(rows)
