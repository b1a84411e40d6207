"""Lasting actions told as going on: "the blockade persists", "for a sixth day", "sigue
vigente el toque de queda" join the blockade or curfew they speak of, as a strike told
going on joins its strike (``across.choose_strikes``); two blockades of two places stay
two."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from resolve_factory import PLACES, mention, ref

from veeduria.models import ONGOING_RULE, DateValue, Mention
from veeduria.resolve import resolve
from veeduria.resolve.across import block_keys, choose_strikes
from veeduria.resolve.compat import summarize
from veeduria.resolve.components import document_plan, node_groups, plans_from_json, plans_to_json


def _going_on(day: str, mode: str, where: str, kind: str = "march") -> Mention:
    """ "The blockade persists", "sigue vigente el toque de queda": the extractor dates a
    lasting action told going on by a window ending on the day told (``extract.dates.ongoing``)."""
    end = dt.date.fromisoformat(day)
    window = DateValue(end, "month", "este jueves", (0, 0), end - dt.timedelta(days=60), end)
    return mention(kind, when=window, where=where, mode=mode, rules=(ONGOING_RULE,))


def _docs_of(events, doc):  # type: ignore[no-untyped-def]
    (event,) = [e for e in events if doc in {r.doc_id for r in e.members}]
    return {r.doc_id for r in event.members}


@pytest.mark.parametrize(
    ("mode", "kind", "where", "later_at"),
    [
        # "los transportistas mantienen bloqueado el puente" on the 8th and the 10th
        ("blockade", "march", "Desaguadero", "Desaguadero"),
        # "students still occupy the campus"
        ("occupation", "march", "Juliaca", "Juliaca"),
        # "sigue vigente el toque de queda en Juliaca": the region's curfew holds its towns
        ("curfew", "emergency", "Puno", "Juliaca"),
        # "the state of emergency remains in force in Puno"
        ("state_of_emergency", "emergency", "Puno", "Puno city"),
    ],
)
def test_lasting_reports_of_later_days_join_the_action_that_began(mode, kind, where, later_at):
    refs = [
        ref("first-a", mention(kind, when="2023-01-04", where=where, mode=mode)),
        ref("first-b", mention(kind, when="2023-01-04", where=where, mode=mode)),
        ref("day-6", _going_on("2023-01-09", mode, later_at, kind)),
        ref("day-8", _going_on("2023-01-11", mode, later_at, kind)),
    ]
    events = resolve(refs)
    assert len(events) == 1
    (event,) = events
    assert event.date is not None and event.date.value == dt.date(2023, 1, 4)
    assert event.date.precision == "day"


def test_lasting_two_blockades_in_two_places_stay_apart():
    refs = [
        ref("bridge", mention("march", when="2023-01-04", where="Desaguadero", mode="blockade")),
        ref("road", mention("march", when="2023-01-06", where="Ilave", mode="blockade")),
        ref("bridge-on", _going_on("2023-01-10", "blockade", "Desaguadero")),
        ref("road-on", _going_on("2023-01-10", "blockade", "Ilave")),
    ]
    events = resolve(refs)
    assert len(events) == 2
    assert _docs_of(events, "bridge") == {"bridge", "bridge-on"}
    assert _docs_of(events, "road") == {"road", "road-on"}


@pytest.mark.parametrize(
    "other",
    [
        # the region's "30 roads are blocked in Puno" is not the blockade of the bridge
        mention("march", when="2023-01-04", where="Puno", mode="blockade"),
        # a strike, a march, an occupation of that place are not its blockade
        mention("march", when="2023-01-04", where="Desaguadero", mode="strike"),
        mention("march", when="2023-01-04", where="Desaguadero", mode="march"),
        mention("march", when="2023-01-04", where="Desaguadero", mode="occupation"),
        # a blockade of another province of the department
        mention("march", when="2023-01-04", where="Juliaca", mode="blockade"),
        # one that began after the day told
        mention("march", when="2023-01-12", where="Desaguadero", mode="blockade"),
    ],
)
def test_lasting_a_blockade_going_on_joins_no_other_action(other):
    refs = [ref("other", other), ref("going", _going_on("2023-01-10", "blockade", "Desaguadero"))]
    assert len(resolve(refs)) == 2


def test_lasting_a_curfew_going_on_is_not_a_state_of_emergency_nor_a_blockade():
    for mode in ("state_of_emergency", "blockade"):
        kind = "emergency" if mode == "state_of_emergency" else "march"
        refs = [
            ref("other", mention(kind, when="2023-01-04", where="Puno", mode=mode)),
            ref("going", _going_on("2023-01-10", "curfew", "Juliaca", "emergency")),
        ]
        assert len(resolve(refs)) == 2


def test_lasting_a_report_chooses_the_blockade_at_the_site_it_names():
    at_bridge = dataclasses.replace(PLACES["Juliaca"], text="el puente Maravillas")
    bridge = summarize(
        ref("bridge", mention("march", when="2023-01-04", where="Juliaca", mode="blockade"))
    )
    bridge = dataclasses.replace(bridge, sites=frozenset({frozenset({"maravillas"})}))
    later = summarize(
        ref("later", mention("march", when="2023-01-08", where="Juliaca", mode="blockade"))
    )
    going = _going_on("2023-01-10", "blockade", "Juliaca")
    named = summarize(ref("going", dataclasses.replace(going, location=at_bridge)))
    assert named.sites == frozenset({frozenset({"maravillas"})})
    # the blockade at the bridge it names, though another began later in the town
    assert choose_strikes(named, [later, bridge]) == [bridge]
    # without a site, the one that began last
    bare = summarize(ref("going", going))
    assert choose_strikes(bare, [bridge, later]) == [later]


def test_lasting_blockades_are_filed_for_the_reports_told_going_on():
    going = summarize(ref("going", _going_on("2023-01-10", "blockade", "Desaguadero")))
    files, looks = block_keys(going)
    assert {k[0] for k in files} == {"going"} and {k[0] for k in looks} == {"strike"}
    blockade = summarize(
        ref("b", mention("march", when="2023-01-04", where="Desaguadero", mode="blockade"))
    )
    assert blockade.territories == {("blockade", ("PE", "puno", "chucuito", "desaguadero"))}
    b_files, b_looks = block_keys(blockade)
    assert set(looks) & set(b_files) and set(files) & set(b_looks)
    # a march is no lasting action: it is not filed for them
    march = summarize(ref("m", mention("march", when="2023-01-04", where="Desaguadero")))
    assert march.territories == frozenset()
    assert not {k[0] for k in block_keys(march)[0]} & {"strike", "going"}


def test_lasting_components_group_a_blockade_report_with_the_blockade_it_chooses():
    refs = [
        ref("dec", mention("march", when="2022-12-20", where="Desaguadero", mode="blockade")),
        ref("other", mention("riot", when="2022-12-20", where="Desaguadero")),
        ref("jan", mention("march", when="2023-01-04", where="Desaguadero", mode="blockade")),
        ref("going", _going_on("2023-01-10", "blockade", "Desaguadero")),
    ]
    plans = [p for r in refs for p in document_plan([r])]
    assert node_groups(plans) == [[0, 1], [2, 3]]
    assert plans_from_json(plans_to_json(plans)) == plans
