"""Across documents: one incident told otherwise by different reports (session resolve-dev10)."""

from __future__ import annotations

import pytest
from resolve_factory import date, mention, ref

from veeduria.resolve import resolve


@pytest.mark.parametrize("riot_first", [True, False])
def test_across_a_month_dated_death_joins_the_clash_told_with_its_riot(riot_first):
    # one report tells the stones thrown and the shooting of the 14th as one incident;
    # another recalls "two young men were killed in protests in Lima" that November
    day = [
        ref("one", mention("riot", at=0 if riot_first else 200, when="2020-11-14", where="Lima")),
        ref("one", mention("force", at=200 if riot_first else 0, when="2020-11-14", where="Lima")),
        ref("two", mention("force", when="2020-11-14", where="Lima", killed=2)),
    ]
    month = ref("three", mention("force", when=date("2020-11-01", "month"), where="Lima"))
    (event,) = resolve([*day, month])
    assert set(event.doc_ids) == {"one", "two", "three"}


def test_across_a_month_dated_riot_does_not_join_a_shooting_alone():
    # the month names a riot; the cluster of the day gives only the police shooting: the
    # riot of that month may be another (a type the cluster lacks is another kind of event)
    day = [
        ref("one", mention("force", when="2020-11-14", where="Lima")),
        ref("two", mention("force", when="2020-11-14", where="Lima", killed=2)),
    ]
    month = ref("three", mention("riot", when=date("2020-11-01", "month"), where="Lima"))
    assert len(resolve([*day, month])) == 2
