"""A sentence that opens on a total it breaks down (tallies12): "De los 49 fallecidos, 18
murieron en Puno", "Of the 300 people detained, 40 remain in custody". The figure after the
comma is part of the total, never added to it (it used to be summed: 67, 340). Near misses: an
opening "de las protestas del lunes" or "of the marchers" with no figure is no total, and the
figure after it is the incident's own."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _counts(resources: Resources, text: str, language: str, what: str) -> list[int]:
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 5, 14)
    )
    x = extract(doc, resources)
    return sorted(c.value for e in x.events if (c := e.count(what)) is not None)


@pytest.mark.parametrize(
    ("text", "language", "what", "total", "part"),
    [
        ("De los 49 fallecidos, 18 murieron en Puno.", "es", "killed", 49, 18),
        ("De los 300 detenidos, 40 siguen en prisión.", "es", "detained", 300, 40),
        ("Entre los 60 muertos, 12 eran menores de edad.", "es", "killed", 60, 12),
        ("Of the 49 dead, 18 died in Puno.", "en", "killed", 49, 18),
        ("Of the 300 people detained, 40 remain in custody.", "en", "detained", 300, 40),
    ],
)
def test_a_part_of_an_opening_total_is_not_added_to_it(
    resources: Resources, text: str, language: str, what: str, total: int, part: int
) -> None:
    counts = _counts(resources, text, language, what)
    assert total + part not in counts
    assert part not in counts


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        (
            "De las protestas del lunes, 12 personas resultaron heridas en Lima.",
            "es",
            "injured",
            12,
        ),
        ("Of the marchers, 20 were arrested in Lima on Monday.", "en", "detained", 20),
    ],
)
def test_an_opening_group_with_no_figure_is_no_total(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    assert value in _counts(resources, text, language, what)
