"""Properties of the threshold policy, over many generated cases (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.policy import Decision, FlagFacts, Thresholds, decide

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
POSTED = NOW - timedelta(hours=1)

thresholds_st = st.builds(
    Thresholds,
    min_flags=st.integers(1, 10),
    share=st.sampled_from([0.0, 0.01, 0.05, 0.07, 0.1, 0.25, 0.5]),
    min_account_age=st.sampled_from([timedelta(0), timedelta(days=7), timedelta(days=30)]),
    min_organisations=st.integers(1, 4),
)
flag_st = st.builds(
    FlagFacts,
    flagger=st.sampled_from([f"p{i}" for i in range(15)]),
    organisation=st.sampled_from(["", "LTO", "lto ", "NM", "Waterschap", "WUR"]),
    is_member=st.booleans(),
    account_created_at=st.sampled_from([NOW - timedelta(days=d) for d in (0, 3, 8, 100)]),
    joined_at=st.sampled_from([None, POSTED - timedelta(days=1), POSTED, NOW]),
    dismissed=st.booleans(),
)
members_st = st.integers(0, 400)


def _decide(flags: list[FlagFacts], members: int, thresholds: Thresholds) -> Decision:
    return decide(flags, posted_at=POSTED, active_members=members, thresholds=thresholds, now=NOW)


@settings(max_examples=300)
@given(st.lists(flag_st, max_size=25), members_st, thresholds_st)
def test_never_hides_below_min_flags(flags: list[FlagFacts], members: int, t: Thresholds) -> None:
    decision = _decide(flags, members, t)
    if decision.hide:
        assert decision.counted >= t.min_flags
        assert decision.counted >= decision.needed
        assert decision.organisations >= t.min_organisations
    assert decision.counted <= len({f.flagger for f in flags})


@settings(max_examples=300)
@given(st.lists(flag_st, max_size=20), st.lists(flag_st, max_size=10), members_st, thresholds_st)
def test_more_flags_never_unhide(
    flags: list[FlagFacts], more: list[FlagFacts], members: int, t: Thresholds
) -> None:
    before = _decide(flags, members, t)
    after = _decide(flags + more, members, t)
    assert after.counted >= before.counted
    if before.hide:
        assert after.hide


@settings(max_examples=300)
@given(st.lists(flag_st, min_size=1, max_size=20), members_st, thresholds_st, st.data())
def test_duplicates_and_non_counting_flags_change_nothing(
    flags: list[FlagFacts], members: int, t: Thresholds, data: st.DataObject
) -> None:
    before = _decide(flags, members, t)
    duplicate = data.draw(st.sampled_from(flags))
    silent = FlagFacts(
        flagger="newcomer",
        organisation="Elders",
        is_member=data.draw(st.booleans()),
        account_created_at=NOW,
        joined_at=NOW,  # joined after the post: never counts
        dismissed=data.draw(st.booleans()),
    )
    after = _decide([*flags, duplicate, silent], members, t)
    assert after == before
