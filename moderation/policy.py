"""The threshold policy: when do flags hide an item? Pure: plain values in, a decision out.

An item is hidden when the distinct flaggers who count reach
`max(min_flags, ceil(share × active members))`, and, when the group asks for it, come from at
least `min_organisations` different organisations. A flagger counts only when they are a member,
their account is old enough, they joined before the item was posted, and their flag was not
dismissed by a moderator. This module imports nothing of the project and reads no clock.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction


@dataclass(frozen=True)
class Thresholds:
    min_flags: int = 3
    share: float = 0.05
    min_account_age: timedelta = timedelta(days=7)
    min_organisations: int = 1


@dataclass(frozen=True)
class FlagFacts:
    flagger: str
    organisation: str
    is_member: bool
    account_created_at: datetime
    joined_at: datetime | None
    dismissed: bool = False


@dataclass(frozen=True)
class Decision:
    hide: bool
    counted: int
    needed: int
    organisations: int
    organisations_needed: int

    def explain(self) -> str:
        """English, for logs and tests; pages show the numbers above in their own words."""
        return (
            f"{self.counted} of {self.needed} needed, from {self.organisations} "
            f"organisation{'s' if self.organisations != 1 else ''}"
            f" ({self.organisations_needed} needed)"
        )


def needed_flags(thresholds: Thresholds, active_members: int) -> int:
    # Exact: in floats 0.07 × 100 is 7.000000000000001, which would round up to 8 flags.
    share = Fraction(str(thresholds.share))
    return max(thresholds.min_flags, math.ceil(share * max(active_members, 0)))


def counts(flag: FlagFacts, posted_at: datetime, now: datetime, thresholds: Thresholds) -> bool:
    return (
        flag.is_member
        and not flag.dismissed
        and now - flag.account_created_at >= thresholds.min_account_age
        and flag.joined_at is not None
        and flag.joined_at <= posted_at
    )


def decide(
    flags: Iterable[FlagFacts],
    *,
    posted_at: datetime,
    active_members: int,
    thresholds: Thresholds,
    now: datetime,
) -> Decision:
    counting: dict[str, FlagFacts] = {}
    for flag in flags:
        if counts(flag, posted_at, now, thresholds):
            counting.setdefault(flag.flagger, flag)
    # A private person (no organisation) stands for themself.
    organisations = {
        f.organisation.strip().lower() or f"person:{f.flagger}" for f in counting.values()
    }
    needed = needed_flags(thresholds, active_members)
    hide = len(counting) >= needed and len(organisations) >= thresholds.min_organisations
    return Decision(
        hide=hide,
        counted=len(counting),
        needed=needed,
        organisations=len(organisations),
        organisations_needed=thresholds.min_organisations,
    )
