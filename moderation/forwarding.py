"""Reports reach a group's moderators wherever they live.

On the group's instance (`forward`): every report about an item in a local group, local or
received, is forwarded to each moderator of the group who lives on another instance. The
forward names the rule and the note, never the reporter: moderators here do not see who
reported either (the queue shows the rules cited, never who), and the author is never told.

On the moderator's instance (`receive`, `queue`, `decide`): the group's forwarded `Flag` waits
in "reports for groups you moderate elsewhere" for the person it was addressed to; deciding
sends their `Delete` (uphold) or `Undo` of the Flag (restore) to the group, whose instance
checks that they moderate it and applies the decision as a local moderator's, or answers
with a `Reject` when they do not (`reopen`: the report is open again, saying why).
"""

from __future__ import annotations

from federation import moderator_publish, publish
from moderation import items
from moderation.items import Item
from server.config import Settings
from server.models import (
    Flag,
    FlagState,
    ForwardedReport,
    Group,
    GroupRole,
    Membership,
    Post,
    Reply,
    User,
)
from server.services.clock import now
from server.services.errors import N_, Conflict, Invalid, NotFound

MAX_QUEUE = 200
DECISIONS = {"uphold": FlagState.UPHELD, "restore": FlagState.DISMISSED}


async def forward(settings: Settings, item: Item, flag: Flag) -> int:
    """Queues the report for the group's remote moderators; how many it went to. Called inside
    the flag's transaction, so that the report and its forwards commit together."""
    if item.group.domain:
        return 0
    moderators = await Membership.filter(
        group_id=item.group.id, accepted=True, role__in=(GroupRole.MODERATOR, GroupRole.OWNER)
    ).select_related("user")
    sent = 0
    for member in moderators:
        # A moderator who reported decides from the group's queue; no need to tell them.
        if not member.user.domain or member.user_id == flag.flagger_id:
            continue
        if await moderator_publish.report_forwarded(
            settings, item.group, member.user, item.target, rule_title=flag.rule_title,
            note=flag.note,
        ):  # fmt: skip
            sent += 1
    return sent


async def receive(
    group: Group, moderator: User, target: Post | Reply, *, ap_id: str, rule_title: str, note: str
) -> bool:
    """A remote group's forwarded report for one of our people. Kept only when that person is
    a member of the group (nobody else could moderate it) and the item is in it; False when it
    was not kept or was kept already."""
    if not group.domain or moderator.domain or await ForwardedReport.exists(ap_id=ap_id):
        return False
    if await items.member(moderator, group) is None:
        return False
    post = target if isinstance(target, Post) else await Post.get(id=target.post_id)
    if post.group_id != group.id:
        return False
    kind = "post" if isinstance(target, Post) else "reply"
    await ForwardedReport.create(
        moderator=moderator, group=group, post=post,
        reply=None if isinstance(target, Post) else target, item_key=f"{kind}:{target.id}",
        ap_id=ap_id, rule_title=rule_title.strip()[:200],
        note=note.replace("\x00", "").strip()[: items.MAX_NOTE], created_at=now(),
    )  # fmt: skip
    return True


async def known(ap_id: str) -> bool:
    return await ForwardedReport.exists(ap_id=ap_id)


async def queue(user: User) -> list[ForwardedReport]:
    """This person's open forwarded reports, oldest first, about items still there."""
    found = (
        await ForwardedReport.filter(moderator_id=user.id, state=FlagState.OPEN)
        .select_related("group", "post", "reply")
        .order_by("created_at", "id")
        .limit(MAX_QUEUE)
    )
    return [report for report in found if _target(report).deleted_at is None]


def _target(report: ForwardedReport) -> Post | Reply:
    return report.reply if report.reply is not None else report.post


async def reopen(
    moderator: User, group: Group, reason: str, *, flag_id: str = "", item: Post | Reply | None
) -> int:
    """The group's instance refused this person's decision (its `Reject`): the reports about
    that item are open again, with the reason shown; how many. Found by the group's Flag (a
    restore answered it) or by the item (an uphold deleted it)."""
    decided = ForwardedReport.filter(
        moderator_id=moderator.id, group_id=group.id, state__in=tuple(DECISIONS.values())
    )
    if flag_id:
        report = await decided.filter(ap_id=flag_id).first()
        key = report.item_key if report is not None else None
    else:
        key = f"{'post' if isinstance(item, Post) else 'reply'}:{item.id}" if item else None
    if key is None:
        return 0
    refusal = reason.replace("\x00", "").strip()[:500] or "-"
    return await decided.filter(item_key=key).update(
        state=FlagState.OPEN, decided_at=None, refusal=refusal
    )


async def decide(user: User, report_id: int, action: str, reason: str = "") -> ForwardedReport:
    """Upholds or restores from here: the decision goes to the group's instance, which applies
    it (or refuses it when this person no longer moderates the group there)."""
    if action not in DECISIONS:
        raise NotFound(N_("This page does not exist."))
    reason = items.check_text("reason", reason)
    report = await ForwardedReport.get_or_none(id=report_id, moderator_id=user.id)
    if report is None:
        raise NotFound(N_("This report does not exist."))
    settings = publish.configured()
    if settings is None:  # a bare command line cannot send the decision
        raise Invalid({"reason": (N_("This cannot be decided from here."), {})})
    await report.fetch_related("group", "post", "reply")
    if not report.group.inbox_url or not report.group.ap_id:
        # Its actor was never fetched whole: there is nowhere to send the decision.
        raise Invalid({"reason": (N_("This cannot be decided from here."), {})})
    async with publish.transaction():
        changed = await ForwardedReport.filter(
            moderator_id=user.id, item_key=report.item_key, state=FlagState.OPEN
        ).update(state=DECISIONS[action], decided_at=now(), refusal="")
        if not changed:
            raise Conflict(N_("A decision about this was made already."))
        if action == "uphold":
            await moderator_publish.uphold_sent(
                settings, user, report.group, _target(report), reason
            )
        else:
            await moderator_publish.restore_sent(
                settings, user, report.group, _target(report), report.ap_id, reason
            )
    await report.refresh_from_db()
    return report
