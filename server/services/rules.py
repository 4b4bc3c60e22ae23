"""Numbered rules of conduct, for the instance (group None) and for each group.

A rule arrives as one text: its first line is the rule, further lines explain it.
"""

from __future__ import annotations

from moderation import log
from server.models import Group, LogAction, Rule, User
from server.services.errors import N_, FieldErrors

MAX_RULES = 20
MAX_TITLE = 200
MAX_RULE = 2000


def check(errors: FieldErrors, rules: tuple[str, ...]) -> list[str]:
    texts = [rule.strip() for rule in rules if rule.strip()]
    if len(texts) > MAX_RULES:
        errors.add("rules", N_("At most %(max)s rules."), max=MAX_RULES)
    for text in texts:
        title = text.partition("\n")[0].strip()
        if len(title) > MAX_TITLE:
            errors.add(
                "rules", N_("The first line of a rule can have at most %(max)s characters."),
                max=MAX_TITLE,
            )  # fmt: skip
        if len(text) > MAX_RULE:
            errors.add("rules", N_("Each rule can have at most %(max)s characters."), max=MAX_RULE)
    return texts


async def replace(group: Group | None, texts: list[str], *, actor: User | None = None) -> None:
    """Call inside the caller's transaction: the old rules go and the new ones come together.
    A change by a person is written to the public moderation log."""
    group_id = group.id if group is not None else None
    old = await Rule.filter(group_id=group_id).order_by("position")
    if actor is not None and [f"{r.title}\n{r.body}".strip() for r in old] != _normalised(texts):
        await log.append(LogAction.RULE_CHANGE, group=group, moderator=actor)
    await Rule.filter(group_id=group_id).delete()
    for position, text in enumerate(texts, start=1):
        title, _, body = text.partition("\n")
        await Rule.create(group=group, position=position, title=title.strip(), body=body.strip())


def _normalised(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        title, _, body = text.partition("\n")
        out.append(f"{title.strip()}\n{body.strip()}".strip())
    return out
