"""What moderation acts on: a post or a reply, with the group it is in, and who may moderate it.

An item is named by its kind and id ("post:12"); flags, notes and log entries use that key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.expressions import Q

from server.models import Group, GroupRole, Membership, Post, Reply, Rule, User
from server.services.errors import N_, Forbidden, Invalid, NotFound

KINDS = ("post", "reply")
MAX_ID = 2**31 - 1
MAX_NOTE = 2000


@dataclass
class Item:
    kind: str
    post: Post
    reply: Reply | None
    group: Group

    @property
    def target(self) -> Post | Reply:
        return self.reply if self.reply is not None else self.post

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.target.id}"

    @property
    def path(self) -> str:
        return f"/p/{self.post.id}" if self.reply is None else f"/c/{self.target.id}"

    @property
    def author_id(self) -> int:
        return self.target.author_id

    @property
    def created_at(self) -> datetime:
        return self.target.created_at

    @property
    def hidden(self) -> bool:
        return self.target.hidden_at is not None and not self.gone

    @property
    def gone(self) -> bool:
        """Removed by a moderator or deleted by its author: nothing left to moderate."""
        return self.target.removed_at is not None or self.target.deleted_at is not None


def parse_key(key: str) -> tuple[str, int]:
    kind, _, raw = key.partition(":")
    return kind, int(raw)


async def load(kind: str, item_id: int) -> Item:
    """The item, fresh from the database; inside a transaction on PostgreSQL its row is locked,
    so that two flags crossing the threshold at once are decided one after the other."""
    if kind not in KINDS or not 1 <= item_id <= MAX_ID:
        raise NotFound(N_("This post does not exist."))
    if kind == "post":
        post = await Post.filter(id=item_id).select_for_update().first()
        if post is None:
            raise NotFound(N_("This post does not exist."))
        return Item("post", post, None, await Group.get(id=post.group_id))
    reply = await Reply.filter(id=item_id).select_for_update().first()
    if reply is None:
        raise NotFound(N_("This reply does not exist."))
    post = await Post.get(id=reply.post_id)
    return Item("reply", post, reply, await Group.get(id=post.group_id))


async def load_key(key: str) -> Item:
    kind, item_id = parse_key(key)
    return await load(kind, item_id)


async def member(user: User, group: Group) -> Membership | None:
    return await Membership.get_or_none(user_id=user.id, group_id=group.id, accepted=True)


async def is_moderator(user: User | None, group: Group) -> bool:
    if user is None:
        return False
    if user.is_admin and not group.domain:
        return True
    found = await member(user, group)
    return found is not None and found.role in (GroupRole.MODERATOR, GroupRole.OWNER)


async def may_see_hidden(user: User | None, group: Group, author_id: int) -> bool:
    """A hidden item stays readable for its author and for who reviews it; the post page and
    the downloads of its files both ask this."""
    if user is None:
        return False
    return user.id == author_id or await is_moderator(user, group)


async def require_moderator(user: User, group: Group) -> None:
    if not await is_moderator(user, group):
        raise Forbidden(N_("Only moderators of this group can do this."))


async def moderated_group_ids(user: User) -> list[int]:
    """The groups whose reports this person reviews: all local groups for an admin."""
    if user.is_admin:
        return await Group.filter(domain="").values_list("id", flat=True)  # type: ignore[return-value]
    roles = (GroupRole.MODERATOR, GroupRole.OWNER)
    return await Membership.filter(  # type: ignore[return-value]
        user_id=user.id, role__in=roles, accepted=True
    ).values_list("group_id", flat=True)


async def rules_for(group: Group) -> list[Rule]:
    """The rules a flag may cite here: the group's own first, then the instance's."""
    found = await Rule.filter(Q(group_id=group.id) | Q(group_id__isnull=True))
    return sorted(found, key=lambda rule: (rule.group_id is None, rule.position))


async def rule_of(group: Group, rule_id: int | None) -> Rule:
    choose = Invalid({"rule": (N_("Choose one of the rules of this group."), {})})
    if rule_id is None or not 1 <= rule_id <= MAX_ID:
        raise choose
    rule = await Rule.get_or_none(id=rule_id)
    if rule is None or rule.group_id not in (None, group.id):
        raise choose
    return rule


async def rule_titled(group: Group, text: str) -> Rule | None:
    """The rule a report from another instance names by its title (Polder sends the title in
    `summary`); None when it names none of ours."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    return next((r for r in await rules_for(group) if r.title.strip().casefold() == wanted), None)


def rule_scope(rule: Rule) -> str:
    return "instance" if rule.group_id is None else "group"


def check_text(
    field: str, value: str, *, required: bool = False, max_length: int = MAX_NOTE
) -> str:
    value = value.strip()
    problem: str | None = None
    if "\x00" in value:
        problem = N_("This contains a character that is not allowed.")
    elif required and not value:
        problem = N_("Please fill this in.")
    elif len(value) > max_length:
        raise Invalid(
            {field: (N_("This is too long: at most %(max)s characters."), {"max": max_length})}
        )
    if problem:
        raise Invalid({field: (problem, {})})
    return value
