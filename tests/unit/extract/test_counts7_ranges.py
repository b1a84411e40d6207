"""Ranges, hedges and two sources' figures (seventeenth session, extract-counts7). A bare figure
another source gives later in the sentence for the count just told ("Police said 3 people were
killed in Puno, while organisers said 12") makes the count's range: the lowest is its value
(ACLED's conservative figure), the highest its ``high``, and its text holds both. Hedges keep
their qualifier and range ("entre 10 y 15", "hasta 30", "cerca de 40", "some 200", "more than
50")."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Count, Document

_LEAD = {"en": "Protesters blocked roads across the region. ", "es": "Hubo bloqueos en la región. "}


def _counts(resources: Resources, text: str, language: str, what: str) -> list[Count]:
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2024, 5, 14)
    )
    x = extract(doc, resources)
    return [c for e in x.events if (c := e.count(what)) is not None]


@pytest.mark.parametrize(
    ("text", "language", "what", "low", "high"),
    [
        (
            "Police said four people were killed in the clashes in Sucre, while organisers said 11.",
            "en",
            "killed",
            4,
            11,
        ),
        (
            "Officers detained 35 people in Guayaquil on Friday, but rights groups counted 60.",
            "en",
            "detained",
            35,
            60,
        ),
        (
            "La Policía informó que dos comuneros resultaron heridos en Ilave, mientras que la "
            "Defensoría registró siete.",
            "es",
            "injured",
            2,
            7,
        ),
        (
            "Según la Fiscalía, 14 manifestantes fueron detenidos en Cusco, pero los abogados "
            "hablaron de 9.",
            "es",
            "detained",
            9,
            14,
        ),
    ],
)
def test_a_rival_source_figure_makes_the_count_a_range(
    resources: Resources, text: str, language: str, what: str, low: int, high: int
) -> None:
    (count,) = _counts(resources, text, language, what)
    assert (count.value, count.low, count.high) == (low, low, high)
    # the count's text runs from the first figure to the rival's, so a reader sees both
    assert count.text.rstrip(".").endswith(text.rstrip(".").split()[-1])


@pytest.mark.parametrize(
    ("text", "language", "what", "value"),
    [
        # a figure with a noun of its own is another count, not a rival
        ("Three people were killed in Tarija and 20 were wounded.", "en", "killed", 3),
        # a figure that does not end its clause is a part, not a rival
        (
            "Five people were killed in Oruro, while organisers said 2 of them were minors.",
            "en",
            "killed",
            5,
        ),
        # a date is no figure
        (
            "Tres personas murieron en Juliaca y la Defensoría dijo el 15 de enero que "
            "investigará.",
            "es",
            "killed",
            3,
        ),
        # the same figure twice is no range
        ("Police said six people were killed in Potosí, and medics said 6.", "en", "killed", 6),
    ],
)
def test_no_range_without_a_rival_figure(
    resources: Resources, text: str, language: str, what: str, value: int
) -> None:
    (count,) = _counts(resources, text, language, what)
    assert (count.value, count.high) == (value, None)


@pytest.mark.parametrize(
    ("text", "language", "what", "value", "high", "qualifier"),
    [
        (
            "Entre 12 y 18 personas resultaron heridas en los enfrentamientos en Huancayo.",
            "es",
            "injured",
            12,
            18,
            "at_least",
        ),
        (
            "Hasta 25 manifestantes fueron detenidos por la policía en Tacna.",
            "es",
            "detained",
            25,
            None,
            "at_most",
        ),
        (
            "Cerca de 30 personas resultaron heridas en los disturbios en Piura.",
            "es",
            "injured",
            30,
            None,
            "about",
        ),
        (
            "Some 150 protesters were taken into custody in Santa Cruz.",
            "en",
            "detained",
            150,
            None,
            "about",
        ),
        (
            "More than 40 people were injured in the clashes in El Alto.",
            "en",
            "injured",
            40,
            None,
            "at_least",
        ),
    ],
)
def test_hedged_figures_keep_their_qualifier(
    resources: Resources,
    text: str,
    language: str,
    what: str,
    value: int,
    high: int | None,
    qualifier: str,
) -> None:
    (count,) = _counts(resources, text, language, what)
    assert (count.value, count.high, count.qualifier) == (value, high, qualifier)
