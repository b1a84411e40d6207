"""Across documents: a month-dated report of violence is read first as the deadly incident
of its month (session resolve-dev19).

"Police fired on protesters in Juliaca in January", "the Senkata killings that November":
a report or a recollection dated by a month that tells violence (no peaceful protest) and
no denial lies between the incidents of its month in its town. When one of them counts
dead it joins that one; between two deadly incidents, or when it is a denial or a peaceful
protest, it stays alone as before.
"""

from __future__ import annotations

import pytest
from resolve_factory import date, mention, ref

from veeduria.resolve import resolve

#: violent kinds a month-dated report may tell, and the factualities of a report or a
#: recollection (a denial is judged apart, below)
VIOLENT = ["force", "riot"]
TOLD = ["asserted", "reported", "historical"]
#: (town, deadly day, the day of another incident of that month without dead)
DAYS = [
    ("Juliaca", "2023-01-09", "2023-01-20"),
    ("Juliaca", "2023-01-20", "2023-01-09"),
    ("Cusco", "2023-01-11", "2023-01-04"),
]


def _month(value: str) -> str:
    return value[:8] + "01"


@pytest.mark.parametrize("kind", VIOLENT)
@pytest.mark.parametrize("factuality", TOLD)
@pytest.mark.parametrize(("where", "deadly_day", "other_day"), DAYS)
def test_across_a_month_dated_report_of_violence_joins_the_deadly_incident(
    kind, factuality, where, deadly_day, other_day
):
    month = mention(
        kind, factuality=factuality, when=date(_month(deadly_day), "month"), where=where
    )
    deadly = mention(kind, when=deadly_day, where=where, killed=3)
    other = mention(kind, when=other_day, where=where)
    events = resolve([ref("month", month), ref("deadly", deadly), ref("other", other, n=5)])
    joined = next(e for e in events if "month" in e.doc_ids)
    assert set(joined.doc_ids) == {"month", "deadly"}


@pytest.mark.parametrize("kind", VIOLENT)
@pytest.mark.parametrize(("where", "deadly_day", "other_day"), DAYS)
def test_across_a_month_dated_report_between_two_deadly_incidents_stays_alone(
    kind, where, deadly_day, other_day
):
    month = mention(kind, when=date(_month(deadly_day), "month"), where=where)
    one = mention(kind, when=deadly_day, where=where, killed=3)
    two = mention(kind, when=other_day, where=where, killed=1)
    events = resolve([ref("month", month), ref("one", one), ref("two", two, n=5)])
    alone = next(e for e in events if "month" in e.doc_ids)
    assert set(alone.doc_ids) == {"month"}


@pytest.mark.parametrize("kind", VIOLENT)
@pytest.mark.parametrize(("where", "deadly_day", "other_day"), DAYS)
def test_across_a_month_dated_denial_stays_between_the_incidents_of_its_month(
    kind, where, deadly_day, other_day
):
    # "no abuses were committed in January" answers an accusation of any day of it
    month = mention(kind, factuality="negated", when=date(_month(deadly_day), "month"), where=where)
    deadly = mention(kind, when=deadly_day, where=where, killed=3)
    other = mention(kind, when=other_day, where=where)
    events = resolve([ref("month", month), ref("deadly", deadly), ref("other", other, n=5)])
    alone = next(e for e in events if "month" in e.doc_ids)
    assert set(alone.doc_ids) == {"month"}


@pytest.mark.parametrize(("where", "deadly_day", "other_day"), DAYS)
def test_across_a_month_dated_march_stays_between_the_marches_of_its_month(
    where, deadly_day, other_day
):
    # a peaceful protest of the month is no report of its violence
    month = mention("march", when=date(_month(deadly_day), "month"), where=where)
    deadly = mention("march", when=deadly_day, where=where, killed=1)
    other = mention("march", when=other_day, where=where)
    events = resolve([ref("month", month), ref("deadly", deadly), ref("other", other, n=5)])
    alone = next(e for e in events if "month" in e.doc_ids)
    assert set(alone.doc_ids) == {"month"}
