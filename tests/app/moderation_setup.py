"""A group with old enough members and a fresh post, for the moderation tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from server.config import Settings
from server.models import Group, Membership, Post, Rule, User
from server.services import groups, posts
from server.services.clock import now
from tests.conftest import make_group, make_user

ORGANISATIONS = ("LTO Noord", "Natuurmonumenten", "Waterschap", "Provincie", "WUR", "Rabobank")


@dataclass
class Scene:
    group: Group
    owner: User
    author: User
    members: list[User]
    post: Post
    rule: Rule


async def age(user: User, days: int = 30) -> None:
    """Make an account and its memberships older, as if made `days` ago."""
    moment = now() - timedelta(days=days)
    await User.filter(id=user.id).update(created_at=moment)
    await Membership.filter(user_id=user.id).update(joined_at=moment)
    await user.refresh_from_db()


async def scene(settings: Settings, members: int = 4, slug: str = "gelderse-vallei") -> Scene:
    owner = await make_user(settings, f"eigenaar{slug[:3]}", organisation="Provincie Gelderland")
    group = await make_group(owner, slug=slug)
    author = await make_user(settings, f"schrijver{slug[:3]}", organisation="Boerenbond")
    await groups.join(author, group)
    people = []
    for i in range(members):
        person = await make_user(
            settings, f"lid{i}{slug[:3]}", organisation=ORGANISATIONS[i % len(ORGANISATIONS)]
        )
        await groups.join(person, group)
        people.append(person)
    for person in (owner, author, *people):
        await age(person)
    post = await posts.create_post(author, group, "Mest en water", "Een gewoon bericht.")
    rule = await Rule.get(group_id=group.id, position=1)
    return Scene(group, owner, author, people, post, rule)
