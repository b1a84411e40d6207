"""Determinism: any input order gives the same events and ids; incremental equals a full run."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from resolve_factory import date, mention, ref

from veeduria.models import ONGOING_RULE, DateValue
from veeduria.resolve import resolve
from veeduria.resolve.compat import family
from veeduria.resolve.resolver import lookup_keys, recluster, strike_lookup_keys

KINDS = ("march", "dispersal", "force", "riot", "mob", "emergency")
DAYS = (
    None,
    "2022-12-20",
    "2023-01-09",
    "2023-01-10",
    "2023-01-11",
    date("2023-01-09", "week"),
)
PLACES = (None, "Juliaca", "Puno", "Puno city", "Cusco", "Peru")
FACTS = ("asserted", "reported", "planned", "negated")
MODES = (None, None, "strike")


def _going_on(day: str) -> DateValue:
    """ "The strike entered its second month": a window of 60 days ending on its day."""
    end = dt.date.fromisoformat(day)
    return DateValue(end, "month", "this week", (0, 0), end - dt.timedelta(days=60), end)


@st.composite
def corpora(draw):
    """Up to 18 mentions in five documents; strikes among them, some told as going on."""
    n = draw(st.integers(min_value=1, max_value=18))
    refs = []
    for i in range(n):
        doc = draw(st.sampled_from(("d1", "d2", "d3", "d4", "d5")))
        mode = draw(st.sampled_from(MODES))
        when = draw(st.sampled_from(DAYS))
        rules: tuple[str, ...] = ()
        if mode == "strike" and isinstance(when, str) and draw(st.booleans()):
            when, rules = _going_on(when), (ONGOING_RULE,)
        m = mention(
            draw(st.sampled_from(KINDS)),
            at=i * 100,
            factuality=draw(st.sampled_from(FACTS)),
            when=when,
            where=draw(st.sampled_from(PLACES)),
            killed=draw(st.one_of(st.none(), st.integers(0, 20))),
            mode=mode,
            rules=rules,
        )
        dup = "g" if doc in ("d4", "d5") else None
        refs.append(ref(doc, m, published=f"2023-01-{10 + int(doc[1])}", dup=dup))
    return refs


@settings(max_examples=150, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_properties_any_order_gives_same_events_and_ids(refs, rnd):
    expected = resolve(refs)
    shuffled = list(refs)
    rnd.shuffle(shuffled)
    assert resolve(shuffled) == expected


@settings(max_examples=150, deadline=None)
@given(corpora(), st.integers(min_value=0, max_value=18), st.randoms(use_true_random=False))
def test_properties_incremental_equals_full_run(refs, cut, rnd):
    shuffled = list(refs)
    rnd.shuffle(shuffled)
    first, later = shuffled[:cut], shuffled[cut:]
    full = resolve(refs)
    assert resolve(later, previous=resolve(first)) == full


@settings(max_examples=60, deadline=None)
@given(corpora(), st.integers(min_value=0, max_value=18))
def test_properties_incremental_from_stored_events(refs, cut):
    # events read back from storage have no node cache: the result must not change
    stored = [dataclasses.replace(e, nodes=()) for e in resolve(refs[:cut])]
    assert resolve(refs[cut:], previous=stored) == resolve(refs)


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_properties_incremental_one_document_at_a_time(refs):
    by_doc: dict[str, list] = {}
    for r in refs:
        by_doc.setdefault(r.doc_id, []).append(r)
    events: list = []
    for doc in sorted(by_doc):
        events = resolve(by_doc[doc], previous=events)
    assert events == resolve(refs)


@settings(max_examples=100, deadline=None)
@given(corpora())
def test_properties_every_mention_lands_in_exactly_one_event(refs):
    events = resolve(refs)
    ids = [i for e in events for i in e.mention_ids]
    assert sorted(ids) == sorted(r.id for r in refs)
    for e in events:
        occurred = [r for r in e.members if r.mention.factuality in ("asserted", "reported")]
        assert e.occurred == bool(occurred)
        if len({r.mention.factuality in ("asserted", "reported") for r in e.members}) > 1:
            # a plan, a denial or a recollection joins an incident only when both are dated,
            # except an undated denial in the report of another member
            told = {r.doc_id for r in e.members if family(r.mention.factuality) != "negated"}
            rest = [
                r
                for r in e.members
                if not (
                    family(r.mention.factuality) == "negated"
                    and r.mention.date is None
                    and r.doc_id in told
                )
            ]
            fams = {family(r.mention.factuality) for r in rest}
            for fam in fams if len(fams) > 1 else ():
                # a report of what happened that gives no date is dated by its publication
                # (``compat.recent_window``)
                assert any(
                    r.mention.date is not None or (fam == "occurred" and r.published is not None)
                    for r in rest
                    if family(r.mention.factuality) == fam
                )
        m = [r.mention for r in e.members]
        days = {x.date.value for x in m if x.date and x.date.precision == "day"}
        assert len(days) <= 1
        depts = {x.location.admin1 for x in m if x.location and x.location.admin1}
        assert len(depts) <= 1


def test_properties_event_id_is_stable_when_later_reporting_joins():
    early = ref("a", mention("force", when="2023-01-09", where="Juliaca"), published="2023-01-09")
    (first,) = resolve([early])
    late = [
        ref(f"z{i}", mention("force", when="2023-01-09", where="Juliaca"), published="2023-01-12")
        for i in range(3)
    ]
    (grown,) = resolve(late, previous=[first])
    assert grown.id == first.id and len(grown.mention_ids) == 4


def test_properties_earlier_report_changes_id_and_names_the_old_one():
    late = ref("z", mention("force", when="2023-01-09", where="Juliaca"), published="2023-01-12")
    (first,) = resolve([late])
    early = ref("a", mention("force", when="2023-01-09", where="Juliaca"), published="2023-01-09")
    (grown,) = resolve([early], previous=[first])
    assert grown.id != first.id and grown.previous_ids == (first.id,)


def test_properties_untouched_events_are_returned_as_they_were():
    juliaca = ref("a", mention("force", when="2023-01-09", where="Juliaca"))
    cusco = ref("b", mention("force", when="2023-01-11", where="Cusco"))
    before = resolve([juliaca, cusco])
    later = ref("c", mention("force", when="2023-01-11", where="Cusco"))
    after = resolve([later], previous=before)
    kept = next(e for e in before if e.location and e.location.admin1 == "Puno")
    assert any(e is kept for e in after)


def _store_step(hood, later, *, replace=False):
    """What ``resolve_store`` does with a stored neighbourhood and new mentions: re-cluster
    the components the new documents were in or whose blocks their lookup keys meet (and,
    for reports telling a strike going on in those components, the blocks of their
    strikes). ``replace``: the new mentions are all their documents now hold."""
    docs = {r.doc_id for r in later}
    of_event = {e.id: hood.component[e.id] for e in hood.events}
    fresh = later + [r for e in hood.events for r in e.members if r.doc_id in docs and not replace]
    keys = lookup_keys(fresh)
    required = {of_event[e.id] for e in hood.events if docs & set(e.doc_ids)}
    kept = [r for e in hood.events if of_event[e.id] in required for r in e.members]
    keys |= strike_lookup_keys(r for r in kept if r.doc_id not in docs)
    optional = {c for c, blocks in hood.blocks.items() if blocks & keys} - required
    maybe = [e for e in hood.events if of_event[e.id] in optional]
    again = recluster(
        fresh,
        [e.members for e in hood.events if of_event[e.id] in required],
        optional=[e.members for e in maybe],
    )
    left = {maybe[i].id for i in again.untouched}
    kept = [e for e in hood.events if of_event[e.id] not in required | optional or e.id in left]
    return kept + again.events, again


@settings(max_examples=150, deadline=None)
@given(corpora(), st.integers(min_value=0, max_value=18), st.randoms(use_true_random=False))
def test_properties_recluster_of_reached_components_equals_full_run(refs, cut, rnd):
    shuffled = list(refs)
    rnd.shuffle(shuffled)
    first, later = shuffled[:cut], shuffled[cut:]
    full = sorted(resolve(refs), key=lambda e: e.id)
    assert sorted(recluster(refs).events, key=lambda e: e.id) == full
    events, _ = _store_step(recluster(first), later)
    assert sorted(events, key=lambda e: e.id) == full


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_properties_recluster_one_document_at_a_time(refs):
    by_doc: dict[str, list] = {}
    for r in refs:
        by_doc.setdefault(r.doc_id, []).append(r)
    hood = recluster([])
    for doc in sorted(by_doc, reverse=True):
        events, again = _store_step(hood, by_doc[doc])
        component = {e.id: hood.component[e.id] for e in hood.events}
        component.update(again.component)
        blocks = {c: b for c, b in hood.blocks.items() if c in set(component.values())}
        blocks.update(again.blocks)
        hood = type(hood)(events, {e.id: component[e.id] for e in events}, blocks)
    assert sorted(hood.events, key=lambda e: e.id) == sorted(resolve(refs), key=lambda e: e.id)


def _strike(doc: str, day: str, where: str = "Puno"):
    return ref(doc, mention("march", when=day, where=where, mode="strike"))


def _told_going(doc: str, day: str):
    """ "The strike in Puno entered its second month" (a window of 60 days to its day)."""
    m = mention("march", when=_going_on(day), where="Puno", mode="strike", rules=(ONGOING_RULE,))
    return ref(doc, m)


def _joined(events, doc: str) -> set[str]:
    (event,) = [e for e in events if doc in e.doc_ids]
    return set(event.doc_ids)


def test_properties_a_later_strike_takes_the_report_told_going_on_incrementally():
    # December's strike holds the report until January's strike is reported
    first = [_strike("d1", "2022-12-20"), _told_going("d3", "2023-01-11")]
    assert _joined(resolve(first), "d3") == {"d1", "d3"}
    later = [_strike("d2", "2023-01-09")]
    full = resolve(first + later)
    assert _joined(full, "d3") == {"d2", "d3"}
    assert resolve(later, previous=resolve(first)) == full
    events, _ = _store_step(recluster(first), later)
    assert sorted(events, key=lambda e: e.id) == sorted(full, key=lambda e: e.id)


def test_properties_a_report_told_going_on_finds_another_strike_when_its_own_goes():
    # January's strike is re-extracted as a march in Cusco: December's is the strike now
    first = [
        _strike("d1", "2023-01-09"),
        _strike("d2", "2022-12-20"),
        _told_going("d3", "2023-01-11"),
    ]
    assert _joined(resolve(first), "d3") == {"d1", "d3"}
    redone = [ref("d1", mention("march", when="2023-01-09", where="Cusco"))]
    full = resolve(first[1:] + redone)
    assert _joined(full, "d3") == {"d2", "d3"}
    assert resolve(redone, previous=resolve(first)) == full
    events, _ = _store_step(recluster(first), redone, replace=True)
    assert sorted(events, key=lambda e: e.id) == sorted(full, key=lambda e: e.id)
