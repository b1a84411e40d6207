"""Across documents: compatible type, overlapping dates, nested places, no contradiction."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from resolve_factory import PLACES, date, mention, ref

from veeduria.models import ONGOING_RULE, DateValue, Location, Mention
from veeduria.resolve import resolve
from veeduria.resolve.across import attach_ongoing, choose_strikes
from veeduria.resolve.compat import Summary, place_of, summarize, type_link
from veeduria.resolve.components import document_plan, node_groups, plans_from_json, plans_to_json


def test_across_conflicting_killed_keeps_every_figure():
    refs = [
        ref(
            "surandino",
            mention("force", when="2023-01-09", where="Juliaca", killed=17, said_by="Diresa Puno"),
            source="Sur Andino",
        ),
        ref(
            "radio",
            mention("force", when="2023-01-09", where="Juliaca", killed=17),
            source="Radio Altiplano Sur",
        ),
        ref(
            "dispatch",
            mention("force", when="2023-01-09", where="Puno", killed=18),
            source="The Pacific Dispatch",
        ),
    ]
    (event,) = resolve(refs)
    assert event.killed is not None
    assert (event.killed.value, event.killed.low, event.killed.high) == (17, 17, 18)
    assert [(f.value, f.source) for f in event.alternatives["killed"]] == [
        (17, "Radio Altiplano Sur"),
        (17, "Sur Andino"),
        (18, "The Pacific Dispatch"),
    ]
    assert event.notes == (
        "killed: 17 per Diresa Puno (Sur Andino), Radio Altiplano Sur; 18 per The Pacific "
        "Dispatch (canonical 17, lowest credible figure)",
    )
    assert event.sources == 3
    assert event.location is not None and event.location.admin3 == "Juliaca"


def test_across_a_source_figure_is_its_highest_and_canonical_is_the_lowest_source():
    # "Diez personas murieron..." / "uno de ellos era menor de edad" in one report; another
    # outlet says eight
    refs = [
        ref("hoy", mention("force", when="2022-12-15", where="Juliaca", killed=10), source="Hoy"),
        ref("hoy", mention("force", at=300, killed=1), source="Hoy"),
        ref(
            "ledger",
            mention("force", when="2022-12-15", where="Juliaca", killed=8),
            source="Ledger",
        ),
    ]
    (event,) = resolve(refs)
    assert event.killed is not None
    assert (event.killed.value, event.killed.low, event.killed.high) == (8, 8, 10)
    assert event.killed.source == "Ledger"
    assert len(event.alternatives["killed"]) == 3
    assert (
        event.notes[-1] == "killed: 8 per Ledger; 10 per Hoy (canonical 8, lowest credible figure)"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"when": "2023-01-09", "where": "Juliaca"}, {"when": "2023-01-10", "where": "Juliaca"}),
        ({"when": "2023-01-09", "where": "Juliaca"}, {"when": "2023-01-09", "where": "Cusco"}),
        ({"when": "2023-01-09", "where": "Puno"}, {"when": "2023-01-09", "where": "Cusco"}),
    ],
)
def test_across_different_day_or_department_never_merge(a, b):
    refs = [ref("one", mention("force", **a)), ref("two", mention("force", **b))]
    assert len(resolve(refs)) == 2


@pytest.mark.parametrize(
    "factuality", ["planned", "called_for", "possible", "negated", "historical"]
)
def test_across_dated_plan_denial_or_recollection_joins_the_incident(factuality):
    refs = [
        ref("one", mention("march", when="2023-01-19", where="Lima", killed=2)),
        ref(
            "two",
            mention("march", when="2023-01-19", where="Lima", factuality=factuality, killed=9),
            # a recollection is told long after
            published="2023-07-19" if factuality == "historical" else "2023-01-10",
        ),
    ]
    (event,) = resolve(refs)
    assert (event.family, event.factuality) == ("occurred", "asserted")
    # the incident's own reports give the canonical values; the other stays an alternative
    assert (event.killed.value, event.killed.high) == (2, 2)
    assert sorted(f.value for f in event.alternatives["killed"]) == [2, 9]
    assert f"factuality: asserted (1), {factuality} (1)" in event.notes


@pytest.mark.parametrize("factuality", ["planned", "negated", "historical"])
def test_across_undated_plan_or_denial_stays_apart(factuality):
    refs = [
        ref("one", mention("march", when="2023-01-19", where="Lima")),
        ref("one", mention("march", at=300, where="Lima", factuality=factuality)),
        ref("two", mention("march", where="Lima", factuality=factuality)),
    ]
    events = resolve(refs)
    occurred = next(e for e in events if e.occurred)
    # an undated denial joins the incident of its own report ("the police denied firing
    # on the marchers"); an undated plan ("they vowed to march again") or recollection
    # does not; across documents none does
    own = ("one#0000", "one#0300") if factuality == "negated" else ("one#0000",)
    assert occurred.mention_ids == own
    assert all(e.family != "occurred" for e in events if e is not occurred)


def test_across_planned_mentions_of_one_march_merge():
    refs = [
        ref("one", mention("march", when="2023-01-19", where="Lima", factuality="planned")),
        ref("two", mention("march", when="2023-01-19", where="Lima", factuality="called_for")),
    ]
    (event,) = resolve(refs)
    assert (event.family, event.factuality) == ("prospective", "planned")


def test_across_undated_mentions_do_not_merge():
    refs = [ref("one", mention("march", where="Lima")), ref("two", mention("march", where="Lima"))]
    assert len(resolve(refs)) == 2


def test_across_week_precision_overlaps_a_day_in_it():
    refs = [
        ref("one", mention("march", when="2023-01-19", where="Lima")),
        ref("two", mention("march", when=date("2023-01-16", "week"), where="Lima")),
    ]
    (event,) = resolve(refs)
    assert event.date is not None
    assert (event.date.value.isoformat(), event.date.precision) == ("2023-01-19", "day")


def test_across_month_precision_needs_the_same_kind():
    # "la huelga de diciembre en Puno" is not "la toma del aeropuerto de Juliaca el 12"
    refs = [
        ref("one", mention("march", when="2022-12-12", where="Juliaca", mode="occupation")),
        ref("two", mention("march", when=date("2022-12-01", "month"), where="Puno", mode="strike")),
    ]
    assert len(resolve(refs)) == 2


def test_across_month_precision_joins_an_incident_told_in_stages():
    # one report tells the tear gas and the shooting of the 14th as one incident; another
    # says "two young men were killed in protests in Lima" that month: the same shooting
    day = [
        ref("one", mention("dispersal", when="2020-11-14", where="Lima", mode="tear_gas")),
        ref("one", mention("force", at=200, when="2020-11-14", where="Lima", killed=2)),
    ]
    month = ref("two", mention("force", when=date("2020-11-01", "month"), where="Lima"))
    (event,) = resolve([*day, month])
    assert set(event.doc_ids) == {"one", "two"}
    # the month names a different kind of event (a march): it stays apart
    march = ref("three", mention("march", when=date("2020-11-01", "month"), where="Lima"))
    assert len(resolve([*day, march])) == 2
    # and a month between two such incidents of that month stays on its own
    other = [
        ref("four", mention("dispersal", when="2020-11-20", where="Lima", mode="tear_gas")),
        ref("four", mention("force", at=200, when="2020-11-20", where="Lima", killed=1)),
    ]
    assert len(resolve([*day, *other, month])) == 3


def test_across_month_precision_force_modes_do_not_split_one_repression():
    # "la represión de noviembre de 2020" / "the pellets fired that November": the means of
    # force are aspects of one intervention; a strike and a march of one month are not one
    refs = [
        ref(
            "one", mention("force", when=date("2020-11-01", "month"), where="Lima", mode="firearms")
        ),
        ref(
            "two", mention("force", when=date("2020-11-01", "month"), where="Lima", mode="tear_gas")
        ),
        ref(
            "three",
            mention("force", when=date("2020-11-01", "month"), where="Lima", mode="dispersal"),
        ),
    ]
    assert len(resolve(refs)) == 1
    protests = [
        ref("one", mention("march", when=date("2020-11-01", "month"), where="Lima", mode="march")),
        ref("two", mention("march", when=date("2020-11-01", "month"), where="Lima", mode="strike")),
    ]
    assert len(resolve(protests)) == 2


def _going_on(day: str, where: str = "Puno") -> Mention:
    """ "The regional strike entered its second month": a window ending on its day."""
    end = dt.date.fromisoformat(day)
    window = DateValue(end, "month", "on Thursday", (0, 0), end - dt.timedelta(days=60), end)
    return mention("march", when=window, where=where, mode="strike", rules=(ONGOING_RULE,))


def test_across_a_strike_told_as_going_on_joins_the_strike_that_began_last():
    refs = [
        # December's strike in Puno, over by January
        ref("dec", mention("march", when=date("2022-12-01", "month"), where="Puno", mode="strike")),
        # the indefinite strike from 4 January, told by two outlets
        ref("jan-a", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("jan-b", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        # a province's own strike: another territory
        ref("carabaya", mention("march", when="2023-01-23", where="Carabaya", mode="strike")),
        # "the regional strike entered its second month"
        ref("feb", _going_on("2023-02-02")),
    ]
    events = resolve(refs)
    assert len(events) == 3
    (jan,) = [e for e in events if "feb" in {r.doc_id for r in e.members}]
    assert {r.doc_id for r in jan.members} == {"jan-a", "jan-b", "feb"}
    assert jan.date is not None and jan.date.value == dt.date(2023, 1, 4)
    assert jan.date.precision == "day"


def _strike_on(doc: str, day: str, where: str = "Puno") -> Summary:
    return summarize(ref(doc, mention("march", when=day, where=where, mode="strike")))


def test_across_a_strike_going_on_chooses_the_strike_its_territory_began_last():
    node = summarize(ref("feb", _going_on("2023-02-02")))
    a, b = _strike_on("a", "2023-01-04"), _strike_on("b", "2023-01-04")
    dec = _strike_on("dec", "2022-12-20")
    carabaya = _strike_on("carabaya", "2023-01-20", where="Carabaya")
    mar = _strike_on("mar", "2023-03-01")
    assert choose_strikes(node, [dec, a]) == [a]
    # two of that day: both, in key order, whatever the order given
    assert choose_strikes(node, [b, dec, a]) == [a, b]
    # a province's strike does not hold the region's report; a later one is not its strike
    assert choose_strikes(node, [carabaya, mar]) == []
    # the best of any candidates that include the best is the best (incremental runs)
    assert choose_strikes(node, [a, mar]) == choose_strikes(node, [dec, a, carabaya, mar])
    # a strike the report disagrees with is no candidate: a national strike
    national = _strike_on("national", "2023-01-20", where="Peru")
    assert choose_strikes(node, [a, national]) == [a]


def test_components_a_report_told_going_on_is_grouped_with_the_strike_it_chooses():
    """ "The strike entered its second month" is a candidate of December's strike and of
    January's: grouped with every candidate, it would chain them (and December's other
    events); it is grouped with the strike it chooses, the one that began last."""
    refs = [
        ref("dec", mention("march", when="2022-12-20", where="Puno", mode="strike")),
        ref("other", mention("riot", when="2022-12-20", where="Puno")),
        ref("jan", mention("march", when="2023-01-09", where="Puno", mode="strike")),
        ref("report", _going_on("2023-01-10")),
    ]
    plans = [p for r in refs for p in document_plan([r])]
    assert node_groups(plans) == [[0, 1], [2, 3]]
    assert plans_from_json(plans_to_json(plans)) == plans
    # without January's strike, December's is the one
    assert node_groups([plans[0], plans[1], plans[3]]) == [[0, 1, 2]]


def test_components_plans_of_documents_share_their_equal_values():
    """A run keeps the plan of every document it extracts: the sets and dates that recur
    from document to document are one object, in plans made here and plans read back."""
    refs = [ref(d, mention("march", when="2023-01-09", where="Puno", mode="strike")) for d in "ab"]
    a, b = (document_plan([r])[0] for r in refs)
    assert a.strike is not None and b.strike is not None
    assert a.strike == dataclasses.replace(summarize(refs[0]), dups=frozenset())
    assert a.strike.types is b.strike.types and a.strike.territories is b.strike.territories
    assert a.window is not None and b.window is not None
    assert a.window is b.window  # equal windows (``components.window``)
    back = plans_from_json(plans_to_json([a, b]))
    assert back == [a, b]
    assert back[0].strike is not None and back[0].strike.types is a.strike.types
    assert back[0].window is not None and back[0].window[0] is a.window[0]


def test_across_a_strike_going_on_stays_alone_when_two_began_that_day_or_none_before():
    node = summarize(ref("feb", _going_on("2023-02-02")))
    a = summarize(ref("a", mention("march", when="2023-01-04", where="Puno", mode="strike")))
    assert attach_ongoing(node, a)
    two = [
        ref(
            "a",
            mention("march", when="2023-01-04", where="Puno", mode="strike", actor1="shining path"),
        ),
        # another strike of that day, called by another armed group: the report could be
        # either's
        ref(
            "b",
            mention("march", when="2023-01-04", where="Puno", mode="strike", actor1="militia"),
        ),
        ref("feb", _going_on("2023-02-02")),
    ]
    assert len(resolve(two)) == 3
    later = [
        ref("mar", mention("march", when="2023-03-01", where="Puno", mode="strike")),
        ref("feb", _going_on("2023-02-02")),
    ]
    assert len(resolve(later)) == 2


def test_across_a_town_told_going_on_with_the_regions_strike_joins_it():
    # "community leaders met in Juliaca and agreed to continue the strike": the region's
    # strike, though another report of it names a town of another province
    refs = [
        ref("dec", mention("march", when=date("2022-12-01", "month"), where="Puno", mode="strike")),
        ref("jan-a", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("jan-b", mention("march", when="2023-01-04", where="Carabaya", mode="strike")),
        ref("feb", _going_on("2023-02-02", where="Juliaca")),
    ]
    (jan,) = [e for e in resolve(refs) if "feb" in {r.doc_id for r in e.members}]
    assert {r.doc_id for r in jan.members} == {"jan-a", "jan-b", "feb"}
    # a province's strike does not hold the whole region's report
    alone = [
        ref("carabaya", mention("march", when="2023-01-23", where="Carabaya", mode="strike")),
        ref("feb", _going_on("2023-02-02")),
    ]
    assert len(resolve(alone)) == 2


def test_across_a_strike_going_on_does_not_make_the_strikes_ambiguous():
    # its window spans both strikes; the two reports of 4 January still merge
    refs = [
        ref("dec", mention("march", when="2022-12-20", where="Puno", mode="strike")),
        ref("jan-a", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("jan-b", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("feb", _going_on("2023-01-20")),
    ]
    sizes = sorted(len(e.members) for e in resolve(refs))
    assert sizes == [1, 3]


def test_across_a_named_event_picks_its_day_among_the_weeks_events():
    # "expected to converge on the capital this week for what organisers call the taking
    # of Lima": of the week's marches in Lima, the one other reports name so
    toma = ("name:toma_de_lima",)
    week = date("2023-01-16", "week")
    refs = [
        ref("plan", mention("march", when=week, where="Lima", factuality="planned", rules=toma)),
        ref("jan19", mention("march", when="2023-01-19", where="Lima", mode="march", rules=toma)),
        ref("jan18", mention("march", when="2023-01-18", where="Lima", mode="occupation")),
        ref("jan21", mention("march", when="2023-01-21", where="Lima", mode="rally")),
    ]
    (named,) = [e for e in resolve(refs) if "plan" in {r.doc_id for r in e.members}]
    assert {r.doc_id for r in named.members} == {"plan", "jan19"}
    # without the name the plan could be any of them: it stays alone
    unnamed = [ref(r.doc_id, dataclasses.replace(r.mention, rules=()), n=0) for r in refs]
    (alone,) = [e for e in resolve(unnamed) if "plan" in {r.doc_id for r in e.members}]
    assert len(alone.members) == 1


def test_across_ambiguous_mention_stays_alone():
    # "protests in Puno on Monday" fits both the Juliaca and the Puno-city incidents
    refs = [
        ref("one", mention("march", when="2023-01-09", where="Juliaca")),
        ref("two", mention("march", when="2023-01-09", where="Puno city")),
        ref("three", mention("march", when="2023-01-09", where="Puno")),
    ]
    assert len(resolve(refs)) == 3


def test_across_placeless_mention_needs_strong_agreement():
    # a nationwide state of emergency with no department, reported by two outlets
    strong = [
        ref(
            "one",
            mention("emergency", when="2022-12-14", mode="state_of_emergency", actor1="police"),
        ),
        ref(
            "two", mention("emergency", when="2022-12-14", mode="state_of_emergency", where="Lima")
        ),
    ]
    assert len(resolve(strong)) == 1
    other_mode = [
        ref("one", mention("emergency", when="2023-01-14", mode="curfew")),
        ref(
            "two", mention("emergency", when="2023-01-14", mode="state_of_emergency", where="Lima")
        ),
    ]
    assert len(resolve(other_mode)) == 2
    other_stage = [
        ref("one", mention("march", when="2023-01-19")),
        ref("two", mention("dispersal", when="2023-01-19", where="Lima")),
    ]
    assert len(resolve(other_stage)) == 2


def test_across_protest_and_riot_merge_on_same_day_and_district():
    refs = [
        ref("one", mention("force", when="2022-12-15", where="Juliaca", killed=10)),
        ref("two", mention("riot", when="2022-12-15", where="Juliaca", injured=52)),
    ]
    (event,) = resolve(refs)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.notes[0].startswith("sub_event_type: ")


def test_across_different_sub_types_need_more_than_the_department():
    # "roadblocks across Apurímac" is not "a teenager shot in Huaccana"
    refs = [
        ref("one", mention("march", when="2022-12-12", where="Puno")),
        ref("two", mention("force", when="2022-12-12", where="Puno", killed=1)),
    ]
    assert len(resolve(refs)) == 2


def test_across_town_outside_peru_is_a_place_below_its_department():
    # Sacaba comes with its department only: its name stands for the district, so the
    # shooting and the clash in Sacaba on one day meet below the department ...
    refs = [
        ref("one", mention("force", when="2019-11-15", where="Sacaba", killed=9)),
        ref("two", mention("riot", when="2019-11-15", where="Sacaba", injured=20)),
    ]
    assert len(resolve(refs)) == 1
    # ... two towns of one department are two places, the department alone nests both
    refs = [
        ref("one", mention("force", when="2019-11-15", where="Sacaba", killed=9)),
        ref("two", mention("force", when="2019-11-15", where="Quillacollo", killed=1)),
    ]
    assert len(resolve(refs)) == 2
    assert place_of(PLACES["Cochabamba"]) == ("BO", "cochabamba", None, None)
    assert place_of(PLACES["Sacaba"]) == ("BO", "cochabamba", None, "sacaba")
    assert place_of(PLACES["Juliaca"]) == ("PE", "puno", "san roman", "juliaca")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("police", "bolivian police"),  # same kind of actor, different countries
        ("shining path", "militia"),  # two different armed groups
    ],
)
def test_across_contradicting_actors_stay_apart(a, b):
    refs = [
        ref("one", mention("clash", when="2023-02-18", where="Cusco", actor1=a)),
        ref("two", mention("clash", when="2023-02-18", where="Cusco", actor1=b)),
    ]
    assert len(resolve(refs)) == 2


def test_across_two_events_of_one_document_never_join_one_event():
    # each of the two nodes fits the third document's mention; it is ambiguous
    refs = [
        ref("one", mention("march", when="2023-01-09", where="Puno")),
        ref("one", mention("arrest", at=100, when="2023-01-09", where="Puno")),
        ref("two", mention("march", when="2023-01-09", where="Puno")),
    ]
    events = resolve(refs)
    assert sorted(len(e.mention_ids) for e in events) == [1, 2]


@pytest.mark.parametrize(
    ("a", "b", "link"),
    [
        (("Protests", "Peaceful protest", None), ("Protests", "Peaceful protest", None), "same"),
        (
            ("Protests", "Peaceful protest", None),
            ("Protests", "Protest with intervention", None),
            "stage",
        ),
        (
            ("Battles", "Armed clash", None),
            ("Battles", "Government regains territory", None),
            "stage",
        ),
        (
            ("Protests", "Excessive force against protesters", None),
            ("Riots", "Violent demonstration", None),
            "related",
        ),
        (
            ("Protests", "Excessive force against protesters", None),
            ("Violence against civilians", "Attack", None),
            "related",
        ),
        (("Riots", "Mob violence", None), ("Riots", "Violent demonstration", None), None),
        (
            ("Strategic developments", "Other", "curfew"),
            ("Strategic developments", "Other", "state_of_emergency"),
            None,
        ),
        (
            ("Strategic developments", "Other", "curfew"),
            ("Strategic developments", "Other", None),
            "same",
        ),
        (
            ("Strategic developments", "Arrests", None),
            ("Protests", "Protest with intervention", None),
            None,
        ),
        (
            ("Explosions/Remote violence", "Grenade", None),
            ("Explosions/Remote violence", "Suicide bomb", None),
            None,
        ),
    ],
)
def test_compat_type_link_table(a, b, link):
    assert type_link(a, b) == link
    assert type_link(b, a) == link


def test_a_national_strike_and_a_regions_strike_of_one_day_are_two_events():
    refs = [
        ref("a", mention("march", when="2023-01-04", where="Peru", mode="strike")),
        ref("b", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("c", mention("march", when="2023-01-04", where="Puno", mode="strike")),
        ref("d", mention("march", when="2023-01-04", where="Peru", mode="strike")),
    ]
    events = resolve(refs)
    assert sorted(sorted(r.doc_id for r in e.members) for e in events) == [["a", "d"], ["b", "c"]]


def test_across_two_districts_of_one_province_can_be_one_event():
    # the town and the airport in the next district; another province stays apart (not
    # the department's namesake, which may stand for the region: test_resolve_dev14_namesake)
    refs = [
        ref("a", mention("force", when="2023-01-09", where="Juliaca", killed=17)),
        ref("b", mention("force", when="2023-01-09", where="Caracoto", killed=18)),
        ref("c", mention("force", when="2023-01-09", where="Ilave", killed=1)),
    ]
    events = resolve(refs)
    assert sorted(sorted(r.doc_id for r in e.members) for e in events) == [["a", "b"], ["c"]]


def test_a_town_abroad_near_a_known_point_still_names_its_place():
    # El Alto is resolved to La Paz's point (geo_precision 2): its name is still its town
    el_alto = Location("El Alto", (0, 7), "El Alto", "La Paz", None, None, "Bolivia", "BO")
    near = dataclasses.replace(el_alto, geo_precision=2)
    assert place_of(near) == ("BO", "la paz", None, "el alto")
    region = dataclasses.replace(el_alto, name="La Paz", geo_precision=3)
    assert place_of(region) == ("BO", "la paz", None, None)


def test_a_strike_going_on_is_filed_only_for_the_strikes_of_its_department():
    # its 60-day window, filed with every node, would join months of events into one group
    from veeduria.resolve.across import block_keys

    going = summarize(ref("feb", _going_on("2023-02-02")))
    files, looks = block_keys(going)
    assert {k[0] for k in files} == {"going"} and {k[0] for k in looks} == {"strike"}
    assert {k[1] for k in files + looks} == {"puno"}
    strike = summarize(ref("jan", mention("march", when="2023-01-04", where="Puno", mode="strike")))
    s_files, s_looks = block_keys(strike)
    assert ("strike", "puno", dt.date(2023, 1, 4)) in s_files
    assert ("going", "puno", dt.date(2023, 1, 4)) in s_looks
    assert set(looks) & set(s_files) and set(files) & set(s_looks)


def test_across_a_week_dated_report_joins_the_day_of_a_shared_type():
    # "the soldiers who fired on the crowd near the airport of Juliaca last week" and "the
    # airport was stormed by violent groups" (one report, dated by a week) are the shooting
    # another report dates on the Thursday of that week
    week = date("2022-12-12", "week")
    refs = [
        ref("one", mention("force", at=0, when=week, where="Juliaca", actor1="army")),
        ref("one", mention("riot", at=200, when=week, where="Juliaca")),
        ref("two", mention("force", when="2022-12-15", where="Juliaca", killed=10)),
    ]
    (event,) = resolve(refs)
    assert event.date is not None
    assert (event.date.value.isoformat(), event.date.precision) == ("2022-12-15", "day")


@pytest.mark.parametrize(
    ("week_kind", "when", "where", "events"),
    [
        # a march last week is not the shooting of one day of it: no type in common, and a
        # peaceful protest is an event of its own
        ("march", date("2022-12-12", "week"), "Juliaca", 2),
        # the clashes near the airport last week (a riot) and the shooting another report
        # dates on the Thursday: two sides of one violent day
        ("riot", date("2022-12-12", "week"), "Juliaca", 1),
        ("dispersal", date("2022-12-12", "week"), "Juliaca", 1),
        # the week must hold the day, the province must agree, a month is too loose
        ("riot", date("2022-12-05", "week"), "Juliaca", 2),
        ("riot", date("2022-12-12", "week"), "Puno city", 2),
        ("riot", date("2022-12-12", "month"), "Juliaca", 2),
    ],
)
def test_across_a_week_dated_violent_report_joins_a_day_of_another_violent_type(
    week_kind, when, where, events
):
    refs = [
        ref("one", mention(week_kind, when=when, where=where)),
        ref("two", mention("force", when="2022-12-15", where="Juliaca", killed=10)),
    ]
    assert len(resolve(refs)) == events


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # "bloquearon la vía Juliaca–Puno" and "convocaron a un velorio en la plaza de Armas"
        (("march", "blockade"), ("march", "vigil"), False),
        # "would resume their march toward Cochabamba" and "convocaron a un bloqueo"
        (("march", "march"), ("march", "blockade"), False),
        # "a candlelit vigil filled the square" and "se concentraron en la plaza"
        (("march", "vigil"), ("march", "rally"), False),
        # a blockade's clearing told with its means is not the blockade (as within a report)
        (("dispersal", "tear_gas"), ("march", "blockade"), False),
        # one outlet's march is another's rally
        (("march", "march"), ("march", "rally"), True),
        # two reports of one blockade, one vigil
        (("march", "blockade"), ("march", "blockade"), True),
        (("march", "vigil"), ("march", "vigil"), True),
        # a side that names no form may be either
        (("march", None), ("march", "blockade"), True),
        (("march", "vigil"), ("force", None), True),
    ],
)
def test_across_a_blockade_or_a_vigil_is_an_event_of_its_own(a, b, one):
    refs = [
        ref("one", mention(a[0], when="2023-01-10", where="Juliaca", mode=a[1])),
        ref("two", mention(b[0], when="2023-01-10", where="Juliaca", mode=b[1])),
    ]
    assert (len(resolve(refs)) == 1) is one


_LA_PAZ_CITY = Location(
    "La Paz", (0, 6), "La Paz", "La Paz", None, None, "Bolivia", "BO", geo_precision=1
)
_LA_PAZ_REGION = dataclasses.replace(_LA_PAZ_CITY, geo_precision=3)
_EL_ALTO = Location(
    "El Alto", (0, 7), "El Alto", "La Paz", None, None, "Bolivia", "BO", geo_precision=2
)


@pytest.mark.parametrize(
    ("loc", "place"),
    [
        (_LA_PAZ_CITY, ("BO", "la paz", "la paz", None)),  # the city named as its department
        (dataclasses.replace(_LA_PAZ_CITY, geo_precision=2), ("BO", "la paz", "la paz", None)),
        (_LA_PAZ_REGION, ("BO", "la paz", None, None)),  # the department itself
        (_EL_ALTO, ("BO", "la paz", None, "el alto")),
        (PLACES["Puno city"], ("PE", "puno", "puno", "puno")),  # the gazetteer knows it
    ],
)
def test_place_of_a_city_named_as_its_department_stands_for_its_province(loc, place):
    assert place_of(loc) == place


def _at(kind: str, loc: Location) -> Mention:
    return dataclasses.replace(mention(kind, when="2019-11-21"), location=loc)


@pytest.mark.parametrize(
    ("a", "b", "events"),
    [
        # the march into La Paz and its dispersal in La Paz, told by two outlets: the city
        # is agreement below the department, as a cross-type link needs
        (("march", _LA_PAZ_CITY), ("force", _LA_PAZ_CITY), 1),
        # the region alone gives no such agreement
        (("march", _LA_PAZ_REGION), ("force", _LA_PAZ_CITY), 2),
        # a town of the department and the city do not agree below it either
        (("march", _EL_ALTO), ("force", _LA_PAZ_CITY), 2),
        # one type: the city and a town of its department remain nested, as before
        (("force", _EL_ALTO), ("force", _LA_PAZ_CITY), 1),
        (("force", _LA_PAZ_REGION), ("force", _LA_PAZ_CITY), 1),
    ],
)
def test_across_a_city_named_as_its_department_agrees_below_it(a, b, events):
    refs = [ref("one", _at(*a)), ref("two", _at(*b))]
    assert len(resolve(refs)) == events


@pytest.mark.parametrize(
    ("national", "local", "events"),
    [
        # "the army will be deployed" (the country alone) and the police of that country in
        # Lima on the same day: the same kind of actor of the same country is in common
        ("army", "police", 1),
        ("police", "police", 1),
        # the country alone with no actor in common of any kind stays apart
        ("army", "protesters", 2),
        ("army", "gunmen", 2),
        ("army", "bolivian police", 2),  # actors of one kind from two countries contradict
    ],
)
def test_across_a_side_without_department_needs_an_actor_of_one_kind_in_common(
    national, local, events
):
    refs = [
        ref("one", mention("emergency", when="2022-12-14", where="Peru", actor1=national)),
        ref("two", mention("emergency", when="2022-12-14", where="Lima", actor1=local)),
    ]
    assert len(resolve(refs)) == events
