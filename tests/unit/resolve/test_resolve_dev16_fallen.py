"""Who the dead are: the officers a crowd killed and the people the forces killed are two
incidents of one town and day (session resolve-dev16).

The sentences in the comments are invented; the mentions are built by hand as the
extractor codes such sentences (a riot or a mob with the forces as actor2 and the rule that
says the forces were the dead; the forces firing on a crowd).
"""

from __future__ import annotations

import pytest
from resolve_factory import mention, ref

from veeduria.resolve import compat, resolve
from veeduria.resolve.components import _summary_from, _summary_json

DAY = "2023-01-09"


def _officer_burned(at: int = 0, *, killed: int | None = 1, rule: str = "riot.forces_hurt"):
    # "un suboficial murió calcinado dentro de su patrullero, incendiado por una turba"
    kind = "mob" if rule == "riot.mob.forces_killed" else "riot"
    return mention(
        kind,
        at=at,
        when=DAY,
        where="Juliaca",
        actor2="police",
        killed=killed,
        rules=("es.ev.killing", rule),
    )


def _protesters_shot(at: int = 0, killed: int = 17, kind: str = "force"):
    # "the police shot seventeen protesters dead near the airport"
    return mention(
        kind, at=at, when=DAY, where="Juliaca", actor1="police", actor2="protesters", killed=killed
    )


def _clashes(at: int = 0):
    # "clashes went on all afternoon around the airport" (no dead counted)
    return mention("riot", at=at, when=DAY, where="Juliaca", actor2="police")


# --- who a mention counts among its dead ---------------------------------------------------


@pytest.mark.parametrize("rule", ["riot.forces_hurt", "riot.mob.forces_killed"])
def test_a_crowd_that_killed_an_officer_counts_the_forces(rule):
    assert compat.fallen_of(_officer_burned(rule=rule)) == {"forces"}


def test_a_mob_that_burned_an_officer_counts_the_forces_without_a_number():
    # "a mob set the patrol car on fire with an officer inside" (no count read)
    assert compat.fallen_of(_officer_burned(killed=None, rule="riot.mob.forces_killed")) == {
        "forces"
    }


@pytest.mark.parametrize("kind", ["force", "attack"])
def test_the_forces_firing_on_a_crowd_count_the_crowd(kind):
    assert compat.fallen_of(_protesters_shot(kind=kind)) == {"crowd"}


@pytest.mark.parametrize(
    "m",
    [
        # officers wounded, nobody killed: "84 policías heridos" (the count is of the wounded)
        _officer_burned(killed=None),
        # "three were killed in the clashes": a riot's dead, not named
        mention("riot", when=DAY, where="Juliaca", actor2="police", killed=3),
        # the shooting denied: no dead that happened
        mention(
            "force",
            factuality="negated",
            when=DAY,
            where="Juliaca",
            actor1="police",
            actor2="protesters",
            killed=17,
        ),
        # a shooting that wounded but killed no one
        mention("force", when=DAY, where="Juliaca", actor1="police", actor2="protesters"),
        # the forces among the actors of an excessive force with no dead
        _clashes(),
    ],
)
def test_near_misses_count_neither(m):
    assert compat.fallen_of(m) == frozenset()


def test_a_killing_of_the_forces_recalled_long_after_counts_nothing():
    m = mention(
        "riot",
        factuality="historical",
        when=DAY,
        where="Juliaca",
        actor2="police",
        killed=1,
        rules=("riot.forces_hurt",),
    )
    assert compat.fallen_of(m) == frozenset()


# --- across documents ----------------------------------------------------------------------


def test_across_the_officer_burned_is_not_the_shooting_of_protesters():
    events = resolve([ref("wire", _protesters_shot()), ref("daily", _officer_burned())])
    assert len(events) == 2


def test_across_the_officer_burned_joins_another_report_of_it():
    # "Police say one of their officers was burned to death in his car" and "protesters
    # killed a police officer in Juliaca on Monday night"
    one = _officer_burned()
    two = _officer_burned(at=120)
    (event,) = resolve([ref("wire", one), ref("daily", two)])
    assert set(event.doc_ids) == {"wire", "daily"}


def test_across_the_protesters_shot_join_each_other_whatever_the_figure():
    (event,) = resolve(
        [ref("wire", _protesters_shot(killed=17)), ref("daily", _protesters_shot(killed=18))]
    )
    assert set(event.doc_ids) == {"wire", "daily"}


def test_across_the_clashes_join_the_shooting_not_the_officer():
    # the radio tells only the clashes of the day; the wire the protesters shot; the daily
    # the officer burned: the clashes are the shooting's, and the officer stays alone
    refs = [
        ref("radio", _clashes()),
        ref("wire", _protesters_shot()),
        ref("daily", _officer_burned()),
    ]
    events = resolve(refs)
    by_doc = {d: e.id for e in events for d in e.doc_ids}
    assert by_doc["radio"] == by_doc["wire"]
    assert by_doc["daily"] != by_doc["wire"]


def test_across_clashes_with_no_shooting_reported_join_the_officer():
    # near miss: without a report of people killed by the forces that day, the clashes and
    # the officer's death are one riot
    events = resolve([ref("radio", _clashes()), ref("daily", _officer_burned())])
    assert len(events) == 1


def test_a_report_that_counts_both_dead_joins_either():
    # "murieron 17 manifestantes y un policía" told as one incident in one report
    both = compat.merge(
        compat.summarize(ref("daily", _protesters_shot())),
        compat.summarize(ref("daily", _officer_burned(at=200))),
    )
    assert both.fallen == {"forces", "crowd"}
    shot = compat.summarize(ref("wire", _protesters_shot()))
    burned = compat.summarize(ref("radio", _officer_burned()))
    assert not compat._fallen_apart(both, shot)
    assert not compat._fallen_apart(both, burned)
    assert compat._fallen_apart(shot, burned)


# --- within a document -----------------------------------------------------------------------


def test_within_a_report_the_shooting_and_the_officer_are_two_events():
    # "Police fired on the crowd at the airport, killing 17. ... That night a mob burned an
    # officer inside his patrol car."
    events = resolve([ref("daily", _protesters_shot(at=0)), ref("daily", _officer_burned(at=300))])
    assert len(events) == 2


# --- the stored summary keeps who the dead are ----------------------------------------------


def test_the_stored_summary_keeps_the_dead():
    s = compat.summarize(ref("daily", _officer_burned()))
    back = _summary_from(_summary_json(s))
    assert back is not None and back.fallen == {"forces"}


def test_a_summary_stored_before_reads_back_with_no_dead_named():
    data = _summary_json(compat.summarize(ref("daily", _protesters_shot())))
    assert data is not None
    back = _summary_from(data[:18])
    assert back is not None and back.fallen == frozenset()
