"""Near-duplicate documents count as one source; confidence grows with independent sources."""

from __future__ import annotations

import random

import pytest
from resolve_factory import mention, ref

from veeduria.resolve import near_duplicate_groups, resolve

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
