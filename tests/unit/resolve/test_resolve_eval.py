"""Measuring resolution: pairwise and B³ scores, cross merges, the sample corpus."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from resolve_factory import mention, ref

from veeduria.evaluate.resolution import (
    b_cubed,
    cross_merges,
    pairs_by_kind,
    pairwise,
    read_corpus,
    resolve_documents,
    score_resolution,
)
from veeduria.resolve import resolve

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("predicted", "gold", "p", "r"),
    [
        ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"}, 1.0, 1.0),
        ({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"}, 1 / 3, 1.0),
        ({"a": 1, "b": 2, "c": 3}, {"a": "x", "b": "x", "c": "y"}, 1.0, 0.0),
    ],
)
def test_eval_pairwise(predicted, gold, p, r):
    score = pairwise(predicted, gold)
    assert (score["precision"], score["recall"]) == (round(p, 4), round(r, 4))


def test_eval_b_cubed():
    # gold {a,b} {c}; predicted {a,b,c}: precision (2/3+2/3+1/3)/3, recall 1
    score = b_cubed({"a": 1, "b": 1, "c": 1}, {"a": "x", "b": "x", "c": "y"})
    assert (score["precision"], score["recall"]) == (round(5 / 9, 4), 1.0)


def test_eval_pairs_by_kind_splits_within_and_across_documents():
    # documents: a, b in d1; c in d2. gold {a,b,c}; predicted {a,b} {c}
    doc_of = {"a": "d1", "b": "d1", "c": "d2"}
    kinds = pairs_by_kind({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "x"}, doc_of)
    assert (kinds["within"]["tp"], kinds["within"]["fn"], kinds["within"]["fp"]) == (1, 0, 0)
    assert (kinds["across"]["tp"], kinds["across"]["fn"], kinds["across"]["recall"]) == (0, 2, 0.0)
    # predicted {a,c} {b}; gold {a} {b} {c}: one false pair across, none within
    kinds = pairs_by_kind({"a": 1, "b": 2, "c": 1}, {"a": "x", "b": "y", "c": "z"}, doc_of)
    assert kinds["across"]["fp"] == 1 and kinds["across"]["precision"] == 0.0
    assert kinds["within"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }
    whole = pairwise({"a": 1, "b": 2, "c": 1}, {"a": "x", "b": "y", "c": "z"})
    assert whole["fp"] == kinds["within"]["fp"] + kinds["across"]["fp"]


def test_eval_cross_merges_flags_days_and_departments():
    (event,) = resolve([ref("a", mention("force", when="2023-01-09", where="Juliaca"))])
    other = ref("b", mention("force", when="2023-01-10", where="Cusco"))
    forced = dataclasses.replace(event, members=(*event.members, other))
    assert [(c.kind, c.values) for c in cross_merges([forced])] == [
        ("day", ("2023-01-09", "2023-01-10")),
        ("admin1", ("cusco", "puno")),
    ]
    assert cross_merges([event]) == []


@pytest.mark.parametrize("corpus", ["gold", "dev"])
def test_eval_annotated_corpora_load_with_an_event_group_on_every_mention(corpus):
    # data/dev (a development set for resolution) follows the gold format: every evidence
    # is in its text, ids match file names, and every event mention names its real event
    from veeduria.evaluate.gold import load_gold

    docs = load_gold(ROOT / "data" / corpus)
    assert len(docs) >= 28
    for doc in docs:
        assert doc.id == Path(doc.path).stem
        assert all(ev.get("event_group") for ev in doc.events), doc.id


def test_eval_oracle_scores_gold_without_cross_merges():
    report = score_resolution(ROOT / "data" / "gold", oracle=True)
    assert report["cross_merges"] == 0
    assert report["matched"] == report["mentions"] > 0
    assert 0 < report["pairwise"]["f1"] <= 1 and 0 < report["b3"]["f1"] <= 1


@pytest.mark.slow
def test_eval_sample_corpus_never_merges_across_days_or_departments(settings):
    from veeduria.extract import load_resources

    docs = read_corpus(ROOT / "data" / "sample", settings)
    events = resolve_documents(docs, load_resources(("es", "en")))
    assert len(docs) >= 50 and events
    assert cross_merges(events) == []


def _placed(doc: str, kind: str, text: str, **kw):
    m = mention(kind, when="2023-01-19", where="Lima", **kw)
    return ref(doc, dataclasses.replace(m, location=dataclasses.replace(m.location, text=text)))


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        # a strike told from two sites is one strike: the sites do not keep it apart
        (
            _placed("one", "march", "plaza San Martín", mode="strike"),
            _placed("two", "march", "avenida Abancay", mode="strike"),
            "compatible",
        ),
        # two marches at two sites are two
        (
            _placed("one", "march", "plaza San Martín", mode="march"),
            _placed("two", "march", "avenida Abancay", mode="march"),
            "sites",
        ),
        # gunmen firing on a crowd are no side of the march
        (
            _placed("one", "attack", "Lima", actor1="gunmen"),
            _placed("two", "march", "Lima"),
            "armed attack",
        ),
    ],
)
def test_eval_why_apart_names_the_rule_resolution_applied(a, b, why):
    from veeduria.evaluate.resolution import why_apart

    assert why_apart(a, b) == why


def test_eval_missed_across_counts_pairs_by_the_rule_between_their_nodes():
    from veeduria.evaluate._resolution_causes import missed_across

    refs = [
        ref("one", mention("force", when="2023-01-09", where="Juliaca")),
        ref("two", mention("force", when="2023-01-10", where="Juliaca")),  # a day later
        _placed("three", "march", "plaza San Martín", mode="march"),
        _placed("four", "march", "avenida Abancay", mode="march"),
        ref("five", mention("force", when="2023-01-09", where="Juliaca")),
    ]
    events = resolve(refs)
    predicted = {r.id: e.id for e in events for r in e.members}
    gold = {refs[0].id: "g1", refs[1].id: "g1", refs[4].id: "g1"}
    gold |= {refs[2].id: "g2", refs[3].id: "g2"}
    causes = missed_across(refs, predicted, gold)
    assert causes == {
        "nodes: dates": {"pairs": 2, "node_pairs": 2, "document_pairs": 2},
        "nodes: sites": {"pairs": 1, "node_pairs": 1, "document_pairs": 1},
    }


def test_eval_missed_across_counts_each_pair_of_documents_once_by_its_closest_cause():
    from veeduria.evaluate._resolution_causes import missed_across

    # two reports of one incident (one gold group), predicted as three events: the first
    # tells the shooting in Juliaca on the 9th, the second the beating in Caracoto that day
    # and, two days later, more of it in Juliaca. The pair of documents is missed once, under
    # the cause closest to a join, not under the dates of its farther mention pair
    refs = [
        ref("one", mention("force", when="2023-01-09", where="Juliaca", killed=2)),
        ref("two", mention("force", at=0, when="2023-01-09", where="Caracoto", mode="beating")),
        ref("two", mention("force", at=200, when="2023-01-11", where="Juliaca")),
    ]
    predicted = {refs[0].id: "e1", refs[1].id: "e2", refs[2].id: "e3"}
    gold = {r.id: "g1" for r in refs}
    causes = missed_across(refs, predicted, gold)
    assert sum(c.get("document_pairs", 0) for c in causes.values()) == 1
    assert "document_pairs" not in causes["nodes: dates"]
