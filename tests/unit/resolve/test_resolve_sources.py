"""Near-duplicate documents count as one source; confidence grows with independent sources."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from resolve_factory import mention, ref

from veeduria.resolve import near_duplicate_groups, resolve
from veeduria.resolve.dedup import (
    candidate_buckets,
    candidate_pairs,
    copy_links,
    groups_from_links,
)

WIRE = (
    "CUSCO (ASN). El Ministerio de Cultura cerró este sábado el santuario de Machu Picchu y la "
    "Red de Caminos Inca por tiempo indefinido debido a los bloqueos en la vía férrea que une "
    "la ciudad con Aguas Calientes. Cerca de cuatrocientos turistas, entre nacionales y "
    "extranjeros, quedaron varados en el pueblo y esperan ser evacuados por la empresa "
    "ferroviaria. Los gremios de la provincia de La Convención mantienen el paro y exigen la "
    "renuncia de la presidenta. Las autoridades regionales pidieron diálogo y anunciaron que "
    "los visitantes serán trasladados a la brevedad."
)
COPY = "Noticias Andinas | Cultura\n" + WIRE.replace(
    "a la brevedad.", "a la brevedad posible, según la prefectura. (ASN/NA)"
)
OTHER = (
    "PUNO. Miles de pobladores marcharon el sábado por el centro de la ciudad para exigir "
    "justicia por los fallecidos en Juliaca. La movilización transcurrió sin incidentes y "
    "concluyó en la plaza de Armas, donde los dirigentes anunciaron un viaje a Lima."
)


def test_dedup_wire_copy_is_grouped_and_other_texts_are_not():
    groups = near_duplicate_groups([("b-copy", COPY), ("a-wire", WIRE), ("c-other", OTHER)])
    assert groups == {"a-wire": "a-wire", "b-copy": "a-wire", "c-other": "c-other"}


@pytest.mark.parametrize("seed", range(5))
def test_dedup_is_independent_of_input_order(seed):
    docs = [("a-wire", WIRE), ("b-copy", COPY), ("c-other", OTHER), ("d-copy", COPY + " Fin.")]
    expected = near_duplicate_groups(docs)
    random.Random(seed).shuffle(docs)
    assert near_duplicate_groups(docs) == expected
    assert expected["d-copy"] == "a-wire"


def test_dedup_empty_texts_are_their_own_group():
    assert near_duplicate_groups([("x", ""), ("y", "  "), ("z", WIRE)]) == {
        "x": "x",
        "y": "y",
        "z": "z",
    }


def _closure(dup: dict[str, str | None]) -> list:
    return [
        ref(
            doc,
            mention("dispersal", when="2023-01-21", where="Cusco", detained=5),
            source=doc,
            dup=group,
        )
        for doc, group in dup.items()
    ]


def test_sources_near_duplicates_count_once():
    (copied,) = resolve(_closure({"wire": "g1", "copy": "g1", "local": None}))
    assert copied.sources == 2
    assert copied.source_names == ("copy", "local", "wire")
    (independent,) = resolve(_closure({"wire": None, "copy": None, "local": None}))
    assert independent.sources == 3
    assert independent.confidence > copied.confidence


def test_sources_same_outlet_counts_once():
    refs = [
        ref(
            "morning",
            mention("march", when="2023-01-07", where="Puno"),
            source="Radio Altiplano Sur",
        ),
        ref(
            "evening",
            mention("march", when="2023-01-07", where="Puno"),
            source="Radio Altiplano Sur",
        ),
    ]
    (event,) = resolve(refs)
    assert (event.sources, event.confidence) == (1, 0.7)


def test_sources_confidence_grows_with_independent_sources():
    confidences = []
    for n in range(1, 5):
        refs = [ref(f"d{i}", mention("march", when="2023-01-07", where="Puno")) for i in range(n)]
        (event,) = resolve(refs)
        confidences.append(event.confidence)
    assert confidences == sorted(confidences) and len(set(confidences)) == 4


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from("abcdefgh"), min_size=2, max_size=6, unique=True), max_size=8
    ),
    st.sets(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from("abcdefgh"))),
)
def test_copy_links_make_the_groups_every_candidate_pair_makes(buckets, copied):
    """Skipping the pairs already in one group changes no group, whatever the copies."""

    def copies(a: str, b: str) -> bool:
        return (a, b) in copied or (b, a) in copied

    ids = sorted({d for b in buckets for d in b})
    keys = {d: [f"k{i}" for i, b in enumerate(buckets) if d in b] for d in ids}
    every = [(a, b) for a, b in sorted(candidate_pairs(keys)) if copies(a, b)]
    links = copy_links(candidate_buckets(keys), copies)
    assert groups_from_links(ids, links) == groups_from_links(ids, every)
    assert len(links) <= len(every)


def test_copy_links_compare_a_copied_wire_story_about_once_per_copy():
    copies = [f"outlet-{i:03d}" for i in range(300)]
    keys = {d: ["band-1", "band-2", "band-3"] for d in copies}
    asked: list[tuple[str, str]] = []

    def same(a: str, b: str) -> bool:
        asked.append((a, b))
        return True

    links = copy_links(candidate_buckets(keys), same)
    assert len(links) == len(asked) == 299  # not 44,850 pairs, nor three times that
    assert set(groups_from_links(copies, links).values()) == {"outlet-000"}
