"""Database round trips per unit of federation work, counted, not timed: a signed `Create`
received at the shared inbox (up to the 202), the same `Create` applied by the worker (stored,
the group's Announce queued), and one delivery of that Announce.

    .venv/bin/python -m bench.round_trips [--activities 200] [--followers 5]

On SQLite every round trip crosses to aiosqlite's thread and back, so their number bounds the
inbox and the worker on a busy machine where timings say little; the counts repeat exactly
from run to run. Everything runs in this process on a scratch data folder: the app through
`httpx.ASGITransport`, the machines through `federation.queue.run_due`, the sender in memory.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import tempfile
from datetime import UTC, datetime
from typing import Any

import httpx

from federation.delivery import DeliveryMachine
from federation.fetch import Signer
from federation.inbox_processing import InboxMachine
from federation.queue import run_due, utcnow
from federation.signatures import generate_key_pair, load_private_key, sign_request
from server import db
from server.app import create_app
from server.config import Settings, load_settings
from server.models import Group, Membership, User
from server.services import accounts, groups

GROUP = "http://testserver/g/bench-vallei"


class _Counter(logging.Handler):
    """Tortoise logs every statement it sends at DEBUG."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class _MemorySender:
    async def post(self, url: str, body: bytes, signer: Signer) -> int:
        return 202


async def _prepare(settings: Settings, followers: int) -> tuple[str, Any]:
    owner = await accounts.register(
        settings,
        accounts.Registration(
            username="anna", name="Anna Jansen", organisation="LTO Noord", private_person=False,
            role="farmer", email="anna@example.nl", password="a long enough password",
            agree_rules=True,
        ),
        confirmed=True,
    )  # fmt: skip
    form = groups.GroupForm(slug="bench-vallei", title="Bench Vallei", area="Vallei",
                            topic="stikstof", description="", rules=())  # fmt: skip
    group = await groups.create_group(None, form)
    await groups.make_owner(group, owner)
    private_pem, public_pem = generate_key_pair()
    actor = "https://remote0.example/users/jan"
    for number in range(followers):
        host = f"remote{number}.example"
        base = f"https://{host}"
        user = await User.create(
            username=f"f{number}@{host}", name="F", domain=host, ap_id=f"{base}/users/f{number}",
            inbox_url=f"{base}/users/f{number}/inbox", shared_inbox_url=f"{base}/inbox",
            fetched_at=utcnow(), public_key_pem=public_pem if number == 0 else None,
        )  # fmt: skip
        await Membership.create(group=group, user=user, accepted=True)
    jan = await User.create(
        username="jan@remote0.example", name="Jan", domain="remote0.example", ap_id=actor,
        inbox_url=f"{actor}/inbox", shared_inbox_url="https://remote0.example/inbox",
        public_key_pem=public_pem, fetched_at=utcnow(),
    )  # fmt: skip
    await Membership.create(group=await Group.get(slug="bench-vallei"), user=jan, accepted=True)
    return actor, load_private_key(private_pem)


def _signed_creates(actor: str, key: Any, count: int) -> list[tuple[bytes, dict[str, str]]]:
    requests = []
    for number in range(count):
        activity = {
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": f"{actor}/create/{number}", "type": "Create", "actor": actor,
            "to": [GROUP], "audience": GROUP,
            "object": {"id": f"{actor}/post/{number}", "type": "Page", "name": f"Post {number}",
                       "content": "<p>Metingen</p>", "attributedTo": actor,
                       "audience": GROUP, "to": [GROUP]},
        }  # fmt: skip
        body = json.dumps(activity).encode()
        headers = sign_request(
            method="POST", url="http://testserver/inbox", key_id=f"{actor}#main-key",
            private_key=key, now=datetime.now(UTC), body=body,
        )  # fmt: skip
        requests.append((body, {**headers, "Content-Type": "application/activity+json"}))
    return requests


async def measure(activities: int, followers: int) -> dict[str, float]:
    data = tempfile.mkdtemp(prefix="polder-trips-")
    settings = load_settings({"data_dir": data, "domain": "testserver", "dev": True}, environ={})
    await db.connect(settings)
    await db.migrate(settings)
    actor, key = await _prepare(settings, followers)
    requests = _signed_creates(actor, key, activities + 1)
    counter = _Counter()
    logger = logging.getLogger("tortoise.db_client")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    logger.propagate = False
    app = create_app(settings, manage_database=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        # The first request fetches nothing but fills the key cache: not counted.
        body, headers = requests[0]
        assert (await client.post("/inbox", content=body, headers=headers)).status_code == 202
        counter.count = 0
        for body, headers in requests[1:]:
            response = await client.post("/inbox", content=body, headers=headers)
            assert response.status_code == 202, response.text
    received = counter.count
    clock = utcnow
    counter.count = 0
    applied = 0
    while batch := await run_due(InboxMachine(settings), clock, limit=50):
        applied += len(batch)
    applying = counter.count
    counter.count = 0
    machine = DeliveryMachine(settings, _MemorySender())
    delivered = 0
    while batch := await run_due(machine, clock, limit=50):
        delivered += len(batch)
    delivering = counter.count
    await db.disconnect()
    return {
        "per_inbox_request": received / activities,
        "per_applied_create": applying / applied,
        "per_delivery": delivering / max(delivered, 1),
        "applied": applied,
        "deliveries": delivered,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=200)
    parser.add_argument("--followers", type=int, default=5, help="remote members, one per host")
    args = parser.parse_args()
    result = asyncio.run(measure(args.activities, args.followers))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
