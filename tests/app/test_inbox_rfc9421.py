"""RFC 9421 message signatures at the inbox, signed the way newer Mastodon releases sign: the
signature base is built here by hand from the RFC's rules, so the test does not lean on the
library that Polder verifies with."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from server.models import Group, InboxMessage
from tests.app.test_inbox import (  # noqa: F401 (the fixtures are used by name)
    ACTIVITY_JSON,
    RemoteActor,
    RemoteServer,
    assert_error,
    follow_of,
    group,
    group_url,
    remote,
)

COVERED = ("@method", "@target-uri", "content-digest")


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"


def signed_9421(
    actor: RemoteActor,
    body: bytes,
    *,
    target: str = "http://testserver/inbox",
    covered: tuple[str, ...] = COVERED,
    created: datetime | None = None,
    alg: str | None = None,
    digest_body: bytes | None = None,
) -> dict[str, str]:
    headers = {"Content-Type": ACTIVITY_JSON, "Content-Digest": content_digest(digest_body or body)}
    parts = urlsplit(target)
    values = {"@method": "POST", "@target-uri": target, "@authority": parts.netloc,
              "@path": parts.path, "content-digest": headers["Content-Digest"]}  # fmt: skip
    moment = int((created or datetime.now(UTC)).timestamp())
    inner = "(" + " ".join(f'"{name}"' for name in covered) + ")"
    params = f'{inner};created={moment};keyid="{actor.key_id}"'
    if alg is not None:
        params += f';alg="{alg}"'
    lines = [f'"{name}": {values[name]}' for name in covered]
    base = "\n".join([*lines, f'"@signature-params": {params}']).encode()
    if alg == "rsa-pss-sha512":
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=64)
        raw = actor.private_key.sign(base, pss, hashes.SHA512())
    else:
        raw = actor.private_key.sign(base, padding.PKCS1v15(), hashes.SHA256())
    headers["Signature-Input"] = f"sig1={params}"
    headers["Signature"] = f"sig1=:{base64.b64encode(raw).decode()}:"
    return headers


def follow_body(actor: RemoteActor, group: Group) -> bytes:  # noqa: F811
    return json.dumps(follow_of(actor, group_url(group))).encode()


async def test_a_mastodon_style_rfc9421_signature_is_accepted(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    body = follow_body(actor, group)
    response = await client.post("/inbox", content=body, headers=signed_9421(actor, body))
    assert response.status_code == 202, response.text
    stored = await InboxMessage.get(ap_id=follow_of(actor, group_url(group))["id"])
    assert stored.signer_key_id == actor.key_id


@pytest.mark.parametrize("alg", ["rsa-v1_5-sha256", "rsa-pss-sha512"])
async def test_the_named_rsa_algorithms_are_verified(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
    alg: str,
) -> None:
    actor = remote.add("jan")
    body = follow_body(actor, group)
    headers = signed_9421(actor, body, alg=alg)
    assert (await client.post("/inbox", content=body, headers=headers)).status_code == 202


async def test_authority_and_path_may_stand_for_the_target_uri(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    body = follow_body(actor, group)
    headers = signed_9421(actor, body, covered=("@method", "@authority", "@path", "content-digest"))
    assert (await client.post("/inbox", content=body, headers=headers)).status_code == 202


def _bad_cases(actor: RemoteActor, body: bytes) -> list[tuple[dict[str, str], str]]:
    """(headers, what the refusal says) for each way a signature can be wrong."""
    old = datetime.now(UTC) - timedelta(hours=2)
    other_key = signed_9421(actor, body)
    actor.rotate()  # the server now serves a key that did not sign `other_key`
    tampered = signed_9421(actor, body)
    tampered["Signature"] = signed_9421(actor, body + b" ")["Signature"]
    return [
        (signed_9421(actor, body, digest_body=b"{}"), "Content-Digest does not match"),
        (signed_9421(actor, body, target="https://elsewhere/inbox"), "does not verify"),
        (signed_9421(actor, body, target="http://testserver/u/x/inbox"), "does not verify"),
        (signed_9421(actor, body, covered=("@method", "content-digest")), "'@target-uri' must"),
        (signed_9421(actor, body, covered=("@method", "@target-uri")), "'content-digest' must"),
        (signed_9421(actor, body, covered=("@target-uri", "content-digest")), "'@method' must"),
        (signed_9421(actor, body, created=old), "created is more than"),
        (signed_9421(actor, body, alg="hmac-sha256"), "'hmac-sha256' is not supported"),
        (tampered, "does not verify"),
        (other_key, "does not verify"),
    ]


async def test_bad_rfc9421_signatures_are_401_and_store_nothing(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    body = follow_body(actor, group)
    for headers, reason in _bad_cases(actor, body):
        response = await client.post("/inbox", content=body, headers=headers)
        assert_error(response, 401)
        assert reason in response.json()["message"]
    assert await InboxMessage.all().count() == 0


async def test_two_signatures_or_a_malformed_input_are_401(
    client: httpx.AsyncClient,
    remote: RemoteServer,  # noqa: F811
    group: Group,  # noqa: F811
) -> None:
    actor = remote.add("jan")
    body = follow_body(actor, group)
    good = signed_9421(actor, body)
    second = good["Signature-Input"].replace("sig1=", "sig2=")
    far_future = good["Signature-Input"].replace("created=", "created=9999999999999")
    cases: list[dict[str, Any]] = [
        {**good, "Signature-Input": f"{good['Signature-Input']}, {second}",
         "Signature": f"{good['Signature']}, {good['Signature'].replace('sig1=', 'sig2=')}"},
        {**good, "Signature-Input": "sig1=((("},
        {**good, "Signature": "sig2=:AAAA:"},
        {**good, "Signature": 'sig1="not bytes"'},
        {**good, "Signature-Input": far_future},
    ]  # fmt: skip
    for headers in cases:
        assert_error(await client.post("/inbox", content=body, headers=headers), 401)
    assert await InboxMessage.all().count() == 0
