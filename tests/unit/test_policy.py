from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderation.policy import Decision, FlagFacts, Thresholds, decide, needed_flags

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
POSTED = NOW - timedelta(hours=1)
OLD = NOW - timedelta(days=100)


def flag(name: str, org: str = "", **changes: object) -> FlagFacts:
    values: dict[str, object] = {
        "flagger": name,
        "organisation": org or f"org-{name}",
        "is_member": True,
        "account_created_at": OLD,
        "joined_at": OLD,
    }
    values.update(changes)
    return FlagFacts(**values)  # type: ignore[arg-type]


def run(flags: list[FlagFacts], members: int = 10, **thresholds: object) -> Decision:
    return decide(
        flags,
        posted_at=POSTED,
        active_members=members,
        thresholds=Thresholds(**thresholds),  # type: ignore[arg-type]
        now=NOW,
    )


def test_needed_is_min_flags_for_small_groups_and_share_for_large() -> None:
    assert needed_flags(Thresholds(), 10) == 3
    assert needed_flags(Thresholds(), 100) == 5
    assert needed_flags(Thresholds(), 101) == 6


def test_hides_exactly_at_threshold() -> None:
    assert not run([flag("a"), flag("b")]).hide
    decision = run([flag("a"), flag("b"), flag("c")])
    assert decision.hide
    assert decision.explain() == "3 of 3 needed, from 3 organisations (1 needed)"


def test_same_person_counts_once() -> None:
    assert run([flag("a"), flag("a"), flag("a")]).counted == 1


def test_non_members_young_accounts_late_joiners_and_dismissed_do_not_count() -> None:
    flags = [
        flag("a", is_member=False),
        flag("b", account_created_at=NOW - timedelta(days=1)),
        flag("c", joined_at=POSTED + timedelta(minutes=1)),
        flag("d", dismissed=True),
        flag("e", joined_at=None),
    ]
    assert run(flags).counted == 0


def test_organisation_diversity() -> None:
    flags = [flag("a", "LTO"), flag("b", "lto "), flag("c", "LTO")]
    decision = run(flags, min_organisations=2)
    assert decision.counted == 3
    assert decision.organisations == 1
    assert not decision.hide
    assert run([*flags, flag("d", "Natuurmonumenten")], min_organisations=2).hide


def test_share_is_exact_not_float() -> None:
    # 0.07 × 100 is 7.000000000000001 in floats; rounding that up asked for 8 flags.
    assert needed_flags(Thresholds(share=0.07), 100) == 7
    assert needed_flags(Thresholds(share=0.07), 101) == 8
    assert needed_flags(Thresholds(share=0.1, min_flags=1), 30) == 3
    assert needed_flags(Thresholds(share=0.29, min_flags=1), 100) == 29


def test_decision_carries_the_numbers_behind_explain() -> None:
    flags = [flag(name) for name in "abcdefg"]
    decision = run(flags, members=100, share=0.07)
    assert decision.hide
    assert (decision.counted, decision.needed, decision.organisations) == (7, 7, 7)
    assert decision.organisations_needed == 1
