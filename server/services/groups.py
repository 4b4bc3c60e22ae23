"""Area groups: create, find, join and leave, members and their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Count

from moderation import log as modlog
from server.db import transaction
from server.models import (
    Group,
    GroupRemoval,
    GroupRole,
    LogAction,
    Membership,
    Role,
    Rule,
    Topic,
    User,
)
from server.services import instance as instance_service
from server.services import rules as rule_texts
from server.services.clock import now
from server.services.errors import N_, FieldErrors, Forbidden, Invalid, NotFound

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$")


@dataclass(frozen=True)
class GroupForm:
    slug: str
    title: str
    area: str
    topic: str
    description: str = ""
    rules: tuple[str, ...] = ()


def _check(form: GroupForm, errors: FieldErrors, *, with_slug: bool) -> None:
    if with_slug and not SLUG_RE.match(form.slug.strip()):
        errors.add(
            "slug",
            N_("Use 3 to 50 characters: small letters, digits and dashes (like gelderse-vallei)."),
        )
    errors.text("title", form.title, max_length=120)
    errors.text("area", form.area, max_length=120)
    if form.topic not in Topic.__members__.values():
        errors.add("topic", N_("Choose a topic from the list."))
    errors.text("description", form.description, max_length=10000, required=False)
    rule_texts.check(errors, form.rules)


async def may_create_groups(user: User) -> bool:
    if user.is_admin:
        return True
    instance = await instance_service.get_instance()
    return instance is not None and instance.group_creation == "members"


async def create_group(actor: User | None, form: GroupForm) -> Group:
    """`actor` None means the command line, which acts as the instance's operator."""
    if actor is not None and not await may_create_groups(actor):
        raise Forbidden(N_("On this instance only admins can start a group."))
    errors = FieldErrors()
    _check(form, errors, with_slug=True)
    slug = form.slug.strip().lower()
    if not errors.fields and await Group.filter(slug=slug).exists():
        errors.add("slug", N_("This address is taken. Choose another one."))
    errors.raise_if_any()
    try:
        async with transaction():
            group = await Group.create(
                slug=slug,
                title=form.title.strip(),
                area=form.area.strip(),
                topic=Topic(form.topic),
                description=form.description.strip(),
            )
            await rule_texts.replace(group, rule_texts.check(FieldErrors(), form.rules))
            if actor is not None:
                await Membership.create(group=group, user=actor, role=GroupRole.OWNER)
    except IntegrityError:
        raise Invalid({"slug": (N_("This address is taken. Choose another one."), {})}) from None
    return group


async def update_group(actor: User, group: Group, form: GroupForm) -> Group:
    await require_role(actor, group, GroupRole.OWNER)
    errors = FieldErrors()
    _check(form, errors, with_slug=False)
    errors.raise_if_any()
    async with transaction():
        group.title, group.area = form.title.strip(), form.area.strip()
        group.topic, group.description = Topic(form.topic), form.description.strip()
        await group.save()
        await rule_texts.replace(group, rule_texts.check(FieldErrors(), form.rules), actor=actor)
    return group


async def get_group(slug: str) -> Group:
    group = await Group.get_or_none(slug=slug.lower())
    if group is None:
        raise NotFound(N_("This group does not exist."))
    return group


async def directory(topic: str | None = None, query: str | None = None) -> list[Group]:
    """All groups with their member counts, alphabetical; filter by topic and text."""
    groups = Group.all().annotate(member_count=Count("memberships"))
    if topic:
        groups = groups.filter(topic=topic)
    if query and query.strip():
        text = query.strip()[:100]
        groups = groups.filter(
            Q(title__icontains=text) | Q(area__icontains=text) | Q(description__icontains=text)
        )
    return await groups.order_by("title")


async def membership(user: User | None, group: Group) -> Membership | None:
    if user is None:
        return None
    return await Membership.get_or_none(user_id=user.id, group_id=group.id)


async def require_role(user: User, group: Group, at_least: GroupRole) -> Membership | None:
    """Admins pass always; otherwise the person needs this role or a higher one."""
    order = [GroupRole.MEMBER, GroupRole.MODERATOR, GroupRole.OWNER]
    member = await membership(user, group)
    if user.is_admin:
        return member
    if member is None or order.index(member.role) < order.index(at_least):
        if at_least == GroupRole.OWNER:
            raise Forbidden(N_("Only owners of this group can do this."))
        if at_least == GroupRole.MODERATOR:
            raise Forbidden(N_("Only moderators of this group can do this."))
        raise Forbidden(N_("Join the group to take part."))
    return member


async def join(user: User, group: Group) -> Membership:
    if user.email_confirmed_at is None:
        raise Forbidden(N_("Please confirm your e-mail address first."))
    if await _removed(user, group):
        raise Forbidden(N_("A moderator removed you from this group. You cannot join it now."))
    if group.domain:
        return await _join_remote(user, group)
    existing = await membership(user, group)
    if existing is not None:
        return existing
    try:
        return await Membership.create(user=user, group=group, role=GroupRole.MEMBER)
    except IntegrityError:
        # A double click raced us; the first one made the membership.
        return await Membership.get(user_id=user.id, group_id=group.id)


async def _removed(user: User, group: Group) -> bool:
    """A removal by a moderator still in force (see moderation.members)."""
    return await GroupRemoval.filter(
        Q(until__isnull=True) | Q(until__gt=now()),
        group_id=group.id,
        user_id=user.id,
        lifted_at__isnull=True,
    ).exists()


async def leave(user: User, group: Group) -> None:
    if group.domain:
        await _leave_remote(user, group)
        return
    async with transaction():
        member = await membership(user, group)
        if member is None:
            return
        if member.role == GroupRole.OWNER:
            owners = await Membership.filter(group_id=group.id, role=GroupRole.OWNER).count()
            others = await Membership.filter(group_id=group.id).exclude(id=member.id).count()
            if owners == 1 and others > 0:
                raise Forbidden(N_("You are the only owner. Make someone else owner first."))
        await member.delete()


async def set_role(actor: User, group: Group, username: str, role: str) -> Membership:
    await require_role(actor, group, GroupRole.OWNER)
    if role not in GroupRole.__members__.values():
        raise Invalid({"role": (N_("Choose a role from the list."), {})})
    async with transaction():
        member = await Membership.get_or_none(
            group_id=group.id, user__username=username.lower(), accepted=True
        ).select_related("user")
        if member is None:
            raise NotFound(N_("This person is not a member of the group."))
        if member.role == GroupRole.OWNER and role != GroupRole.OWNER:
            owners = await Membership.filter(group_id=group.id, role=GroupRole.OWNER).count()
            if owners == 1:
                raise Forbidden(N_("A group needs an owner. Make someone else owner first."))
        if member.role == role:
            return member
        # Who moderates is public: a member of another instance may moderate here too (their
        # reports are forwarded to them, see moderation.forwarding), so each change is logged.
        detail = {"from": member.role.value, "to": role}
        member.role = GroupRole(role)
        await member.save(update_fields=["role"])
        await modlog.append(
            LogAction.ROLE_CHANGE, group=group, moderator=actor, target=member.user, detail=detail
        )
    return member


async def make_owner(group: Group, user: User) -> Membership:
    """For the operator (CLI): give a group its first owner."""
    member, _ = await Membership.update_or_create(
        defaults={"role": GroupRole.OWNER}, group_id=group.id, user_id=user.id
    )
    return member


async def members(group: Group) -> list[Membership]:
    return (
        await Membership.filter(group_id=group.id)
        .select_related("user")
        .order_by("joined_at", "id")
    )


async def count_roles(group: Group) -> dict[Role, int]:
    """How many members of each stakeholder role take part, counted by the database (a group
    page must not load every member to show these numbers)."""
    rows = (
        await Membership.filter(group_id=group.id, accepted=True)
        .annotate(n=Count("id"))
        .group_by("user__role")
        .values("user__role", "n")
    )
    counts = {row["user__role"]: row["n"] for row in rows}
    return {role: counts[role] for role in Role if counts.get(role)}


async def rules(group: Group) -> list[Rule]:
    return await Rule.filter(group_id=group.id).order_by("position")


async def groups_of(user: User) -> list[Membership]:
    return await Membership.filter(user_id=user.id).select_related("group").order_by("group__title")


# --- Federation (ap-content): a group on another instance is joined with a Follow -----------


async def _join_remote(user: User, group: Group) -> Membership:
    # `federated` builds on this module, so it is imported when first needed.
    from server.services import federated

    return await federated.join_remote_group(federated.settings(), user, group)


async def _leave_remote(user: User, group: Group) -> None:
    from server.services import federated

    await federated.leave_remote_group(federated.settings(), user, group)
