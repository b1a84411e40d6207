"""Across documents: one incident told otherwise by different reports (session resolve-dev10)."""

from __future__ import annotations

import dataclasses

import pytest
from resolve_factory import PLACES, date, mention, ref

from veeduria.resolve import resolve
from veeduria.resolve.components import document_plan, plans_from_json, plans_to_json


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


def _at(where: str, text: str):
    return dataclasses.replace(PLACES[where], text=text)


@pytest.mark.parametrize("mode", ["strike", "curfew"])
def test_across_a_territory_wide_action_told_from_two_sites_is_one(mode):
    # "the general strike brought thousands to Plaza Italia" and "the general strike shut
    # the shops of avenida Abancay": where a report saw the strike, not two strikes
    kind = "march" if mode == "strike" else "emergency"
    one = mention(kind, when="2019-11-12", where="Lima", mode=mode)
    two = mention(kind, when="2019-11-12", where="Lima", mode=mode)
    refs = [
        ref("one", dataclasses.replace(one, location=_at("Lima", "plaza San Martín"))),
        ref("two", dataclasses.replace(two, location=_at("Lima", "avenida Abancay"))),
    ]
    assert len(resolve(refs)) == 1


@pytest.mark.parametrize("mode", ["blockade", "march"])
def test_across_an_action_held_at_one_place_told_at_two_sites_is_two(mode):
    # a blockade (or a march) on avenida Abancay and one in plaza San Martín are two
    one = mention("march", when="2019-11-12", where="Lima", mode=mode)
    refs = [
        ref("one", dataclasses.replace(one, location=_at("Lima", "plaza San Martín"))),
        ref("two", dataclasses.replace(one, location=_at("Lima", "avenida Abancay"))),
    ]
    assert len(resolve(refs)) == 2


def test_across_an_undated_report_joins_the_incident_of_its_last_days():
    # "police fired on protesters in Juliaca over the weekend" (no date the extractor can
    # read), published on the 10th, and another report's shooting of the 8th
    dated = ref("one", mention("force", when="2023-01-08", where="Juliaca", killed=2))
    undated = ref("two", mention("force", where="Juliaca", killed=2), published="2023-01-10")
    (event,) = resolve([dated, undated])
    assert set(event.doc_ids) == {"one", "two"}
    assert event.date is not None and event.date.value.isoformat() == "2023-01-08"


@pytest.mark.parametrize(
    ("published", "factuality"),
    [
        ("2023-01-20", "asserted"),  # twelve days later: not news of that day
        ("2023-01-10", "historical"),  # a recollection gives no such window
        ("2023-01-10", "planned"),
        ("2023-01-10", "negated"),
    ],
)
def test_across_an_undated_report_of_an_older_day_or_not_occurred_stays_apart(
    published, factuality
):
    dated = ref("one", mention("force", when="2023-01-08", where="Juliaca"))
    undated = ref(
        "two", mention("force", where="Juliaca", factuality=factuality), published=published
    )
    assert len(resolve([dated, undated])) == 2


def test_across_an_undated_report_between_two_incidents_of_its_week_stays_alone():
    first = ref("one", mention("force", when="2023-01-05", where="Juliaca"))
    second = ref("two", mention("force", when="2023-01-09", where="Juliaca"))
    undated = ref("three", mention("force", where="Juliaca"), published="2023-01-10")
    events = resolve([first, second, undated])
    assert len(events) == 3


def test_across_two_undated_reports_do_not_join_each_other():
    # nothing dates either: a window of publication joins only an incident a report dates
    refs = [
        ref("one", mention("force", where="Juliaca"), published="2023-01-10"),
        ref("two", mention("force", where="Juliaca"), published="2023-01-10"),
    ]
    assert len(resolve(refs)) == 2


def test_plans_carry_the_window_of_an_undated_strike():
    undated = ref("one", mention("march", where="Puno", mode="strike"), published="2023-01-10")
    plans = document_plan([undated])
    (plan,) = plans
    assert plan.strike is not None and plan.strike.recent
    assert plans_from_json(plans_to_json(plans)) == plans


def test_an_undated_report_alone_is_dated_by_the_week_before_its_publication():
    # a feed item or a headline alone ("Policía desbloquea puente Montalvo"): the event
    # happened in the days before the report; ACLED dates such news within a week
    undated = ref("one", mention("force", where="Juliaca"), published="2023-01-10")
    (event,) = resolve([undated])
    assert event.date is not None
    assert (event.date.value.isoformat(), event.date.precision) == ("2023-01-10", "week")
    assert (event.date.start.isoformat(), event.date.end.isoformat()) == (
        "2023-01-04",
        "2023-01-10",
    )
    assert any(n.startswith("date: not in the text") for n in event.notes)


@pytest.mark.parametrize("factuality", ["planned", "negated", "historical"])
def test_an_undated_plan_denial_or_recollection_stays_undated(factuality):
    undated = ref(
        "one", mention("force", where="Juliaca", factuality=factuality), published="2023-01-10"
    )
    (event,) = resolve([undated])
    assert event.date is None
    assert not any(n.startswith("date:") for n in event.notes)
