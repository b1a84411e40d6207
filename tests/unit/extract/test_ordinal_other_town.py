"""An ordinal dead after a figure is one more of the same incident ("three officers were shot
dead and a fourth died of his injuries", "dos comuneros murieron y un tercero falleció en el
hospital": four and three), unless its clause names a town of its own apart from the figure's:
"Two people were killed in Ayaviri and a third died in Azángaro" tells two incidents, two dead
in the first town and one in the second, not three in one of them."""

from __future__ import annotations

import datetime as dt

import pytest

from veeduria.extract import Resources, extract
from veeduria.models import Document

_LEAD = {
    "en": "Protests against the government went on across Puno on Tuesday. ",
    "es": "Las protestas contra el gobierno siguieron el martes en todo Puno. ",
}


def _killed_by_town(resources: Resources, text: str, language: str) -> list[tuple[str, int]]:
    doc = Document(
        id="t", text=_LEAD[language] + text, language=language, published=dt.date(2023, 1, 12)
    )
    out = []
    for event in extract(doc, resources).events:
        count = event.count("killed")
        if count is not None:
            place = event.location.name if event.location is not None else ""
            out.append((place, count.value))
    return sorted(out)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two people were killed in Ayaviri and a third died in Azángaro.",
            "en",
            [("Ayaviri", 2), ("Azángaro", 1)],
        ),
        (
            "Four farmers were killed in Ilave and a fifth died in Juli, relatives said.",
            "en",
            [("Ilave", 4), ("Juli", 1)],
        ),
        (
            "Dos comuneros murieron en Ayaviri y un tercero falleció en Azángaro.",
            "es",
            [("Ayaviri", 2), ("Azángaro", 1)],
        ),
        (
            "Tres jóvenes fallecieron en Ilave y una cuarta víctima murió en Juli.",
            "es",
            [("Ilave", 3), ("Juli", 1)],
        ),
    ],
)
def test_an_ordinal_dead_in_another_town_is_another_incident(
    resources: Resources, text: str, language: str, expected: list[tuple[str, int]]
) -> None:
    assert _killed_by_town(resources, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "total"),
    [
        # no town in the ordinal's clause: one more dead of the same incident
        ("Two people were killed in Ayaviri and a third died in hospital overnight.", "en", 3),
        ("Dos comuneros murieron en Ayaviri y un tercero falleció en el hospital.", "es", 3),
        # the same town again: still one incident
        ("Two people were killed in Ayaviri and a third died in Ayaviri hours later.", "en", 3),
    ],
)
def test_an_ordinal_dead_with_no_town_of_its_own_adds_to_the_figure(
    resources: Resources, text: str, language: str, total: int
) -> None:
    found = _killed_by_town(resources, text, language)
    assert [value for _, value in found] == [total]
