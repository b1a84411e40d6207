"""Across documents: one incident told at two levels of place (session resolve-dev17).

Two rules, each with the near misses that must still keep two events apart: a report placed
at a department's namesake ("Cusco") is the town's incident when other reports place one in
its own province, and a report placed less finely (the country, the department) that tells
only types an incident's reports already hold joins them without naming the town.
"""

from __future__ import annotations

import dataclasses

import pytest
from resolve_factory import PLACES, mention, ref

from veeduria.models import Location, Mention
from veeduria.resolve import compat, resolve
from veeduria.resolve.records import ResolvedEvent

WANCHAQ = Location("Wánchaq", (0, 7), "Wánchaq", "Cusco", "Cusco", "Wanchaq", "Peru", "PE")
ANTA = Location("Anta", (0, 4), "Anta", "Cusco", "Anta", "Anta", "Peru", "PE")
URUBAMBA = Location("Urubamba", (0, 8), "Urubamba", "Cusco", "Urubamba", "Urubamba", "Peru", "PE")


def _at(m: Mention, where: Location) -> Mention:
    return dataclasses.replace(m, location=where)


def _event_of(events: list[ResolvedEvent], doc: str) -> ResolvedEvent:
    return next(e for e in events if doc in e.doc_ids)


# --- the namesake read first as the town ----------------------------------------------------


def test_across_the_namesake_joins_the_dead_of_its_own_province():
    # "the clashes in Cusco left two dead" (the gazetteer reads the city), "two killed near the
    # Wánchaq airport", and a report that places the day's deadly clash in Anta: the namesake
    # could stand for the region (Anta) or be the city (Wánchaq is in its province); the
    # city is what it says first, so it is not ambiguous between the two
    cusco = _at(mention("riot", when="2023-01-11", killed=2), PLACES["Cusco"])
    airport = _at(mention("riot", when="2023-01-11", killed=2), WANCHAQ)
    anta = _at(mention("riot", when="2023-01-11", killed=1), ANTA)
    events = resolve([ref("cusco", cusco), ref("airport", airport), ref("anta", anta)])
    assert {"cusco", "airport"} <= set(_event_of(events, "cusco").doc_ids)


def test_across_the_namesake_between_two_other_provinces_stays_alone():
    # no report of the city itself: "Cusco" stands for the region, and two of its
    # provinces count dead that day, so it could be either
    cusco = _at(mention("riot", when="2023-01-11", killed=2), PLACES["Cusco"])
    anta = _at(mention("riot", when="2023-01-11", killed=1), ANTA)
    urubamba = _at(mention("riot", when="2023-01-11", killed=3), URUBAMBA)
    events = resolve([ref("cusco", cusco), ref("anta", anta), ref("urubamba", urubamba)])
    assert set(_event_of(events, "cusco").doc_ids) == {"cusco"}


def test_across_the_namesake_between_two_incidents_of_its_own_province_stays_alone():
    # two deadly incidents in the city's province on one day (the looting of the market and
    # a clash at the airport, modes that name two events): the namesake, which gives no
    # mode, could be either, and stays alone
    cusco = _at(mention("riot", when="2023-01-11", killed=2), PLACES["Cusco"])
    looting = _at(mention("riot", when="2023-01-11", killed=2, mode="looting"), WANCHAQ)
    clash = _at(mention("riot", when="2023-01-11", killed=1, mode="clash"), WANCHAQ)
    anta = _at(mention("riot", when="2023-01-11", killed=1), ANTA)
    refs = [ref("cusco", cusco), ref("looting", looting), ref("clash", clash), ref("anta", anta)]
    assert set(_event_of(resolve(refs), "cusco").doc_ids) == {"cusco"}


# --- a side placed less finely that tells only what the incident holds -----------------------


def _daily() -> list:
    # a local daily tells the attack on the Juliaca airport and the shooting as one incident
    return [
        ref("daily", mention("riot", at=0, when="2023-01-09", where="Juliaca")),
        ref("daily", mention("force", at=200, when="2023-01-09", where="Juliaca", killed=17)),
    ]


def test_across_a_shooting_told_from_the_country_joins_the_incident_that_holds_it():
    # a wire: "police shot protesters on 9 January", told from Peru alone
    wire = mention("force", when="2023-01-09", where="Peru", actor1="police", killed=17)
    events = resolve([*_daily(), ref("wire", wire)])
    assert len(events) == 1


def test_across_a_shooting_told_from_the_department_joins_the_incident_that_holds_it():
    region = mention("force", when="2023-01-09", where="Puno", killed=18)
    events = resolve([*_daily(), ref("region", region)])
    assert len(events) == 1


@pytest.mark.parametrize(
    "wire",
    [
        # another day
        {"kind": "force", "when": "2023-01-10", "where": "Peru", "killed": 1},
        # a type the incident does not hold: a mob's killing told from the country
        {"kind": "mob", "when": "2023-01-09", "where": "Peru", "killed": 1},
        # a mode of its own: a strike is not the shooting's march
        {"kind": "march", "when": "2023-01-09", "where": "Puno", "mode": "strike"},
    ],
)
def test_across_a_side_told_less_finely_stays_apart_otherwise(wire):
    kind = wire.pop("kind")
    events = resolve([*_daily(), ref("wire", mention(kind, **wire))])
    assert set(_event_of(events, "wire").doc_ids) == {"wire"}


def test_across_a_side_told_less_finely_that_brings_a_type_of_its_own_stays_apart():
    # the country-level report tells the riot and the shooting; the town's report only the
    # shooting: the coarse side would bring the riot without agreeing below the department
    wire = [
        ref("wire", mention("riot", at=0, when="2023-01-09", where="Peru")),
        ref("wire", mention("force", at=200, when="2023-01-09", where="Peru", killed=17)),
    ]
    town = ref("town", mention("force", when="2023-01-09", where="Juliaca", killed=17))
    assert len(resolve([*wire, town])) == 2


def test_across_a_side_told_less_finely_between_two_incidents_stays_alone():
    # the shooting of 9 January told from Peru, and two incidents that day, each telling a
    # riot and a shooting: Juliaca and Ilave
    ilave = [
        ref("ilave", mention("riot", at=0, when="2023-01-09", where="Ilave")),
        ref("ilave", mention("force", at=200, when="2023-01-09", where="Ilave", killed=2)),
    ]
    wire = ref("wire", mention("force", when="2023-01-09", where="Peru", killed=2))
    events = resolve([*_daily(), *ilave, wire])
    assert set(_event_of(events, "wire").doc_ids) == {"wire"}


def test_the_coarser_side_must_be_the_one_whose_types_are_held():
    town = compat.summarize(ref("t", mention("force", when="2023-01-09", where="Juliaca")))
    riot = compat.summarize(ref("r", mention("riot", when="2023-01-09", where="Juliaca")))
    incident = compat.merge(town, riot)
    country = compat.summarize(ref("c", mention("force", when="2023-01-09", where="Peru")))
    assert compat._told_coarser(country, incident)
    assert compat._told_coarser(incident, country)  # symmetric
    told_both = compat.merge(
        country, compat.summarize(ref("c2", mention("riot", when="2023-01-09", where="Peru")))
    )
    assert not compat._told_coarser(told_both, town)
