"""Across documents: what kept reports of one incident apart (session resolve-dev13).

Three relaxations, each with the near misses that must still keep two events apart: the
dead of one day told from two landmarks, the looting told as a development or as the riot,
and an undated report that tells a denial beside what happened.
"""

from __future__ import annotations

import dataclasses

import pytest
from resolve_factory import PLACES, date, mention, ref

from veeduria.models import Mention
from veeduria.resolve import compat, resolve
from veeduria.resolve.components import document_plan, plans_from_json, plans_to_json


def _at(m: Mention, text: str, where: str = "Juliaca") -> Mention:
    """The mention placed at a named site of its town."""
    return dataclasses.replace(m, location=dataclasses.replace(PLACES[where], text=text))


# --- the dead of one day, told from two landmarks -----------------------------------------


def test_across_two_reports_of_the_dead_of_one_day_join_whatever_site_they_name():
    # "nine people died in the clashes by the Collasuyo bridge" and "police shot at the
    # crowd gathered on Circunvalación Avenue; eight were killed": where each outlet's
    # source stood, not two killings
    one = _at(mention("force", when="2023-02-03", killed=9), "el puente Collasuyo")
    two = _at(mention("force", when="2023-02-03", killed=8), "Circunvalación Avenue")
    (event,) = resolve([ref("one", one), ref("two", two)])
    assert set(event.doc_ids) == {"one", "two"}


def test_across_three_deadly_reports_at_three_sites_are_one_event():
    sites = ["el puente Collasuyo", "Circunvalación Avenue", "la plaza Bolognesi"]
    refs = [
        ref(f"doc{i}", _at(mention("force", when="2023-02-03", killed=2 + i), site))
        for i, site in enumerate(sites)
    ]
    assert len(resolve(refs)) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # only one report counts dead: the march on the avenue is not the shooting
        (
            {"kind": "force", "when": "2023-02-03", "killed": 3},
            {"kind": "force", "when": "2023-02-03"},
        ),
        # two days: the dead of Friday are not those of Saturday
        (
            {"kind": "force", "when": "2023-02-03", "killed": 3},
            {"kind": "force", "when": "2023-02-04", "killed": 2},
        ),
        # a week is not a day: "last week two people died" at another site
        (
            {"kind": "force", "when": "2023-02-03", "killed": 3},
            {"kind": "force", "when": date("2023-01-30", "week"), "killed": 2},
        ),
        # a denial that anyone died counts no dead of its own
        (
            {"kind": "force", "when": "2023-02-03", "killed": 3},
            {"kind": "force", "when": "2023-02-03", "killed": 1, "factuality": "negated"},
        ),
    ],
)
def test_across_sites_still_tell_apart_what_is_not_deadly_on_both_sides(first, second):
    one = _at(mention(first.pop("kind"), **first), "el puente Collasuyo")
    two = _at(mention(second.pop("kind"), **second), "Circunvalación Avenue")
    assert len(resolve([ref("one", one), ref("two", two)])) == 2


def test_across_deadly_reports_of_two_types_at_two_sites_stay_apart():
    # a riot in which a man died on one avenue and a shooting at the bridge: no type in
    # common, so the sites still tell them apart
    riot = _at(mention("riot", when="2023-02-03", killed=1), "la avenida Huancané")
    force = _at(mention("force", when="2023-02-03", killed=3), "el puente Collasuyo")
    assert len(resolve([ref("one", riot), ref("two", force)])) == 2


def test_within_one_report_the_dead_at_two_sites_stay_two_incidents():
    # one report telling a death at the bridge and another on the avenue: within a
    # document the sites still count
    refs = [
        ref("one", _at(mention("force", at=0, when="2023-02-03", killed=1), "el puente Collasuyo")),
        ref(
            "one",
            _at(mention("force", at=200, when="2023-02-03", killed=1), "Circunvalación Avenue"),
        ),
    ]
    assert len(resolve(refs)) == 2


def test_a_deadly_summary_is_judged_apart_from_one_that_is_not():
    # the candidates of a busy day are judged once per key: dead or not must be part of it
    from veeduria.resolve.across import compatibility_key

    one = compat.summarize(ref("one", mention("force", when="2023-02-03", killed=2)))
    two = compat.summarize(ref("two", mention("force", when="2023-02-03")))
    assert one.deadly and not two.deadly
    assert compatibility_key(one) != compatibility_key(dataclasses.replace(one, deadly=False))
    assert compat.merge(one, two).deadly


def test_plans_carry_whether_a_strike_counts_dead():
    strike = ref("one", mention("march", when="2023-01-10", where="Puno", mode="strike", killed=1))
    plans = document_plan([strike])
    (plan,) = plans
    assert plan.strike is not None and plan.strike.deadly
    assert plans_from_json(plans_to_json(plans)) == plans


# --- the looting and the riot that looted ---------------------------------------------------


def test_across_the_looting_joins_the_riot_that_looted():
    # "shops on the market street were looted" (a development) and "rioters ransacked the
    # shops of Juliaca" (a riot that looted), one day, one town
    loot = mention("looting", when="2023-01-09", where="Juliaca", mode="looting")
    riot = mention("riot", when="2023-01-09", where="Juliaca", mode="looting")
    (event,) = resolve([ref("one", loot), ref("two", riot)])
    assert set(event.doc_ids) == {"one", "two"}


@pytest.mark.parametrize(
    ("kind", "mode", "where", "when"),
    [
        ("riot", "clash", "Juliaca", "2023-01-09"),  # the clash is not the looting
        ("march", None, "Juliaca", "2023-01-09"),  # nor the march
        ("riot", "looting", "Juliaca", "2023-01-10"),  # nor the next day's riot
        ("riot", "looting", "Puno", "2023-01-09"),  # the region alone names no town
        ("riot", "looting", "Puno city", "2023-01-09"),  # another province
    ],
)
def test_across_the_looting_stays_apart_from_other_riots(kind, mode, where, when):
    loot = mention("looting", when="2023-01-09", where="Juliaca", mode="looting")
    other = mention(kind, when=when, where=where, mode=mode)
    assert len(resolve([ref("one", loot), ref("two", other)])) == 2


def test_the_looting_and_the_riot_are_filed_together():
    loot = ("Strategic developments", "Looting/property destruction", "looting")
    riot = ("Riots", "Violent demonstration", None)
    assert compat.type_class(loot) == compat.type_class(riot)
    assert compat.type_link(loot, riot) == "related"
    # other developments still link with nothing but themselves
    arrests = ("Strategic developments", "Arrests", "arrest")
    assert compat.type_link(arrests, riot) is None
    assert compat.type_link(loot, ("Protests", "Peaceful protest", None)) is None


# --- an undated report that tells a denial beside what happened ------------------------------


def test_across_an_undated_report_with_a_denial_keeps_its_publication_window():
    # "police fired on the marchers in Juliaca ... the police denied using live rounds",
    # published on the 10th with no date, and another report's shooting of the 8th
    dated = ref("one", mention("force", when="2023-01-08", where="Juliaca", killed=2))
    told = ref("two", mention("force", at=0, where="Juliaca"), published="2023-01-10")
    denied = ref(
        "two",
        mention("force", at=200, where="Juliaca", factuality="negated"),
        published="2023-01-10",
    )
    (event,) = resolve([dated, told, denied])
    assert set(event.doc_ids) == {"one", "two"}


@pytest.mark.parametrize("published", ["2023-01-20", "2023-01-06"])
def test_across_an_undated_report_with_a_denial_of_another_week_stays_apart(published):
    dated = ref("one", mention("force", when="2023-01-08", where="Juliaca"))
    told = ref("two", mention("force", at=0, where="Juliaca"), published=published)
    denied = ref(
        "two",
        mention("force", at=200, where="Juliaca", factuality="negated"),
        published=published,
    )
    assert len(resolve([dated, told, denied])) == 2
