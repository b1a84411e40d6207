"""Across documents: a report of violence is read first as the day's violent incident
(session resolve-dev18).

A report that tells a clash, a shooting or the dead, and no peaceful protest, is linked to
the strike or the road blockade held that day too (stages of one protest, sides of one
demonstration), and those contradict the clash by their forms. It was ambiguous between
them and stayed alone; it now judges its ambiguity among the partners that tell no peaceful
protest either, when there are such. The near misses keep two violent incidents apart: two
towns on one day, two days in one town, and a peaceful report between the strike and the
clash.
"""

from __future__ import annotations

import dataclasses

from resolve_factory import mention, ref

from veeduria.models import Location, Mention
from veeduria.resolve import resolve
from veeduria.resolve.records import ResolvedEvent

CHINCHEROS = Location(
    "Chincheros", (0, 10), "Chincheros", "Apurímac", "Chincheros", "Chincheros", "Peru", "PE"
)
DAY = "2022-12-11"


def _event_of(events: list[ResolvedEvent], doc: str) -> ResolvedEvent:
    return next(e for e in events if doc in e.doc_ids)


def _at(m: Mention, where: Location) -> Mention:
    return dataclasses.replace(m, location=where)


def _day_in_andahuaylas(when: str = DAY) -> list:
    """Three outlets on one day in Andahuaylas: the regional strike, the road blockade and
    the clash at the airfield (riot with the police firing, told as one incident)."""
    return [
        ref("strike", mention("march", when=when, where="Andahuaylas", mode="strike")),
        ref("blockade", mention("march", when=when, where="Andahuaylas", mode="blockade")),
        ref("clash", mention("riot", at=0, when=when, where="Andahuaylas", mode="clash")),
        ref("clash", mention("force", at=200, when=when, where="Andahuaylas", killed=2)),
    ]


def test_across_the_dead_of_a_strike_day_join_the_clash_not_the_strike():
    # "dos adolescentes murieron el domingo en Andahuaylas": excessive force with no form,
    # linked to the strike (a stage of one protest) and to the clash (a side of it); the
    # strike and the clash contradict (a strike is an event of its own), so before this
    # rule the report stayed alone
    dead = ref("dead", mention("force", when=DAY, where="Andahuaylas", killed=2))
    events = resolve([*_day_in_andahuaylas(), dead])
    assert set(_event_of(events, "dead").doc_ids) == {"clash", "dead"}
    assert set(_event_of(events, "strike").doc_ids) == {"strike"}


def test_across_a_riot_report_of_a_strike_day_joins_the_clash():
    # "los manifestantes atacaron el aeródromo": a riot told without a form
    riot = ref("riot", mention("riot", when=DAY, where="Andahuaylas"))
    events = resolve([*_day_in_andahuaylas(), riot])
    assert set(_event_of(events, "riot").doc_ids) == {"clash", "riot"}


def test_across_a_peaceful_report_between_the_strike_and_the_clash_stays_alone():
    # "thousands took to the streets of Andahuaylas": a protest that gives no form could be
    # the strike's march or the crowd that turned on the airfield
    crowd = ref("crowd", mention("march", when=DAY, where="Andahuaylas"))
    events = resolve([*_day_in_andahuaylas(), crowd])
    assert set(_event_of(events, "crowd").doc_ids) == {"crowd"}


def test_across_the_dead_between_two_towns_of_the_region_stay_alone():
    # near miss: two deadly clashes on one day in two provinces of Apurímac, and a report
    # that places its dead at the department alone: it could be either
    clash_a = ref("a", mention("riot", when=DAY, where="Andahuaylas", mode="clash", killed=2))
    clash_b = ref("b", _at(mention("riot", when=DAY, mode="clash", killed=1), CHINCHEROS))
    region = Location("Apurímac", (0, 8), "Apurímac", "Apurímac", None, None, "Peru", "PE")
    dead = ref("dead", _at(mention("force", when=DAY, killed=2), region))
    strike = ref("strike", _at(mention("march", when=DAY, mode="strike"), region))
    events = resolve([clash_a, clash_b, dead, strike])
    assert set(_event_of(events, "dead").doc_ids) == {"dead"}
    assert _event_of(events, "a") is not _event_of(events, "b")


def test_across_the_dead_of_a_week_between_two_days_of_clashes_stay_alone():
    # near miss: clashes on two days in one town, and "police shot dead two protesters in
    # Juliaca last week": the week holds both days
    first = ref("first", mention("riot", when="2023-01-09", where="Juliaca", mode="clash"))
    second = ref("second", mention("riot", when="2023-01-11", where="Juliaca", mode="clash"))
    strike = ref("strike", mention("march", when="2023-01-09", where="Juliaca", mode="strike"))
    week = mention("force", when="2023-01-08", where="Juliaca", killed=2)
    week = dataclasses.replace(
        week,
        date=dataclasses.replace(
            week.date,  # type: ignore[arg-type]
            precision="week",
            start=week.date.value,  # type: ignore[union-attr]
            end=week.date.value.replace(day=14),  # type: ignore[union-attr]
        ),
    )
    events = resolve([first, second, strike, ref("week", week)])
    assert set(_event_of(events, "week").doc_ids) == {"week"}


def test_across_the_dead_of_a_strike_day_in_another_town_stay_apart():
    # near miss: the dead in Juliaca and the day's strike and clash in Puno city (two
    # provinces of one department): nothing of the rule makes the two towns one place
    juliaca = ref("juliaca", mention("force", when="2023-01-09", where="Juliaca", killed=17))
    strike = ref("strike", mention("march", when="2023-01-09", where="Puno city", mode="strike"))
    clash = ref("clash", mention("riot", when="2023-01-09", where="Puno city", mode="clash"))
    events = resolve([juliaca, strike, clash])
    assert set(_event_of(events, "juliaca").doc_ids) == {"juliaca"}
