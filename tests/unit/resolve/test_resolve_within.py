"""Within one document: the headline, the lead and a later paragraph are one event."""

from __future__ import annotations

import pytest
from resolve_factory import mention, ref

from veeduria.resolve import resolve


def _groups(events):
    return sorted(sorted(e.mention_ids) for e in events)


def test_within_headline_lead_and_paragraph_merge():
    # "Juliaca: 17 muertos" / "Al menos 17 personas murieron el lunes en Juliaca..." /
    # "La Defensoría confirmó las 17 muertes"
    refs = [
        ref("doc", mention("force", at=0, where="Juliaca", killed=17)),
        ref("doc", mention("force", at=40, when="2023-01-09", where="Juliaca", killed=17)),
        ref("doc", mention("force", at=300, said_by="Defensoría del Pueblo", killed=17)),
    ]
    (event,) = resolve(refs)
    assert len(event.mention_ids) == 3
    assert event.date is not None and event.date.value.isoformat() == "2023-01-09"
    assert event.killed is not None and event.killed.value == 17
    assert event.sources == 1
    assert event.notes == ()


def test_within_two_incidents_stay_apart():
    # "En Juliaca el lunes murieron 17 personas. En Cusco, el martes, murió un dirigente."
    refs = [
        ref("doc", mention("force", at=0, when="2023-01-09", where="Juliaca", killed=17)),
        ref("doc", mention("force", at=100, when="2023-01-10", where="Cusco", killed=1)),
    ]
    events = resolve(refs)
    assert _groups(events) == [["doc#0000"], ["doc#0100"]]
    assert sorted(e.killed.value for e in events if e.killed) == [1, 17]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"when": "2023-01-09"}, {"when": "2023-01-10"}),  # different days
        ({"where": "Juliaca"}, {"where": "Cusco"}),  # different departments
        ({"where": "Juliaca"}, {"where": "Puno city"}),  # different provinces of one department
    ],
)
def test_within_contradicting_date_or_place_stay_apart(first, second):
    refs = [
        ref("doc", mention("march", at=0, **first)),
        ref("doc", mention("march", at=100, **second)),
    ]
    assert len(resolve(refs)) == 2


def test_within_undated_mention_joins_the_latest_compatible_event():
    # Juliaca (Monday), Cusco (Tuesday), then "Otras tres personas resultaron heridas en los
    # enfrentamientos": no date, no place; it belongs to the incident just reported.
    refs = [
        ref("doc", mention("force", at=0, when="2023-01-09", where="Juliaca")),
        ref("doc", mention("force", at=100, when="2023-01-10", where="Cusco")),
        ref("doc", mention("force", at=200, injured=3)),
    ]
    events = resolve(refs)
    assert _groups(events) == [["doc#0000"], ["doc#0100", "doc#0200"]]


def test_within_nested_place_merges():
    # "protestas en Puno" then "en Juliaca": Juliaca is in Puno
    refs = [
        ref("doc", mention("march", at=0, when="2023-01-07", where="Puno")),
        ref("doc", mention("march", at=100, when="2023-01-07", where="Juliaca")),
    ]
    (event,) = resolve(refs)
    assert event.location is not None and event.location.admin3 == "Juliaca"


def test_within_protest_and_riot_need_a_shared_date_or_place():
    # "La policía dispersó a los manifestantes en Lima el 19..." + "Los manifestantes
    # incendiaron una casona": the riot sentence gives nothing to anchor it to the dispersal
    bare = [
        ref("doc", mention("dispersal", at=0, when="2023-01-19", where="Lima")),
        ref("doc", mention("riot", at=100)),
    ]
    assert len(resolve(bare)) == 2
    anchored = [
        ref("doc", mention("dispersal", at=0, when="2023-01-19", where="Lima")),
        ref("doc", mention("riot", at=100, where="Lima")),
    ]
    (event,) = resolve(anchored)
    assert event.event_type == "Riots"  # a tie goes to the more severe stage


@pytest.mark.parametrize("other", ["dispersal", "force", "riot", "attack"])
def test_within_peaceful_protest_is_apart_from_other_sub_events(other):
    # "Miles marcharon por el centro de Lima" ... "la policía disparó contra los
    # manifestantes en la plaza": one report, two events (the march, the shooting)
    refs = [
        ref("doc", mention("march", at=0, when="2023-01-19", where="Lima")),
        ref("doc", mention(other, at=100, when="2023-01-19", where="Lima")),
        ref("doc", mention("march", at=200, when="2023-01-19", where="Lima")),
    ]
    events = resolve(refs)
    assert sorted(len(e.members) for e in events) == [1, 2]
    assert {e.sub_event_type for e in events if len(e.members) == 2} == {"Peaceful protest"}
    # across documents the two may still meet (one outlet's march is another's dispersal)
    across = [
        ref("one", mention("march", when="2023-01-19", where="Lima")),
        ref("two", mention("dispersal", when="2023-01-19", where="Lima")),
    ]
    assert len(resolve(across)) == 1


@pytest.mark.parametrize(
    ("kind_a", "kind_b"),
    [
        ("arrest", "emergency"),  # Castillo detained; Congress removes him
        ("march", "arrest"),  # a rally and an arrest elsewhere in Lima
        ("mob", "force"),  # a police officer lynched; protesters shot
    ],
)
def test_within_incompatible_types_stay_apart(kind_a, kind_b):
    refs = [
        ref("doc", mention(kind_a, at=0, when="2022-12-07", where="Lima")),
        ref("doc", mention(kind_b, at=100, when="2022-12-07", where="Lima")),
    ]
    assert len(resolve(refs)) == 2


def test_within_a_plan_and_what_happened_are_two_events():
    # "Miles marcharon el martes en Andahuaylas. Los dirigentes convocaron a una vigilia para
    # esa misma noche": in one report the plan is not the march, even on one day and place
    refs = [
        ref("doc", mention("march", at=0, when="2023-12-11", where="Andahuaylas")),
        ref(
            "doc",
            mention("march", at=100, when="2023-12-11", where="Andahuaylas", factuality="planned"),
        ),
    ]
    assert len(resolve(refs)) == 2
    # across reports the plan joins the march it announced
    across = [
        ref("one", mention("march", when="2023-12-11", where="Andahuaylas")),
        ref("two", mention("march", when="2023-12-11", where="Andahuaylas", factuality="planned")),
    ]
    assert len(resolve(across)) == 1


def test_within_two_forms_of_peaceful_protest_are_two_events():
    # "Miles marcharon por Ayaviri; otro grupo tomó la carretera a Juliaca": the march and the
    # blockade of one report, one day and one town, are two events
    refs = [
        ref("doc", mention("march", at=0, when="2023-01-12", where="Juliaca", mode="march")),
        ref("doc", mention("march", at=100, when="2023-01-12", where="Juliaca", mode="blockade")),
        # a protest that names no form may be either
        ref("doc", mention("march", at=200, when="2023-01-12", where="Juliaca")),
    ]
    assert len(resolve(refs)) == 2
    # across reports one outlet's march is another's rally
    across = [
        ref("one", mention("march", when="2023-01-12", where="Juliaca", mode="march")),
        ref("two", mention("march", when="2023-01-12", where="Juliaca", mode="rally")),
    ]
    assert len(resolve(across)) == 1


def test_an_armed_groups_attack_is_no_side_of_a_demonstration():
    # "la policía dispersó a los manifestantes" and, that night, "desconocidos dispararon
    # contra un bus": one report, one day, one town, two events; the police firing on
    # bystanders (an attack by the police) is still a side of the demonstration
    dispersal = mention(
        "dispersal", when="2023-01-19", where="Lima", actor1="police", actor2="protesters"
    )
    gunmen = mention("attack", at=200, when="2023-01-19", where="Lima", actor1="gunmen")
    assert len(resolve([ref("one", dispersal), ref("one", gunmen)])) == 2
    assert len(resolve([ref("one", dispersal), ref("two", gunmen)])) == 2
    police = mention("attack", at=200, when="2023-01-19", where="Lima", actor1="police")
    assert len(resolve([ref("one", dispersal), ref("one", police)])) == 1
    # two reports of the gunmen's attack are one event
    assert len(resolve([ref("one", gunmen), ref("two", gunmen)])) == 1
