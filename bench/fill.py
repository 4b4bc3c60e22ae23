"""Fill a fresh database with one big area group: members, posts and replies.

Speed matters only so far that a run stays short; the fill is not what is measured. Rows are
built in memory and written with `bulk_create` in large batches, one transaction per table.
Ids are given explicitly so replies can point at posts without reading them back.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import Tortoise

from server import db
from server.config import Settings
from server.models import (
    Group,
    GroupRole,
    InstanceSettings,
    Membership,
    Post,
    Reply,
    Role,
    Topic,
    User,
)
from server.services import markdown, tokens
from server.services import posts as post_service

SLUG = "bench-vallei"
BATCH = 5_000
DEEP = 1_000  # the deep page starts this many posts below the newest
# Not a real argon2 hash: bench members never log in with a password.
FAKE_HASH = "$argon2id$v=19$m=65536,t=3,p=4$bench$bench-members-cannot-log-in-with-this"
START = datetime(2025, 1, 6, 7, 0, tzinfo=UTC)

BODIES = [
    "We meten sinds maart de **stikstof** bij de sloot. De cijfers staan in de bijlage.",
    "Vraag aan de provincie: wanneer komt het plan voor het *waterpeil* in de polder?\n\n"
    "- peil in de zomer\n- peil in de winter\n- wie betaalt de pomp",
    "Goed gesprek gehad met de melkveehouders van de Noordweg. Afspraken:\n\n"
    "1. elke maand een keukentafelgesprek\n2. de kaart van de natuurgebieden komt online\n"
    "3. vragen gaan via deze groep",
    "Zie [het rapport](https://example.org/rapport.pdf) over de bodem. "
    "Hoofdstuk 3 gaat over grondwater en is kort.",
    "Wie komt er dinsdag naar de avond in het dorpshuis? Aanvang 20.00 uur. " * 3,
    "## Verslag\n\nDe werkgroep landschap heeft drie routes bekeken. De route langs de "
    "dijk heeft de voorkeur van de meeste boeren. Het waterschap kijkt of dat kan.",
]
TITLES = [
    "Meting stikstof bij de sloot",
    "Waterpeil in de zomer",
    "Keukentafelgesprek Noordweg",
    "Rapport over de bodem",
    "Avond in het dorpshuis",
    "Verslag werkgroep landschap",
]


@dataclass(frozen=True)
class Filled:
    slug: str
    token: str
    deep_cursor: str
    posts: int
    replies: int
    members: int
    seconds: float


async def _bulk(model: Any, rows: list[Any]) -> None:
    async with db.transaction():
        for start in range(0, len(rows), BATCH):
            await model.bulk_create(rows[start : start + BATCH])


async def _people(members: int) -> tuple[User, list[int]]:
    roles = list(Role)
    confirmed = START - timedelta(days=400)
    admin = User(
        id=1,
        username="beheer",
        name="Beheer Bench",
        email="beheer@bench.invalid",
        password_hash=FAKE_HASH,
        email_confirmed_at=confirmed,
        is_admin=True,
    )
    people = [
        User(
            id=n + 1,
            username=f"lid{n:05d}",
            name=f"Lid {n}",
            organisation="" if n % 3 else f"Organisatie {n % 40}",
            role=roles[n % len(roles)],
            email=f"lid{n}@bench.invalid",
            password_hash=FAKE_HASH,
            email_confirmed_at=confirmed,
        )
        for n in range(1, members + 1)
    ]
    await _bulk(User, [admin, *people])
    await InstanceSettings.create(id=1, name="Bench", region="Gelderse Vallei")
    return admin, [p.id for p in people]


async def _group(member_ids: list[int]) -> Group:
    group = await Group.create(
        id=1, slug=SLUG, title="Bench Vallei", area="Gelderse Vallei", topic=Topic.NITROGEN
    )
    await _bulk(
        Membership,
        [
            Membership(
                id=i + 1,
                group_id=group.id,
                user_id=uid,
                role=GroupRole.OWNER if i == 0 else GroupRole.MEMBER,
            )
            for i, uid in enumerate(member_ids)
        ],
    )
    return group


def _reply_plan(posts: int, replies: int, rng: random.Random) -> list[int]:
    """Which post each reply belongs to: skewed, as in real groups, where a few threads run long."""
    return [1 + int(posts * rng.random() ** 3) for _ in range(replies)]


async def _posts(group: Group, member_ids: list[int], counts: Counter[int], n: int) -> None:
    rng = random.Random(1)
    rendered = [markdown.render(body) for body in BODIES]
    rows = []
    for i in range(1, n + 1):
        pick = i % len(BODIES)
        # Every 100th post is a tombstone, so the feed's `deleted_at IS NULL` filter has work.
        deleted = i % 100 == 0
        rows.append(
            Post(
                id=i,
                group_id=group.id,
                author_id=rng.choice(member_ids),
                title="" if deleted else TITLES[pick],
                body="" if deleted else BODIES[pick],
                body_html="" if deleted else rendered[pick],
                created_at=START + timedelta(seconds=37 * i),
                deleted_at=START + timedelta(seconds=37 * i + 60) if deleted else None,
                reply_count=counts[i],
            )
        )
    await _bulk(Post, rows)


async def _replies(member_ids: list[int], plan: list[int]) -> None:
    rng = random.Random(2)
    text = "Eens. Laten we dit bespreken op de volgende avond."
    html = markdown.render(text)
    rows = [
        Reply(
            id=i + 1,
            post_id=post_id,
            author_id=rng.choice(member_ids),
            body=text,
            body_html=html,
            created_at=START + timedelta(seconds=37 * post_id + 5 + i % 1000),
        )
        for i, post_id in enumerate(plan)
    ]
    await _bulk(Reply, rows)


async def _after_bulk_load() -> None:
    """PostgreSQL's serial counters do not see explicit ids, so later inserts would collide;
    and a table loaded in seconds has no planner statistics until autovacuum gets to it. Without
    them the deep keyset page is planned as a bitmap scan plus sort: 100 ms instead of 0.2 ms."""
    if db.dialect() != "postgres":
        return
    conn = Tortoise.get_connection("default")
    for table in ("users", "groups", "memberships", "posts", "replies", "instance_settings"):
        await conn.execute_script(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT coalesce(max(id), 1) FROM {table}))"
        )
    await conn.execute_script("ANALYZE")


async def deep_cursor(group: Group, depth: int) -> str:
    """The cursor a reader holds after paging `depth` posts down, as the feed would hand out."""
    row = (
        await Post.filter(group_id=group.id, deleted_at__isnull=True)
        .order_by("-created_at", "-id")
        .offset(depth - 1)
        .limit(1)
        .values("created_at", "id")
    )[0]
    return post_service.encode_cursor(row["created_at"], row["id"])


async def fill(settings: Settings, *, posts: int, members: int, replies: int) -> Filled:
    """Call with the database connected and migrated and empty."""
    began = time.perf_counter()
    admin, member_ids = await _people(members)
    group = await _group(member_ids)
    plan = _reply_plan(posts, replies, random.Random(3))
    await _posts(group, member_ids, Counter(plan), posts)
    await _replies(member_ids, plan)
    await _after_bulk_load()
    token = await tokens.create_token(await User.get(id=admin.id), "bench")
    return Filled(
        slug=SLUG,
        token=token,
        deep_cursor=await deep_cursor(group, min(DEEP, max(1, posts // 2))),
        posts=posts,
        replies=replies,
        members=members,
        seconds=time.perf_counter() - began,
    )
