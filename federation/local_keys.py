"""Key pairs of this instance's own actors: people, groups and the instance actor.

A key pair is made the first time an actor is served or signs something, and stored in the
actor's row. Several processes (web workers, `polder worker`) may ask at the same moment, so the
pair is written with a conditional update (`... WHERE private_key_pem IS NULL`): exactly one
writer wins and every other process reads the winner's pair back. Two keys for one actor would
make other servers refuse half of our signatures.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from tortoise.expressions import Q
from tortoise.models import Model

from federation import crypto
from federation.urls import Urls
from server.config import Settings
from server.models import Group, InstanceSettings, User
from server.services import instance as instance_service
from server.services.errors import N_, NotFound

SignerKind = Literal["user", "group", "instance"]

# Rows that carry an actor's key pair.
KeyedRow = User | Group | InstanceSettings


def _missing() -> Q:
    return (
        Q(private_key_pem__isnull=True)
        | Q(private_key_pem="")
        | Q(public_key_pem__isnull=True)
        | Q(public_key_pem="")
    )


async def ensure_keys(row: KeyedRow) -> tuple[str, str]:
    """The (private PEM, public PEM) of a local actor, made and stored on first use.

    Updates `row` in place. Remote people and groups have no private key here: asking for one is
    a programming error (`ValueError`).
    """
    if isinstance(row, User | Group) and row.domain:
        raise ValueError(f"{type(row).__name__} {row.id} is remote and has no key pair here")
    if row.private_key_pem and row.public_key_pem:
        return row.private_key_pem, row.public_key_pem
    # RSA generation takes tens of milliseconds: keep the event loop free meanwhile.
    private_pem, public_pem = await asyncio.to_thread(crypto.generate_key_pair)
    model: type[Model] = type(row)
    written = await model.filter(_missing(), id=row.id).update(
        private_key_pem=private_pem, public_key_pem=public_pem
    )
    if not written:
        # Someone else won the race (or the row is gone): use what is stored.
        stored = await model.filter(id=row.id).values("private_key_pem", "public_key_pem")
        if not stored or not stored[0]["private_key_pem"] or not stored[0]["public_key_pem"]:
            raise NotFound(N_("This page does not exist."))
        private_pem, public_pem = stored[0]["private_key_pem"], stored[0]["public_key_pem"]
    row.private_key_pem, row.public_key_pem = private_pem, public_pem
    return private_pem, public_pem


async def instance_row() -> InstanceSettings:
    """The instance settings row, created with defaults if the set-up has not run yet."""
    return await instance_service.get_instance() or await instance_service.ensure_instance()


async def instance_signer(settings: Settings) -> tuple[str, str]:
    """(key id, private PEM) of the instance's `Application` actor at `/actor`.

    Signs what is done on nobody's behalf, such as fetching a remote actor or object.
    """
    private_pem, _ = await ensure_keys(await instance_row())
    return Urls(settings.base_url).key_id(Urls(settings.base_url).instance_actor()), private_pem


async def signer_for(settings: Settings, kind: str, id: int | None = None) -> tuple[str, str]:
    """(key id, private PEM) to sign a request as a local actor.

    `kind` is "user", "group" or "instance" (as in `Delivery.signer`, "user:<id>" etc.; see
    `parse_signer`); `id` is the row id of the user or group and is ignored for "instance".
    The key pair is made on first use and is the same in every process.

    Raises `NotFound` when there is no such local user or group (deleted, or a remote row) and
    `ValueError` for an unknown kind or a missing id.
    """
    if kind == "instance":
        return await instance_signer(settings)
    if id is None:
        raise ValueError(f"signer kind {kind!r} needs an id")
    urls = Urls(settings.base_url)
    if kind == "user":
        user = await User.get_or_none(id=id, domain="")
        if user is None:
            raise NotFound(N_("This person does not exist."))
        private_pem, _ = await ensure_keys(user)
        return urls.key_id(urls.person(user.username)), private_pem
    if kind == "group":
        group = await Group.get_or_none(id=id, domain="")
        if group is None:
            raise NotFound(N_("This group does not exist."))
        private_pem, _ = await ensure_keys(group)
        return urls.key_id(urls.group(group.slug)), private_pem
    raise ValueError(f"unknown signer kind {kind!r}")


def parse_signer(signer: str) -> tuple[SignerKind, int | None]:
    """Split a `Delivery.signer` value ("user:12", "group:3", "instance") for `signer_for`."""
    if signer == "instance":
        return "instance", None
    kind, sep, raw_id = signer.partition(":")
    if sep and raw_id.isdigit():
        if kind == "user":
            return "user", int(raw_id)
        if kind == "group":
            return "group", int(raw_id)
    raise ValueError(f"malformed signer {signer!r}")
