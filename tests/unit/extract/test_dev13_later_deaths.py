"""A wounded man's later death told after a semicolon, and "abatidos" (session extract-dev13).

"En Macusani, los dos comuneros abatidos el 18 de enero tenían heridas de bala; un tercer herido
de esa jornada murió al día siguiente en Juliaca": the part after the semicolon tells one more
death of the incident, a mention of its own with the incident's day and place (ACLED adds such
deaths to the original event), and the part before keeps its own day. "Abatidos" with a figure
names the killing ("los dos comuneros abatidos").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from veeduria.models import Mention

FEB9 = dt.date(2023, 2, 9)
JAN18 = dt.date(2023, 1, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Las protestas continuaron en enero. En Macusani, los dos comuneros abatidos el 18 de "
            "enero tenían heridas de bala en el tórax; un tercer herido de esa jornada murió al "
            "día siguiente en Juliaca.",
            "es",
        ),
        (
            "Las protestas continuaron en enero. En Macusani, dos manifestantes murieron el 18 de "
            "enero durante los enfrentamientos con la policía; un herido falleció al día "
            "siguiente en Juliaca.",
            "es",
        ),
        (
            "Protests continued across the south in January. In Macusani, two protesters were "
            "shot dead on January 18 during clashes with police; a third wounded man died the "
            "next day in Juliaca.",
            "en",
        ),
    ],
)
def test_a_later_death_after_a_semicolon_is_a_death_of_the_incident(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = [m for m in mentions(text, language, FEB9) if m.sub_event_type != "Peaceful protest"]
    assert len(found) == 2, [(m.sub_event_type, m.trigger.text) for m in found]
    incident, later = found
    assert later.sub_event_type == incident.sub_event_type
    for m in found:
        assert m.date is not None and m.date.value == JAN18
        assert m.location is not None and m.location.name == "Macusani"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the tenth of the same count, no later death
        (
            "Las protestas continuaron en enero. En Ayacucho, nueve de las diez víctimas del 15 "
            "de diciembre murieron por disparos de fusil; la décima falleció por un traumatismo "
            "craneoencefálico.",
            "es",
        ),
        # a second incident after the semicolon, no wounded man's death
        (
            "Protests continued across the south in January. In Macusani, two protesters were "
            "shot dead on January 18; police fired tear gas in Puno on January 19.",
            "en",
        ),
    ],
)
def test_no_later_death_without_a_wounded_man_dying(
    mentions: Callable[..., list[Mention]], text: str, language: str
) -> None:
    found = mentions(text, language, FEB9)
    assert not [m for m in found if m.trigger.text.lower() in ("falleció", "died")]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Las protestas continuaron en enero. En Macusani, los dos comuneros abatidos el 18 de "
            "enero tenían heridas de bala en el tórax.",
            2,
        ),
        (
            "Las protestas continuaron en enero. Los tres manifestantes abatidos en Juliaca "
            "fueron velados en la plaza.",
            3,
        ),
    ],
)
def test_abatidos_with_a_figure_names_a_killing(
    mentions: Callable[..., list[Mention]], text: str, killed: int
) -> None:
    found = [m for m in mentions(text, "es", FEB9) if m.trigger.text.lower() == "abatidos"]
    assert found and found[0].killed is not None
    assert found[0].killed.value == killed
